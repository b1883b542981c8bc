"""Shared by the batch tests: one Extractor for the whole session.

``process_extractor`` is the per-process model that batch workers use; tests that run Dask
workers as threads (``processes=False``) and plain ingests share the models it loads (every
``Extractor`` of a process shares them), so they load once.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    from strife.batch.worker import process_extractor

    return process_extractor()
