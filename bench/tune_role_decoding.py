"""Choose the role model's decoding thresholds and caps for the whole pipeline on MUC-4 dev.

``python -m strife.roles.train --dev … --tune`` tunes the role model alone; inside the
pipeline its fillers are split among incidents and pooled again, so the best settings shift.
This script runs the pipeline once over dev with permissive settings, records every role span
with its score and incident, then searches per-role thresholds and caps (coordinate ascent on
CEAF-REE micro F1, lower-case dev: the form the pipeline reads MUC-4 in) by re-decoding the
record, and prints the best settings for ``DecodeConfig``'s defaults. Dev only, never test.

    .venv/bin/python bench/tune_role_decoding.py [../shared/data/muc4/dev_ree_grit.jsonl]
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

MUC4_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "muc4" / "dev_ree_grit.jsonl"
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
CAPS = (1, 2, 3, 4, 5, 6)


def record(path: Path) -> tuple[dict[str, Any], dict[str, Any], Any]:
    """Per document: the rule roles of each incident, the model's spans, each span's incident."""
    import strife.pipeline as pipeline
    from strife.eval.muc4 import read_corpus
    from strife.ingest.documents import document_from_plain_text
    from strife.models import ROLE_NAMES
    from strife.roles.decode import DecodeConfig

    docs = read_corpus(path)
    extractor = pipeline.Extractor()
    start = extractor.roles.config
    extractor.roles.config = DecodeConfig(start.relevance, dict.fromkeys(ROLE_NAMES, 0.05),
                                          dict.fromkeys(ROLE_NAMES, 8))
    seen: dict[str, Any] = {}

    def trained(self: Any, document: Any, doc: Any, drafts: Any, incidents: Any) -> None:
        spans = [replace(s, text=document.text[s.start : s.end])
                 for s in self.roles.predict(doc)]
        anchors = [(f.start, f.end, k) for k, d in enumerate(drafts) for f in d.findings]
        assigned = [min(anchors, key=lambda a: max(a[0] - s.start, s.start - a[1], 0))[2]
                    for s in spans]
        seen[document.id] = ([i.roles for i in incidents], spans, assigned)

    extractor._trained_roles = trained.__get__(extractor)  # type: ignore[method-assign]
    documents = [document_from_plain_text(d.text, title="", doc_id=d.docid) for d in docs]
    for result in extractor.extract_many(documents):
        seen.setdefault(result.document.id, ([i.roles for i in result.incidents], [], []))
    return seen, {d.docid: d.roles for d in docs}, start


def decode(seen: dict[str, Any], thresholds: dict[str, float], caps: dict[str, int]
           ) -> dict[str, Any]:
    """Pooled per-document predictions under one setting (the model's roles, as the pipeline
    gives them for lower-case text; rule roles where the model keeps nothing)."""
    from strife.eval.muc4 import canonical_entities
    from strife.models import ROLE_NAMES, Roles
    from strife.roles import spans_to_roles

    out = {}
    for docid, (rules, spans, assigned) in seen.items():
        score = {(s.role, s.entity): s.score for s in spans}
        kept: set[int] = set()
        for role in ROLE_NAMES:
            ranked = sorted(((v, e) for (r, e), v in score.items() if r == role), reverse=True)
            kept |= {e for v, e in ranked[: caps[role]] if v >= thresholds[role]}
        chosen = [(s, k) for s, k in zip(spans, assigned, strict=True) if s.entity in kept]
        incidents = [Roles(**spans_to_roles([s for s, j in chosen if j == k])) if chosen else r
                     for k, r in enumerate(rules)]
        out[docid] = {role: canonical_entities([getattr(i, role) for i in incidents])
                      for role in ROLE_NAMES}
    return out


def main() -> None:
    from strife.models import ROLE_NAMES
    from strife.scoring.ceaf import score_corpus

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else MUC4_DEV
    seen, gold, start = record(path)
    thresholds, caps = dict(start.thresholds), dict(start.caps)
    best = score_corpus(decode(seen, thresholds, caps), gold).micro.f1
    print(f"shipped settings: {100 * best:.2f}")
    for _ in range(2):
        for role in ROLE_NAMES:
            for threshold in THRESHOLDS:
                for cap in CAPS:
                    t, c = {**thresholds, role: threshold}, {**caps, role: cap}
                    f1 = score_corpus(decode(seen, t, c), gold).micro.f1
                    if f1 > best + 1e-9:
                        best, thresholds, caps = f1, t, c
    print(f"best on {path.name}: {100 * best:.2f}\nthresholds={thresholds}\ncaps={caps}")


if __name__ == "__main__":
    main()
