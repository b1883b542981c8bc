"""``strife serve``: the JSON API and the dashboard over a store."""

from __future__ import annotations

from typing import Annotated

import typer

from strife.cli.common import DEFAULT_DB, one_line_errors, stderr_console

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
) -> None:
    """Serve the dashboard at / and the JSON API at /api (OpenAPI at /openapi.json, /docs).

    Writes need STRIFE_API_TOKEN; STRIFE_API_READ_TOKEN_REQUIRED=1 closes reads too.

    Example: STRIFE_API_TOKEN=s3cret strife serve --db sqlite:///strife.db --port 8000
    """
    import uvicorn

    from strife.serve import Settings, create_app
    from strife.serve.vendor import vendor_ready

    settings = Settings.from_env()
    application = create_app(db, settings)
    console = stderr_console()
    if settings.api_token is None:
        console.print("strife: STRIFE_API_TOKEN is not set, so the API is read-only")
    if host not in LOOPBACK and not settings.read_token_required:
        console.print(f"strife: listening on {host}: anyone who can reach it can read the data")
    if not vendor_ready():
        console.print("strife: map outlines and Swagger UI are not installed (run make setup)")
    console.print(f"strife: dashboard at http://{host}:{port}/ (Ctrl-C stops)")
    uvicorn.run(application, host=host, port=port, log_level="warning", server_header=False)
