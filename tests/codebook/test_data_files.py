"""The one loader: every data file validates, and the schema rejects what it does not know."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from pydantic import BaseModel

from strife.codebook import schema
from strife.codebook.loader import load_data, read_data, validate_data
from strife.codebook.schema import CuesFile, GtdFile, TriggersFile, WeaponsFile
from strife.errors import ModelError

SRC = Path(__file__).resolve().parents[2] / "src" / "strife"

# Each data file the loader reads, with its schema.
FILES: dict[str, type[BaseModel]] = {
    "lexicons/triggers.yaml": schema.TriggersFile,
    "lexicons/cues.yaml": schema.CuesFile,
    "lexicons/weapons.yaml": schema.WeaponsFile,
    "lexicons/targets.yaml": schema.TargetsFile,
    "lexicons/groups.yaml": schema.GroupsFile,
    "lexicons/victims.yaml": schema.VictimsFile,
    "lexicons/actors.yaml": schema.ActorsFile,
    "lexicons/casualties.yaml": schema.CasualtiesFile,
    "lexicons/numbers.yaml": schema.NumbersFile,
    "lexicons/merge.yaml": schema.MergeFile,
    "lexicons/grouping.yaml": schema.GroupingFile,
    "lexicons/prefilter.yaml": schema.PrefilterFile,
    "codebook/gtd.yaml": schema.GtdFile,
    "lexicons/acled.yaml": schema.AcledFile,
    "ingest/language.yaml": schema.LanguageFile,
    "datasets/acled_to_gtd.yaml": schema.AcledImportFile,
}


@pytest.mark.parametrize("path", sorted(FILES))
def test_every_shipped_data_file_validates(path: str) -> None:
    assert isinstance(load_data(path, FILES[path]), FILES[path])


def test_every_schema_model_is_checked_here() -> None:
    file_models = {
        obj for name, obj in vars(schema).items()
        if isinstance(obj, type) and issubclass(obj, BaseModel) and name.endswith("File")
    }  # fmt: skip
    assert file_models == set(FILES.values())


def test_every_yaml_file_under_data_has_a_schema() -> None:
    shipped = {str(p.relative_to(SRC / "data")) for p in (SRC / "data").rglob("*.yaml")}
    assert shipped == set(FILES)


def test_an_unknown_key_is_an_error_naming_file_and_key() -> None:
    raw = read_data("lexicons/cues.yaml")
    raw["acident_words"] = ["storm"]
    with pytest.raises(ModelError, match=r"cues.yaml: acident_words: Extra inputs"):
        validate_data("lexicons/cues.yaml", raw, CuesFile)


def test_a_label_outside_the_gtd_vocabulary_is_an_error() -> None:
    raw = read_data("lexicons/weapons.yaml")
    raw["Guns"] = ["pistol"]
    with pytest.raises(ModelError, match=r"weapons.yaml: Guns"):
        validate_data("lexicons/weapons.yaml", raw, WeaponsFile)
    triggers = read_data("lexicons/triggers.yaml")
    triggers["verbs"]["shoot"]["attack"] = "Shooting"
    with pytest.raises(ModelError, match=r"verbs.shoot.attack"):
        validate_data("lexicons/triggers.yaml", triggers, TriggersFile)


def test_the_attack_hierarchy_must_name_each_type_once() -> None:
    raw = read_data("codebook/gtd.yaml")
    raw["attack_types"] = raw["attack_types"][:-1]
    with pytest.raises(ModelError, match="exactly once"):
        validate_data("codebook/gtd.yaml", raw, GtdFile)


def test_a_missing_file_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="lexicons/nothing.yaml is missing"):
        read_data("lexicons/nothing.yaml")


def _names_in_code() -> set[str]:
    """Attribute names and string constants in the package, except the schema itself."""
    names: set[str] = set()
    for path in SRC.rglob("*.py"):
        if path == SRC / "codebook" / "schema.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute):
                names.add(node.attr)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                names.add(node.value)
    return names


def test_every_key_of_every_data_file_is_read_by_some_code() -> None:
    """A key no code reads is knowledge that changes nothing: wire it in or delete it."""
    used = _names_in_code()
    unread = [
        f"{path}: {field}"
        for path, model in FILES.items()
        for field in model.model_fields
        if field != "root" and field not in used
    ]
    assert unread == []
