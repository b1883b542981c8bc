"""/api/stats, /api/timeline, /api/map and the streamed /api/export."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from strife.export.rows import ACLED_COLUMNS, GTD_COLUMNS
from strife.models import StoredIncident


def test_stats_count_documents_incidents_sources_and_countries(client: TestClient) -> None:
    body = client.get("/api/stats").json()
    assert (body["documents"], body["incidents"], body["sources"]) == (4, 4, 4)
    assert body["review"] == {"unreviewed": 4}
    assert {c["country_code"]: c["incidents"] for c in body["countries"]} == {
        "KZ": 1, "NG": 1, "CO": 1,
    }  # fmt: skip


def test_the_timeline_counts_incidents_and_deaths_per_period(client: TestClient) -> None:
    bars = client.get("/api/timeline?interval=month").json()["bars"]
    assert bars == [
        {"period": "2011-11-01", "attack_type": "Armed Assault", "incidents": 1, "killed": 5},
        {"period": "2021-10-01", "attack_type": "Hostage Taking (Kidnapping)", "incidents": 1,
         "killed": 0},
        {"period": "2022-03-01", "attack_type": "Armed Assault", "incidents": 1, "killed": 2},
        {"period": "2023-06-01", "attack_type": "Bombing/Explosion", "incidents": 1,
         "killed": 10},
    ]  # fmt: skip
    weekly = client.get("/api/timeline?interval=week&country=KZ").json()["bars"]
    assert [b["period"] for b in weekly] == ["2011-11-07"]  # the Monday of 12 November 2011


def test_the_map_groups_located_incidents_into_cells(client: TestClient) -> None:
    body = client.get("/api/map?cell=10").json()
    cells = {tuple(c[:2]): c for c in body["cells"]}
    assert len(cells) == 3  # the incident without coordinates is not on the map
    assert cells[(42.9, 71.37)] == [42.9, 71.37, 1, 5, "inc-kz"]
    whole_world = client.get("/api/map?cell=45").json()["cells"]
    assert sum(c[2] for c in whole_world) == 3


def test_export_gtd_csv_streams_every_matching_incident(client: TestClient) -> None:
    response = client.get("/api/export?format=gtd-csv&sort=date")
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="strife.csv"' in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert list(rows[0]) == list(GTD_COLUMNS)
    assert [r["eventid"] for r in rows] == ["inc-kz", "inc-nowhere", "inc-co", "inc-ng"]
    assert rows[0]["nkill"] == "5" and rows[0]["country_txt"] == "Kazakhstan"


def test_export_takes_the_filters(client: TestClient) -> None:
    text = client.get("/api/export?format=acled-csv&country=NG").text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(ACLED_COLUMNS)
    assert [r["location"] for r in rows] == ["Maiduguri"]


def test_export_jsonl_gives_whole_records(client: TestClient) -> None:
    lines = client.get("/api/export?format=jsonl").text.splitlines()
    records = [StoredIncident.model_validate_json(line) for line in lines]
    assert {r.id for r in records} == {"inc-kz", "inc-ng", "inc-co", "inc-nowhere"}


def test_export_geojson_and_parquet(client: TestClient) -> None:
    collection = json.loads(client.get("/api/export?format=geojson").text)
    assert len(collection["features"]) == 3
    table = pq.read_table(io.BytesIO(client.get("/api/export?format=parquet").content))
    assert table.num_rows == 4


@pytest.mark.parametrize("chunk", [1, 3])
def test_export_is_the_same_whatever_the_chunk_size(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    import strife.serve.exporting as exporting

    whole = client.get("/api/export?format=gtd-csv").text
    monkeypatch.setattr(exporting, "CHUNK", chunk)
    assert client.get("/api/export?format=gtd-csv").text == whole
    geo = json.loads(client.get("/api/export?format=geojson").text)
    assert len(geo["features"]) == 3


def test_vocabularies_give_the_dashboard_its_labels_and_colours(client: TestClient) -> None:
    body = client.get("/api/vocabularies").json()
    attack_types = body["attack_types"]
    assert "Armed Assault" in attack_types and "Melee" in body["weapon_types"]
    # Every attack type has one distinct colour and a label; the JS holds no copy of them.
    assert set(body["attack_colours"]) == set(attack_types) == set(body["attack_labels"])
    assert len(set(body["attack_colours"].values())) == len(attack_types)
    assert body["attack_labels"]["Hostage Taking (Kidnapping)"] == "Kidnapping"
