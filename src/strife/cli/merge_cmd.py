"""``strife eval merge``: pairwise precision and recall of cross-source merging."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from strife.cli.common import one_line_errors


class ReportFormat(StrEnum):
    text = "text"
    json = "json"


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    eval_app.command("merge")(eval_merge)
    eval_app.command("distinct")(eval_distinct)


@one_line_errors
def eval_merge(
    pairs_file: Annotated[Path, typer.Argument(help="JSON Lines of article pairs")],
    threshold: Annotated[
        float | None,
        typer.Option(help="Match threshold (default: strife.merge.THRESHOLD)", min=0.0, max=1.0),
    ] = None,
    show_sweep: Annotated[
        bool, typer.Option("--sweep", help="Also print precision/recall/F1 per threshold")
    ] = False,
    incidents: Annotated[
        Path | None,
        typer.Option(help="Hand-coded incidents per article title: score merging alone"),
    ] = None,
    report_format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Output format")
    ] = ReportFormat.text,
) -> None:
    """Run extraction on both articles of each pair and score the merge decisions.

    Example: strife eval merge tests/data/merge/pairs.jsonl --sweep

    With --incidents tests/data/merge/incidents.jsonl the hand-coded incidents stand in
    for extraction, which scores the merge step alone.
    """
    from strife.eval.merge import (
        evaluate,
        load_hand_coded,
        load_pairs,
        render_report,
        render_sweep,
        report_json,
        sweep,
    )
    from strife.merge import THRESHOLD
    from strife.pipeline import Extractor

    pairs = load_pairs(pairs_file)
    extractor = load_hand_coded(incidents) if incidents else Extractor()
    report = evaluate(pairs, extractor, THRESHOLD if threshold is None else threshold)
    if report_format is ReportFormat.json:
        typer.echo(json.dumps(report_json(report), indent=2))
        return
    typer.echo(render_report(report, str(pairs_file)))
    if show_sweep:
        grid = [round(0.30 + 0.02 * i, 2) for i in range(26)]
        typer.echo(render_sweep(sweep(report, grid)))


@one_line_errors
def eval_distinct(
    events: Annotated[int, typer.Option(help="How many distinct attacks to generate", min=2)] = 200,
    seed: Annotated[int, typer.Option(help="Seed of the generator")] = 13,
) -> None:
    """Generate distinct attacks (many in one city on one day), extract and store each, and
    count how many the merge step fuses.

    Example: strife eval distinct --events 200
    """
    from strife.eval.distinct import evaluate_distinct, generate_events, render_distinct
    from strife.pipeline import Extractor

    generated = generate_events(events, seed)
    typer.echo(render_distinct(evaluate_distinct(generated, Extractor()), generated))
