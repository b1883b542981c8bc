"""What every command shares: one-line errors, output streams, the console for progress."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console

from strife.errors import StrifeError

P = ParamSpec("P")
R = TypeVar("R")

DEFAULT_DB = "sqlite:///strife.db"
"""The embedded store: a SQLite file in the working directory, no server needed."""


def stderr_console() -> Console:
    return Console(stderr=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one line on stderr and return the ``Exit`` to raise."""
    sys.stderr.write(f"strife: error: {message}\n")
    return typer.Exit(code)


def one_line_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn strife's own errors (and Ctrl-C) into one line on stderr and a non-zero exit."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except StrifeError as exc:
            raise fail(str(exc), exc.exit_code) from None
        except KeyboardInterrupt:
            raise fail("interrupted; run the same command again to resume", 130) from None
        except BrokenPipeError:
            raise typer.Exit(0) from None

    return wrapper
