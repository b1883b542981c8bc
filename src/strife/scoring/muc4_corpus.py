"""MUC-4 corpus files (GRIT/GTT processed JSON Lines) read into ``MucDocument``s.

Two file shapes exist (see ``shared/data/muc4/README.md``): GRIT's REE files carry
``extracts`` (role → entities, already pooled per document) and GTT's template files carry
``templates`` (one per incident). For CEAF-REE the templates are pooled per role, without
duplicates, as GRIT's preprocessing did. Training (``strife.roles.train``) and evaluation
(``strife.eval.muc4``) both read corpora through here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from strife.errors import EvaluationError
from strife.models import ROLE_NAMES

Entities = list[list[str]]

@dataclass
class MucTemplate:
    """One gold or predicted MUC-4 template: an incident type and its role fillers."""

    incident_type: str
    roles: dict[str, Entities] = field(default_factory=dict)


@dataclass
class MucDocument:
    """One corpus document: text, the pooled role fillers, and templates when the file has them."""

    docid: str
    text: str
    roles: dict[str, Entities]
    templates: list[MucTemplate] | None = None


def scorer_docid(docid: str) -> str:
    """The scorers' numeric docid: ``TST3-MUC4-0001`` → ``"30001"``."""
    m = re.fullmatch(r"(?:TST(\d)|DEV)-MUC\d-(\d+)", docid)
    if not m:
        return docid
    return f"{m.group(1) or ''}{m.group(2)}"


def _entities(value: object, where: str) -> Entities:
    """``[[["string", offset], …], …]`` → ``[["string", …], …]``."""
    if not isinstance(value, list):
        raise EvaluationError(f"{where}: a role must be a list of entities")
    out: Entities = []
    for entity in value:
        if not isinstance(entity, list):
            raise EvaluationError(f"{where}: an entity must be a list of mentions")
        mentions = []
        for mention in entity:
            text = mention[0] if isinstance(mention, list) and mention else mention
            if not isinstance(text, str):
                raise EvaluationError(f"{where}: a mention must be a string or [string, offset]")
            mentions.append(text)
        out.append(mentions)
    return out


def _role_map(value: object, where: str) -> dict[str, Entities]:
    if not isinstance(value, dict):
        raise EvaluationError(f"{where}: role fillers must be an object of role → entities")
    return {role: _entities(value.get(role, []), f"{where} {role}") for role in ROLE_NAMES}


def pool_templates(templates: Sequence[MucTemplate]) -> dict[str, Entities]:
    """Union per role over a document's templates; an entity seen twice is kept once."""
    pooled: dict[str, Entities] = {role: [] for role in ROLE_NAMES}
    for template in templates:
        for role in ROLE_NAMES:
            for entity in template.roles.get(role, []):
                if entity not in pooled[role]:
                    pooled[role].append(entity)
    return pooled


def parse_record(record: object, where: str) -> MucDocument:
    """One JSON line of either file shape; the shape is told by its keys."""
    if not isinstance(record, dict) or not isinstance(record.get("docid"), str):
        raise EvaluationError(f"{where}: expected an object with 'docid' and 'doctext'")
    text = record.get("doctext")
    if not isinstance(text, str):
        raise EvaluationError(f"{where}: 'doctext' must be a string")
    if "extracts" in record:
        return MucDocument(record["docid"], text, _role_map(record["extracts"], where))
    if "templates" in record and isinstance(record["templates"], list):
        templates = []
        for number, raw in enumerate(record["templates"], start=1):
            if not isinstance(raw, dict):
                raise EvaluationError(f"{where}: template {number} must be an object")
            kind = str(raw.get("incident_type", "")).strip().lower()
            templates.append(MucTemplate(kind, _role_map(raw, f"{where} template {number}")))
        return MucDocument(record["docid"], text, pool_templates(templates), templates)
    raise EvaluationError(f"{where}: neither 'extracts' (GRIT REE) nor 'templates' (GTT) found")


def read_corpus(path: str | Path, limit: int | None = None) -> list[MucDocument]:
    """Read a MUC-4 JSON Lines file; raise ``EvaluationError`` on anything malformed."""
    p = Path(path)
    if not p.is_file():
        raise EvaluationError(f"{path}: no such file; pass a MUC-4 .jsonl file")
    docs: list[MucDocument] = []
    with p.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvaluationError(f"{path}:{number}: not JSON ({exc.msg})") from None
            docs.append(parse_record(record, f"{path}:{number}"))
            if limit is not None and len(docs) >= limit:
                break
    if not docs:
        raise EvaluationError(f"{path}: no documents")
    return docs
