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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from strife.codebook.loader import load_data
from strife.codebook.schema import MergeFile
from strife.extract.numbers import word_number
from strife.models import Incident

_WORD = re.compile(r"[a-z][a-z'-]+")
_PLACE_PHRASE = re.compile(
    r"[,;(]|\b(?:in|at|near|on|outside|inside|along|from|by|with|for|to|during)\b")
_ARTICLE = re.compile(r"(?:a|an|the)\s", re.I)
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "its", "his", "her", "their"})


@dataclass(frozen=True)
class MergeVocab:
    generic_target_heads: frozenset[str]
    several_attacks: re.Pattern[str]
    city_parts: re.Pattern[str]
    toll_lowered: re.Pattern[str]
    target_hedges: frozenset[str]
    security_forces: frozenset[str]


def _patterns(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\b", re.I)


@lru_cache(maxsize=1)
def merge_vocab() -> MergeVocab:
    raw = load_data("lexicons/merge.yaml", MergeFile)
    return MergeVocab(
        generic_target_heads=frozenset(w.lower() for w in raw.generic_target_heads),
        several_attacks=_patterns(raw.several_attacks),
        city_parts=_patterns(raw.city_parts),
        toll_lowered=_patterns(raw.toll_lowered),
        target_hedges=frozenset(w.lower() for w in raw.target_hedges),
        security_forces=frozenset(raw.security_forces),
    )


def _words(phrase: str) -> list[str]:
    """Content words of a target phrase before any place phrase ("in Baghdad", "near X")."""
    kept = _PLACE_PHRASE.split(phrase.lower(), maxsplit=1)[0]
    hedges = merge_vocab().target_hedges
    return [w for w in _WORD.findall(kept)
            if w not in _FUNCTION_WORDS and w not in hedges and word_number(w) is None]


def _stem(word: str) -> str:
    """"stations" and "station", "churches" and "church", "forces" and "force": one word."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _target_phrases(incident: Incident) -> list[str]:
    """What the record's target evidence says was hit; the role fillers only for a record
    without such evidence (a hand-coded one): a statistical model's ``Target`` also holds
    places named near the attack ("the airport road")."""
    found = [e.text for e in incident.evidence if e.field == "target_types"]
    return found or [m for entity in incident.roles.Target for m in entity]


def target_heads(incident: Incident) -> frozenset[str]:
    """The words of what the record says was attacked, up to any place phrase ("the gate of
    the ministry of mines in Kabul" → gate, ministry, mines), people in general left out."""
    generic = merge_vocab().generic_target_heads
    phrases = _target_phrases(incident)
    words = {_stem(w) for p in phrases for w in _words(p)}
    return frozenset(w for w in words if w not in generic and f"{w}s" not in generic)


def object_words(incident: Incident) -> frozenset[str]:
    """The words of the things a record says were attacked, named with an article ("a church",
    "the office of a newspaper"): not the counted victims ("22 worshippers", "soldiers")."""
    generic = merge_vocab().generic_target_heads
    named = [p for p in _target_phrases(incident) if _ARTICLE.match(p)]
    words = {_stem(w) for p in named for w in _words(p)}
    return frozenset(w for w in words if w not in generic and f"{w}s" not in generic)


def different_objects(a: Incident, b: Incident) -> bool:
    """Both records name the thing attacked ("a church", "a Shiite mosque") and share no word
    of it: two attacks, whatever else agrees."""
    wa, wb = object_words(a), object_words(b)
    return bool(wa and wb and not wa & wb)


def target_head_agreement(
    new: Incident, stored: Incident, new_text: str | None = None
) -> float | None:
    """1 when the records name a common target, 0 when both name targets and none is shared,
    ``None`` when either names none. When only the stored record names its target, the new
    report's text stands in: a report that never once mentions what the other says was
    attacked tells of another target (0)."""
    ha, hb = target_heads(new), target_heads(stored)
    if not ha and hb and new_text:
        said = {_stem(w) for w in _WORD.findall(new_text.lower())}
        return 1.0 if said & hb else 0.0
    if not ha or not hb:
        return None
    return 1.0 if ha & hb else 0.0


def tells_several_attacks(text: str | None) -> bool:
    """The report says it tells one of several attacks ("one of two related attacks")."""
    return bool(text and merge_vocab().several_attacks.search(text))


def city_parts(text: str | None) -> frozenset[str]:
    """The parts of a city a text places its attack in ("northern part of"), by compass word."""
    if not text:
        return frozenset()
    found = (m.group(0).lower().split()[0] for m in merge_vocab().city_parts.finditer(text))
    return frozenset(w.removesuffix("ern") for w in found)


def lowers_toll(text: str | None) -> bool:
    """The report says an earlier toll was too high ("revised the toll down to six")."""
    return bool(text and merge_vocab().toll_lowered.search(text))


def security_forces_only(*type_lists: Sequence[str]) -> bool:
    """Every type of both records is a security force (police, military)."""
    types = {t for types in type_lists for t in types if t != "Unknown"}
    return bool(types) and types <= merge_vocab().security_forces
