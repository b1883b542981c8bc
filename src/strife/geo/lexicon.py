"""Word lists the place finder uses, from ``strife/data/geo`` plus a few closed classes."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

from strife.geo.names import name_key

# Words after or before a name that say what kind of place it is ("Helmand province",
# "the city of Taraz"). Value: the gazetteer kind they point to (see gazetteer.KIND_*).
KIND_HINTS: dict[str, int] = {
    **dict.fromkeys(
        "province provinces state region oblast governorate prefecture department "
        "departamento territory wilaya".split(), 1
    ),
    **dict.fromkeys("district county parish rayon municipality borough".split(), 2),
    **dict.fromkeys("city town village township hamlet suburb capital".split(), 3),
}

# Words that may sit inside a multi-word name in lower-case position ("Bay of Islands",
# "Port-au-Prince", "San José del Monte").
CONNECTORS = frozenset(
    "of de del la le les du des da do dos das el al au upon on sur y and et di della delle "
    "degli dei los las -".split()
)

# After a place at the start of an organisation's name these mean the organisation belongs to
# the place ("Rapides Parish Fire District", "Alexandria Police Department").
INSTITUTION_WORDS = frozenset(
    """police sheriff sheriff's fire department council school schools district county city
    parish hospital airport university college court courthouse jail community public high
    middle elementary board commission municipal regional general state memorial medical
    health emergency library museum township borough village town area region""".split()
)

# After a name these make it a street, not the place it is named after ("Orchard St.").
STREET_WORDS = frozenset(
    """street st road rd avenue ave boulevard blvd drive dr lane ln highway hwy parkway pkwy
    way court ct place pl square circle cir terrace ter trail pike route alley expressway
    freeway turnpike plaza""".split()
)

# Before a name these make a place reading likely even where the tagger says person.
LOCATIVE_CUES = frozenset("in at near outside inside from to into toward towards across".split())

# Before a name these make it a person's ("Mr. Kent", "Sen. Clinton").
HONORIFICS = frozenset(
    """mr mrs ms miss dr sen senator gov governor rep president judge officer sgt lt capt
    coach mayor sheriff chief deputy detective prof rev father sister brother""".split()
)


@dataclass(frozen=True)
class Lexicon:
    common_words: frozenset[str]
    regions: frozenset[str]  # name keys left unresolved on purpose (see regions.txt)
    not_places: frozenset[str]  # organisations the finder must not take for places
    facility_words: frozenset[str]  # "Airport" after a place: a site there (see the file)
    place_verbs: frozenset[str]  # "raided Gwoza": the object is a place (see the file)
    stop_words: frozenset[str]
    # "la." / "la" / "louisiana" → the state's name, for "Alexandria, La." containment.
    us_state_forms: dict[str, str]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    data = resources.files("strife.data").joinpath("geo")
    common = _word_list(data.joinpath("common_words.txt").read_text("utf-8"))
    regions = _word_list(data.joinpath("regions.txt").read_text("utf-8"))
    not_places = _word_list(data.joinpath("not_places.txt").read_text("utf-8"))
    facilities = _word_list(data.joinpath("facility_words.txt").read_text("utf-8"))
    verbs = _word_list(data.joinpath("place_verbs.txt").read_text("utf-8"))
    text = data.joinpath("us_states.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    forms: dict[str, str] = {}
    for row in rows:
        forms[row["postal"]] = row["name"]
        if row["ap"]:
            forms[row["ap"]] = row["name"]
    stop = frozenset(w.lower() for w in STOP_WORDS) | {"said", "says", "told", "mr", "mrs", "ms"}
    return Lexicon(frozenset(common), frozenset(regions), frozenset(not_places),
                   frozenset(facilities), frozenset(verbs), stop, forms)


def _word_list(text: str) -> set[str]:
    lines = text.splitlines()
    return {name_key(line) for line in lines if line.strip() and not line.startswith("#")}


def designator_kind(word: str) -> int | None:
    return KIND_HINTS.get(name_key(word))
