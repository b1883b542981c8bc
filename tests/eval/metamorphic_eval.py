"""Scoring metamorphic variants with ``eval gold``, and what a rewrite alone broke."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from metamorphic import DATA, SOURCE_DIRS, Variant


def source_variant(stem: str) -> Variant:
    """A gold article itself, unchanged, as a variant (to compare variants with)."""
    for d in SOURCE_DIRS:
        path = DATA / d / f"{stem}.gold.json"
        if path.is_file():
            text = path.with_name(stem + ".txt").read_text(encoding="utf-8")
            return Variant(stem, "source", text, json.loads(path.read_text(encoding="utf-8")),
                           source=stem)
    raise FileNotFoundError(stem)


def broken_fields(report: Any, sources: Any, items: Sequence[Variant]
                  ) -> list[tuple[str, str, str]]:
    """(variant, incident, field) right on the source article but wrong on its variant: the
    rewrite alone changed the answer (``report`` scores ``items``, ``sources`` their sources)."""
    source_of = {item.name: item.source for item in items}
    wrong_on_source = {(m.file, m.incident, m.field) for m in sources.mismatches}
    return [(m.file, m.incident, m.field) for m in report.mismatches
            if (source_of.get(m.file, m.file), m.incident, m.field) not in wrong_on_source]


def evaluate_variants(items: Sequence[Variant], extractor: Any = None) -> Any:
    """``eval gold`` over in-memory variants (a ``GoldReport``); a text the reader refuses
    predicts nothing, as in ``evaluate_files``."""
    from strife.errors import StrifeError
    from strife.eval.gold import GoldReport, score_file
    from strife.ingest import parse_published
    from strife.ingest.documents import document_from_plain_text
    from strife.pipeline import Extractor

    report = GoldReport()
    readable, documents = [], []
    for item in items:
        published = parse_published((item.gold.get("document") or {}).get("published"),
                                    item.name)
        try:
            documents.append(document_from_plain_text(item.text, published=published,
                                                      label=item.name))
            readable.append(item)
        except StrifeError as exc:
            report.refused.append(str(exc))
            score_file(Path(item.name), item.gold, [], report)
    extractor = extractor or Extractor()
    for item, result in zip(readable, extractor.extract_many(documents), strict=True):
        score_file(Path(item.name), item.gold, result.incidents, report)
    return report
