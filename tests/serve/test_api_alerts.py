"""``GET /api/alerts``: stored alerts with filters and pages, like ``/api/incidents``."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from strife.store import open_store
from strife.store.alerts import save_alerts


def alert(code: str, start: date, score: float = 3.0) -> tuple[str, dict]:
    record = {
        "area": {"IQ": "Iraq", "SY": "Syria"}[code], "area_code": code, "level": "country",
        "period": "week", "period_start": str(start), "period_end": str(start + timedelta(6)),
        "observed": 9, "expected": 2.5, "deaths": 4, "expected_deaths": 1.0, "score": score,
        "method": "nb-tail.v1", "documents": 3, "expected_documents": 1.0,
        "coverage_surge": False, "incidents": ["i1", "i2"],
        "series": [{"period_start": str(start), "observed": 9, "expected": 2.5}],
    }  # fmt: skip
    return f"country:{code}:week:{start}:nb-tail.v1", record


@pytest.fixture
def with_alerts(seeded_url: str) -> str:
    with open_store(seeded_url) as store:
        save_alerts(store, [alert("IQ", date(2016, 1, 4)), alert("IQ", date(2016, 3, 7)),
                            alert("SY", date(2016, 3, 7), score=5.0)])  # fmt: skip
    return seeded_url


def test_alerts_newest_first_with_filters(make_client, with_alerts):
    client = make_client(url=with_alerts)
    body = client.get("/api/alerts").json()
    assert body["total"] == 3
    assert [(a["area_code"], a["period_start"]) for a in body["alerts"]] == [
        ("SY", "2016-03-07"), ("IQ", "2016-03-07"), ("IQ", "2016-01-04")]  # fmt: skip
    assert body["alerts"][0]["id"] == "country:SY:week:2016-03-07:nb-tail.v1"
    assert client.get("/api/alerts?area=iraq").json()["total"] == 2
    assert client.get("/api/alerts?area=IQ&from=2016-02-01").json()["total"] == 1
    assert client.get("/api/alerts?to=2016-01-31").json()["total"] == 1
    assert client.get("/api/alerts?level=admin1").json()["total"] == 0


def test_alert_pages(make_client, with_alerts):
    client = make_client(url=with_alerts)
    first = client.get("/api/alerts?limit=2").json()
    assert len(first["alerts"]) == 2 and first["next"] == "/api/alerts?limit=2&offset=2"
    assert len(client.get(first["next"]).json()["alerts"]) == 1


def test_bad_filters_get_the_error_shape(make_client, with_alerts):
    client = make_client(url=with_alerts)
    answer = client.get("/api/alerts?from=2016-05-01&to=2016-01-01")
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "bad_request"
    assert client.get("/api/alerts?level=planet").status_code in (400, 422)


def test_the_dashboard_has_an_alerts_panel_with_its_script(client):
    page = client.get("/").text
    assert 'id="alerts"' in page and 'id="alerts-title"' in page
    script = client.get("/static/js/alerts.js")
    assert script.status_code == 200 and "export class AlertPanel" in script.text
    assert 'from "./alerts.js"' in client.get("/static/js/dashboard.js").text
