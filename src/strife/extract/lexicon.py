"""The codebook lexicons (data files under ``strife/data/lexicons``), loaded once into one object.

Knowledge lives in the YAML files, validated by ``strife.codebook.schema`` through the one
loader, ``strife.codebook.loader``; this module only shapes them for fast lookups. Every word
and phrase list is a ``CueList`` (whole-word matching), reached as ``lexicon.cue(name)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from pydantic import BaseModel

from strife.codebook.cues import CueList
from strife.codebook.loader import load_data
from strife.codebook.schema import (
    ActorsFile,
    CasualtiesFile,
    CuesFile,
    GroupingFile,
    GroupsFile,
    TargetsFile,
    TriggerEntry,
    TriggersFile,
    VictimsFile,
    WeaponsFile,
)
from strife.errors import ModelError
from strife.models import AttackType, TargetType, WeaponType

Label = TypeVar("Label", bound=str)


@dataclass(frozen=True)
class TriggerSense:
    """What one trigger lemma suggests: a GTD attack type, weapons, and how strong a cue it is."""

    attack: AttackType
    weapons: tuple[WeaponType, ...] = ()
    strong: bool = False
    particle: str | None = None
    failed: bool = False
    outcome: bool = False
    """a harm or deed ("died", "damaged"), not an attack: a toll does not back it up"""


@dataclass(frozen=True)
class Lexicon:
    verb_triggers: dict[str, TriggerSense]
    noun_triggers: dict[str, TriggerSense]
    weapons: dict[str, WeaponType]
    targets: dict[str, TargetType]
    cues: dict[str, CueList]
    groups: dict[str, str]
    """alias (lower case) → canonical group name"""
    group_heads: frozenset[str] = field(default_factory=frozenset)
    weapon_first_words: frozenset[str] = field(default_factory=frozenset)

    def cue(self, name: str) -> CueList:
        """The word list ``name`` (a key of cues.yaml or of a lexicon's word lists)."""
        try:
            return self.cues[name]
        except KeyError:
            raise ModelError(f"no word list {name!r} in strife/data/lexicons") from None


def _senses(table: dict[str, TriggerEntry]) -> dict[str, TriggerSense]:
    return {
        lemma: TriggerSense(
            attack=entry.attack,
            weapons=tuple(entry.weapons),
            strong=entry.strength == "strong",
            particle=entry.particle,
            failed=entry.failed,
            outcome=entry.outcome,
        )
        for lemma, entry in table.items()
    }


def _invert(table: dict[Label, list[str]]) -> dict[str, Label]:
    inverted: dict[str, Label] = {}
    for label, words in table.items():
        for word in words:
            inverted.setdefault(str(word).lower(), label)
    return inverted


def _named_lists(*files: BaseModel) -> dict[str, CueList]:
    """Every list-of-words field of the lexicon files, as a ``CueList`` under its key; a key
    is one list, so two files may not use the same one."""
    lists: dict[str, CueList] = {}
    for model in files:
        for name, value in model:
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                continue
            if name in lists:
                raise ModelError(f"word list {name!r} is defined twice in strife/data/lexicons")
            lists[name] = CueList(name, value)
    return lists


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read every lexicon file once per process."""
    triggers = load_data("lexicons/triggers.yaml", TriggersFile)
    groups_file = load_data("lexicons/groups.yaml", GroupsFile)
    groups = {
        alias.lower(): canonical
        for canonical, aliases in groups_file.groups.items()
        for alias in aliases
    }
    weapons = _invert(load_data("lexicons/weapons.yaml", WeaponsFile).root)
    cues = _named_lists(
        load_data("lexicons/cues.yaml", CuesFile),
        triggers,
        load_data("lexicons/victims.yaml", VictimsFile),
        load_data("lexicons/actors.yaml", ActorsFile),
        load_data("lexicons/casualties.yaml", CasualtiesFile),
        load_data("lexicons/grouping.yaml", GroupingFile),
    )
    return Lexicon(
        verb_triggers=_senses(triggers.verbs),
        noun_triggers=_senses(triggers.nouns),
        weapons=weapons,
        targets=_invert(load_data("lexicons/targets.yaml", TargetsFile).root),
        cues=cues,
        groups=groups,
        group_heads=frozenset(groups_file.group_heads),
        weapon_first_words=frozenset(phrase.split()[0] for phrase in weapons),
    )


def word_list(name: str) -> CueList:
    """The shipped lexicon's word list ``name``, for code that is not handed a ``Lexicon``."""
    return load_lexicon().cue(name)
