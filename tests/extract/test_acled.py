"""ACLED-style violence is found and coded (issue 11 item 2); peaceful events are not incidents.

Notes are generated from templates written for these tests, with other places, numbers and
dates substituted, so no rule can fit one wording.
"""

from __future__ import annotations

import pytest

from strife.codebook.loader import read_data, validate_data
from strife.codebook.schema import AcledFile
from strife.errors import ModelError
from strife.extract import acled as acled_module
from strife.extract.acled import ACLED_DATA, load_acled_vocabulary

PLACES = [("Gao", "Mali"), ("Maiduguri", "Nigeria"), ("Kismayo", "Somalia"),
          ("Kharkiv", "Ukraine"), ("Goma", "DR Congo")]
DATES = ["4 May 2024", "19 June 2023", "2 August 2024"]

# template, ACLED event type, sub-event type, a GTD attack type it must carry
VIOLENT = [
    ("On {date}, soldiers and militants clashed in {place}, {country}, killing {n} fighters.",
     "Battles", "Armed clash", "Armed Assault"),
    ("On {date}, troops fought rebels near {place}, {country}. {n} rebels died in the fighting.",
     "Battles", "Armed clash", "Armed Assault"),
    ("On {date}, military aircraft struck a rebel camp near {place}, {country}, killing {n} "
     "fighters.", "Explosions/Remote violence", "Air/drone strike", "Bombing/Explosion"),
    ("On {date}, a drone strike hit a vehicle in {place}, {country}, killing {n} people.",
     "Explosions/Remote violence", "Air/drone strike", "Bombing/Explosion"),
    ("On {date}, artillery shelled a residential area of {place}, {country}, killing {n} "
     "civilians.", "Explosions/Remote violence", "Shelling/artillery/missile attack",
     "Bombing/Explosion"),
    ("On {date}, militants fired mortars at a market in {place}, {country}, killing {n} "
     "traders.", "Explosions/Remote violence", "Shelling/artillery/missile attack",
     "Bombing/Explosion"),
    ("On {date}, a roadside bomb hit a convoy near {place}, {country}, killing {n} soldiers.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED", "Bombing/Explosion"),
    ("On {date}, gunmen stormed a village near {place}, {country}, and killed {n} villagers.",
     "Violence against civilians", "Attack", "Armed Assault"),
    ("On {date}, armed men abducted {n} farmers near {place}, {country}.",
     "Violence against civilians", "Abduction/forced disappearance",
     "Hostage Taking (Kidnapping)"),
    ("On {date}, a mob beat {n} suspected thieves in {place}, {country}.",
     "Riots", "Mob violence", None),
    ("On {date}, protesters set fire to a police station in {place}, {country}.",
     "Riots", "Violent demonstration", None),
    ("On {date}, fighters looted shops in {place}, {country}.",
     "Strategic developments", "Looting/property destruction", None),
]

PEACEFUL = [
    "On {date}, hundreds of people marched peacefully in {place}, {country}, to demand jobs.",
    "On {date}, teachers in {place}, {country}, went on strike over unpaid salaries.",
    "On {date}, the government in {place}, {country}, announced new elections.",
    "On {date}, residents of {place}, {country}, held a vigil for peace.",
    "On {date}, workers staged a general strike in {place}, {country}.",
    "On {date}, diplomats met in {place}, {country}, as the war entered its second year.",
    "On {date}, a memorial in {place}, {country}, marked the anniversary of the 2015 bombing.",
]


@pytest.mark.parametrize("template", VIOLENT, ids=lambda t: t[2])
def test_acled_violence_is_an_incident_with_both_codings(run, template):
    text, event_type, sub_event_type, attack_type = template
    for (place, country), day, n in zip(PLACES[:3], DATES, (3, 7, 12), strict=True):
        note = text.format(date=day, place=place, country=country, n=n)
        result = run(note, "2024-08-30")
        assert len(result.incidents) == 1, note
        [incident] = result.incidents
        assert incident.acled is not None, note
        assert (incident.acled.event_type, incident.acled.sub_event_type) == (
            event_type, sub_event_type), note
        if attack_type is not None:
            assert attack_type in incident.attack_types, note


def test_peaceful_protests_strikes_and_announcements_are_not_incidents(run):
    notes = [t.format(date=day, place=place, country=country)
             for t in PEACEFUL for (place, country), day in zip(PLACES, DATES * 2, strict=False)]
    quiet = [note for note in notes if not run(note, "2024-08-30").incidents]
    assert len(quiet) >= 0.95 * len(notes), sorted(set(notes) - set(quiet))


def test_a_trial_is_no_incident_unless_it_states_the_attacks_facts(run):
    only_trial = run("On 19 May 2024, a court in Abuja, Nigeria, sentenced a man to 20 years "
                     "in prison for his role in a 2019 kidnapping.", "2024-05-20")
    assert only_trial.incidents == []
    with_facts = run(
        "A court in Abuja sentenced two men to life in prison on Monday. On 3 March 2019, "
        "gunmen attacked a bus near Kaduna, Nigeria, killing nine passengers.", "2024-05-20")
    [incident] = with_facts.incidents
    assert incident.date.start is not None and incident.date.start.year == 2019
    assert incident.killed.total == 9


def test_stored_incidents_without_a_coding_get_one_from_their_gtd_types():
    from strife.models import Incident

    strike = Incident(id="x", attack_types=["Armed Assault"], target_types=["Military"])
    coded = acled_module.code_incident(strike)
    assert (coded.event_type, coded.sub_event_type) == ("Battles", "Armed clash")


def test_vocabulary_names_are_acleds_and_unknown_cue_lists_fail():
    vocab = load_acled_vocabulary()
    assert vocab.sub_event_types["Air/drone strike"] == "Explosions/Remote violence"
    assert set(vocab.sub_event_types.values()) == {
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Riots",
        "Strategic developments"}
    raw = read_data(ACLED_DATA)
    raw["cues"]["unused_list"] = ["word"]
    with pytest.raises(ModelError, match="unused_list"):
        validate_data(ACLED_DATA, raw, AcledFile)
    raw = read_data(ACLED_DATA)
    raw["event_types"]["Battles"].append("Peaceful protest")
    with pytest.raises(ModelError, match="Battles"):
        validate_data(ACLED_DATA, raw, AcledFile)


def test_a_war_mentioned_in_passing_is_not_an_incident(run):
    result = run(
        "Gunmen shot dead two police officers in Kandahar, Afghanistan, on Monday, officials "
        "said. The attack came as the war, which has killed tens of thousands of people since "
        "2001, entered a new phase. Fighting between the army and the rebels has displaced "
        "millions of people.", "2024-03-05")
    [incident] = result.incidents
    assert incident.killed.total == 2
    assert incident.location.city == "Kandahar"
