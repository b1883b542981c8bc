"""The GTD tables shared by every layer, read once from ``strife/data/codebook/gtd.yaml``.

Extraction, merge agreement, MUC-4 evaluation, summaries, exports and the dashboard's
``/api/codebook`` read attack-type order, labels, colours and the related-type pairs from
here; none of them restates a table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from strife.codebook.loader import load_data
from strife.codebook.schema import GtdFile
from strife.models import AttackType, TargetType, WeaponType

GTD_FILE = "codebook/gtd.yaml"


@dataclass(frozen=True)
class GtdTables:
    """The codebook tables in the shapes their readers want."""

    attack_order: tuple[AttackType, ...]
    """GTD's attack-type hierarchy, highest first"""
    attack_nouns: dict[AttackType, str]
    attack_colours: dict[AttackType, str]
    attack_muc4: dict[AttackType, str]
    weapon_implies_attack: dict[WeaponType, AttackType]
    outranked_by_strong_trigger: frozenset[AttackType]
    related_attack_types: frozenset[frozenset[str]]
    related_target_types: frozenset[frozenset[str]]
    incidental_target_types: frozenset[TargetType]
    catch_all_target_types: frozenset[TargetType]
    uninformative_types: frozenset[str]

    def implied_attack(self, weapon_type: str) -> AttackType:
        """The attack type a weapon implies by GTD's definitions; "Unknown" when none."""
        return self.weapon_implies_attack.get(weapon_type, "Unknown")  # type: ignore[call-overload]


@lru_cache(maxsize=1)
def gtd_tables() -> GtdTables:
    data = load_data(GTD_FILE, GtdFile)
    entries = data.attack_types
    return GtdTables(
        attack_order=tuple(e.type for e in entries),
        attack_nouns={e.type: e.noun for e in entries},
        attack_colours={e.type: e.colour for e in entries},
        attack_muc4={e.type: e.muc4 for e in entries},
        weapon_implies_attack=dict(data.weapon_implies_attack),
        outranked_by_strong_trigger=frozenset(data.outranked_by_strong_trigger),
        related_attack_types=frozenset(frozenset(p) for p in data.related_attack_types),
        related_target_types=frozenset(frozenset(p) for p in data.related_target_types),
        incidental_target_types=frozenset(data.incidental_target_types),
        catch_all_target_types=frozenset(data.catch_all_target_types),
        uninformative_types=frozenset(data.uninformative_types),
    )
