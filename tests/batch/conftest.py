"""Shared by the batch tests: one Extractor for the whole session.

``process_extractor`` is the per-process model that batch workers use; tests that run Dask
workers as threads (``processes=False``) and plain ingests share it, so the models load once.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    from strife.batch.worker import process_extractor

    return process_extractor()


@pytest.fixture
def shared_model(extractor, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """``strife ingest`` in this process uses the session's Extractor instead of loading one."""
    import strife.cli.store_cmd as store_cmd

    monkeypatch.setattr(store_cmd, "_make_extractor", lambda: extractor)
    yield
