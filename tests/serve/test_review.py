"""PATCH /api/incidents/{id}: accept, edit, reject; the audit trail; edits outlive merges."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from serve_records import document, incident, place

from strife.models import Result
from strife.store import open_store


def patch(client: TestClient, auth: dict[str, str], body: dict, iid: str = "inc-kz") -> dict:
    response = client.patch(f"/api/incidents/{iid}", json=body, headers=auth)
    assert response.status_code == 200, response.text
    return response.json()


def test_accepting_records_who_and_when(client: TestClient, auth: dict[str, str]) -> None:
    body = patch(client, auth, {"action": "accept", "by": "maria", "note": "checked"})
    assert body["review"]["status"] == "accepted"
    assert body["review"]["by"] == "maria"
    assert body["review"]["at"]
    [entry] = body["review_history"]
    assert (entry["action"], entry["by"], entry["note"], entry["changes"]) == (
        "accept", "maria", "checked", {},
    )  # fmt: skip
    assert client.get("/api/stats").json()["review"] == {"accepted": 1, "unreviewed": 3}


def test_an_edit_changes_the_fields_and_logs_old_and_new(
    client: TestClient, auth: dict[str, str]
) -> None:
    fields = {"killed.total": 7, "attack_types": ["Assassination"], "location.city": "Taraz City"}
    body = patch(client, auth, {"action": "edit", "by": "omar", "fields": fields})
    assert body["review"]["status"] == "edited"
    assert body["killed"]["total"] == 7
    assert body["attack_types"] == ["Assassination"]
    assert body["location"]["city"] == "Taraz City"
    assert body["evidence"], "evidence is the text's and stays"
    changes = body["review_history"][0]["changes"]
    assert changes["killed.total"] == {"from": 5, "to": 7}
    assert changes["attack_types"] == {"from": ["Armed Assault"], "to": ["Assassination"]}
    # What the source said is kept beside the reviewer's figure.
    assert body["alternatives"] == {"killed.total": [{"value": 5, "document_id": "doc-kz"}]}
    # The filter columns follow the edit.
    assert client.get("/api/incidents?attack_type=Assassination").json()["total"] == 1
    assert client.get("/api/incidents?min_killed=6&country=KZ").json()["total"] == 1


def test_rejecting_keeps_the_incident_but_marks_it(
    client: TestClient, auth: dict[str, str]
) -> None:
    body = patch(client, auth, {"action": "reject", "by": "li"})
    assert body["review"]["status"] == "rejected"
    assert client.get("/api/incidents/inc-kz").json()["review"]["status"] == "rejected"


@pytest.mark.parametrize(
    ("body", "status", "fragment"),
    [
        ({"action": "edit", "fields": {"id": "x"}}, 400, "cannot edit id"),
        ({"action": "edit", "fields": {"attack_types": ["Drive-by"]}}, 400, "GTD codebook"),
        ({"action": "edit", "fields": {"killed.total": "many"}}, 400, "killed.total"),
        ({"action": "edit", "fields": {}}, 400, "at least one field"),
        ({"action": "accept", "fields": {"killed.total": 1}}, 400, "edit action"),
        ({"action": "approve"}, 422, "action"),
        ({"action": "accept", "by": ""}, 422, "by"),
    ],
)
def test_bad_reviews_change_nothing(
    client: TestClient, auth: dict[str, str], body: dict, status: int, fragment: str
) -> None:
    response = client.patch("/api/incidents/inc-kz", json=body, headers=auth)
    assert response.status_code == status
    assert fragment in response.json()["error"]["message"]
    stored = client.get("/api/incidents/inc-kz").json()
    assert stored["review"]["status"] == "unreviewed" and stored["review_history"] == []


def test_reviewing_needs_the_token_and_an_existing_incident(
    client: TestClient, auth: dict[str, str]
) -> None:
    assert client.patch("/api/incidents/inc-kz", json={"action": "accept"}).status_code == 401
    missing = client.patch("/api/incidents/inc-none", json={"action": "accept"}, headers=auth)
    assert missing.status_code == 404


class IntoTheTarazIncident:
    """A merger that folds every new report into the seeded Taraz incident."""

    def find_match_id(self, new, candidates, new_text=None):  # type: ignore[no-untyped-def]
        return "inc-kz"

    def combine(self, stored, new, source, document):  # type: ignore[no-untyped-def]
        from strife.store.merging import ScoredMerge

        return ScoredMerge().combine(stored, new, source, document)


def test_edits_survive_a_later_report_merged_into_the_incident(
    client: TestClient, auth: dict[str, str], seeded_url: str
) -> None:
    patch(client, auth, {"action": "edit", "by": "omar", "fields": {"killed.total": 7}})
    # A later article reports the same attack with another toll and a new weapon type.
    later = document("kz-later", "Taraz toll rises\n\nNine people died in the Taraz attack.",
                     "2011-11-15")  # fmt: skip
    report = incident(
        "kz-later",
        date={"start": "2011-11-12", "end": "2011-11-12", "precision": "day"},
        location=place("Taraz", "Kazakhstan", "KZ", 42.9, 71.37),
        attack_types=["Armed Assault"], weapon_types=["Firearms"], killed={"total": 9},
    )  # fmt: skip
    with open_store(seeded_url, merger=IntoTheTarazIncident()) as store:
        outcome = store.add_result(Result(document=later, incidents=[report]))
    assert outcome.incidents_merged == 1
    merged = client.get("/api/incidents/inc-kz").json()
    assert [s["document_id"] for s in merged["sources"]] == ["doc-kz", "doc-kz-later"]
    assert merged["weapon_types"] == ["Firearms"]  # unreviewed fields take the new report
    assert merged["killed"]["total"] == 7  # the reviewer's value, not the extractor's 9
    assert merged["review"]["status"] == "edited"
    assert {a["value"] for a in merged["alternatives"]["killed.total"]} == {5, 9}
