"""The alerts panel in headless Chromium: each stored alert with its small chart and links
that open its incidents. Skips like the other browser tests without Playwright/Chromium."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import httpx
from browser_support import Watched

from strife.store import open_store
from strife.store.alerts import save_alerts


def test_alert_panel_shows_the_chart_and_links(
    page: tuple[Any, Watched], server: str, sample_db: str
) -> None:
    tab, watched = page
    ids = [i["id"] for i in httpx.get(f"{server}/api/incidents?limit=3").json()["incidents"]]
    start = date(2021, 3, 1)
    series = [{"period_start": str(start - timedelta(weeks=n)), "observed": n % 3,
               "expected": 1.0} for n in range(11, -1, -1)]  # fmt: skip
    record = {
        "area": "Testland", "area_code": "TL", "level": "country", "period": "week",
        "period_start": str(start), "period_end": str(start + timedelta(days=6)),
        "observed": 9, "expected": 1.2, "deaths": 4, "expected_deaths": 0.5, "score": 4.1,
        "method": "nb-tail.v1", "documents": 12, "expected_documents": 1.0,
        "coverage_surge": True, "incidents": ids, "series": series,
    }  # fmt: skip
    with open_store(sample_db) as store:
        save_alerts(store, [("country:TL:week:2021-03-01:nb-tail.v1", record)])
    tab.goto(f"{server}/")
    tab.wait_for_selector("body[data-loaded=yes]", timeout=20_000)
    alert = tab.locator("#alerts li.alert", has_text="Testland")
    assert alert.count() == 1
    assert alert.locator("svg.spark rect").count() == len(series)
    assert alert.locator("svg.spark rect.now").count() == 1
    assert alert.locator(".badge").inner_text() == "coverage surge"
    links = alert.locator(".alert-links a")
    assert links.count() == len(ids)
    links.first.click()
    tab.wait_for_selector("#incident-title")
    assert tab.url.endswith(f"/incidents/{ids[0]}")
    assert watched.errors == [] and watched.outside == []
