"""Pairwise evaluation of cross-source merging (``strife eval merge``).

A merge test set is JSON Lines, one pair of articles a line::

    {"id": "…", "a": {"title", "published", "text"}, "b": {…}, "same": true, "why": "…"}

``same`` says whether the two articles report one real incident. Both articles go through the
full extraction pipeline; a's incidents become stored incidents (one source each) and the pair
is predicted *same* when ``find_match`` matches any of b's incidents to one of them, exactly as
the store would when b arrives after a. Pairwise precision, recall and F1 count the *same*
pairs as positives. A pair where either article yields no incident is predicted *different*
(the store would have nothing to merge), and the mistake list says so.

With ``--incidents FILE`` (JSON Lines of ``{"title", "incidents": [INCIDENT, …]}``) the
hand-coded incidents of each article stand in for the pipeline's: that scores the merge step
alone, as if extraction were perfect, and is how the weights and threshold were set.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from strife.errors import EvaluationError, InputError
from strife.extracting import Extracting
from strife.ingest.documents import document_from_plain_text
from strife.merge import THRESHOLD, find_match, new_stored_incident
from strife.models import Document, Incident, Result


class HandCodedExtractor:
    """Answers with hand-coded incidents looked up by article title, instead of extracting."""

    def __init__(self, by_title: dict[str, list[Incident]]) -> None:
        self.by_title = by_title

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Result]:
        for document in documents:
            if document.title not in self.by_title:
                raise EvaluationError(f"no hand-coded incidents for the article {document.title!r}")
            yield Result(document=document, incidents=self.by_title[document.title])


def load_hand_coded(path: Path) -> HandCodedExtractor:
    """Read ``{"title", "incidents"}`` lines; malformed records raise ``EvaluationError``."""
    by_title: dict[str, list[Incident]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read the incidents ({exc.strerror})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            by_title[raw["title"]] = [Incident.model_validate(i) for i in raw["incidents"]]
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise EvaluationError(f"{path}:{n}: not a valid incidents line ({exc})") from None
    return HandCodedExtractor(by_title)


@dataclass(frozen=True)
class MergePair:
    id: str
    a: Document
    b: Document
    same: bool
    why: str = ""


@dataclass(frozen=True)
class PairOutcome:
    pair: MergePair
    score: float
    reasons: dict[str, float]
    incidents_a: int
    incidents_b: int
    threshold: float

    @property
    def predicted(self) -> bool:
        return self.incidents_a > 0 and self.incidents_b > 0 and self.score >= self.threshold


@dataclass(frozen=True)
class Scores:
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class MergeReport:
    outcomes: list[PairOutcome]
    threshold: float
    scores: Scores = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "scores", score_outcomes(self.outcomes))

    @property
    def mistakes(self) -> list[PairOutcome]:
        return [o for o in self.outcomes if o.predicted != o.pair.same]


def _article(raw: object, where: str) -> Document:
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        raise EvaluationError(f"{where}: expected an object with a 'text' string")
    published = raw.get("published")
    try:
        day = date.fromisoformat(published) if published else None
    except (TypeError, ValueError):
        message = f"{where}: 'published' must be YYYY-MM-DD, got {published!r}"
        raise EvaluationError(message) from None
    try:
        return document_from_plain_text(
            raw["text"], published=day, title=raw.get("title"), label=where
        )
    except InputError as exc:  # an unreadable article is a fault of the test set
        raise EvaluationError(str(exc)) from None


def parse_pair(line: str, where: str) -> MergePair:
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise EvaluationError(f"{where}: not JSON ({exc.msg}); fix the line") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("same"), bool) or "id" not in raw:
        raise EvaluationError(f"{where}: each line needs 'id', 'a', 'b' and a boolean 'same'")
    return MergePair(
        id=str(raw["id"]),
        a=_article(raw.get("a"), f"{where} (a)"),
        b=_article(raw.get("b"), f"{where} (b)"),
        same=raw["same"],
        why=str(raw.get("why", "")),
    )


def load_pairs(path: Path) -> list[MergePair]:
    """Read a merge test set; a malformed line raises ``EvaluationError`` naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read the merge pairs ({exc.strerror})") from None
    pairs = [parse_pair(line, f"{path}:{n}") for n, line in enumerate(lines, 1) if line.strip()]
    if not pairs:
        raise EvaluationError(f"{path}: no pairs; expected JSON Lines of article pairs")
    return pairs


def extract_all(pairs: Sequence[MergePair], extractor: Extracting) -> dict[str, Result]:
    """Each distinct article extracted once (pairs share articles), by document id."""
    unique = {doc.id: doc for pair in pairs for doc in (pair.a, pair.b)}
    return {result.document.id: result for result in extractor.extract_many(unique.values())}


def judge_pair(pair: MergePair, a: Result, b: Result, threshold: float) -> PairOutcome:
    """Would the store merge b into a? The best decision over b's incidents says."""
    stored = [new_stored_incident(incident, a.document) for incident in a.incidents]
    best_score, best_reasons = 0.0, dict[str, float]()
    for incident in b.incidents:
        decision = find_match(incident, stored, new_text=b.document.text, threshold=threshold)
        if decision.score > best_score or not best_reasons:
            best_score, best_reasons = decision.score, decision.reasons
    return PairOutcome(
        pair, best_score, best_reasons, len(a.incidents), len(b.incidents), threshold
    )


def evaluate(
    pairs: Sequence[MergePair], extractor: Extracting, threshold: float = THRESHOLD
) -> MergeReport:
    results = extract_all(pairs, extractor)
    outcomes = [
        judge_pair(pair, results[pair.a.id], results[pair.b.id], threshold) for pair in pairs
    ]
    return MergeReport(outcomes, threshold)


def score_outcomes(outcomes: Iterable[PairOutcome]) -> Scores:
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for o in outcomes:
        key = ("t" if o.predicted == o.pair.same else "f") + ("p" if o.predicted else "n")
        counts[key] += 1
    return Scores(**counts)


def sweep(report: MergeReport, thresholds: Iterable[float]) -> list[tuple[float, Scores]]:
    """The same decisions judged at other thresholds: how the threshold was chosen."""
    return [
        (t, score_outcomes(PairOutcome(o.pair, o.score, o.reasons, o.incidents_a,
                                       o.incidents_b, t) for o in report.outcomes))
        for t in thresholds
    ]


def _why_wrong(o: PairOutcome) -> str:
    if o.incidents_a == 0 or o.incidents_b == 0:
        return f"no incidents extracted (a: {o.incidents_a}, b: {o.incidents_b})"
    shown = " ".join(f"{k}={v:.2f}" for k, v in o.reasons.items())
    return f"score {o.score:.3f} [{shown}]"


def render_report(report: MergeReport, source: str) -> str:
    """The figures and the mistakes, as ``strife eval merge`` prints them."""
    s = report.scores
    same = sum(o.pair.same for o in report.outcomes)
    lines = [
        f"merge pairs: {len(report.outcomes)} ({same} same, "
        f"{len(report.outcomes) - same} different) from {source}",
        f"threshold: {report.threshold:.2f}",
        f"precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}  "
        f"(tp {s.tp}, fp {s.fp}, fn {s.fn}, tn {s.tn})",
        f"mistakes: {len(report.mistakes)}",
    ]
    for o in report.mistakes:
        kind = "false merge" if o.predicted else "missed merge"
        lines.append(f"  {o.pair.id}: {kind}; {_why_wrong(o)}; pair: {o.pair.why}")
    return "\n".join(lines)


def render_sweep(rows: list[tuple[float, Scores]]) -> str:
    lines = ["threshold  precision  recall  F1"]
    lines.extend(
        f"{t:9.2f}  {s.precision:9.3f}  {s.recall:6.3f}  {s.f1:.3f}" for t, s in rows
    )
    return "\n".join(lines)


def report_json(report: MergeReport) -> dict[str, object]:
    s = report.scores
    return {
        "pairs": len(report.outcomes),
        "threshold": report.threshold,
        "precision": s.precision,
        "recall": s.recall,
        "f1": s.f1,
        "counts": {"tp": s.tp, "fp": s.fp, "fn": s.fn, "tn": s.tn},
        "mistakes": [
            {"id": o.pair.id, "same": o.pair.same, "predicted": o.predicted, "score": o.score,
             "reasons": o.reasons, "incidents": [o.incidents_a, o.incidents_b], "why": o.pair.why}
            for o in report.mistakes
        ],
    }
