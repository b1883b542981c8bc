"""GET /api/documents/{id} (text and evidence spans) and POST /api/documents (submit)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from serve_records import KZ_TEXT, FakeExtractor

from strife.serve import Settings

ARTICLE = (
    "Gunmen attack checkpoint\n\n"
    "Gunmen killed three soldiers at a checkpoint near Taraz on Sunday, the defence ministry "
    "said in a statement, adding that the attackers fled towards the hills."
)


def test_a_document_comes_with_its_text_incidents_and_evidence(client: TestClient) -> None:
    body = client.get("/api/documents/doc-kz").json()
    assert body["document"]["text"] == KZ_TEXT
    assert body["incidents"] == ["inc-kz"]
    spans = {e["field"]: e for e in body["evidence"]}
    assert set(spans) == {"killed.total", "location", "claimed_by"}
    killed = spans["killed.total"]
    assert KZ_TEXT[killed["start"] : killed["end"]] == "killed five people"
    assert killed["incident_id"] == "inc-kz"


def test_an_unknown_document_is_404(client: TestClient) -> None:
    assert client.get("/api/documents/doc-none").status_code == 404


def test_a_submitted_article_is_extracted_and_stored(
    client: TestClient, auth: dict[str, str]
) -> None:
    response = client.post(
        "/api/documents",
        json={"text": ARTICLE, "published": "2011-11-14", "url": "https://news.example/x"},
        headers=auth,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["document_new"] is True and body["incidents_new"] == 1
    stored = client.get(body["links"]["incidents"][0]).json()
    assert stored["killed"]["total"] == 3
    assert stored["sources"][0]["title"] == "Gunmen attack checkpoint"
    assert stored["sources"][0]["published"] == "2011-11-14"
    assert client.get("/api/stats").json()["documents"] == 5


def test_the_same_article_twice_is_stored_once(client: TestClient, auth: dict[str, str]) -> None:
    first = client.post("/api/documents", json={"text": ARTICLE}, headers=auth).json()
    calls = FakeExtractor.calls
    again = client.post("/api/documents", json={"text": ARTICLE}, headers=auth)
    assert again.status_code == 200
    assert again.json()["document_new"] is False
    assert again.json()["incidents"] == first["incidents"]
    assert FakeExtractor.calls == calls  # not extracted again


def test_the_extractor_is_built_once_on_the_first_article(
    make_client: Callable[..., TestClient], auth: dict[str, str]
) -> None:
    built: list[int] = []

    def factory() -> FakeExtractor:
        built.append(1)
        return FakeExtractor()

    client = make_client()
    client.app.state.extractor._factory = factory  # type: ignore[attr-defined]
    client.get("/api/incidents")
    assert built == []
    client.post("/api/documents", json={"text": ARTICLE}, headers=auth)
    client.post("/api/documents", json={"text": ARTICLE + " More."}, headers=auth)
    assert built == [1]


@pytest.mark.parametrize(
    ("payload", "status", "fragment"),
    [
        ({"text": "Bonjour tout le monde, il fait beau aujourd'hui a Paris et ailleurs en France "
                  "selon les journaux du matin et du soir."}, 422, "not in English"),
        ({"text": ARTICLE, "url": "javascript:alert(1)"}, 422, "url"),
        ({"text": ARTICLE, "published": "someday"}, 422, "published"),
        ({"text": ARTICLE, "colour": "red"}, 422, "colour"),
        ({}, 422, "text"),
    ],
)  # fmt: skip
def test_unusable_articles_are_refused(
    client: TestClient, auth: dict[str, str], payload: dict, status: int, fragment: str
) -> None:
    response = client.post("/api/documents", json=payload, headers=auth)
    assert response.status_code == status
    assert fragment in response.json()["error"]["message"]


def test_submitting_needs_the_token(
    client: TestClient, make_client: Callable[..., TestClient]
) -> None:
    assert client.post("/api/documents", json={"text": ARTICLE}).status_code == 401
    wrong = {"Authorization": "Bearer not-the-token"}
    assert client.post("/api/documents", json={"text": ARTICLE}, headers=wrong).status_code == 401
    closed = make_client(Settings(api_token=None))
    refused = closed.post("/api/documents", json={"text": ARTICLE}, headers=wrong)
    assert refused.status_code == 403
    assert "STRIFE_API_TOKEN" in refused.json()["error"]["message"]
    assert client.get("/api/stats").json()["documents"] == 4
