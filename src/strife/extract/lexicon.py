"""The codebook lexicons (data files under ``strife/data/lexicons``), loaded once into one object.

Knowledge lives in the YAML files; this module only reads them and offers fast lookups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from strife.errors import ModelError
from strife.models import TARGET_TYPES, WEAPON_TYPES


@dataclass(frozen=True)
class TriggerSense:
    """What one trigger lemma suggests: a GTD attack type, weapons, and how strong a cue it is."""

    attack: str
    weapons: tuple[str, ...] = ()
    strong: bool = False
    particle: str | None = None
    failed: bool = False
    outcome: bool = False
    """a harm or deed ("died", "damaged"), not an attack: a toll does not back it up"""


@dataclass(frozen=True)
class Lexicon:
    verb_triggers: dict[str, TriggerSense]
    noun_triggers: dict[str, TriggerSense]
    weapons: dict[str, str]
    targets: dict[str, str]
    cues: dict[str, frozenset[str]]
    groups: dict[str, str]
    """alias (lower case) → canonical group name"""
    group_heads: frozenset[str] = field(default_factory=frozenset)
    weapon_first_words: frozenset[str] = field(default_factory=frozenset)
    cue_patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    """each cue list as one regex, longest phrase first, on word boundaries"""

    def cue(self, name: str) -> frozenset[str]:
        return self.cues[name]


def _read_yaml(name: str) -> Any:
    try:
        text = resources.files("strife.data.lexicons").joinpath(name).read_text("utf-8")
        return yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"lexicon {name} is missing or malformed: {exc}") from None


def _senses(table: dict[str, dict[str, Any]]) -> dict[str, TriggerSense]:
    return {
        lemma: TriggerSense(
            attack=entry["attack"],
            weapons=tuple(entry.get("weapons", ())),
            strong=entry.get("strength") == "strong",
            particle=entry.get("particle"),
            failed=bool(entry.get("failed", False)),
            outcome=bool(entry.get("outcome", False)),
        )
        for lemma, entry in table.items()
    }


def _invert(table: dict[str, list[str]], vocabulary: tuple[str, ...], name: str) -> dict[str, str]:
    inverted: dict[str, str] = {}
    for label, words in table.items():
        if label not in vocabulary:
            raise ModelError(f"lexicon {name}: {label!r} is not in the GTD vocabulary")
        for word in words:
            inverted.setdefault(str(word).lower(), label)
    return inverted


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read every lexicon file once per process."""
    triggers = _read_yaml("triggers.yaml")
    cues_raw = _read_yaml("cues.yaml")
    groups_raw = _read_yaml("groups.yaml")
    groups = {
        alias.lower(): canonical
        for canonical, aliases in groups_raw["groups"].items()
        for alias in aliases
    }
    weapons = _invert(_read_yaml("weapons.yaml"), WEAPON_TYPES, "weapons.yaml")
    cues = {key: frozenset(str(v).lower() for v in values) for key, values in cues_raw.items()}
    return Lexicon(
        verb_triggers=_senses(triggers["verbs"]),
        noun_triggers=_senses(triggers["nouns"]),
        weapons=weapons,
        targets=_invert(_read_yaml("targets.yaml"), TARGET_TYPES, "targets.yaml"),
        cues=cues,
        groups=groups,
        group_heads=frozenset(groups_raw["group_heads"]),
        weapon_first_words=frozenset(phrase.split()[0] for phrase in weapons),
        cue_patterns={key: _alternation(words) for key, words in cues.items()},
    )


def _alternation(phrases: frozenset[str]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in ordered) + r")(?!\w)")
