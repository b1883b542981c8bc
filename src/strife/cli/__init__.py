"""The ``strife`` command. Each group of commands lives in its own module and is added here."""

from __future__ import annotations

import typer

from strife.cli import extract_cmd

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


def _register_optional() -> None:
    """Command modules written by other parts of the project register themselves here."""
    import importlib

    for name in ("store_cmd", "geo_cmd", "eval_cmd", "merge_cmd", "batch_cmd", "serve_cmd"):
        try:
            module = importlib.import_module(f"strife.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"strife.cli.{name}":
                raise
            continue
        module.register(app, eval_app)


_register_optional()


def main() -> None:
    app()
