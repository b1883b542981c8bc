"""The README documents every command the CLI offers, and each has help with an example."""

from __future__ import annotations

from pathlib import Path

from typer.main import get_command
from typer.testing import CliRunner

from strife.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def _commands(group, prefix=""):
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            yield from _commands(command, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}".strip()


def test_every_command_is_in_the_readme():
    missing = [c for c in _commands(get_command(app)) if f"strife {c}" not in README]
    assert missing == []


def test_every_command_has_help_with_an_example():
    runner = CliRunner()
    for name in _commands(get_command(app)):
        result = runner.invoke(app, [*name.split(), "--help"])
        assert result.exit_code == 0, name
        assert "example" in result.output.lower(), f"{name}: no example in --help"
