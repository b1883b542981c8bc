"""``strife serve`` and the settings it reads from the environment."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from strife.cli import app
from strife.errors import UsageError
from strife.serve.settings import DEFAULT_MAX_BODY, Settings
from strife.serve.vendor import FILES, copy_vendor

runner = CliRunner()


def test_serve_help_has_an_example() -> None:
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Example: STRIFE_API_TOKEN=" in result.output
    assert "--db" in result.output and "--port" in result.output


def test_serving_a_missing_database_is_one_line_and_exit_3(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--db", f"sqlite:///{tmp_path / 'none.db'}"])
    assert result.exit_code == 3
    assert result.output.count("\n") == 1 and "strife ingest" in result.output
    assert not (tmp_path / "none.db").exists()


def test_settings_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "STRIFE_API_TOKEN": " s3cret ",
            "STRIFE_API_READ_TOKEN_REQUIRED": "1",
            "STRIFE_CORS_ORIGINS": "https://a.example, https://b.example",
            "STRIFE_MAX_BODY_BYTES": "2_000",
        }
    )
    assert settings == Settings("s3cret", True, ("https://a.example", "https://b.example"), 2000)
    assert Settings.from_env({}) == Settings(None, False, (), DEFAULT_MAX_BODY)


@pytest.mark.parametrize(
    "env",
    [
        {"STRIFE_API_READ_TOKEN_REQUIRED": "maybe", "STRIFE_API_TOKEN": "x"},
        {"STRIFE_MAX_BODY_BYTES": "lots"},
        {"STRIFE_MAX_BODY_BYTES": "0"},
        {"STRIFE_API_READ_TOKEN_REQUIRED": "yes"},
    ],
)
def test_bad_settings_say_which_variable(env: dict[str, str]) -> None:
    with pytest.raises(UsageError, match="STRIFE_"):
        Settings.from_env(env)


def test_vendor_files_are_copied_from_node_modules(tmp_path: Path) -> None:
    modules = tmp_path / "node_modules"
    for source, _ in FILES:
        (modules / source).parent.mkdir(parents=True, exist_ok=True)
        (modules / source).write_text(source)
    copied = copy_vendor(modules, tmp_path / "vendor")
    assert sorted(p.name for p in copied) == sorted(name for _, name in FILES)
    (modules / FILES[0][0]).unlink()
    with pytest.raises(FileNotFoundError, match="npm ci"):
        copy_vendor(modules, tmp_path / "again")
