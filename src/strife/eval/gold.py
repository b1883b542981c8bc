"""``strife eval gold``: field-by-field agreement with hand-coded gold files.

A gold file (``NAME.gold.json``, format of ``shared/seed/``) codes the incidents of the article
beside it (``NAME.txt``, ``.html`` or ``.htm``; or ``document.text`` inside the gold file). The
pipeline runs on the article with the gold publication date as base; predicted incidents are
aligned one-to-one with gold incidents by date, place and attack-type agreement (Hungarian).
A gold incident with an ``accept_split`` note also takes the unaligned predicted incidents that
share its date and place, as parts whose counts add up. A gold incident nobody predicted has
every coded field wrong; a predicted incident left over is spurious. An article the pipeline
refuses to read (say, judged not English) predicts nothing: it is scored, not a reason to stop.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from strife.errors import EvaluationError
from strife.eval.gold_fields import (
    check_date,
    check_incident,
    check_location,
    check_types,
    expected_fields,
)
from strife.extracting import Extracting
from strife.models import ROLE_NAMES, Document, Incident
from strife.scoring.ceaf import CeafReport, score_document

_ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass
class Mismatch:
    file: str
    incident: str
    field: str
    expected: str
    got: str


@dataclass
class GoldReport:
    correct: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    mismatches: list[Mismatch] = field(default_factory=list)
    gold_incidents: int = 0
    found_incidents: int = 0
    spurious_incidents: int = 0
    roles: CeafReport = field(default_factory=CeafReport)
    files: int = 0
    refused: list[str] = field(default_factory=list)

    def add(self, file: str, incident: str, name: str, ok: bool, expected: str, got: str
            ) -> None:
        self.total[name] += 1
        self.correct[name] += int(ok)
        if not ok:
            self.mismatches.append(Mismatch(file, incident, name, expected, got))

    def as_dict(self) -> dict[str, Any]:
        micro = self.roles.micro
        return {
            "files": self.files,
            "refused": list(self.refused),
            "incidents": {"gold": self.gold_incidents, "found": self.found_incidents,
                          "spurious": self.spurious_incidents},
            "fields": {k: {"correct": self.correct[k], "total": n,
                           "accuracy": self.correct[k] / n} for k, n in self.total.items()},
            "roles_ceaf_ree": {"precision": micro.precision, "recall": micro.recall,
                               "f1": micro.f1},
            "mismatches": [vars(m) for m in self.mismatches],
        }


class ArticleRefused(EvaluationError):
    """The pipeline's reader refused the article (a judgement of the system, so it is scored)."""


def load_gold(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EvaluationError(f"{path}: no such gold file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"{path}: not a JSON gold file ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("incidents"), list):
        raise EvaluationError(f"{path}: a gold file needs an 'incidents' list (see shared/seed)")
    if not all(isinstance(i, dict) for i in data["incidents"]):
        raise EvaluationError(f"{path}: every gold incident must be an object")
    return data


def article_document(path: Path, gold: dict[str, Any]) -> Document:
    """The article the gold file codes, read as ``strife extract`` reads it."""
    from strife.ingest import parse_published, read_path
    from strife.ingest.documents import document_from_plain_text

    meta = gold.get("document") or {}
    published = parse_published(meta.get("published"), f"{path}: document.published")
    if isinstance(meta.get("text"), str):
        return document_from_plain_text(meta["text"], published=published, label=str(path))
    stem = path.name.removesuffix(".gold.json").removesuffix(".json")
    for suffix in _ARTICLE_SUFFIXES:
        article = path.with_name(stem + suffix)
        if article.is_file():
            item = next(read_path(str(article), published))
            if item.document is None:
                raise ArticleRefused(f"{path}: its article cannot be read ({item.error})")
            return item.document
    raise EvaluationError(f"{path}: no article {stem}.txt/.html beside it, and no document.text")


def _agreement(gold: dict[str, Any], predicted: Incident) -> tuple[bool, bool, bool]:
    """(date, place, attack type) agreement of one gold and one predicted incident."""
    parts = [predicted]
    date_ok = "date" in gold and check_date(gold["date"], parts)[1]
    place = check_location(gold.get("location") or {}, parts)
    place_ok = any(ok for name, ok, *_ in place if name in {"location", "city"})
    type_ok = "attack_types" in gold and check_types("attack_types", gold["attack_types"],
                                                     parts)[1]
    return date_ok, place_ok, type_ok


def align(gold: Sequence[dict[str, Any]], predicted: Sequence[Incident]) -> list[list[int]]:
    """For each gold incident, the predicted incidents that code it (first = primary)."""
    parts: list[list[int]] = [[] for _ in gold]
    if not gold or not predicted:
        return parts
    agree = [[_agreement(g, p) for p in predicted] for g in gold]
    score = np.array([[sum(a) for a in row] for row in agree], dtype=float)
    used: set[int] = set()
    for i, j in zip(*linear_sum_assignment(-score), strict=True):
        if score[i, j] > 0:
            parts[i].append(int(j))
            used.add(int(j))
    for i, g in enumerate(gold):
        if not g.get("accept_split") or not parts[i]:
            continue
        for j in range(len(predicted)):
            if j not in used and agree[i][j][0] and agree[i][j][1]:
                parts[i].append(j)
                used.add(j)
    return parts


def _pooled_roles(incidents: Sequence[dict[str, Any]] | Sequence[Incident]) -> dict:
    pooled: dict[str, list[list[str]]] = {role: [] for role in ROLE_NAMES}
    for incident in incidents:
        if isinstance(incident, Incident):
            roles = incident.roles.model_dump()
        else:
            roles = incident.get("roles") or {}
        for role in ROLE_NAMES:
            pooled[role] += [list(e) for e in roles.get(role, [])]
    return pooled


def score_file(path: Path, gold: dict[str, Any], predicted: Sequence[Incident],
               report: GoldReport) -> None:
    incidents = gold["incidents"]
    parts = align(incidents, predicted)
    report.files += 1
    report.gold_incidents += len(incidents)
    for number, (g, indices) in enumerate(zip(incidents, parts, strict=True), start=1):
        label = str(g.get("label") or f"incident {number}")
        if not indices:
            for name in expected_fields(g):
                report.add(path.name, label, name, False, "(coded)", "no incident found")
            continue
        report.found_incidents += 1
        for name, ok, expected, got in check_incident(g, [predicted[j] for j in indices]):
            report.add(path.name, label, name, ok, expected, got)
    report.spurious_incidents += len(predicted) - sum(len(p) for p in parts)
    for role, counts in score_document(_pooled_roles(predicted),
                                       _pooled_roles(incidents)).items():
        report.roles.roles[role].add(counts)


def evaluate_files(paths: Sequence[Path], extractor: Extracting | None = None) -> GoldReport:
    """Score the pipeline (or ``extractor``, any object with ``extract_many``) on gold files."""
    if extractor is None:
        from strife.pipeline import Extractor

        extractor = Extractor()
    golds = [(p, load_gold(p)) for p in paths]
    report = GoldReport()
    readable: list[tuple[Path, dict[str, Any]]] = []
    documents: list[Document] = []
    for path, gold in golds:
        try:
            documents.append(article_document(path, gold))
            readable.append((path, gold))
        except ArticleRefused as exc:
            report.refused.append(str(exc))
            score_file(path, gold, [], report)
    for (path, gold), result in zip(readable, extractor.extract_many(documents), strict=True):
        score_file(path, gold, result.incidents, report)
    return report


def format_report(report: GoldReport, verbose: bool = False) -> str:
    lines = [f"strife eval gold: {report.files} file(s), incidents found "
             f"{report.found_incidents}/{report.gold_incidents}, spurious "
             f"{report.spurious_incidents}, articles refused {len(report.refused)}",
             f"{'field':<28}{'right':>7}{'of':>5}{'accuracy':>10}"]
    for name in sorted(report.total):
        n, ok = report.total[name], report.correct[name]
        lines.append(f"{name:<28}{ok:>7}{n:>5}{100 * ok / n:>9.1f}%")
    all_n, all_ok = sum(report.total.values()), sum(report.correct.values())
    if all_n:
        lines.append(f"{'all fields':<28}{all_ok:>7}{all_n:>5}{100 * all_ok / all_n:>9.1f}%")
    m = report.roles.micro
    lines.append(f"roles CEAF-REE micro (pooled per file): P {100 * m.precision:.1f} "
                 f"R {100 * m.recall:.1f} F1 {100 * m.f1:.1f}")
    if verbose:
        lines += [f"refused: {reason}" for reason in report.refused]
        lines += [f"{x.file}: {x.incident}: {x.field}: expected {x.expected}, got {x.got}"
                  for x in report.mismatches]
    return "\n".join(lines)

