"""Whether two reports blame the same perpetrator.

Outlets spell actors differently: "al-Shabaab", "Al Shabab", "the al-Shabaab militant group";
"Kariyev" and "Rustam Kariyev". Two names are one actor when, after normalising (lower case,
accents and punctuation dropped, generic words such as "group" or "militants" removed), one
name's words are all in the other's, one is the acronym of the other ("AQAP", "al-Qaeda in the
Arabian Peninsula"), or the two spellings are nearly the same string. Aliases that share no
letters ("Daesh" for "Islamic State") are for the extractor's group lexicon to canonicalise.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from strife.models import Incident

# Words that describe an actor without naming it; "militants" alone names nobody.
_GENERIC = frozenset(
    "the a an group militant militants movement organisation organization fighters gunmen "
    "gunman attacker attackers assailant assailants suspect suspects insurgents insurgent "
    "rebels rebel terrorist terrorists unknown unidentified armed men man jihadist jihadists "
    "faction cell members member of".split()
)
# Linking words that acronyms skip: "al-Qaeda in the Arabian Peninsula" -> AQAP.
_LINKING = frozenset("in the of and for i e ul wal".split())
SPELLING_RATIO = 0.85
"""difflib similarity above which two compact spellings are one name ("shabaab"/"shabab")."""


def normalise_actor(name: str) -> tuple[str, ...]:
    """The name's distinctive words: "the Al-Shabaab militants" -> ("al", "shabaab")."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_name.lower())
    return tuple(w for w in words if w not in _GENERIC)


def is_acronym(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """("aqap",) against ("al", "qaeda", "in", "the", "arabian", "peninsula")."""
    if len(short) != 1 or len(long) < 2 or len(short[0]) < 2:
        return False
    initials = "".join(w[0] for w in long if w not in _LINKING)
    return short[0] == initials


def same_actor(a: str, b: str) -> bool:
    wa, wb = normalise_actor(a), normalise_actor(b)
    if not wa or not wb:
        return False
    if set(wa) <= set(wb) or set(wb) <= set(wa):
        return True
    if is_acronym(wa, wb) or is_acronym(wb, wa):
        return True
    return SequenceMatcher(None, "".join(wa), "".join(wb)).ratio() >= SPELLING_RATIO


def actor_names(incident: Incident) -> dict[str, list[str]]:
    """Named actors by kind; groups that claimed the attack count as group perpetrators."""
    names: dict[str, list[str]] = {"individual": [], "group": []}
    for perpetrator in incident.perpetrators:
        if normalise_actor(perpetrator.name):
            names[perpetrator.kind].append(perpetrator.name)
    names["group"].extend(n for n in incident.claimed_by if normalise_actor(n))
    return names


def perpetrator_agreement(a: Incident, b: Incident) -> float | None:
    """1 when the reports share a named actor; 0 when both name actors of one kind and none
    is shared; ``None`` when they cannot be compared (one names nobody).

    Individuals and groups are compared only within their kind, because one report names
    the gunman and another the group he belonged to, and that is no contradiction.
    """
    na, nb = actor_names(a), actor_names(b)
    all_a = na["individual"] + na["group"]
    all_b = nb["individual"] + nb["group"]
    if not all_a or not all_b:
        return None
    if any(same_actor(x, y) for x in all_a for y in all_b):
        return 1.0
    if any(na[kind] and nb[kind] for kind in ("individual", "group")):
        return 0.0
    return None
