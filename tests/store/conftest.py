"""Store tests control merging themselves (see ``never_merge`` in tests/conftest.py): the
``store`` fixture's store never merges; tests of merging hand in their own merger."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def merger(never_merge: Any) -> Any:
    return never_merge
