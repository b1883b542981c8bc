"""Tolls on any wording (issue 11, item 1): GTD nkill/nkillter/nwound semantics.

Each case is a summary template in GTD, ACLED-note or news style written for this test; the
figures, number spellings (digits and words) and places vary programmatically, so no case
passes by matching one sentence.
"""

from __future__ import annotations

import random

import pytest

WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}
PLACES = [("Kirkuk", "Kirkuk", "Iraq"), ("Quetta", "Balochistan", "Pakistan"),
          ("Maiduguri", "Borno", "Nigeria"), ("Mogadishu", "Banadir", "Somalia"),
          ("Kandahar", "Kandahar", "Afghanistan")]

# (template, expected killed, expected wounded, expected killed perpetrators); n, m, p are
# the figures put in the text, the expectations named in FIGURES (None: no figure).
CASES = [
    ("Assailants detonated an explosives-laden vehicle at a market in {place}. At least {n} "
     "civilians were killed and {m} others were wounded in the blast. No group claimed "
     "responsibility.", "n", "m", "0"),
    ("A suicide bomber detonated an explosives-laden vest at a checkpoint in {place}. In "
     "addition to the bomber, at least {n} people were killed and {m} others were injured.",
     "n+1", "m", "1"),
    ("Assailants attacked a police station in {place}. In addition to the {p} attackers, at "
     "least {n} police officers were killed and {m} others were wounded in the assault.",
     "n+p", "m", "p"),
    ("A suicide bomber detonated explosives at a mosque in {place}. {N} people, including the "
     "bomber, were killed and {m} others were wounded.", "n", "m", "1"),
    ("{P} assailants attempted to detonate explosives at a checkpoint in {place}. The "
     "assailants were the only casualties in the blast.", "p", "0", "p"),
    ("Assailants detonated an explosive device outside a bank in {place}. There were no "
     "reported casualties in the attack.", "0", "0", None),
    ("Assailants set fire to a telecommunications mast in {place}. No casualties were "
     "reported.", "0", "0", None),
    ("Assailants detonated an explosive device in a market in {place}. {N} people were "
     "killed and {m} were wounded. {P} of the wounded later died in hospital.",
     "n+p", "m-p", "0"),
    ("Assailants detonated two explosive devices at a bus station in {place}. Across both "
     "blasts, {n} people were killed and {m} were wounded. No group claimed responsibility.",
     "n", "m", "0"),
    ("Two blasts killed {n} people in {place} on Monday. No group claimed responsibility.",
     "n", None, "0"),
    ("Assailants detonated explosives in two markets in {place}. The first blast killed {n} "
     "people and the second killed {p} others.", "n+p", None, "0"),
    ("Three car bombs exploded in {place}. The blasts killed a total of {n} people and "
     "wounded {m}.", "n", "m", "0"),
    ("Gunmen attacked a village near {place}, killing between {n} and {m} people.", "n",
     None, "0"),
    ("Assailants threw a grenade at a police patrol in {place}. {N} police officers were "
     "wounded; no fatalities were reported.", "0", "n", None),
    # ACLED-style notes
    # (short notes are refused as not English today, issue 11 item 6: these are long enough)
    ("On 3 March 2019, unidentified gunmen attacked a village near {city} at night and "
     "killed {n} civilians in their homes. Fatalities: {n}.", "n", None, "0"),
    ("On 2 June 2021, militia attacked a market near {city}, killing dozens of residents.",
     "24", None, "0"),
    ("On 7 April 2022, militants attacked a police post in {place}. No fatalities were "
     "reported.", "0", None, None),
    # news style
    ("{CITY} - Gunmen killed {n} people and wounded {m} at a checkpoint in {city} on Saturday. "
     "{P} more bodies were found later near the site, police said.", "n+p", "m", "0"),
    ("{CITY} - The attack on a mosque in {city} on Friday claimed the lives of {n} "
     "worshippers, officials said.", "n", None, "0"),
    ("{CITY} - {N} civilians lost their lives and {m} others were hurt when a bomb went off "
     "at a bus stop in {city} on Monday.", "n", "m", "0"),
    ("{CITY} - The number of people killed in Sunday's car bombing in {city} rose to {n}, "
     "police said.", "n", None, "0"),
    ("{CITY} - {N} soldiers and {p} assailants were killed when militants stormed an army "
     "base near {city} on Tuesday.", "n+p", None, "p"),
    ("{CITY} - A bomb exploded at a bus station in {city} on Monday. One girl suffered burns "
     "and the other {p} girls were less badly hurt, police said.", "0", "p+1", None),
    ("{CITY} - Gunmen hijacked a lorry near {city} on Sunday. The drivers were released "
     "unharmed, police said.", "0", "0", None),
]


FIGURES = {
    "n": lambda n, m, p: n, "m": lambda n, m, p: m, "p": lambda n, m, p: p,
    "0": lambda n, m, p: 0, "1": lambda n, m, p: 1, "n+1": lambda n, m, p: n + 1,
    "n+p": lambda n, m, p: n + p, "m-p": lambda n, m, p: m - p, "p+1": lambda n, m, p: p + 1,
    "24": lambda n, m, p: 24,
}


def _variants(count: int = 2) -> list[tuple[str, int | None, int | None, int | None]]:
    rng = random.Random(11)
    out = []
    for template, killed, wounded, perps in CASES:
        for _ in range(count):
            n, p = rng.randint(3, 12), rng.randint(2, 3)
            m = n + rng.randint(1, 9)
            words = rng.random() < 0.5
            city, admin, country = rng.choice(PLACES)
            text = template.format(
                place=f"{city}, {admin}, {country}", city=city, CITY=city.upper(), n=n, m=m, p=p,
                N=(WORDS[n] if words else str(n)).capitalize(),
                P=(WORDS[p] if words else str(p)).capitalize(),
            )
            out.append((text, *(None if key is None else FIGURES[key](n, m, p)
                                 for key in (killed, wounded, perps))))
    return out


@pytest.mark.parametrize(("text", "killed", "wounded", "perps"), _variants())
def test_toll_on_any_wording(run, text, killed, wounded, perps):
    result = run(text)
    assert result.incidents, text
    incident = result.incidents[0]
    assert incident.killed.total == killed, text
    assert incident.wounded.total == wounded, text
    if perps is not None:
        assert incident.killed.perpetrators == perps, text
