"""The dashboard in headless Chromium: filter, open, read the evidence, review; and an article
full of markup rendered as harmless text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from browser_support import TOKEN, Watched

HOSTILE_TITLE = (
    "<script>window.__xss = 1</script>Gunmen kill three guards "
    '<img src=x onerror="window.__xss = 2">'
)
HOSTILE_TEXT = (
    "MAIDUGURI, Nigeria - Gunmen killed three security guards at a fuel depot in Maiduguri on "
    "Sunday, police said. <script>window.__xss = 3</script> The attackers fled on motorcycles. "
    '<img src=x onerror="window.__xss = 4"> No group claimed responsibility for the attack.'
)


def wait_loaded(page: Any) -> None:
    page.wait_for_selector("body[data-loaded=yes]", timeout=20_000)


def assert_clean(watched: Watched) -> None:
    assert watched.dialogs == [], "a script from an article ran"
    assert watched.errors == []
    assert watched.outside == [], "the page asked for something off this server"


def test_filter_open_read_evidence_and_accept(
    page: tuple[Any, Watched], server: str, artifacts: Path
) -> None:
    tab, watched = page
    total = httpx.get(f"{server}/api/stats").json()["incidents"]
    tab.goto(f"{server}/")
    wait_loaded(tab)
    assert tab.locator("#rows tr").count() == min(total, 25)
    assert tab.locator("#map circle.cell").count() >= 1
    assert tab.locator("#map .countries path").count() > 100, "country outlines (make setup)"
    assert tab.locator("#timeline rect").count() >= 1

    tab.select_option("#f-country", "NG")
    wait_loaded(tab)
    places = tab.locator("#rows tr td:nth-child(2)").all_inner_texts()
    assert places and all(p.endswith("Nigeria") for p in places)
    assert "country=NG" in tab.url
    tab.screenshot(path=str(artifacts / "dashboard-nigeria.png"), full_page=True)

    # Open the first incident with the keyboard, as a user without a mouse would.
    tab.locator("#rows a").first.focus()
    tab.keyboard.press("Enter")
    tab.wait_for_selector("#incident-title")
    marks = tab.locator("article mark.ev")
    assert marks.count() >= 1 and marks.first.is_visible()
    toggle = tab.locator(".ev-controls .ev-toggle[data-field='killed.total']")
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    shown = tab.locator("article mark.ev:not(.dim)").all_inner_texts()
    assert shown and all(any(ch.isdigit() or ch.isalpha() for ch in text) for text in shown)

    tab.fill("#r-token", TOKEN)
    tab.fill("#r-by", "browser test")
    tab.click("#accept")
    tab.wait_for_selector("#review-status:has-text('accepted')")
    tab.wait_for_load_state("load")
    tab.wait_for_selector(".history li:has-text('accept')")
    tab.screenshot(path=str(artifacts / "incident-accepted.png"), full_page=True)
    incident_id = tab.locator("#review").get_attribute("data-incident")
    record = httpx.get(f"{server}/api/incidents/{incident_id}").json()
    assert record["review"]["status"] == "accepted"
    assert record["review"]["by"] == "browser test"
    assert_clean(watched)


def test_markup_in_an_article_is_text(
    page: tuple[Any, Watched], server: str, artifacts: Path
) -> None:
    tab, watched = page
    refused = httpx.post(f"{server}/api/documents", json={"text": HOSTILE_TEXT}, timeout=120)
    assert refused.status_code == 401
    response = httpx.post(
        f"{server}/api/documents",
        json={"text": HOSTILE_TEXT, "title": HOSTILE_TITLE, "published": "2023-05-15"},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=120,
    )
    assert response.status_code == 201, response.text
    [incident_id] = response.json()["incidents"]
    tab.goto(f"{server}/incidents/{incident_id}")
    tab.wait_for_selector("article .text")
    assert "<script>window.__xss = 1</script>" in tab.locator("article h3").inner_text()
    text = tab.locator("article .text").inner_text()
    assert "<script>window.__xss = 3</script>" in text and 'onerror="window.__xss = 4"' in text
    assert tab.locator("main img, main script, article [onerror]").count() == 0
    assert tab.evaluate("window.__xss") is None
    tab.screenshot(path=str(artifacts / "article-with-markup.png"), full_page=True)

    # The same incident in the dashboard list: still text.
    tab.goto(f"{server}/?q=maiduguri")
    wait_loaded(tab)
    assert tab.evaluate("window.__xss") is None
    assert_clean(watched)


def test_api_docs_load_without_the_internet(page: tuple[Any, Watched], server: str) -> None:
    tab, watched = page
    tab.goto(f"{server}/docs")
    tab.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert tab.locator(".swagger-ui .opblock").count() >= 9
    assert_clean(watched)
