"""``strife eval muc4`` and ``strife eval gold``: score strife with the field's own metrics."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from strife.cli.common import one_line_errors


class Component(StrEnum):
    pipeline = "pipeline"
    roles = "roles"


class Match(StrEnum):
    exact = "exact"
    head = "head"


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    eval_app.command("muc4")(muc4)
    eval_app.command("gold")(gold)


@one_line_errors
def muc4(
    path: Annotated[Path, typer.Argument(help="MUC-4 JSON Lines: *_ree_grit.jsonl or templates")],
    limit: Annotated[int | None, typer.Option(help="Score only the first N documents")] = None,
    out: Annotated[
        Path | None, typer.Option(help="Write per-document predictions (JSON Lines) here")
    ] = None,
    component: Annotated[
        Component, typer.Option(help="pipeline: full extractor; roles: the role model alone")
    ] = Component.pipeline,
    match: Annotated[
        Match, typer.Option(help="exact: GRIT's strict string match; head: same head noun")
    ] = Match.exact,
) -> None:
    """Score role-filler extraction on MUC-4 with CEAF-REE (GRIT's metric).

    Example: strife eval muc4 ../shared/data/muc4/dev_ree_grit.jsonl
    """
    from strife.eval import muc4 as corpus
    from strife.eval import templates
    from strife.scoring import ceaf

    docs = corpus.read_corpus(path, limit)
    gold_roles = {d.docid: d.roles for d in docs}
    if component is Component.roles:
        predicted = corpus.predict_with_role_model(docs)
        predicted_templates = None
    else:
        predicted_templates = corpus.predict_with_pipeline(docs)
        predicted = {k: corpus.pool_templates(v) for k, v in predicted_templates.items()}
    report = ceaf.score_corpus(predicted, gold_roles, match.value)
    title = (f"CEAF-REE (GRIT scorer, strife implementation), {component.value}, "
             f"{match.value} match, {len(docs)} docs")
    typer.echo(ceaf.format_report(report, title))
    gold_templates = {d.docid: d.templates for d in docs if d.templates is not None}
    if predicted_templates is not None and len(gold_templates) == len(docs):
        totals = templates.score_corpus(predicted_templates, gold_templates)
        typer.echo("")
        title = "Templates (strife template scorer, GTT-style)"
        typer.echo(templates.format_template_report(totals, title))
    if out is not None:
        corpus.write_predictions(out, ((d.docid, {"roles": predicted.get(d.docid, {})})
                                       for d in docs))


@one_line_errors
def gold(
    files: Annotated[
        list[Path], typer.Argument(help="Gold files (*.gold.json) beside their articles")
    ],
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="List every mismatch")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
) -> None:
    """Field-by-field agreement with hand-coded gold files (accept lists honoured).

    Example: strife eval gold ../shared/seed/taraz-2011-11-13.gold.json -v
    """
    from strife.eval import gold as gold_eval

    report = gold_eval.evaluate_files(files)
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2))
    else:
        typer.echo(gold_eval.format_report(report, verbose))
