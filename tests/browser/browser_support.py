"""What the browser tests share besides fixtures (fixtures live in conftest.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

TOKEN = "browser-test-token"


@dataclass
class Watched:
    """What a page did that it should not: dialogs, script errors, requests off the host."""

    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
