"""Killed and wounded figures in a sentence, with attackers counted apart.

GTD counts everyone who died in ``nkill``, perpetrators included, and the perpetrators again in
``nkillter``. So each figure found here says how many people it counts, how many of them were
attackers, and whether it is a running total ("12 people were killed", "the toll rose to 15")
or one step of an attack ("he shot dead two officers").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span, Token

from strife.extract.lexicon import Lexicon, word_list
from strife.extract.numbers import parse_quantity, word_number
from strife.extract.triggers import _habitual, _is_irreal

Kind = Literal["killed", "wounded"]


@dataclass(frozen=True)
class CasualtyCount:
    kind: Kind
    value: int
    perpetrators: int
    """how many of ``value`` were attackers"""
    aggregate: bool
    start: int
    end: int


def _number_in(token: Token) -> int | None:
    words = [t.text for t in token.subtree if t.pos_ == "NUM" or word_number(t.text) is not None]
    return parse_quantity(words) if token.pos_ == "NUM" else None


def _np_size(head: Token) -> int | None:
    """How many people one noun phrase counts ("seven people", "the owner", "dozens")."""
    if head.lower_ in ("nobody", "none", "noone") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in head.children
    ):
        return 0
    if head.pos_ == "NUM":
        return parse_quantity([t.text for t in head.subtree if t.dep_ != "prep"])
    nums = [c for c in head.children if c.dep_ == "nummod"]
    if nums:
        return parse_quantity([t.text for n in nums for t in n.subtree])
    vague = word_number(head.lower_)
    if vague is not None and head.lower_ not in ("a", "an", "one", "no"):
        return vague
    if head.lower_ in word_list("self_pronouns"):
        return 1
    if head.tag_ in ("NN", "NNP") or head.ent_type_ == "PERSON":
        determined = any(c.dep_ in ("det", "poss", "compound") for c in head.children)
        return 1 if determined or head.pos_ == "PROPN" else None
    return None


def _coordinated_size(head: Token) -> int | None:
    """Sum over "two policemen and a civilian"; parts without a size add nothing, since the
    parser also coordinates whatever follows ("23 others, police and officials said")."""
    first = _np_size(head)
    if first is None:
        return None
    return first + sum(s for p in head.conjuncts if p.i > head.i and (s := _np_size(p)) is not None
                       and p.lemma_.lower() not in word_list("toll_reporters"))


def _is_perpetrator_np(head: Token, lexicon: Lexicon) -> bool:
    nouns = lexicon.cue("perpetrator_nouns")
    if head.lower_ in word_list("self_pronouns"):
        return True
    if head.lemma_.lower() in nouns or head.lower_ in nouns:
        return head.lower_ not in ("suspect",) or head.dep_ != "nsubj"
    if head.pos_ == "NUM":
        # "three of the assailants were killed"
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                if any(o.lemma_.lower() in nouns or o.lower_ in nouns for o in prep.children):
                    return True
    for tok in head.subtree:
        if tok.i == head.i or _under_including(tok, head):
            continue
        if tok.dep_ == "appos" and tok.lemma_.lower() in nouns:
            return True
        if tok.lemma_.lower() in word_list("perpetrator_acts") and any(
            lexicon.weapons.get(c.lower_) == "Explosives" for c in tok.children
        ):
            return True
    return False


def _under_including(tok: Token, stop: Token) -> bool:
    current = tok
    while current.i != stop.i and current.head.i != current.i:
        if current.dep_ == "prep" and current.lower_ in ("including", "among"):
            return True
        current = current.head
    return False


def _including_perpetrators(head: Token, lexicon: Lexicon, verb: Token) -> int:
    """Attackers named inside "…, including the bomber" (counted within the figure)."""
    for prep in [*head.children, *verb.children]:
        if prep.dep_ == "prep" and prep.lower_ in ("including", "among"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and _is_perpetrator_np(obj, lexicon):
                    return _coordinated_size(obj) or 1
    return 0


def _victim_heads(token: Token) -> tuple[list[Token], bool]:
    """The noun phrases a casualty word counts, and whether it is a running total."""
    deps = {c.dep_: c for c in token.children}
    lemma = token.lemma_.lower()
    hurt = lemma in word_list("kill_verbs") or lemma in word_list("wound_verbs") or lemma == "shoot"
    if hurt and token.pos_ == "VERB":
        if "dobj" in deps:
            # "killed seven people" sums up the attack; "killed two officers" is one step.
            return [deps["dobj"]], deps["dobj"].lemma_.lower() in word_list("counted_people")
        if "nsubjpass" in deps:
            return [deps["nsubjpass"]], True
        if "nsubj" in deps and token.tag_ == "VBN":
            return [deps["nsubj"]], True
        if token.dep_ in ("conj",) and token.head.pos_ == "VERB":
            head_deps = {c.dep_: c for c in token.head.children}
            if "nsubjpass" in head_deps:
                return [head_deps["nsubjpass"]], True
        if token.dep_ == "acl" and token.tag_ == "VBN":
            return [token.head], True
    if lemma in word_list("die_verbs") and "nsubj" in deps:
        return [deps["nsubj"]], True
    toll_word = token.lower_ in word_list("death_words") or token.lower_ in word_list("wound_words")
    if toll_word and token.pos_ in ("ADJ", "VERB", "NOUN"):
        return _adjectival_heads(token, deps), True
    return [], True


def _adjectival_heads(token: Token, deps: dict[str, Token]) -> list[Token]:
    if "nsubj" in deps:
        return [deps["nsubj"]]
    if token.dep_ == "oprd" and token.head.pos_ == "VERB":
        objs = [c for c in token.head.children if c.dep_ == "dobj"]
        if objs:
            return objs
    if token.lower_ in ("death", "deaths"):
        for prep in token.children:
            if prep.lower_ == "of":
                return [c for c in prep.children if c.dep_ == "pobj"]
    nums = [c for c in token.children if c.dep_ == "nummod"]
    if nums:
        return nums
    prev = token.nbor(-1) if token.i > token.sent.start else None
    if prev is not None and (prev.pos_ == "NUM" or word_number(prev.text) is not None):
        return [prev] if prev.lower_ not in ("a", "an") else []
    return []


def _toll(token: Token) -> Token | None:
    """"the death toll rose to 15", "a toll of 15": the number the toll reaches."""
    if token.lower_ not in ("toll", "tally"):
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.pos_ == "NUM":
                    return obj
    verb = token.head
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "at"):
            for obj in prep.children:
                if obj.pos_ == "NUM" or word_number(obj.text) is not None:
                    return obj
    return None


def _shot_dead(token: Token) -> bool:
    """"shot dead two officers": "dead" hangs off the verb or, misparsed, off its object."""
    if any(c.lower_ == "dead" for c in token.children):
        return True
    return any(
        c.dep_ == "dobj" and any(g.lower_ == "dead" for g in c.children) for c in token.children
    )


def _partitive(head: Token) -> bool:
    return any(
        p.lower_ == "of" and any(o.lower_ in ("them", "those", "these") for o in p.children)
        for p in head.children
    )


def _died_later(head: Token) -> bool:
    """"An officer wounded in the attack died in hospital": counted among the dead, not the
    wounded."""
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in word_list(
        "die_verbs"
    )


def _toll_includes_attackers(toll_word: Token, lexicon: Lexicon) -> int:
    """"The death toll of nine includes the bomber": the attackers inside the toll."""
    verb = toll_word.head
    if verb.lemma_.lower() != "include":
        return 0
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    return sum((_coordinated_size(o) or 1) for o in objects if _is_perpetrator_np(o, lexicon))


def _kind_of(token: Token) -> Kind | None:
    lemma = token.lemma_.lower()
    if lemma in word_list("kill_verbs") or lemma in word_list("die_verbs") or (
        token.lower_ in word_list("death_words")
    ):
        return "killed"
    if lemma == "shoot" and _shot_dead(token):
        return "killed"
    if lemma in word_list("wound_verbs") or token.lower_ in word_list("wound_words"):
        return "wounded"
    if token.lower_ in ("toll", "tally"):
        return "killed"
    return None


def _zero_counts(sentence: Span, lexicon: Lexicon) -> list[CasualtyCount]:
    """"No one was hurt": a stated zero, which is not the same as no figure."""
    found = []
    pairs: tuple[tuple[Kind, str], ...] = (
        ("killed", "no_death_phrases"), ("wounded", "no_injury_phrases"))
    for kind, cue in pairs:
        match = lexicon.cue(cue).search(sentence.text)
        if match is not None:
            start, end = sentence.start_char + match.start, sentence.start_char + match.end
            found.append(CasualtyCount(kind, 0, 0, True, start, end))
    return found


def find_counts(sentence: Span, lexicon: Lexicon) -> list[CasualtyCount]:
    counts: list[CasualtyCount] = _zero_counts(sentence, lexicon)
    seen: set[int] = set()
    for token in sentence:
        kind = _kind_of(token)
        if kind is None or _is_irreal(token, lexicon) or _habitual(token, lexicon):
            continue
        toll = _toll(token)
        heads, aggregate = ([toll], True) if toll is not None else _victim_heads(token)
        for head in heads:
            if head.i in seen or (kind == "wounded" and _died_later(head)):
                continue
            size = _coordinated_size(head)
            if size is None or (size == 0 and any(c.kind == kind and not c.value for c in counts)):
                continue
            seen.add(head.i)
            perp = size if _is_perpetrator_np(head, lexicon) else _including_perpetrators(
                head, lexicon, token
            )
            if toll is not None:
                perp = max(perp, _toll_includes_attackers(token, lexicon),
                           _including_perpetrators(head, lexicon, token.head))
            start = min(head.left_edge.idx, token.idx)
            if _partitive(head):
                aggregate = True  # "killing two of them": people already counted
            last = max([head, *head.conjuncts], key=lambda t: t.i)
            end = max(last.idx + len(last.text), token.idx + len(token.text))
            counts.append(CasualtyCount(kind, size, min(perp, size), aggregate, start, end))
    return counts
