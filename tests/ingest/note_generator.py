"""A seeded generator of one-line English event notes in ACLED's terse style.

Varied actors, deeds, objects, places (real towns from strife's gazetteer, accented names
included) and date forms, from 5 to about 35 words; some with ACLED's "Fatalities: N." tail.
Used to check that short English texts are never refused as not English.
"""

from __future__ import annotations

import random

ACTORS = [
    "Rioters", "Protesters", "Unidentified gunmen", "Suspected militants", "A mob",
    "Militiamen", "Soldiers", "Police", "Villagers", "Armed men", "Rebels", "Students",
    "Taxi drivers", "Herders", "Members of a local vigilante group", "Unknown assailants",
    "Youths", "Traders", "An angry crowd", "Security forces", "Bandits", "Two gunmen",
    "Supporters of the opposition", "Farmers", "Insurgents",
]
DEEDS = [
    "blocked the road to the airport", "burned tyres on the main road", "attacked a police post",
    "clashed with police", "looted shops", "set fire to a bus", "stormed the town hall",
    "abducted a local chief", "shot dead a trader", "fired on a checkpoint",
    "threw stones at soldiers", "ambushed a military convoy", "shelled positions",
    "torched houses", "raided a village", "marched peacefully", "staged a sit-in",
    "barricaded the bridge", "vandalised a polling station", "kidnapped two aid workers",
    "planted an explosive device", "beat a suspected thief to death", "seized a cattle herd",
    "destroyed a mobile phone mast", "exchanged fire with troops",
]
PLACES_OF_DEED = [
    "near", "in", "outside", "on the outskirts of", "in the centre of", "north of",
    "south of", "in a village near", "at the market in", "on the highway to",
]
WHEN = [
    "on Tuesday", "on Monday night", "overnight", "early on Friday", "on Sunday afternoon",
    "yesterday", "last week", "on 12 March", "on Saturday morning", "this morning",
]
TAILS = [
    "", " Fatalities: 0.", " Fatalities: 2.", " Police dispersed them with tear gas.",
    " No injuries were reported.", " One person was killed.", " Several people were wounded.",
    " The motive is unclear.", " Property was damaged.", " Three people were arrested.",
    " The crowd was protesting against fuel prices.", " Fatalities: 1.",
]
DATE_LEADS = ["", "", "", "On 4 May 2024, ", "On 17 January 2023, ", "Around midday, "]


def town_names(minimum_population: int = 50_000) -> list[str]:
    """Names of towns from the gazetteer that strife ships."""
    from strife.geo.gazetteer import KIND_CITY
    from strife.geo.gazetteer_cache import load_gazetteer

    gaz = load_gazetteer()
    return sorted({name for row, name in enumerate(gaz.names)
                   if gaz.kinds[row] == KIND_CITY and gaz.populations[row] >= minimum_population})


def generate_notes(count: int, seed: int = 11) -> list[str]:
    """``count`` distinct-looking English event notes, reproducible from ``seed``."""
    rng = random.Random(seed)
    towns = town_names()
    notes = []
    for _ in range(count):
        lead = rng.choice(DATE_LEADS)
        actor = rng.choice(ACTORS)
        actor = actor if not lead else actor[0].lower() + actor[1:]
        if actor[0].islower() and actor.split()[0].lower() in {"police", "soldiers"}:
            actor = actor.lower()
        place = f"{rng.choice(PLACES_OF_DEED)} {rng.choice(towns)}"
        when = rng.choice(WHEN)
        short = rng.random() < 0.35
        body = (f"{actor} {rng.choice(DEEDS)} {place}." if short
                else f"{actor} {rng.choice(DEEDS)} {place} {when}.{rng.choice(TAILS)}")
        notes.append(f"{lead}{body}")
    return notes
