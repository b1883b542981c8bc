"""What each record says was attacked, and whether a report tells one of several attacks.

GTD codebook, "Incident" (in our words): attacks on different targets, or at different places,
are separate incidents even when one group carried them out together on one day ("one of two
related attacks"); one attack at one place and time is one incident however many reports tell
it. So two records in one city on one day are kept apart when what they say was attacked
differs, and a report that says it tells one of several attacks needs its target to agree.
Vocabulary in ``data/lexicons/merge.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from strife.errors import ModelError
from strife.extract.lexicon import _read_yaml
from strife.models import Incident

_WORD = re.compile(r"[a-z][a-z'-]+")


@dataclass(frozen=True)
class MergeVocab:
    generic_target_heads: frozenset[str]
    several_attacks: re.Pattern[str]


@lru_cache(maxsize=1)
def merge_vocab() -> MergeVocab:
    raw = _read_yaml("merge.yaml")
    try:
        pattern = "|".join(f"(?:{p})" for p in raw["several_attacks"])
        return MergeVocab(
            generic_target_heads=frozenset(str(w).lower() for w in raw["generic_target_heads"]),
            several_attacks=re.compile(rf"\b(?:{pattern})\b", re.I),
        )
    except (KeyError, TypeError, re.error) as exc:
        raise ModelError(f"merge.yaml is malformed: {exc}") from None


def _head(phrase: str) -> str | None:
    words = _WORD.findall(phrase.lower())
    if not words:
        return None
    word = words[-1]
    # "stations" and "station", "churches" and "church": one head
    for suffix in ("ies", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    return word


def target_heads(incident: Incident) -> frozenset[str]:
    """Head nouns of what the record says was attacked ("station", "market", "mosque"),
    people in general left out."""
    generic = merge_vocab().generic_target_heads
    phrases = [e.text for e in incident.evidence if e.field == "target_types"]
    phrases += [m for entity in incident.roles.Target for m in entity]
    heads = {_head(p) for p in phrases}
    return frozenset(h for h in heads if h and h not in generic and f"{h}s" not in generic)


def target_head_agreement(a: Incident, b: Incident) -> float | None:
    """1 when the records name a common target, 0 when both name targets and none is shared,
    ``None`` when either names none."""
    ha, hb = target_heads(a), target_heads(b)
    if not ha or not hb:
        return None
    return 1.0 if ha & hb else 0.0


def tells_several_attacks(text: str | None) -> bool:
    """The report says it tells one of several attacks ("one of two related attacks")."""
    return bool(text and merge_vocab().several_attacks.search(text))
