"""``strife geoparse`` (place mentions → GeoNames) and ``strife eval geo`` (LGL scoring)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from strife.cli.common import one_line_errors
from strife.errors import InputError, UsageError
from strife.ingest import iter_documents, parse_published
from strife.models import Document

Spans = list[tuple[int, int]]


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("geoparse")(geoparse)
    eval_app.command("geo")(eval_geo)
    eval_app.command("places")(eval_places)


@one_line_errors
def geoparse(
    paths: Annotated[list[str], typer.Argument(help="Article files (text, HTML, JSON Lines) or -")],
    toponyms: Annotated[
        Path | None,
        typer.Option(help='JSON Lines of {"id", "spans": [{"start", "end"}, …]}: resolve '
                     "exactly these spans instead of finding places"),
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD (kept on the document)")
    ] = None,
) -> None:
    """Print every place mention of each document, resolved to GeoNames, as JSON Lines.

    Each line is {"id", "places": [{"text", "start", "end", "name", "geonames_id", "lat",
    "lon", "country_code", "country", "admin1", "feature", "population"}, …]}; a place the
    gazetteer lacks keeps its name with null coordinates.

    Example: strife geoparse article.txt --toponyms spans.jsonl
    """
    from strife.geo import PlaceResolver
    from strife.geo.place import unresolved
    from strife.nlp import load_nlp

    documents = _read_documents(paths, parse_published(published))
    wanted = _read_toponyms(toponyms, documents) if toponyms is not None else None
    resolver = PlaceResolver.load()
    nlp = load_nlp()
    for document in documents:
        doc = nlp(document.text)
        if wanted is None:
            places = resolver.resolve_doc(doc, dateline=document.dateline)
        else:
            spans = wanted.get(document.id, [])
            found = resolver.resolve_spans(doc, spans)
            places = [
                p if p is not None else unresolved(document.text[s:e], s, e)
                for p, (s, e) in zip(found, spans, strict=True)
            ]
        line = {"id": document.id, "places": [p.to_json() for p in places]}
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")


def _read_documents(paths: list[str], published: date | None) -> list[Document]:
    items = list(iter_documents(paths, published))
    failed = [item for item in items if item.error is not None]
    if failed:
        more = f" (and {len(failed) - 1} more)" if len(failed) > 1 else ""
        raise InputError(f"{failed[0].error}{more}")
    documents = [item.document for item in items if item.document is not None]
    if not documents:
        raise InputError("no documents were read")
    return documents


def _read_toponyms(path: Path, documents: list[Document]) -> dict[str, Spans]:
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    wanted = dict(_toponym_records(path))
    if not any(d.id in wanted for d in documents):
        raise UsageError(
            f"{path}: no line has the id of any input document; ids are the JSON Lines 'id' "
            "or, for a text or HTML file, the sha256 that `strife geoparse` prints"
        )
    return wanted


def _toponym_records(path: Path) -> Iterator[tuple[str, Spans]]:
    text = path.read_text(encoding="utf-8", errors="replace")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
            spans = [(int(s["start"]), int(s["end"])) for s in record["spans"]]
            yield str(record["id"]), spans
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
        except (KeyError, TypeError, ValueError):
            raise InputError(
                f'{where}: expected {{"id": …, "spans": [{{"start": int, "end": int}}, …]}}'
            ) from None


@one_line_errors
def eval_geo(
    corpus: Annotated[Path, typer.Argument(help="LGL or GeoVirus XML corpus")],
    limit: Annotated[
        int | None, typer.Option(min=1, help="Score only the first N articles")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON")] = False,
) -> None:
    """Score place resolution: accuracy within 161 km and exact GeoNames id with gold spans,
    end-to-end recall within 161 km, mean and median error in km.

    Examples: strife eval geo ../shared/data/geoparsing/lgl.xml
              strife eval geo ../shared/data/geoparsing/geovirus.xml
    """
    from dataclasses import asdict

    from strife.eval.geo import evaluate_geo, read_corpus
    from strife.geo import PlaceResolver
    from strife.nlp import load_nlp

    articles = read_corpus(corpus, limit)
    nlp = load_nlp()
    scores = evaluate_geo(
        articles, PlaceResolver.load(), lambda texts: nlp.pipe(texts, batch_size=32)
    )
    if as_json:
        figures = {k: None if v != v else v for k, v in asdict(scores).items()}  # NaN → null
        sys.stdout.write(json.dumps(figures) + "\n")
    else:
        sys.stdout.write("\n".join(scores.lines()) + "\n")


@one_line_errors
def eval_places(
    files: Annotated[list[Path], typer.Argument(help="JSON Lines of reports and their places")],
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="List every miss")] = False,
) -> None:
    """Score the incident's place end to end: country, city and point within 50 km, on
    short reports (GTD-style summaries, ACLED-style notes) with the place they happened at.

    Example: strife eval places tests/data/places/gtd_style.jsonl
    """
    from strife.eval.places import evaluate_places, read_cases
    from strife.pipeline import Extractor

    extractor = Extractor()
    for path in files:
        scores = evaluate_places(read_cases(path), extractor.extract_many)
        lines = [f"{path}:", *scores.lines()]
        if verbose:
            lines += [f"  miss {m}" for m in scores.misses]
        sys.stdout.write("\n".join(lines) + "\n")
