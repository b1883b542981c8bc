"""What was hit: victims (people) and physical targets, their GTD target types, and weapons."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from strife.extract.lexicon import Lexicon
from strife.extract.numbers import parse_quantity
from strife.models import TargetType, WeaponType

_TARGET_DEPS = frozenset({"dobj", "nsubjpass", "pobj"})
_TARGET_PREPS = frozenset({"on", "at", "against", "of", "near", "outside", "inside", "into"})


@dataclass(frozen=True)
class TargetMention:
    text: str
    start: int
    end: int
    target_type: TargetType | None
    is_person: bool
    prominent: bool
    generic: bool = False
    """"people", "persons": says nothing about who was hit"""
    size: int = 1
    """how many were hit ("five officers"), for ranking target types"""


def _np_span(head: Token) -> Span:
    """The noun phrase without trailing relative clauses and parentheticals."""
    right = head.i
    for child in head.rights:
        if child.dep_ in ("relcl", "acl", "punct", "appos", "cc", "conj") or child.lower_ in (
            "including", "among", "who", "which"
        ):
            break
        right = child.right_edge.i
    left = head.left_edge.i
    while left < head.i and head.doc[left].lower_ in ("dead", "only", "at", "least", "some"):
        left += 1
    return head.doc[left : right + 1]


def target_type_of(span: Span, lexicon: Lexicon) -> TargetType | None:
    """The GTD target type of a noun phrase: longest lexicon match wins, the head breaks ties."""
    words = [t.lower_ for t in span if t.pos_ not in ("DET", "NUM", "PUNCT")]
    lemmas = [t.lemma_.lower() for t in span if t.pos_ not in ("DET", "NUM", "PUNCT")]
    best: tuple[int, TargetType] | None = None
    for seq in (words, lemmas):
        for size in range(min(4, len(seq)), 0, -1):
            for i in range(len(seq) - size + 1):
                hit = lexicon.targets.get(" ".join(seq[i : i + size]))
                if hit and (best is None or size > best[0]):
                    best = (size, hit)
    if best is None:
        return None
    head_hit = lexicon.targets.get(span.root.lemma_.lower()) or lexicon.targets.get(
        span.root.lower_
    )
    if best[0] == 1 and head_hit:
        return head_hit
    return best[1]


def _employer_type(head: Token, lexicon: Lexicon) -> TargetType | None:
    """"three employees of a medical charity": the employer says what kind of target."""
    if head.lemma_.lower() not in lexicon.cue("staff_nouns"):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return target_type_of(_np_span(obj), lexicon)
    return None


def _is_person(head: Token, lexicon: Lexicon) -> bool:
    people = lexicon.cue("person_nouns")
    return head.ent_type_ == "PERSON" or head.lower_ in people or head.lemma_.lower() in people


def find_targets(sentence: Span, trigger_ids: set[int], lexicon: Lexicon) -> list[TargetMention]:
    """Objects of attack verbs and of "attack on X": the people and things that were hit."""
    found: dict[int, TargetMention] = {}
    perp_nouns = lexicon.cue("perpetrator_nouns")
    for token in sentence:
        if token.dep_ not in _TARGET_DEPS or token.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        if not _hit_by_trigger(token, trigger_ids):
            continue
        # "seven people, including five law enforcement officers": the subset says who.
        subset = [o for p in token.children if p.lower_ in ("including", "among")
                  for o in p.children if o.dep_ == "pobj"]
        for head in [token, *token.conjuncts, *subset]:
            if head.lemma_.lower() in perp_nouns or head.i in found:
                continue
            span = _np_span(head)
            ttype = _employer_type(head, lexicon) or target_type_of(span, lexicon)
            person = _is_person(head, lexicon)
            if ttype is None and not person:
                continue
            found[head.i] = TargetMention(
                span.text, span.start_char, span.end_char,
                ttype or "Private Citizens & Property", person,
                _is_prominent(head, span, lexicon),
                head.lemma_.lower() in lexicon.cue("generic_people"),
                _size(head),
            )
    return sorted(found.values(), key=lambda t: t.start)


def _is_prominent(head: Token, span: Span, lexicon: Lexicon) -> bool:
    """One named or singled-out official: the kind of victim an assassination targets (GTD:
    an assassination aims at a prominent person; ``strife.codebook.attack_types``)."""
    if head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in head.children):
        return False
    titles = lexicon.cue("prominent_titles")
    return head.lemma_.lower() in titles or any(t.lower_ in titles for t in span)


def _is_reporter(chunk: Span, lexicon: Lexicon) -> bool:
    """"police said", "according to officials": the source of the report, not a target."""
    root = chunk.root
    reporting = lexicon.cue("reporting_verbs")
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in reporting:
        return True
    return root.dep_ == "pobj" and root.head.head.lemma_.lower() in reporting


def mentioned_targets(
    sentence: Span, lexicon: Lexicon, chunks: list[Span] | None = None
) -> list[TargetMention]:
    """Every noun phrase of the sentence with a target type: the fallback when no target
    hangs off an attack word ("an explosion outside a church")."""
    perp_nouns = lexicon.cue("perpetrator_nouns")
    found: list[TargetMention] = []
    pool = chunks if chunks is not None else list(sentence.noun_chunks)
    for chunk in pool:
        if not (sentence.start <= chunk.start and chunk.end <= sentence.end):
            continue
        root = chunk.root
        if root.lemma_.lower() in perp_nouns or root.lower_ in perp_nouns or _is_reporter(
            chunk, lexicon
        ):
            continue
        if root.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORG", "NORP"):
            continue
        ttype = _employer_type(root, lexicon) or target_type_of(chunk, lexicon)
        if ttype is None:
            continue
        found.append(TargetMention(
            chunk.text, chunk.start_char, chunk.end_char, ttype, _is_person(root, lexicon),
            _is_prominent(root, chunk, lexicon),
            root.lemma_.lower() in lexicon.cue("generic_people"),
        ))
    return found


def _size(head: Token) -> int:
    nums = [c.text for c in head.children if c.dep_ == "nummod"]
    return min(parse_quantity(nums) or 1, 1000) if nums else 1


def _hit_by_trigger(token: Token, trigger_ids: set[int]) -> bool:
    if token.dep_ in ("dobj", "nsubjpass"):
        return token.head.i in trigger_ids
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ in _TARGET_PREPS
        and prep.head.i in trigger_ids
        and not (prep.lower_ == "of" and prep.head.pos_ == "VERB")
    )


@dataclass(frozen=True)
class WeaponMention:
    text: str
    start: int
    end: int
    weapon_type: WeaponType
    noun: bool
    """named by a noun ("a car bomb"), not by a verb phrase ("opened fire")"""


def find_weapons(sentence: Span, lexicon: Lexicon) -> list[WeaponMention]:
    """Weapon words and phrases in the sentence, longest match first, no overlaps."""
    tokens = list(sentence)
    words = [t.lower_ for t in tokens]
    firsts = lexicon.weapon_first_words
    found: list[WeaponMention] = []
    i = 0
    while i < len(tokens):
        hit = None
        for size in range(min(5, len(tokens) - i), 0, -1) if words[i] in firsts else ():
            wtype = lexicon.weapons.get(" ".join(words[i : i + size]))
            if wtype is not None:
                hit = (size, wtype, tokens[i : i + size])
                break
        if hit is None:
            i += 1
            continue
        size, wtype, window = hit
        start, last = window[0], window[-1]
        np_start = start.i
        while np_start > sentence.start and tokens[np_start - sentence.start - 1].dep_ in (
            "det", "amod", "compound", "nummod") and np_start - 1 >= sentence.start:
            np_start -= 1
        first = sentence.doc[np_start]
        found.append(
            WeaponMention(
                sentence.doc.text[first.idx : last.idx + len(last.text)], first.idx,
                last.idx + len(last.text), wtype,
                last.pos_ in ("NOUN", "PROPN")
                and last.lemma_.lower() not in lexicon.cue("not_instrument_nouns"),
            )
        )
        i += size
    return found
