"""Writes the gold files of this set from the table below (run it after editing the table).

Each summary was written for strife in the style of GTD's analyst summaries (own words, real
places in GTD's "town, district, province, country" chain). The gold codes what a GTD coder
would: attack, target and weapon types as ``{"must", "accept"}``, perpetrator groups as the text
names them (``claimed_by`` for the ones that claimed), and tolls only where the text states one.

    .venv/bin/python tests/data/gtd_summaries/build_gold.py
"""

from __future__ import annotations

import json
from pathlib import Path

from summaries import SUMMARIES  # type: ignore[import-not-found]

ATTACK = {
    "AS": "Assassination", "AA": "Armed Assault", "BE": "Bombing/Explosion",
    "HJ": "Hijacking", "HB": "Hostage Taking (Barricade Incident)",
    "HK": "Hostage Taking (Kidnapping)", "FI": "Facility/Infrastructure Attack",
    "UA": "Unarmed Assault", "UK": "Unknown",
}
TARGET = {
    "BUS": "Business", "GOV": "Government (General)", "POL": "Police", "MIL": "Military",
    "AIR": "Airports & Aircraft", "DIP": "Government (Diplomatic)",
    "EDU": "Educational Institution", "FOOD": "Food or Water Supply",
    "JOUR": "Journalists & Media", "MAR": "Maritime", "NGO": "NGO",
    "PRIV": "Private Citizens & Property", "REL": "Religious Figures/Institutions",
    "TEL": "Telecommunication", "TERR": "Terrorists/Non-State Militia", "TOUR": "Tourists",
    "TRANS": "Transportation", "UTIL": "Utilities", "VPP": "Violent Political Party",
    "UNK": "Unknown",
}
WEAPON = {
    "FIRE": "Firearms", "EXPL": "Explosives", "INC": "Incendiary", "MEL": "Melee",
    "VEH": "Vehicle", "CHEM": "Chemical", "SAB": "Sabotage Equipment",
    "FAKE": "Fake Weapons", "UNK": "Unknown",
}


def types(code: str, table: dict[str, str]) -> dict[str, list[str]]:
    """"AA" → must Armed Assault; "AA/BE" → must AA, also accept BE; "/AA,UK" → either."""
    must, _, extra = code.partition("/")
    musts = [table[c] for c in must.split(",") if c]
    accept = musts + [table[c] for c in extra.split(",") if c]
    return {"must": musts, "accept": accept}


def gold(entry: dict) -> dict:
    incident: dict = {
        "label": entry["slug"],
        "date": {"start": entry["date"], "end": entry["date"], "precision": "day"},
        "location": {"country_code": entry["cc"]},
        "attack_types": types(entry["attack"], ATTACK),
        "target_types": types(entry["target"], TARGET),
        "weapon_types": types(entry["weapon"], WEAPON),
        "perpetrators": {"groups": entry.get("groups", [])},
        "claimed_by": entry.get("claimed", []),
    }
    if entry.get("city"):
        incident["location"]["city"] = entry["city"]
    for key in ("killed", "wounded"):
        if key in entry:
            incident[key] = {"total": entry[key]}
    return {
        "about": "GTD-style analyst summary (strife's own words). " + entry.get("about", ""),
        "document": {"title": None, "published": entry["date"], "dateline": None,
                     "text": entry["text"]},
        "incidents": [incident],
        "not_incidents": [],
    }


def main() -> None:
    here = Path(__file__).resolve().parent
    slugs = set()
    for n, entry in enumerate(SUMMARIES, 1):
        assert entry["slug"] not in slugs, entry["slug"]
        slugs.add(entry["slug"])
        path = here / f"gtd-{n:02d}-{entry['slug']}.gold.json"
        path.write_text(json.dumps(gold(entry), indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"{len(SUMMARIES)} gold files written to {here}")


if __name__ == "__main__":
    main()
