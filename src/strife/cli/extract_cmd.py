"""``strife extract``: articles in, incident records out on stdout.

A batch never sinks on one bad line: each document that cannot be read (a JSON Lines line
that is not JSON, a text that is not English…) is reported on stderr, one line each with its
``file:line`` and the reason, the rest are extracted, and the exit status is 3
(``PARTIAL_EXIT``). ``--strict`` restores all-or-nothing: any refusal stops the run before
anything is extracted.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from strife.cli.common import fail, one_line_errors
from strife.errors import InputError
from strife.ingest import ReadItem, iter_documents, parse_published

PARTIAL_EXIT = 3
"""Exit status when some documents were refused and the others extracted."""


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
    strict: Annotated[
        bool, typer.Option(help="Refuse the whole input if any document cannot be read")
    ] = False,
) -> None:
    """Extract incidents from articles and print them.

    Unreadable documents are reported on stderr (FILE:LINE: reason) and skipped: exit 3.

    With --strict any unreadable document stops the run before extraction (exit 2).

    Example: strife extract article.txt --published 2011-11-13 --format json
    """
    from strife.export import write_results
    from strife.pipeline import Extractor

    base = parse_published(published)
    items = list(iter_documents(paths, base))
    refused = [item.error for item in items if item.error is not None]
    documents = [item.document for item in items if item.document is not None]
    if not items:
        raise fail("no documents were read")
    if refused and (strict or not documents):
        _refuse_all(refused, items)
    for error in refused:
        sys.stderr.write(f"strife: refused: {error}\n")
    sys.stderr.flush()
    results = Extractor().extract_many(documents)
    write_results(results, output_format.value, sys.stdout)
    if refused:
        raise typer.Exit(PARTIAL_EXIT)


def _refuse_all(refused: list[InputError], items: list[ReadItem]) -> None:
    """All-or-nothing: one line naming the first refusal and how many more there were."""
    if len(refused) == len(items) and len(refused) > 1:
        for error in refused[:-1]:
            sys.stderr.write(f"strife: refused: {error}\n")
        raise fail(f"{refused[-1]}; none of the {len(items)} documents could be read",
                   InputError.exit_code)
    more = f" (and {len(refused) - 1} more)" if len(refused) > 1 else ""
    raise InputError(f"{refused[0]}{more}")
