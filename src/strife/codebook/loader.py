"""The one loader for strife's data files: YAML under ``strife/data``, checked by a schema.

Every word list, phrase list and codebook table is read here, once per process, and validated
by a pydantic model from ``strife.codebook.schema``. A key the schema does not name is an
error (a typo never silently does nothing), and so is a label that is not in the GTD
vocabulary (``AttackType``, ``TargetType``, ``WeaponType`` in ``strife.models``).
``tests/codebook/test_data_files.py`` also fails on a schema field that no code reads, so a list
nobody uses cannot linger.

Adding a key to a data file (the only way to extend one):

1. add the field to the file's model in ``strife/codebook/schema.py``, typed, with a comment
   citing the codebook rule it serves;
2. add the entries to the YAML file;
3. read it from the module that owns the field (``lexicon.cue("new_key")`` for a cue list).

Nothing else in the package reads YAML. A new data file gets its model in the schema module and
a line in ``tests/codebook/test_data_files.py`` (a test fails until it has both).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from strife.errors import ModelError

ModelT = TypeVar("ModelT", bound=BaseModel)


def read_data(path: str) -> Any:
    """The parsed YAML at ``path`` under ``strife/data`` ("lexicons/cues.yaml")."""
    folder, _, name = path.rpartition("/")
    package = ".".join(["strife", "data", *filter(None, folder.split("/"))])
    try:
        text = resources.files(package).joinpath(name).read_text("utf-8")
        return yaml.safe_load(text)
    except (OSError, ModuleNotFoundError, yaml.YAMLError) as exc:
        raise ModelError(f"data file {path} is missing or malformed: {exc}") from None


def validate_data(path: str, raw: Any, schema: type[ModelT]) -> ModelT:
    """``raw`` checked against ``schema``; the error names the file and the first bad key."""
    try:
        return schema.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top)"
        raise ModelError(
            f"data file {path}: {where}: {first['msg']} (fix the file or its schema in "
            "strife/codebook/schema.py)"
        ) from None


@cache
def _load_cached(path: str, schema: type[BaseModel]) -> BaseModel:
    return validate_data(path, read_data(path), schema)


def load_data(path: str, schema: type[ModelT]) -> ModelT:
    """The data file at ``path`` validated by ``schema``, read once per process."""
    loaded = _load_cached(path, schema)
    assert isinstance(loaded, schema)
    return loaded
