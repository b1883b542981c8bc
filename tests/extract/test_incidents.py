"""Whole-document behaviour on short articles written for these tests (not the fixtures in
tests/data): each checks one rule of schema.md."""

from __future__ import annotations


def test_threat_alone_is_no_incident(run):
    result = run(
        "The armed group warned on Monday that it would bomb government offices in the "
        "province unless its leader was released. Officials said security had been raised.",
        "2024-03-06",
    )
    assert result.incidents == []


def test_trend_summary_is_no_incident(run):
    result = run(
        "Analysts say a spate of attacks over the summer has unsettled investors. The "
        "government has promised more patrols.",
        "2024-09-01",
    )
    assert result.incidents == []


def test_accident_is_no_incident(run):
    result = run(
        "A boiler exploded at a textile factory in Faisalabad on Tuesday, killing three "
        "workers, police said. Officials blamed faulty maintenance for the accident.",
        "2023-04-12",
    )
    assert result.incidents == []


def test_weekday_resolved_against_publication_and_dateline_is_not_the_place(run):
    result = run(
        "NAIROBI, Kenya — Gunmen shot dead four passengers on a bus near Garissa on Monday, "
        "police said.",
        "2024-05-08",
    )
    [incident] = result.incidents
    assert incident.date.start.isoformat() == "2024-05-06"
    assert incident.location.city == "Garissa"
    assert incident.location.country_code == "KE"
    assert incident.killed.total == 4
    assert "Armed Assault" in incident.attack_types
    assert "Firearms" in incident.weapon_types


def test_attackers_counted_apart(run):
    result = run(
        "Militants stormed a police station in Quetta on Sunday. Four policemen were killed "
        "and three attackers were shot dead by the guards, officials said.",
        "2022-11-14",
    )
    [incident] = result.incidents
    assert incident.killed.total == 7
    assert incident.killed.perpetrators == 3
    assert "Police" in incident.target_types


def test_claim_and_suicide(run):
    result = run(
        "A suicide bomber blew himself up outside a mosque in Kunduz on Friday, killing 20 "
        "worshippers. The Islamic State group claimed responsibility.",
        "2021-10-09",
    )
    [incident] = result.incidents
    assert incident.suicide is True
    assert incident.claimed_by == ["Islamic State"]
    assert incident.killed.total == 21
    assert incident.killed.perpetrators == 1
    assert incident.perpetrators[0].claimed is True
    assert "Religious Figures/Institutions" in incident.target_types


def test_condemning_group_is_not_a_perpetrator(run):
    result = run(
        "A bomb exploded at a bus station in Jos on Saturday, wounding eight people. The "
        "Christian Association of Nigeria condemned the attack.",
        "2020-01-12",
    )
    [incident] = result.incidents
    assert incident.perpetrators == []
    assert incident.claimed_by == []
    assert incident.wounded.total == 8


def test_suspected_group_is_perpetrator_without_claim(run):
    result = run(
        "Gunmen killed three teachers at a school in Mandera on Tuesday. Police blamed "
        "al-Shabaab for the attack.",
        "2023-02-16",
    )
    [incident] = result.incidents
    assert [(p.name, p.kind, p.claimed) for p in incident.perpetrators] == [
        ("al-Shabaab", "group", False)
    ]
    assert incident.claimed_by == []


def test_kidnapping(run):
    result = run(
        "Armed men abducted two engineers working on a road project near Zamfara on "
        "Wednesday, state police said.",
        "2021-08-20",
    )
    [incident] = result.incidents
    assert incident.attack_types[0] == "Hostage Taking (Kidnapping)"


def test_defused_bomb_is_an_unsuccessful_incident(run):
    result = run(
        "Police defused a bomb planted under a bridge in Cúcuta on Thursday, officials said.",
        "2023-06-02",
    )
    [incident] = result.incidents
    assert incident.success is False
    assert incident.attack_types == ["Bombing/Explosion"]


def test_background_attack_elsewhere_is_its_own_incident(run):
    result = run(
        "Gunmen killed two soldiers at a checkpoint in Arish on Tuesday, the army said.\n\n"
        "In March, a car bomb in Rafah killed five police officers.",
        "2019-06-13",
    )
    assert len(result.incidents) == 2
    first, second = result.incidents
    assert first.location.city == "Arish"
    assert second.location.city == "Rafah"
    assert second.date.start.isoformat() == "2019-03-01"
    assert second.killed.total == 5


def test_evidence_points_into_the_text(run):
    body = "Gunmen shot dead a judge in Peshawar on Monday, police said."
    result = run(body, "2022-03-09")
    [incident] = result.incidents
    assert incident.evidence
    for item in incident.evidence:
        assert result.document.text[item.start : item.end] == item.text
    fields = {e.field for e in incident.evidence}
    assert {"date", "location", "killed.total", "attack_types"} <= fields


def test_everyday_news_with_violent_words_is_no_incident(run):
    stories = [
        "The striker shot wide from the edge of the box in the second half, and the visitors "
        "held on for a goalless draw on Saturday.",
        "The new drama is a slow-burning thriller about a kidnapping in a mountain village.",
        "The former mayor of the town died peacefully at home on Sunday at the age of 91.",
        "A storm swept across the coast overnight, leaving three people dead and damaging "
        "hundreds of homes, the weather service said.",
    ]
    for story in stories:
        assert run(story, "2024-04-08").incidents == [], story


def test_small_town_named_as_a_town_is_the_place(run):
    result = run(
        "SANTIAGO, Chile — Unknown attackers set fire to an evangelical church in the southern "
        "town of Ercilla early on Thursday, destroying the building, police said. No one was "
        "hurt.",
        "2020-08-02",
    )
    [incident] = result.incidents
    assert incident.location.city == "Ercilla"
    assert incident.location.country_code == "CL"
    assert incident.attack_types == ["Facility/Infrastructure Attack"]
    assert incident.target_types == ["Religious Figures/Institutions"]
    assert incident.killed.total == 0


def test_employer_decides_the_target_and_others_do_not(run):
    kidnap = run(
        "Armed men abducted three employees of an international aid group near Yei on Monday, "
        "the organisation said.",
        "2017-10-11",
    ).incidents[0]
    assert kidnap.target_types == ["NGO"]
    bus = run(
        "A bomb attached to a bus exploded in Quetta on Sunday, killing six passengers and "
        "injuring 15 others.",
        "2018-07-09",
    ).incidents[0]
    assert bus.target_types == ["Transportation"]
    assert (bus.killed.total, bus.wounded.total) == (6, 15)
