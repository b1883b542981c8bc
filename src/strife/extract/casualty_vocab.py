"""The casualty vocabulary (``data/lexicons/casualties.yaml``), read once per process.

GTD codebook, "Casualties and Consequences": ``nkill`` counts every confirmed death of the
incident, perpetrators included, ``nkillter`` those perpetrators again; ``nwound`` and
``nwoundte`` count confirmed non-fatal injuries the same way. The words that tell these apart
live in the YAML file; the rules that use them live in ``strife.extract.casualties`` (one noun
phrase, one figure) and ``strife.extract.casualty_clauses`` (whole-clause statements).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from strife.errors import ModelError
from strife.extract.lexicon import _read_yaml

_KINDS = frozenset({"killed", "wounded"})


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
    zero_nouns: dict[str, tuple[str, ...]]
    only_nouns: dict[str, tuple[str, ...]]
    only_words: frozenset[str]
    addition_phrases: tuple[tuple[str, ...], ...]
    """each phrase as its words, longest first"""
    step_words: frozenset[str]
    total_words: frozenset[str]
    later_words: frozenset[str]
    wounds_words: frozenset[str]
    unharmed_words: frozenset[str]
    more_words: frozenset[str]
    life_taking_verbs: frozenset[str]
    toll_words: frozenset[str]
    count_nouns: frozenset[str]
    life_words: frozenset[str]


def _words(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in raw[key])


def _kinds(raw: dict[str, Any], key: str) -> dict[str, tuple[str, ...]]:
    table = {str(word).lower(): tuple(kinds) for word, kinds in raw[key].items()}
    for word, kinds in table.items():
        if not set(kinds) <= _KINDS:
            raise ModelError(f"casualties.yaml: {key}.{word} names a kind other than "
                             "killed/wounded")
    return table


@lru_cache(maxsize=1)
def casualty_vocab() -> CasualtyVocab:
    raw = _read_yaml("casualties.yaml")
    try:
        phrases = sorted((tuple(str(p).lower().split()) for p in raw["addition_phrases"]),
                         key=len, reverse=True)
        return CasualtyVocab(
            **{key: _words(raw, key) for key in (
                "kill_verbs", "die_verbs", "wound_verbs", "death_words", "wound_words",
                "reporters", "generic_people", "self_words", "perpetrator_acts",
                "quantity_nouns", "only_words", "step_words", "total_words", "later_words",
                "wounds_words", "unharmed_words", "life_words", "more_words",
                "life_taking_verbs", "toll_words", "count_nouns")},
            zero_nouns=_kinds(raw, "zero_nouns"),
            only_nouns=_kinds(raw, "only_nouns"),
            addition_phrases=tuple(phrases),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ModelError(f"casualties.yaml is malformed: {exc}") from None
