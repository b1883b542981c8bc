"""Designator words in subdivision names ("Helmand Province", "Atyraū oblysy") and the
names an English text prints for them."""

from __future__ import annotations

import re

from strife.geo.names import name_key

# Words that name the kind of a subdivision rather than the subdivision ("Helmand Province",
# "Departamento de Cusco", "Atyraū oblysy"); the bare name is indexed as a weaker match.
DESIGNATORS = frozenset(
    "province provincia provinsi region oblast oblysy oblasy governorate muhafazat muhafazah "
    "wilayat wilaya state estado county condado parish district distrito department "
    "departamento prefecture rayon raion municipality municipio territory borough kraj krai "
    "okrug voivodeship canton city gorodskaya administratsiya qalalyq akimshiligi sheng "
    "zizhiqu ostan respublika".split()
)
_LINKS = frozenset({"of", "de", "del", "do", "da"})
# Designators in the local language, which English never prints after the name.
LOCAL_DESIGNATORS = frozenset(
    "oblysy oblasy oblast oblasti sheng zizhiqu wilayat muhafazat ostan ostane viloyati "
    "respublika kray krai okrug gorodskaya administratsiya qalalyq akimshiligi ilcesi "
    "kabupaten zupanija".split()
)
_GENERIC = frozenset(
    "north south east west central northern southern eastern western northeast northwest "
    "southeast southwest capital federal national metropolitan upper lower greater new old "
    "great middle inner outer autonomous special".split()
)
_ROMAN = re.compile(r"[ivxl]+")


def display_name(name: str) -> str:
    """The name English news would print: "Zhambyl" for "Zhambyl oblysy", "Dagestan" for
    "Dagestan, Respublika", "Hebei" for "Hebei Sheng"; "Cook County" stays as it is."""
    words = name.replace(",", " ").split()
    kept = [w for w in words if name_key(w) not in LOCAL_DESIGNATORS]
    return " ".join(kept) if kept and len(kept) < len(words) else name


def short_name(name: str) -> str | None:
    """The name without a leading or trailing designator, or None if it has none."""
    words = name.split()
    changed = False
    while len(words) > 1 and name_key(words[-1]) in DESIGNATORS:
        words, changed = words[:-1], True
    while len(words) > 1 and name_key(words[0]) in DESIGNATORS:
        words, changed = words[1:], True
        while len(words) > 1 and words[0].lower() in _LINKS:
            words = words[1:]
    if not changed:
        return None
    short = " ".join(words)
    key = name_key(short)
    # "Central Region" → "Central" would match every capitalised "Central"; keep real names.
    if len(key) < 3 or key in _GENERIC or _ROMAN.fullmatch(key):
        return None
    return short
