"""``strife watch`` and ``strife eval alerts`` (placeholder filled below)."""

from __future__ import annotations

import typer


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    return None
