"""Security at the edge: tokens, read protection, CORS, body limits, escaping, headers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from serve_records import TOKEN

import strife.serve.security as security
from strife.errors import UsageError
from strife.serve import Settings

HOSTILE_TITLE = "<script>alert('title')</script> Raid <img src=x onerror=alert(1)>"
HOSTILE_TEXT = (
    "Police say gunmen killed three guards <script>alert('body')</script> at a depot near Taraz "
    'on Sunday, <img src=x onerror="alert(2)"> officials said, and the army was sent there.'
)


def test_the_token_is_compared_in_constant_time(
    client: TestClient, auth: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[bytes, bytes]] = []
    real = security.hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        seen.append((a, b))
        return real(a, b)

    monkeypatch.setattr(security.hmac, "compare_digest", spy)
    client.patch("/api/incidents/inc-kz", json={"action": "accept"}, headers=auth)
    assert seen == [(TOKEN.encode(), TOKEN.encode())]


def test_security_headers_on_pages_and_api(client: TestClient) -> None:
    for path in ("/", "/api/stats", "/api/incidents/none"):
        headers = client.get(path).headers
        policy = headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split(";")[1]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


def test_cors_is_off_by_default(client: TestClient) -> None:
    origin = {"Origin": "https://elsewhere.example"}
    assert "access-control-allow-origin" not in client.get("/api/stats", headers=origin).headers
    preflight = client.options(
        "/api/incidents/inc-kz",
        headers={**origin, "Access-Control-Request-Method": "PATCH"},
    )
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_allows_only_configured_origins(make_client: Callable[..., TestClient]) -> None:
    client = make_client(Settings(api_token=TOKEN, cors_origins=("https://ok.example",)))
    ok = client.get("/api/stats", headers={"Origin": "https://ok.example"})
    assert ok.headers["access-control-allow-origin"] == "https://ok.example"
    other = client.get("/api/stats", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers


def test_large_bodies_are_refused_with_or_without_a_length(
    make_client: Callable[..., TestClient], auth: dict[str, str]
) -> None:
    client = make_client(Settings(api_token=TOKEN, max_body_bytes=1000))

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(50):
            yield b"word " * 20
        yield b'"}'

    declared = client.post("/api/documents", content=b"x" * 1001, headers=auth)
    assert declared.status_code == 413
    streamed = client.post(
        "/api/documents",
        content=chunks(),
        headers={**auth, "Content-Type": "application/json"},
    )
    assert streamed.status_code == 413
    assert streamed.json()["error"]["code"] == "request_too_large"
    assert client.get("/api/stats").json()["documents"] == 4


def test_reads_can_be_closed(make_client: Callable[..., TestClient]) -> None:
    client = make_client(Settings(api_token=TOKEN, read_token_required=True))
    assert client.get("/api/incidents").status_code == 401
    assert client.get("/api/incidents.geojson").status_code == 401
    assert client.get("/api/export?format=jsonl").status_code == 401
    bearer = {"Authorization": f"Bearer {TOKEN}"}
    assert client.get("/api/incidents", headers=bearer).json()["total"] == 4
    page = client.get("/", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")
    assert "Taraz" not in client.get("/incidents/inc-kz", follow_redirects=False).text


def test_login_sets_a_cookie_that_reads_but_never_writes(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(Settings(api_token=TOKEN, read_token_required=True))
    wrong = client.post("/login", data={"token": "guess", "next": "/"}, follow_redirects=False)
    assert wrong.status_code == 401
    ok = client.post(
        "/login", data={"token": TOKEN, "next": "https://evil.example/"}, follow_redirects=False
    )
    assert ok.status_code == 303 and ok.headers["location"] == "/"  # no open redirect
    cookie = ok.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    assert client.get("/api/incidents").json()["total"] == 4
    assert client.get("/incidents/inc-kz").status_code == 200
    refused = client.patch("/api/incidents/inc-kz", json={"action": "reject"})
    assert refused.status_code == 401  # a cookie alone is not a write credential


def test_closing_reads_without_a_token_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="STRIFE_API_TOKEN"):
        Settings(read_token_required=True)


def test_article_markup_is_shown_as_text(client: TestClient, auth: dict[str, str]) -> None:
    submitted = client.post(
        "/api/documents",
        json={"text": HOSTILE_TEXT, "title": HOSTILE_TITLE, "url": "https://news.example/h"},
        headers=auth,
    ).json()
    page = client.get(f"/incidents/{submitted['incidents'][0]}").text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<img" not in page
    # The only scripts on the page are ours, loaded from /static.
    for tag in re.findall(r"<script[^>]*>", page):
        assert re.fullmatch(r'<script (type="module" )?src="/static/[\w./-]+">', tag), tag
    # The API hands the text back unchanged: escaping is the page's job, not the data's.
    document = client.get(submitted["links"]["document"]).json()["document"]
    assert document["title"] == HOSTILE_TITLE and document["text"] == HOSTILE_TEXT


def test_only_web_urls_become_links(
    client: TestClient, seeded_url: str, never_merge: object
) -> None:
    from serve_records import document, incident

    from strife.models import Result
    from strife.store import open_store

    bad = document("bad", "A report\n\nGunmen attacked a post, police said.", "2020-01-01",
                   url="javascript:alert(document.cookie)")  # fmt: skip
    with open_store(seeded_url, merger=never_merge) as store:
        store.add_result(Result(document=bad, incidents=[incident("bad")]))
    page = client.get("/incidents/inc-bad").text
    assert 'href="javascript:' not in page
    assert "javascript:alert(document.cookie)" in page  # shown, as text
