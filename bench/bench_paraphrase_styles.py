"""The paraphrase suite scored per style: wire ledes, updates, ACLED-style notes, GTD summaries.

``strife eval gold tests/data/paraphrase/*.gold.json`` gives one figure per field over all
rewrites; this prints a column per style (the issue's acceptance sets figures per style), one
extractor for all of them.

    .venv/bin/python bench/bench_paraphrase_styles.py
"""

from __future__ import annotations

from pathlib import Path

PARAPHRASE = Path(__file__).resolve().parents[1] / "tests" / "data" / "paraphrase"
STYLES = ("wire", "update", "acled", "gtd")


def main() -> None:
    from strife.eval.gold import GoldReport, evaluate_files
    from strife.pipeline import Extractor

    extractor = Extractor()
    reports: dict[str, GoldReport] = {}
    for style in STYLES:
        paths = sorted(PARAPHRASE.glob(f"*.{style}.gold.json"))
        reports[style] = evaluate_files(paths, extractor)
    fields = sorted({f for r in reports.values() for f in r.total})
    print(f"{'field':<22}" + "".join(f"{s:>9}" for s in STYLES))
    for name in [*fields, "all fields"]:
        cells = []
        for report in reports.values():
            right = sum(report.correct.values()) if name == "all fields" else report.correct[name]
            total = sum(report.total.values()) if name == "all fields" else report.total[name]
            cells.append(f"{100 * right / total:>8.1f}%" if total else f"{'-':>9}")
        print(f"{name:<22}" + "".join(cells))
    for label, get in (("files", lambda r: str(r.files)),
                       ("incidents found", lambda r: f"{r.found_incidents}/{r.gold_incidents}"),
                       ("spurious", lambda r: str(r.spurious_incidents)),
                       ("refused", lambda r: str(len(r.refused)))):
        print(f"{label:<22}" + "".join(f"{get(r):>9}" for r in reports.values()))


if __name__ == "__main__":
    main()
