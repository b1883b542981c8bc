"""What every command shares: one-line errors, output streams, the console for progress."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import TYPE_CHECKING, ParamSpec, TypeVar

import typer
from rich.console import Console

from strife.errors import StrifeError

if TYPE_CHECKING:
    from strife.extracting import Extracting
    from strife.store.merging import Merger

P = ParamSpec("P")
R = TypeVar("R")

DEFAULT_DB = "sqlite:///strife.db"
"""The embedded store: a SQLite file in the working directory, no server needed."""


def default_extractor() -> Extracting:
    from strife.pipeline import Extractor

    return Extractor(skip_failures=True)  # one broken document is listed, not fatal


@dataclass(frozen=True)
class Services:
    """The parts a command builds on demand. The CLI uses the defaults; a caller (a test, an
    application embedding the CLI) passes its own as the click context object:
    ``CliRunner().invoke(app, args, obj=Services(make_extractor=...))``."""

    make_extractor: Callable[[], Extracting] = default_extractor
    merger: Merger | None = None
    """how ingested incidents merge into stored ones; None: the scored merge"""


def services(ctx: typer.Context) -> Services:
    return ctx.obj if isinstance(ctx.obj, Services) else Services()


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
