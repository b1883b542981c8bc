"""Every API error, whatever raised it, has the one shape {"error": {status, code, message}}."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from strife.errors import StoreError
from strife.serve import Settings

TOKEN_HEADER = {"Authorization": "Bearer test-token-5f1c"}

REQUESTS: list[tuple[str, str, dict, int, str]] = [
    # method, path, request kwargs, status, code
    ("GET", "/api/nothing-here", {}, 404, "not_found"),
    ("GET", "/api/incidents/inc-none", {}, 404, "not_found"),
    ("GET", "/api/incidents?bbox=oops", {}, 400, "bad_request"),
    ("GET", "/api/incidents?limit=abc", {}, 422, "invalid_request"),
    ("GET", "/api/export?format=xlsx", {}, 400, "bad_request"),
    ("GET", "/api/timeline?interval=year", {}, 422, "invalid_request"),
    ("DELETE", "/api/incidents/inc-kz", {}, 405, "method_not_allowed"),
    ("PATCH", "/api/incidents/inc-kz", {"json": {"action": "accept"}}, 401, "unauthorized"),
    ("POST", "/api/documents", {"content": b"{not json", "headers": {
        **TOKEN_HEADER, "Content-Type": "application/json"}}, 422, "invalid_request"),
    ("POST", "/api/documents", {"json": {"text": "x" * 2_000_000}}, 413, "request_too_large"),
    ("POST", "/api/documents", {"json": {"text": "too short"}, "headers": TOKEN_HEADER},
     422, "unreadable_article"),
]  # fmt: skip


def assert_error_shape(response, status: int, code: str) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert list(body) == ["error"]
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


@pytest.mark.parametrize(("method", "path", "kwargs", "status", "code"), REQUESTS)
def test_every_error_has_the_one_shape(
    client: TestClient, method: str, path: str, kwargs: dict, status: int, code: str
) -> None:
    assert_error_shape(client.request(method, path, **kwargs), status, code)


def test_a_store_failure_is_503_in_the_same_shape(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = client.app.state.store  # type: ignore[attr-defined]

    def broken() -> dict:
        raise StoreError("cannot read /tmp/x.db: disk I/O error")

    monkeypatch.setattr(store, "stats", broken)
    response = client.get("/api/stats")
    assert_error_shape(response, 503, "store_unavailable")
    assert "disk I/O error" in response.json()["error"]["message"]


def test_an_unexpected_failure_is_500_without_internals(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = client.app.state.store  # type: ignore[attr-defined]

    def broken(*_: object, **__: object) -> int:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(store, "count_incidents", broken)
    response = client.get("/api/incidents")
    assert_error_shape(response, 500, "internal_error")
    assert "secret" not in response.text


def test_writes_on_a_read_only_server_are_403(make_client: Callable[..., TestClient]) -> None:
    client = make_client(Settings(api_token=None))
    response = client.patch("/api/incidents/inc-kz", json={"action": "accept"})
    assert_error_shape(response, 403, "forbidden")
