"""The casualty vocabulary (``data/lexicons/casualties.yaml``), shaped for token lookups.

GTD codebook, "Casualties and Consequences": ``nkill`` counts every confirmed death of the
incident, perpetrators included, ``nkillter`` those perpetrators again; ``nwound`` and
``nwoundte`` count confirmed non-fatal injuries the same way. The words that tell these apart
live in the YAML file (validated by ``strife.codebook.schema.CasualtiesFile`` through the one
loader); the rules that use them live in ``strife.extract.casualty_phrases`` (one noun phrase),
``strife.extract.casualties`` (one figure), ``strife.extract.casualty_clauses`` (whole-clause
statements) and ``strife.extract.tolls`` (an incident's totals).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from strife.codebook.loader import load_data
from strife.codebook.schema import CasualtiesFile, CasualtyKind


@dataclass(frozen=True)
class CasualtyVocab:
    kill_verbs: frozenset[str]
    die_verbs: frozenset[str]
    wound_verbs: frozenset[str]
    death_words: frozenset[str]
    wound_words: frozenset[str]
    reporters: frozenset[str]
    generic_people: frozenset[str]
    self_words: frozenset[str]
    perpetrator_acts: frozenset[str]
    quantity_nouns: frozenset[str]
    zero_nouns: dict[str, tuple[CasualtyKind, ...]]
    only_nouns: dict[str, tuple[CasualtyKind, ...]]
    only_words: frozenset[str]
    addition_phrases: tuple[tuple[str, ...], ...]
    """each phrase as its words, longest first"""
    step_words: frozenset[str]
    more_words: frozenset[str]
    one_more_words: frozenset[str]
    later_words: frozenset[str]
    wounds_words: frozenset[str]
    unharmed_words: frozenset[str]
    life_words: frozenset[str]
    life_taking_verbs: frozenset[str]
    toll_words: frozenset[str]
    count_nouns: frozenset[str]


def _words(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=1)
def casualty_vocab() -> CasualtyVocab:
    raw = load_data("lexicons/casualties.yaml", CasualtiesFile)
    phrases = sorted((tuple(p.lower().split()) for p in raw.addition_phrases),
                     key=len, reverse=True)
    return CasualtyVocab(
        kill_verbs=_words(raw.kill_verbs), die_verbs=_words(raw.die_verbs),
        wound_verbs=_words(raw.wound_verbs), death_words=_words(raw.death_words),
        wound_words=_words(raw.wound_words), reporters=_words(raw.toll_reporters),
        generic_people=_words(raw.counted_people), self_words=_words(raw.self_pronouns),
        perpetrator_acts=_words(raw.perpetrator_acts),
        quantity_nouns=_words(raw.quantity_nouns),
        zero_nouns={w.lower(): tuple(k) for w, k in raw.zero_nouns.items()},
        only_nouns={w.lower(): tuple(k) for w, k in raw.only_nouns.items()},
        only_words=_words(raw.only_words), addition_phrases=tuple(phrases),
        step_words=_words(raw.step_words), more_words=_words(raw.more_words),
        one_more_words=_words(raw.one_more_words),
        later_words=_words(raw.later_words), wounds_words=_words(raw.wounds_words),
        unharmed_words=_words(raw.unharmed_words), life_words=_words(raw.life_words),
        life_taking_verbs=_words(raw.life_taking_verbs), toll_words=_words(raw.toll_words),
        count_nouns=_words(raw.count_nouns),
    )
