"""Who did it: named attackers, armed groups, claims, suspicions, denials and condemnations.

Schema rules implemented here: a group that condemns an attack is not its perpetrator; a group
that officials suspect is a perpetrator with ``claimed: false``; a group that denies it is not a
perpetrator unless it also claimed it; "no group claimed responsibility" is not a claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from strife.codebook.cues import CueList
from strife.extract.group_names import (
    Mention,
    spelled_out,
    with_acronyms,
    with_dissidents,
)
from strife.extract.lexicon import Lexicon


@dataclass
class SentenceActors:
    claims: list[Mention] = field(default_factory=list)
    suspected: list[Mention] = field(default_factory=list)
    excluded: set[str] = field(default_factory=set)
    """groups (``group_key``) that denied or condemned"""
    acting_groups: list[Mention] = field(default_factory=list)
    individuals: list[Mention] = field(default_factory=list)
    descriptions: list[Mention] = field(default_factory=list)
    """perpetrator noun phrases as written ("a radical Islamist", "the gunmen")"""
    no_claim: Mention | None = None


def incident_groups(actors: list[SentenceActors]) -> tuple[list[Mention], list[Mention]]:
    """The perpetrator groups of one incident and those of them that claimed it, one mention
    per group (GTD lists each group once), named by the fullest form the text gives.

    A group that claimed is a perpetrator even if it denied elsewhere; one that only denied or
    condemned is not; one that acted or was suspected is a perpetrator with ``claimed: false``.
    """
    excluded = {key for a in actors for key in a.excluded}
    claimed = {m.group_key for a in actors for m in a.claims}
    best: dict[str, Mention] = {}
    for a in actors:
        for m in [*a.claims, *a.acting_groups, *a.suspected]:
            key = m.group_key
            if key in excluded and key not in claimed:
                continue
            if key not in best or len(m.name) > len(best[key].name):
                best[key] = m if key not in best else Mention(
                    m.name, best[key].start, best[key].end, best[key].text, m.key)
    groups = list(best.values())
    return groups, [g for g in groups if g.group_key in claimed]


def _mention(span: Span, name: str | None = None, key: str = "") -> Mention:
    return Mention(name or span.text, span.start_char, span.end_char, span.text, key)


def _short_alias_ok(text: str, doc_text_cased: bool) -> bool:
    # "ira", "eta", "let" are words in lower-case text; only trust short aliases in capitals.
    return len(text) > 4 or not doc_text_cased or text.isupper()


def find_groups(doc: Doc, lexicon: Lexicon, matcher_spans: list[Span]) -> list[Mention]:
    """Known groups (from the lexicon matcher) and "the X militant group"-style names."""
    cased = (doc._.strife_case or "mixed") == "mixed"
    found: dict[tuple[int, int], Mention] = {}
    for span in matcher_spans:
        if _short_alias_ok(span.text, cased):
            # Named as the text names it ("Pakistani Taliban", not our canonical "Taliban").
            name = span[1:] if span[0].pos_ == "DET" and len(span) > 1 else span
            key = lexicon.groups.get(span.text.lower()) or lexicon.groups.get(
                name.text.lower(), "")
            found[(span.start_char, span.end_char)] = _mention(span, spelled_out(name.text, key),
                                                               key)
    for token in doc:
        if token.lower_ not in lexicon.group_heads or token.pos_ not in ("NOUN", "PROPN"):
            continue
        named = _named_group(token)
        if named is not None and not any(
            s < named.end_char and named.start_char < e for s, e in found
        ):
            found[(named.start_char, named.end_char)] = _mention(named, _group_name(named, lexicon))
    mentions = with_acronyms(sorted(found.values(), key=lambda m: m.start), doc.text)
    return [with_dissidents(m, doc.text) for m in mentions]


def _named_group(head: Token) -> Span | None:
    """"the Jund al-Khilafah militant group" → that span, when proper nouns modify the head."""
    left = [t for t in head.lefts if t.dep_ in ("compound", "amod", "nmod", "det", "poss")]
    if not left:
        return None
    start = min(t.left_edge.i for t in left)
    span = head.doc[start : head.i + 1]
    if not any(t.pos_ == "PROPN" or (t.is_title and t.i > span.start) for t in span[:-1]):
        return None
    return span


def _group_name(span: Span, lexicon: Lexicon) -> str:
    words = [t for t in span]
    # "the militant Jund al-Khilafah group" → "Jund al-Khilafah"; a capitalised word is part
    # of the name ("Islamic State").
    while words and words[0].lower_ in lexicon.cue("group_modifiers") and (
        words[0].pos_ == "DET" or not (words[0].is_title or words[0].is_upper)
    ):
        words = words[1:]
    if len(words) > 1 and words[-1].lower_ in lexicon.cue("group_generic_heads"):
        words = words[:-1]
        while len(words) > 1 and words[-1].lower_ in lexicon.cue("group_modifiers"):
            words = words[:-1]
    if not words:
        return span.text
    return span.doc.text[words[0].idx : words[-1].idx + len(words[-1].text)]


def _groups_under(token: Token, groups: list[Mention]) -> list[Mention]:
    lo = token.left_edge.idx
    hi = token.right_edge.idx + len(token.right_edge.text)
    # A misparse can cut a name in pieces ("Lashkar-e-Jhangvi"): a piece is the whole group.
    return [g for g in groups if lo <= g.start and g.end <= hi or g.start <= token.idx < g.end]


def _verb_kind(token: Token, lexicon: Lexicon) -> str | None:
    lemma = token.lemma_.lower()
    if lemma in lexicon.cue("claim_verbs") and _has_responsibility(token):
        return "claim"
    if lemma == "claim" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.cue("attack_nouns") for c in token.children
    ):
        return "claim"
    if lemma in lexicon.cue("suspect_verbs") or token.lower_ in ("responsible", "behind") or (
        lemma == "hallmark"
    ):
        return "suspect"
    if lemma in lexicon.cue("membership_verbs") and _said_of_attackers(token, lexicon):
        return "suspect"  # "gunmen believed to belong to the Abu Sayyaf Group"
    if lemma == "inquiry" and token.head.lower_ == "of" and token.head.head.lemma_ == "line":
        return "suspect"  # "X was the main line of inquiry"
    if lemma in lexicon.cue("deny_verbs"):
        return "deny"
    if lemma in lexicon.cue("condemn_verbs"):
        return "condemn"
    return None


def _said_of_attackers(token: Token, lexicon: Lexicon) -> bool:
    """The membership word describes the attackers: its subject, or the noun it hangs off,
    is "gunmen", "militants" … (not "the car belonged to an official")."""
    nouns = lexicon.cue("perpetrator_nouns")
    current = token
    for _ in range(3):
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in nouns for c in current.children):
            return True
        if current.dep_ == "acl" and current.head.lemma_.lower() in nouns:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _has_responsibility(token: Token) -> bool:
    return any(
        c.lower_ in ("responsibility", "credit") for c in token.subtree if c.i > token.i
    )


def _negated(token: Token, sentence: Span, lexicon: Lexicon) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    return lexicon.cue("no_claim_phrases").occurs_in(sentence.text)


def sentence_actors(
    sentence: Span, groups: list[Mention], lexicon: Lexicon, trigger_ids: set[int]
) -> SentenceActors:
    found = SentenceActors()
    no_claim = lexicon.cue("no_claim_phrases").search(sentence.text)
    if no_claim is not None:
        start, end = sentence.start_char + no_claim.start, sentence.start_char + no_claim.end
        found.no_claim = Mention(no_claim.phrase, start, end, sentence.doc.text[start:end])
    in_sentence = [g for g in groups if sentence.start_char <= g.start < sentence.end_char]
    for token in sentence:
        found.claims.extend(_said_they_did_it(token, in_sentence, trigger_ids))
        kind = _verb_kind(token, lexicon)
        if kind is None:
            continue
        _file_verb(token, kind, in_sentence, found, sentence, lexicon)
    for group in in_sentence:
        if _acts_in(group, sentence, trigger_ids):
            found.acting_groups.append(group)
    _find_individuals(sentence, lexicon, trigger_ids, found)
    return found


def _file_verb(
    token: Token, kind: str, groups: list[Mention], found: SentenceActors, sentence: Span,
    lexicon: Lexicon,
) -> None:
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if kind == "claim":
        if _negated(token, sentence, lexicon):
            return
        for subj in subjects:
            named = _groups_under(subj, groups) or _self_named(subj)
            if named:
                found.claims.extend(named)
            elif subj.pos_ in ("PROPN", "NOUN") \
                    and subj.lemma_.lower() not in lexicon.cue("not_claimants") \
                    and not any(c.lower_ in ("no", "any") for c in subj.children):
                found.claims.append(_mention_of(subj, lexicon))
    elif kind == "suspect":
        # "blamed X", "hallmarks of X" name the group after the word; "X was behind it" and
        # "X was suspected" before it.
        passive = [c for c in token.children if c.dep_ == "nsubjpass"]
        named = [g for g in groups if g.start > token.idx or token.lower_ in (
            "responsible", "behind", "inquiry")]
        named += [g for subj in passive for g in _groups_under(subj, groups)]
        found.suspected.extend(named or _blamed_phrase(token, lexicon) or [
            _mention_of(subj, lexicon) for subj in passive if _names_a_group(subj, lexicon)])
    elif kind in ("deny", "condemn"):
        for subj in subjects:
            found.excluded.update(g.group_key for g in _groups_under(subj, groups))


def _names_a_group(subj: Token, lexicon: Lexicon) -> bool:
    """"The Islamic State in the Greater Sahara (ISGS) was suspected": a proper name, not
    "two men" or "the police"."""
    return subj.pos_ == "PROPN" and subj.lemma_.lower() not in lexicon.cue(
        "not_claimants") and not any(c.lower_ in ("no", "any") for c in subj.children)


def _blamed_phrase(token: Token, lexicon: Lexicon) -> list[Mention]:
    """"blamed the Los Tiguerones gang", "attributed the attack to Anglophone separatists":
    an unlisted group named by capitalised words in the blamed noun phrase."""
    candidates = [c for c in token.children if c.dep_ == "dobj"]
    for prep in token.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "on"):
            candidates += [c for c in prep.children if c.dep_ == "pobj"]
    found = []
    for head in candidates:
        if head.lemma_.lower() in lexicon.cue("attack_nouns") or head.pos_ == "PRON":
            continue
        words = [t for t in head.subtree if t.i <= head.i]
        if any(t.is_title and t.i > head.left_edge.i or t.pos_ == "PROPN" for t in words) or any(
            t.is_title for t in words if t.dep_ in ("amod", "compound")
        ):
            found.append(_mention_of(head, lexicon))
    return found


def _self_named(subj: Token) -> list[Mention]:
    """"an anarchist group calling itself Revolutionary Self-Defence" → that name."""
    for tok in subj.subtree:
        if tok.lower_ in ("itself", "themselves") or (tok.lower_ == "as" and tok.head.lemma_ in (
            "know", "identify", "call", "name")):
            names = [t for t in tok.doc[tok.i + 1 : subj.right_edge.i + 1]]
            while names and not (names[-1].is_title or names[-1].is_upper):
                names = names[:-1]
            if names:
                span = tok.doc[names[0].i : names[-1].i + 1]
                return [_mention(span)]
    return []


def _said_they_did_it(token: Token, groups: list[Mention], trigger_ids: set[int]) -> list[Mention]:
    """"X said (in a statement) that its fighters had carried out the attack": a claim."""
    if token.lemma_.lower() not in ("say", "announce", "state", "declare"):
        return []
    # The clause may hang off "said" or, misparsed, off "a message … that it had planted".
    acts = [
        t for t in token.subtree
        if t.i != token.i and t.pos_ in ("VERB", "AUX")
        and (t.i in trigger_ids or t.tag_ in ("VBD", "VBN"))
        and not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could") for c in t.children)
        and any(s.dep_ == "nsubj" and _is_self_reference(s) for s in t.children)
    ]
    if not acts:
        return []
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return [g for s in subjects for g in _groups_under(s, groups)]


def _is_self_reference(subject: Token) -> bool:
    """"it", "they", "its fighters", "our mujahideen": the speaker itself."""
    if subject.lower_ in ("it", "they", "we"):
        return True
    return any(
        c.dep_ == "poss" and (c.lower_ in ("its", "their", "our") or c.lemma_.lower() in (
            "group", "organisation", "organization", "movement", "army", "front"))
        for c in subject.children
    )


def _mention_of(token: Token, lexicon: Lexicon) -> Mention:
    """The subject noun phrase, cut after any line break or dash (a dateline before it)."""
    start = token.left_edge.i
    for t in token.doc[token.left_edge.i : token.i]:
        if "\n" in t.whitespace_ or t.text in ("—", "–", "--") or t.is_space:
            start = t.i + 1
    span = token.doc[start : token.i + 1]
    return Mention(_group_name(span, lexicon), span.start_char, span.end_char, span.text)


def _acts_in(group: Mention, sentence: Span, trigger_ids: set[int]) -> bool:
    """The group is the subject (or agent) of an attack verb in this sentence, or is named
    inside that subject ("gunmen believed to belong to the Abu Sayyaf Group abducted …")."""
    for trigger in (t for t in sentence if t.i in trigger_ids):
        for subj in trigger.children:
            if subj.dep_ in ("nsubj", "agent") and _groups_under(subj, [group]):
                return True
    for token in sentence:
        if not (token.idx >= group.start and token.idx < group.end):
            continue
        current = token
        for _ in range(4):
            if current.dep_ in ("nsubj", "agent", "pobj") and current.head.i in trigger_ids:
                return True
            if current.dep_ == "pobj" and current.head.dep_ == "agent":
                return current.head.head.i in trigger_ids
            if current.head.i == current.i:
                break
            current = current.head
    return False


_NAME = re.compile(r"^[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+)*$")


def _find_individuals(
    sentence: Span, lexicon: Lexicon, trigger_ids: set[int], found: SentenceActors
) -> None:
    nouns = lexicon.cue("perpetrator_nouns")
    for token in sentence:
        if token.dep_ not in ("nsubj", "nsubjpass", "agent", "pobj", "appos", "dobj"):
            continue
        lemma = token.lemma_.lower()
        if token.pos_ in ("NOUN", "PROPN") and (lemma in nouns or token.lower_ in nouns):
            if token.dep_ in ("nsubj",) or token.head.i in trigger_ids or token.dep_ == "appos":
                span = sentence.doc[token.left_edge.i : token.i + 1]
                found.descriptions.append(_mention(span))
            for ent in sentence.ents:
                # "the gunman, Imran Ali, …": a name beside the noun, not one in its clause
                # ("a gunman who approached him in the suburb of Tres Palos").
                if ent.label_ == "PERSON" and ent.root.head.i == token.i and (
                    ent.root.dep_ in ("appos", "compound", "npadvmod")
                ):
                    found.individuals.append(_mention(ent))
    for name in [*(e for e in sentence.ents if e.label_ == "PERSON"), *_named_as(sentence)]:
        if not _NAME.match(name.text) or any(m.start == name.start_char for m in found.individuals):
            continue
        if _names_the_attacker(name.root, trigger_ids, lexicon) or _named_attacker(
                name.root, nouns):
            found.individuals.append(_mention(name))


def _named_as(sentence: Span) -> list[Span]:
    """"named as Kariyev", "identified only as Ahmed K.": a name whatever the tagger thinks."""
    names = []
    for tok in sentence:
        if tok.dep_ == "pobj" and tok.pos_ == "PROPN" and tok.head.lower_ == "as" and any(
            a.lemma_.lower() in ("name", "identify", "call", "know")
            for a in list(tok.head.ancestors)[:3]  # "named by officials as X" hangs oddly
        ):
            start = min(c.i for c in tok.subtree if c.pos_ == "PROPN" or c.i == tok.i)
            names.append(sentence.doc[start : tok.i + 1])
    return names


def _named_attacker(root: Token, nouns: CueList) -> bool:
    """"Prosecutors identified the suspected gunman as Luis Mendoza", "the attacker was
    named as Kariyev": the name given to an attacker noun."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "as":
        return False
    # "named by police as X" may hang "as X" off "police": the naming verb is a few heads up.
    for verb in list(prep.ancestors)[:3]:
        if verb.lemma_.lower() in ("identify", "name", "call"):
            return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns
                       for c in verb.children)
    return False


def _names_the_attacker(root: Token, trigger_ids: set[int], lexicon: Lexicon) -> bool:
    """The name is the subject of an attack verb, or names it ("the man, named by officials
    as Kariyev, shot …"; "the attacker, identified only as Kariyev, …"). The subject of
    "died" or "survived" is a victim ("Judge Khattak died on the spot")."""
    current = root
    for _ in range(5):
        if current.dep_ == "nsubj" and current.head.i in trigger_ids:
            return current.head.lemma_.lower() not in lexicon.cue("victim_verbs")
        if current.dep_ not in ("pobj", "prep", "acl", "appos", "agent", "oprd", "nsubj") or (
            current.head.i == current.i
        ):
            return False
        current = current.head
    return False
