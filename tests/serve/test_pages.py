"""The dashboard pages: rendered on the server, nothing loaded from outside."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from serve_records import KZ_TEXT


def test_the_dashboard_offers_the_stored_countries(client: TestClient) -> None:
    page = client.get("/").text
    assert '<option value="KZ">Kazakhstan (1)</option>' in page
    assert '<option value="Bombing/Explosion">' in page
    assert 'src="/static/js/dashboard.js"' in page


def test_the_dashboard_keeps_the_filters_of_its_url(client: TestClient) -> None:
    page = client.get("/?country=NG&q=market&interval=month").text
    assert '<option value="NG" selected>' in page
    assert 'name="q" type="search" value="market"' in page
    assert '<option value="month" selected>' in page


def test_the_incident_page_highlights_evidence_in_the_article(client: TestClient) -> None:
    page = client.get("/incidents/inc-kz").text
    mark = re.search(r'<mark class="ev ev-killed" data-fields="killed.total"[^>]*>([^<]*)</mark>',
                     page)  # fmt: skip
    assert mark and mark.group(1) == "killed five people"
    assert 'data-field="claimed_by"' in page  # the per-field evidence toggle
    assert "Jund al-Khilafah" in page
    # The article text is all there, in order, once the marks are taken out.
    article = re.search(r'<div class="text">(.*?)</div>', page, re.S)
    assert article and re.sub(r"<[^>]+>", "", article.group(1)) == KZ_TEXT


def test_an_unknown_incident_page_is_404(client: TestClient) -> None:
    response = client.get("/incidents/inc-nope")
    assert response.status_code == 404
    assert "There is no incident" in response.text


def test_no_page_loads_anything_from_another_host(client: TestClient) -> None:
    for path in ("/", "/incidents/inc-kz", "/docs", "/login"):
        page = client.get(path).text
        for url in re.findall(r'(?:src|href)="([^"]+)"', page):
            assert url.startswith(("/", "#", "data:")) or url.startswith("https://news.example"), (
                path, url,
            )  # fmt: skip


def test_openapi_describes_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path in ("/api/incidents", "/api/incidents/{incident_id}", "/api/incidents.geojson",
                 "/api/documents/{document_id}", "/api/documents", "/api/stats", "/api/export",
                 "/api/timeline", "/api/map"):  # fmt: skip
        assert path in paths, path
    assert "patch" in paths["/api/incidents/{incident_id}"]
    assert "HTTPBearer" in spec["components"]["securitySchemes"]
    assert "/" not in paths and "/docs" not in paths  # pages are not part of the API
