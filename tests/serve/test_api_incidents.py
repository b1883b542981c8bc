"""GET /api/incidents, /api/incidents/{id} and /api/incidents.geojson on a seeded store."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from strife.models import StoredIncident


def ids(response_json: dict) -> list[str]:
    return [i["id"] for i in response_json["incidents"]]


def test_the_list_holds_every_stored_incident_newest_first(client: TestClient) -> None:
    body = client.get("/api/incidents").json()
    assert body["total"] == 4
    assert ids(body) == ["inc-ng", "inc-co", "inc-nowhere", "inc-kz"]
    assert body["next"] is None
    # Each entry is the stored record of schema.md, sources included.
    first = StoredIncident.model_validate(body["incidents"][0])
    assert first.sources[0].document_id == "doc-ng"
    assert first.review.status == "unreviewed"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=KZ", ["inc-kz"]),
        ("country=Nigeria", ["inc-ng"]),
        ("attack_type=armed assault", ["inc-co", "inc-kz"]),
        ("target_type=Police", ["inc-co", "inc-kz"]),
        ("group=boko", ["inc-ng"]),
        ("q=jamundi", ["inc-co"]),
        ("min_killed=5", ["inc-ng", "inc-kz"]),
        ("from=2021-01-01&to=2022-12-31", ["inc-co", "inc-nowhere"]),
        ("bbox=-80,0,-70,10", ["inc-co"]),
        ("country=&q=", ["inc-ng", "inc-co", "inc-nowhere", "inc-kz"]),  # empty form fields
    ],
)
def test_filters_select_incidents(client: TestClient, query: str, expected: list[str]) -> None:
    body = client.get(f"/api/incidents?{query}").json()
    assert ids(body) == expected
    assert body["total"] == len(expected)


def test_pages_link_to_the_next_page(client: TestClient) -> None:
    first = client.get("/api/incidents?limit=3&sort=date&country=").json()
    assert ids(first) == ["inc-kz", "inc-nowhere", "inc-co"]
    assert first["next"].startswith("/api/incidents?")
    second = client.get(first["next"]).json()
    assert ids(second) == ["inc-ng"]
    assert second["offset"] == 3 and second["next"] is None


def test_sort_by_deaths(client: TestClient) -> None:
    assert ids(client.get("/api/incidents?sort=-killed").json()) == [
        "inc-ng", "inc-kz", "inc-co", "inc-nowhere",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("query", "status", "fragment"),
    [
        ("sort=size", 400, "unknown sort"),
        ("bbox=1,2,3", 400, "four numbers"),
        ("bbox=0,95,1,96", 400, "latitudes"),
        ("from=2022-01-01&to=2021-01-01", 400, "after"),
        ("limit=501", 422, "limit"),
        ("min_killed=-1", 422, "min_killed"),
        ("from=yesterday", 422, "from"),
    ],
)
def test_bad_parameters_are_refused_with_a_reason(
    client: TestClient, query: str, status: int, fragment: str
) -> None:
    response = client.get(f"/api/incidents?{query}")
    assert response.status_code == status
    assert fragment in response.json()["error"]["message"]


def test_one_incident_has_sources_and_its_review_trail(client: TestClient) -> None:
    body = client.get("/api/incidents/inc-kz").json()
    assert body["claimed_by"] == ["Jund al-Khilafah"]
    assert body["sources"][0]["url"] == "https://news.example/kz"
    assert body["alternatives"] == {}
    assert body["review_history"] == []


def test_an_unknown_incident_is_404(client: TestClient) -> None:
    response = client.get("/api/incidents/inc-missing")
    assert response.status_code == 404
    assert "inc-missing" in response.json()["error"]["message"]


def test_geojson_is_a_feature_collection_of_located_incidents(client: TestClient) -> None:
    response = client.get("/api/incidents.geojson")
    assert response.headers["content-type"].startswith("application/geo+json")
    body = response.json()
    assert body["type"] == "FeatureCollection"
    by_id = {f["id"]: f for f in body["features"]}
    assert set(by_id) == {"inc-kz", "inc-ng", "inc-co"}  # inc-nowhere has no coordinates
    # RFC 7946: longitude first.
    assert by_id["inc-co"]["geometry"] == {"type": "Point", "coordinates": [-76.54, 3.26]}
    assert by_id["inc-kz"]["properties"]["killed"] == 5


def test_geojson_takes_the_same_filters(client: TestClient) -> None:
    body = client.get("/api/incidents.geojson?country=NG").json()
    assert [f["id"] for f in body["features"]] == ["inc-ng"]


def test_the_api_on_each_backend(store_url: str, never_merge: Any) -> None:
    """The routes whose SQL differs by database (aggregates, review writes) on both."""
    from serve_records import TOKEN, FakeExtractor, seed_results

    from strife.serve import Settings, create_app
    from strife.store import open_store

    with open_store(store_url, merger=never_merge) as store:
        list(store.add_results(seed_results()))
    app = create_app(store_url, Settings(api_token=TOKEN), extractor_factory=FakeExtractor,
                     merger=never_merge)  # fmt: skip
    with TestClient(app) as client:
        assert client.get("/api/incidents?country=Nigeria").json()["total"] == 1
        assert len(client.get("/api/map?cell=0.5").json()["cells"]) == 3
        assert len(client.get("/api/timeline?interval=month").json()["bars"]) == 4
        auth = {"Authorization": f"Bearer {TOKEN}"}
        edit = {"action": "edit", "fields": {"killed.total": 6}}
        assert client.patch("/api/incidents/inc-kz", json=edit, headers=auth).status_code == 200
        assert client.get("/api/incidents?min_killed=6").json()["total"] == 2
