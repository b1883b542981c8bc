"""Export tests control merging themselves (see ``never_merge`` in tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_merge_scoring(never_merge: None) -> None:
    return None
