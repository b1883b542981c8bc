"""The ``strife`` command. Each group of commands lives in its own module and is added here."""

from __future__ import annotations

import typer

from strife.cli import (
    batch_cmd,
    eval_cmd,
    extract_cmd,
    gazetteer_cmd,
    geo_cmd,
    import_cmd,
    merge_cmd,
    serve_cmd,
    store_cmd,
    watch_cmd,
)

app = typer.Typer(
    name="strife",
    help="Turn news reports of political violence into a geocoded incident database.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score strife on benchmarks and gold files.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

extract_cmd.register(app)
COMMANDS = (store_cmd, geo_cmd, eval_cmd, merge_cmd, batch_cmd, serve_cmd, import_cmd, watch_cmd,
            gazetteer_cmd)
for module in COMMANDS:
    module.register(app, eval_app)


def main() -> None:
    app()
