"""The first acceptance test: the seed article against its hand coding, field by field."""

from __future__ import annotations

import json

import pytest

from strife.geo.distance import haversine_km
from strife.ingest import iter_documents

SEED_FILE = "seed/taraz-2011-11-13.txt"


@pytest.fixture(scope="module")
def seed(extractor, shared_path):
    path = shared_path(SEED_FILE)
    gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text())
    [item] = list(iter_documents([str(path)]))
    assert item.error is None
    return extractor.extract(item.document), gold


def test_document_fields(seed, shared_path):
    result, gold = seed
    doc = result.document
    assert doc.title == gold["document"]["title"]
    assert doc.published.isoformat() == gold["document"]["published"]
    assert doc.dateline == gold["document"]["dateline"]
    assert doc.url == gold["document"]["url"]
    assert doc.text == shared_path(SEED_FILE).read_text()


def test_two_incidents_nothing_at_the_dateline(seed):
    result, _ = seed
    assert [i.location.city for i in result.incidents] == ["Taraz", "Atyrau"]
    assert all(i.location.city != "Bishkek" for i in result.incidents)


@pytest.mark.parametrize("index", [0, 1])
def test_incident_fields(seed, index):
    result, gold = seed
    got, want = result.incidents[index], gold["incidents"][index]
    assert got.date.start.isoformat() == want["date"]["start"]
    assert got.date.end.isoformat() == want["date"]["end"]
    assert got.date.precision == want["date"]["precision"]
    loc = want["location"]
    assert got.location.country_code == loc["country_code"]
    assert got.location.geonames_id == loc["geonames_id"]
    error = haversine_km(got.location.lat, got.location.lon, loc["lat"], loc["lon"])
    assert error <= loc["max_error_km"]
    for key in ("attack_types", "target_types", "weapon_types"):
        if key in want:
            assert set(want[key]["must"]) <= set(getattr(got, key))
            assert set(getattr(got, key)) <= set(want[key]["accept"])
    assert got.killed.total == want["killed"]["total"]
    assert got.killed.perpetrators == want["killed"]["perpetrators"]
    if "wounded" in want:
        assert got.wounded.total == want["wounded"]["total"]
    assert got.suicide is want["suicide"]
    assert got.claimed_by == want["claimed_by"]
    perps = want["perpetrators"]
    assert [p.name for p in got.perpetrators if p.kind == "group"] == perps["groups"]
    individuals = [p.name for p in got.perpetrators if p.kind == "individual"]
    assert individuals == perps.get("must_individual", individuals)


def test_roles_are_verbatim_and_cover_the_coding(seed):
    result, gold = seed
    text = result.document.text
    for got, want in zip(result.incidents, gold["incidents"], strict=True):
        for role, entities in got.roles.model_dump().items():
            for entity in entities:
                for mention in entity:
                    assert mention in text, (role, mention)
        assert got.roles.PerpInd[0][0] == want["roles"]["PerpInd"][0][0] if want["roles"][
            "PerpInd"] and got.roles.PerpInd else True
    taraz = result.incidents[0]
    assert taraz.roles.PerpInd[0][0] == "Kariyev"
    assert "the attacker" in taraz.roles.PerpInd[0]
    assert ["a grenade launcher"] in taraz.roles.Weapon
    atyrau = result.incidents[1]
    assert atyrau.roles.PerpOrg[0][0] == "Jund al-Khilafah"


def test_actions_in_order_for_the_rampage(seed):
    result, _ = seed
    actions = result.incidents[0].actions
    assert len(actions) >= 4
    texts = [a.text for a in actions]
    # The steps follow the article's order (the lede's summary may come first).
    cursor = 0
    for key in ("opened fire", "weapons store", "shot dead", "Committee for National Security",
                "blew himself up"):
        cursor = next(i for i in range(cursor, len(texts)) if key in texts[i]) + 1
    assert actions[-1].attack_type == "Bombing/Explosion"


def test_every_evidence_offset_points_at_its_text(seed):
    result, _ = seed
    text = result.document.text
    for incident in result.incidents:
        fields = {e.field for e in incident.evidence}
        assert {"date", "location", "attack_types", "killed.total", "weapon_types"} <= fields
        for item in incident.evidence:
            assert text[item.start : item.end] == item.text
    assert "suicide" in {e.field for e in result.incidents[0].evidence}
    assert "claimed_by" in {e.field for e in result.incidents[1].evidence}
