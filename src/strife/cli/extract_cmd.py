"""``strife extract``: articles in, incident records out on stdout."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from strife.cli.common import fail, one_line_errors
from strife.errors import InputError
from strife.ingest import iter_documents, parse_published


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    gtd_csv = "gtd-csv"
    acled_csv = "acled-csv"
    geojson = "geojson"


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


@one_line_errors
def extract(
    paths: Annotated[list[str], typer.Argument(help="Article files (text, HTML, JSON Lines) or -")],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format")
    ] = OutputFormat.json,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD (base for 'Saturday')")
    ] = None,
) -> None:
    """Extract incidents from articles and print them.

    Example: strife extract article.txt --published 2011-11-13 --format json
    """
    from strife.export import write_results
    from strife.pipeline import Extractor

    base = parse_published(published)
    items = list(iter_documents(paths, base))
    failed = [item for item in items if item.error is not None]
    if failed:
        first = failed[0].error
        assert first is not None
        more = f" (and {len(failed) - 1} more)" if len(failed) > 1 else ""
        raise InputError(f"{first}{more}")
    extractor = Extractor()
    documents = [item.document for item in items if item.document is not None]
    results = extractor.extract_many(documents)
    write_results(results, output_format.value, sys.stdout)
    if not documents:
        raise fail("no documents were read")
