"""GTD codebook rules for target, weapon and attack types and for groups, each checked on
generated variations of GTD-style summaries (targets, weapons, places and group names swapped),
so that no rule holds for one wording only. Sentences written for these tests."""

from __future__ import annotations

import itertools

import pytest

PLACES = [
    "Spin Boldak district, Kandahar province, Afghanistan",
    "Maiduguri city, Borno state, Nigeria",
    "Quetta city, Balochistan province, Pakistan",
    "Mogadishu city, Banaadir region, Somalia",
]
DATE = "2019-04-02"

# (what was attacked, who died there, GTD target type): the victim's type decides.
TARGETS = [
    ("a police checkpoint", "police officers", "Police"),
    ("an army post", "soldiers", "Military"),
    ("a mosque", "worshippers", "Religious Figures/Institutions"),
    ("a primary school", "students", "Educational Institution"),
    ("a passenger bus", "passengers", "Transportation"),
    ("the offices of a local newspaper", "journalists", "Journalists & Media"),
    ("a hotel", "guests", "Business"),
    ("a vehicle carrying aid workers", "aid workers", "NGO"),
    ("a busy market", "civilians", "Private Citizens & Property"),
    ("a vehicle carrying government employees", "government employees",
     "Government (General)"),
]


def _only(result):
    assert len(result.incidents) == 1, [i.summary for i in result.incidents]
    return result.incidents[0]


@pytest.mark.parametrize(("place", "target"), list(itertools.product(PLACES[:2], TARGETS)))
def test_target_type_is_the_victims_type(run, place, target):
    thing, victims, expected = target
    incident = _only(run(
        f"Assailants opened fire on {thing} in {place}. Three {victims} were killed. "
        "No group claimed responsibility for the incident.", DATE))
    assert incident.target_types[0] == expected
    assert incident.attack_types == ["Armed Assault"]
    assert incident.weapon_types == ["Firearms"]


@pytest.mark.parametrize("place", PLACES)
def test_soldiers_hit_at_a_market_are_military(run, place):
    incident = _only(run(
        f"A bomb exploded at a market in {place}, killing four soldiers on patrol. "
        "No group claimed responsibility.", DATE))
    assert incident.target_types[0] == "Military"


# (means, GTD weapon type, GTD attack type)
WEAPONS = [
    ("rifles", "Firearms", "Armed Assault"),
    ("machetes", "Melee", "Armed Assault"),
    ("knives", "Melee", "Armed Assault"),
    ("sticks and stones", "Melee", "Unarmed Assault"),
    ("hand grenades", "Explosives", "Bombing/Explosion"),
    ("a car bomb", "Explosives", "Bombing/Explosion"),
    ("petrol bombs", "Incendiary", "Facility/Infrastructure Attack"),
]


@pytest.mark.parametrize(("place", "weapon"), list(itertools.product(PLACES[1:3], WEAPONS)))
def test_the_means_decide_weapon_and_attack_type(run, place, weapon):
    means, weapon_type, attack_type = weapon
    incident = _only(run(
        f"Assailants armed with {means} attacked a police station in {place}. "
        "Two police officers were wounded.", DATE))
    assert incident.weapon_types == [weapon_type]
    assert incident.attack_types == [attack_type]


@pytest.mark.parametrize(("place", "projectile"), list(itertools.product(
    PLACES[::3], ["rockets", "mortar shells", "a rocket-propelled grenade", "two mortar rounds"])))
def test_projectiles_fired_are_explosives_not_gunfire(run, place, projectile):
    incident = _only(run(
        f"Assailants fired {projectile} at a military base in {place}. One soldier was "
        "wounded. No group claimed responsibility.", DATE))
    assert incident.weapon_types == ["Explosives"]
    assert incident.attack_types == ["Bombing/Explosion"]
    assert incident.target_types == ["Military"]


@pytest.mark.parametrize("means", ["a knife", "an axe", "a van"])
def test_the_police_response_is_not_the_attackers_weapon(run, means):
    verb = "drove a van into" if means == "a van" else f"attacked with {means}"
    incident = _only(run(
        f"An assailant {verb} two pedestrians in Graz, Austria, before police officers "
        "shot him dead.", DATE))
    assert "Firearms" not in incident.weapon_types


@pytest.mark.parametrize(("victim", "place"), list(itertools.product([
    "Abdul Karim Safi, a member of the provincial council",
    "journalist Abdul Karim Safi",
    "Abdul Karim Safi, the editor of a local news website",
    "the district governor",
    "Maulana Abdul Karim, a prominent cleric",
], PLACES[::2])))
def test_a_prominent_person_shot_dead_is_an_assassination(run, victim, place):
    incident = _only(run(
        f"Gunmen shot and killed {victim} outside his home in {place}. "
        "No group claimed responsibility for the incident.", DATE))
    assert incident.attack_types == ["Assassination"]
    assert incident.weapon_types == ["Firearms"]
    assert incident.target_types[0] != "Private Citizens & Property"


@pytest.mark.parametrize("victims", ["three farmers", "two shepherds", "four villagers"])
def test_ordinary_people_shot_dead_is_an_armed_assault(run, victims):
    incident = _only(run(
        f"Gunmen shot and killed {victims} in {PLACES[1]}. No group claimed responsibility.",
        DATE))
    assert incident.attack_types == ["Armed Assault"]
    assert incident.target_types == ["Private Citizens & Property"]


def test_an_official_beaten_is_an_unarmed_assault(run):
    incident = _only(run(
        f"Assailants beat an election official with sticks outside a polling station in "
        f"{PLACES[2]}. The official was injured.", DATE))
    assert incident.attack_types == ["Unarmed Assault"]


@pytest.mark.parametrize("where", ["taken to an unknown location", "moved to a forest camp"])
def test_people_abducted_and_moved_are_kidnapped_not_a_barricade(run, where):
    incident = _only(run(
        f"Gunmen abducted two aid workers near {PLACES[3]}. The hostages were {where}.", DATE))
    assert incident.attack_types == ["Hostage Taking (Kidnapping)"]


def test_a_fake_bomb_makes_a_hijacking_with_fake_weapons(run):
    incident = _only(run(
        "A passenger who claimed to be carrying a bomb hijacked a domestic flight after it "
        "took off from Cebu City, Philippines. The device turned out to be a fake bomb.", DATE))
    assert incident.attack_types == ["Hijacking"]
    assert incident.weapon_types == ["Fake Weapons"]


# Each group under the names texts use for it; the record names it once, as the text does.
GROUPS = [
    ("Tehrik-i-Taliban Pakistan (TTP)", "TTP", "Tehrik-i-Taliban Pakistan"),
    ("Islamic State West Africa Province (ISWAP)", "ISWAP", "Islamic State West Africa"),
    ("Jamaat Nusrat al-Islam wal Muslimin (JNIM)", "JNIM", "Jamaat Nusrat"),
    ("Kurdistan Workers' Party (PKK)", "PKK", "Kurdistan Workers"),
    ("New People's Army (NPA)", "NPA", "New People's Army"),
    ("Al-Qaida in the Arabian Peninsula (AQAP)", "AQAP", "Arabian Peninsula"),
    ("Communist Party of India - Maoist (CPI-Maoist)", "CPI-Maoist", "Communist Party of India"),
]


def _groups(incident):
    return [p for p in incident.perpetrators if p.kind == "group"]


@pytest.mark.parametrize("group", GROUPS)
def test_a_group_named_twice_is_one_claimant(run, group):
    full, short, stem = group
    incident = _only(run(
        f"Militants linked to {full} attacked an army post in {PLACES[2]}, killing two "
        f"soldiers. {short} claimed responsibility for the attack.", DATE))
    [perpetrator] = _groups(incident)
    assert stem in perpetrator.name and perpetrator.claimed


@pytest.mark.parametrize(("group", "sentence"), list(itertools.product(
    [g[0] for g in GROUPS[:4]] + ["Al-Shabaab", "Boko Haram", "the Taliban"],
    ["No group claimed responsibility, although {g} was suspected.",
     "Sources attributed the attack to {g}.",
     "No group claimed responsibility; however, officials blamed {g}."])))
def test_a_suspected_group_is_a_perpetrator_that_did_not_claim(run, group, sentence):
    incident = _only(run(
        f"Assailants detonated an explosive device near a police vehicle in {PLACES[0]}, "
        "wounding three police officers. " + sentence.format(g=group), DATE))
    [perpetrator] = _groups(incident)
    assert not perpetrator.claimed and incident.claimed_by == []
    assert group.removeprefix("the ").split(" (")[0].lower() in perpetrator.name.lower()


@pytest.mark.parametrize(("naming", "victim"), list(itertools.product([
    "Police said the gunman, {name}, was caught by bystanders as he tried to flee.",
    "Prosecutors identified the suspected gunman as {name}.",
    "The attacker was later named by police as {name}.",
], ["Judge Farooq Khattak", "Mayor Alfredo Ramirez"])))
def test_a_named_gunman_is_a_perpetrator_and_the_victim_is_not(run, naming, victim):
    for name in ("Imran Ali", "Luis Mendoza"):
        incident = _only(run(
            f"{victim} was shot dead outside his office in {PLACES[2]} on Monday. "
            f"{victim.split()[-1]} died on the spot. " + naming.format(name=name), DATE))
        people = [p.name for p in incident.perpetrators if p.kind == "individual"]
        assert people == [name]
        assert incident.attack_types == ["Assassination"]


@pytest.mark.parametrize("thing", ["a fuel tanker", "a gun shop", "a fuel truck"])
def test_a_weapon_word_naming_the_target_is_not_a_weapon(run, thing):
    incident = _only(run(
        f"Gunmen hijacked {thing} near {PLACES[3]} and shot dead its driver.", DATE))
    assert incident.weapon_types == ["Firearms"]


@pytest.mark.parametrize(("person", "kind"), [
    ("legislator Bhima Rao", "Government (General)"),
    ("the provincial police chief", "Police"),
    ("journalist Ahmad Karimi", "Journalists & Media"),
])
def test_a_prominent_person_is_the_main_target_over_the_guards_killed_with_him(run, person, kind):
    incident = _only(run(
        f"Assailants detonated a bomb under the car of {person} in {PLACES[0]}. The victim and "
        "four of his bodyguards were killed. No group claimed responsibility.", DATE))
    assert incident.target_types[0] == kind


@pytest.mark.parametrize("group", GROUPS)
def test_an_acronym_alone_is_named_in_full(run, group):
    full, short, stem = group
    incident = _only(run(
        f"Militants attacked an army post in {PLACES[2]}, killing two soldiers. {short} "
        "claimed responsibility for the attack.", DATE))
    [perpetrator] = _groups(incident)
    assert stem in perpetrator.name and f"({short})" in perpetrator.name
    assert incident.claimed_by == [perpetrator.name]


@pytest.mark.parametrize(("victims", "kind"), [
    ("Three soldiers", "Military"), ("Two police officers", "Police"),
    ("Four Afghan Local Police officers", "Police"),
])
def test_a_bare_checkpoint_is_of_the_security_force_hit_there(run, victims, kind):
    incident = _only(run(
        f"Assailants attacked a checkpoint in Sahak village, Zurmat district, Paktia province, "
        f"Afghanistan. {victims} were killed. No group claimed responsibility.", DATE))
    assert incident.target_types == [kind]
    assert incident.weapon_types == ["Unknown"]


@pytest.mark.parametrize(("facility", "kind"), [
    ("the Chinese consulate", "Government (Diplomatic)"),
    ("a hotel", "Business"),
    ("a university campus", "Educational Institution"),
])
def test_what_was_attacked_outranks_the_guards_killed_there(run, facility, kind):
    incident = _only(run(
        f"Three assailants armed with rifles attacked {facility} in {PLACES[2]}. Two police "
        "officers and a civilian were killed.", DATE))
    assert incident.target_types[0] == kind


@pytest.mark.parametrize("vehicle", ["A passenger bus", "A minibus", "An army truck"])
def test_a_vehicle_that_struck_a_landmine_is_a_bombing(run, vehicle):
    incident = _only(run(
        f"{vehicle} struck a landmine near Bandiagara town, Mopti region, Mali. Eleven people "
        "were killed.", DATE))
    assert incident.attack_types == ["Bombing/Explosion"]
    assert incident.weapon_types == ["Explosives"]


@pytest.mark.parametrize("text", [
    "FARC dissidents were suspected.",
    "Sources attributed the attack to FARC dissidents.",
])
def test_dissidents_are_named_as_a_group_of_their_own(run, text):
    incident = _only(run(
        "Assailants opened fire on a police station in Suarez municipality, Cauca department, "
        "Colombia, killing one officer. " + text, DATE))
    [perpetrator] = _groups(incident)
    assert perpetrator.name.endswith("dissidents") and not perpetrator.claimed
