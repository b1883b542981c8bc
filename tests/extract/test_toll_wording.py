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
]


FIGURES = {
    "n": lambda n, m, p: n, "m": lambda n, m, p: m, "p": lambda n, m, p: p,
    "0": lambda n, m, p: 0, "1": lambda n, m, p: 1, "n+1": lambda n, m, p: n + 1,
    "n+p": lambda n, m, p: n + p, "m-p": lambda n, m, p: m - p,
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
                place=f"{city}, {admin}, {country}", n=n, m=m, p=p,
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
