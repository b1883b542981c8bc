"""One sentence's evidence about violence: triggers, counts, actors, targets, weapons, cues."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from strife.codebook.cues import CueList
from strife.extract.actors import Mention, SentenceActors, sentence_actors
from strife.extract.casualties import CasualtyCount, find_counts
from strife.extract.lexicon import Lexicon, word_list
from strife.extract.targets import (
    TargetMention,
    WeaponMention,
    find_targets,
    find_weapons,
    mentioned_targets,
)
from strife.extract.triggers import Trigger, find_triggers


@dataclass(frozen=True)
class Cue:
    name: str
    start: int
    end: int
    text: str


@dataclass
class SentenceFindings:
    index: int
    start: int
    end: int
    triggers: list[Trigger] = field(default_factory=list)
    counts: list[CasualtyCount] = field(default_factory=list)
    actors: SentenceActors = field(default_factory=SentenceActors)
    targets: list[TargetMention] = field(default_factory=list)
    weapons: list[WeaponMention] = field(default_factory=list)
    mentioned: list[TargetMention] = field(default_factory=list)
    """target-typed noun phrases anywhere in the sentence (fallback for ``targets``)"""
    suicide: Cue | None = None
    failure: Cue | None = None
    fake: Cue | None = None
    """"turned out to be a fake bomb": the weapon was not real (GTD Fake Weapons)"""
    legal: bool = False
    accident: bool = False

    @property
    def strong(self) -> bool:
        return any(t.sense.strong for t in self.triggers)

    @property
    def reports_attack(self) -> bool:
        """Strong trigger, or a weak one backed by a weapon, an attacker or a claim, or an
        attack word ("an attack … left eleven dead") backed by a toll. A toll alone does not
        make "died" or "damaged" an attack: storms and old age leave people dead too."""
        if not self.triggers or self.legal:
            return False
        if self.strong or self.weapons or self.actors.descriptions or self.actors.claims \
                or self.actors.acting_groups:
            return True
        return bool(self.counts) and any(not t.sense.outcome for t in self.triggers)


def _find_cue(sentence: Span, cues: CueList, name: str) -> Cue | None:
    """The first cue phrase in the sentence (the longest where several start together)."""
    found = cues.search(sentence.text)
    if found is None:
        return None
    return Cue(name, sentence.start_char + found.start, sentence.start_char + found.end,
               sentence.text[found.start : found.end])


def clauses(sentence: Span) -> list[Span]:
    """Split "a bomb hit a train near Sibi, and gunmen shot dead two men in Turbat" at the
    coordinated clause that has a subject of its own: each may be a separate attack."""
    cuts = [
        tok.left_edge.i
        for tok in sentence
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and tok.left_edge.i > sentence.start
        # "eleven were killed and 23 others wounded" goes on telling the same attack
        and tok.lemma_.lower() not in word_list("toll_verbs")
    ]
    bounds = [sentence.start, *sorted(set(cuts)), sentence.end]
    return [sentence.doc[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def analyse_sentence(
    index: int, sentence: Span, groups: list[Mention], lexicon: Lexicon,
    chunks: list[Span] | None = None,
) -> SentenceFindings:
    """``chunks``: the document's noun chunks, computed once (a sentence's own are O(doc))."""
    triggers = find_triggers(sentence, lexicon)
    suicide = _find_cue(sentence, lexicon.cue("suicide_words"), "suicide")
    if suicide is not None and not triggers:
        # "A suicide bomber drove a truck of explosives into the gate": the cue is the report.
        span = sentence.doc.char_span(suicide.start, suicide.end, alignment_mode="expand")
        if span is not None:
            triggers = [Trigger(span.root, lexicon.verb_triggers["bomb"], False)]
    trigger_ids = {t.token.i for t in triggers}
    legal = _find_cue(sentence, lexicon.cue("legal_words"), "legal") is not None
    accident = _find_cue(sentence, lexicon.cue("accident_words"), "accident") is not None
    findings = SentenceFindings(
        index=index,
        start=sentence.start_char,
        end=sentence.end_char,
        triggers=triggers,
        counts=[] if accident else find_counts(sentence, lexicon),
        actors=sentence_actors(sentence, groups, lexicon, trigger_ids),
        targets=find_targets(sentence, trigger_ids, lexicon),
        mentioned=mentioned_targets(sentence, lexicon, chunks) if triggers else [],
        weapons=find_weapons(sentence, lexicon),
        suicide=suicide,
        failure=_find_cue(sentence, lexicon.cue("failure_words"), "failure"),
        fake=_find_cue(sentence, lexicon.cue("fake_weapon_words"), "fake"),
        legal=legal,
        accident=accident,
    )
    if legal:
        # A trial or sentencing story: its counts describe an old attack, not a new one.
        findings.counts = []
    return findings
