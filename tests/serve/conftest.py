"""Fixtures for the API tests: a store seeded with known incidents and clients on it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from serve_records import TOKEN, FakeExtractor, seed_results

from strife.serve import Settings, create_app
from strife.store import open_store


@pytest.fixture
def seeded_url(tmp_path: Path, never_merge: Any) -> str:
    """A SQLite store holding ``seed_results()`` (merge scoring switched off)."""
    url = f"sqlite:///{tmp_path / 'api.db'}"
    with open_store(url, merger=never_merge) as store:
        list(store.add_results(seed_results()))
    return url


@pytest.fixture
def merger(never_merge: Any) -> Any:
    """The ``store`` fixture's store never merges here either."""
    return never_merge


@pytest.fixture
def make_client(seeded_url: str, never_merge: Any) -> Iterator[Callable[..., TestClient]]:
    """``make_client(settings=None, url=None)``: a client on its own app instance."""
    clients: list[TestClient] = []

    def build(settings: Settings | None = None, url: str | None = None) -> TestClient:
        app = create_app(
            url or seeded_url,
            settings or Settings(api_token=TOKEN),
            extractor_factory=FakeExtractor,
            merger=never_merge,
        )
        client = TestClient(app, raise_server_exceptions=False)
        client.__enter__()
        clients.append(client)
        return client

    yield build
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client()


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}
