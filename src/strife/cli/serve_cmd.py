"""``strife serve``: the JSON API and the dashboard over a store."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Annotated, Any

import typer

from strife.cli.common import DEFAULT_DB, one_line_errors, stderr_console

if TYPE_CHECKING:
    from strife.serve import Settings

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("serve")(serve)


@one_line_errors
def serve(
    db: Annotated[
        str,
        typer.Option("--db", help="Database URL: sqlite:///PATH or postgresql://USER:PW@HOST/DB"),
    ] = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default)")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port")] = 8000,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Server processes (each with its own store pool)")
    ] = 1,
) -> None:
    """Serve the dashboard at / and the JSON API at /api (OpenAPI at /openapi.json, /docs).

    Writes need STRIFE_API_TOKEN; STRIFE_API_READ_TOKEN_REQUIRED=1 closes reads too.

    Example: STRIFE_API_TOKEN=s3cret strife serve --db sqlite:///strife.db --port 8000
    """
    import uvicorn

    from strife.serve import Settings, create_app
    from strife.serve.app import DB_ENV
    from strife.serve.vendor import vendor_ready

    settings = Settings.from_env()
    # Built here even with several workers, so a bad --db or setting fails as one line now.
    application = create_app(db, settings)
    _warn(settings, host, port, vendor_ready())
    options: dict[str, Any] = {
        "host": host, "port": port, "log_level": "warning", "server_header": False,
        "timeout_graceful_shutdown": 5,
    }  # fmt: skip
    if workers == 1:
        uvicorn.run(application, **options)
        return
    # Several processes: each worker imports the app factory and opens the store itself.
    application.state.store.close()
    os.environ[DB_ENV] = db
    uvicorn.run("strife.serve.app:app_from_env", factory=True, workers=workers, **options)


def _warn(settings: Settings, host: str, port: int, vendor: bool) -> None:
    console = stderr_console()
    if settings.api_token is None:
        console.print("strife: STRIFE_API_TOKEN is not set, so the API is read-only")
    if host not in LOOPBACK and not settings.read_token_required:
        console.print(f"strife: listening on {host}: anyone who can reach it can read the data")
    if not vendor:
        console.print("strife: map outlines and Swagger UI are not installed (run make setup)")
    console.print(f"strife: dashboard at http://{host}:{port}/ (Ctrl-C stops)")
