"""The extraction pipeline as one object: load the models once, extract many documents.

Data flow per document: the parse form (ALL CAPS lowered, offsets kept) → spaCy with strife's
components (sentence findings) → places and dates → group findings into incidents → assemble
records → role fillers from the trained model (every casing), merged with the rule layer's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from strife.chunking import chunks
from strife.errors import ExtractionError
from strife.extract.assemble import assemble
from strife.extract.grouping import Draft, group_findings
from strife.extracting import extract_one
from strife.ingest.documents import as_document, parse_date_line
from strife.models import Document, Incident, Result, Roles
from strife.nlp.casing import case_mode, parse_form
from strife.normalise.dates import find_date_mentions
from strife.roles import RoleModel, RoleSpan, spans_to_roles
from strife.roles.combine import combine_roles

if TYPE_CHECKING:
    from strife.geo import PlaceResolver


def body_offset(text: str, title: str | None) -> int:
    """Where the body starts: after the title line and a date line, if the text has them."""
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if not stripped or (title and stripped == title.strip()) or parse_date_line(stripped):
            offset += len(line)
            continue
        break
    return offset if offset < len(text) else 0


def dateline_span(text: str, dateline: str | None, body_start: int) -> tuple[int, int]:
    """The characters of the dateline ("BISHKEK, Kyrgyzstan —"), never an event place."""
    if not dateline:
        return (0, 0)
    at = text.find(dateline, body_start)
    if at < 0:
        return (0, 0)
    dash = re.match(r"[^\n]{0,40}?(—|–|--| - |:)", text[at + len(dateline) :])
    end = at + len(dateline) + (dash.end() if dash else 0)
    return (at, end)


@lru_cache(maxsize=1)
def _shared_nlp() -> Language:
    from strife.nlp import load_nlp

    return load_nlp()


@lru_cache(maxsize=1)
def _shared_roles() -> RoleModel:
    return RoleModel.load(nlp=_shared_nlp())


class Extractor:
    """Holds the models; ``extract`` turns a document (or a text) into a ``Result``.

    Each model can be passed in: ``nlp`` (a spaCy ``Language`` built by
    ``strife.nlp.load_nlp``), ``resolver`` (a ``strife.geo.PlaceResolver``, e.g. over a small
    gazetteer) and ``roles`` (a ``strife.roles.RoleModel``). Those not given are the shipped
    ones, loaded once per process and shared by every ``Extractor``.
    """

    def __init__(
        self,
        *,
        nlp: Language | None = None,
        resolver: PlaceResolver | None = None,
        roles: RoleModel | None = None,
        skip_failures: bool = False,
    ) -> None:
        from strife.geo import PlaceResolver

        self.skip_failures = skip_failures
        self.failures: list[tuple[Document, ExtractionError]] = []
        self.nlp = nlp if nlp is not None else _shared_nlp()
        self.resolver = resolver if resolver is not None else PlaceResolver.load()
        if roles is None:
            roles = _shared_roles() if nlp is None else RoleModel.load(nlp=self.nlp)
        self.roles = roles

    def extract(self, document: Document | str, published: date | str | None = None) -> Result:
        """Extract one document; a plain text is read as an article (title, date line, body)
        published on ``published`` (a date or "YYYY-MM-DD"), which anchors relative dates."""
        return extract_one(self, as_document(document, published))

    def _make_doc(self, document: Document) -> Doc:
        doc = self.nlp.make_doc(parse_form(document.text))
        doc._.strife_case = case_mode(document.text)
        doc._.strife_body_start = body_offset(document.text, document.title)
        doc._.strife_dateline_end = dateline_span(
            document.text, document.dateline, doc._.strife_body_start
        )[1]
        return doc

    def extract_many(self, documents: Iterable[Document], batch_size: int = 32) -> Iterator[Result]:
        """Results in input order. A document that breaks the pipeline raises
        ``ExtractionError``; with ``skip_failures`` it is left out and listed in ``failures``."""
        for batch in chunks(documents, batch_size):
            yield from self._run(batch)

    def _run(self, documents: list[Document]) -> Iterator[Result]:
        docs: list[Doc | None]
        try:
            docs = list(self.nlp.pipe(self._make_doc(d) for d in documents))
        except Exception:  # noqa: BLE001 - one bad document must not sink its batch: retry singly
            docs = [None] * len(documents)
        for document, doc in zip(documents, docs, strict=True):
            try:
                parsed = doc if doc is not None else self.nlp(self._make_doc(document))
                yield Result(document=document, incidents=self._incidents(document, parsed))
            except Exception as exc:  # noqa: BLE001 - reported below with the document named
                error = ExtractionError(
                    f"{document.url or document.id[:16]}: extraction failed "
                    f"({type(exc).__name__}: {exc}); please report this document"
                )
                if not self.skip_failures:
                    raise error from exc
                self.failures.append((document, error))

    def _incidents(self, document: Document, doc: Doc) -> list[Incident]:
        original = document.text if doc._.strife_case != "mixed" else None
        places = self.resolver.resolve_doc(doc, dateline=document.dateline, original=original)
        dates = find_date_mentions(document.text, document.published)
        excluded = dateline_span(document.text, document.dateline, doc._.strife_body_start or 0)
        drafts = group_findings(doc, doc._.strife_findings or [], places, dates, excluded)
        incidents = [
            assemble(d, text=document.text, doc_id=document.id, index=i,
                     published=document.published)
            for i, d in enumerate(drafts)
        ]
        if incidents:
            self._trained_roles(document, doc, drafts, incidents)
        return incidents

    def _trained_roles(
        self, document: Document, doc: Doc, drafts: list[Draft], incidents: list[Incident]
    ) -> None:
        """Role fillers from the trained model, which reads the parse as it is (lower case,
        lowered ALL CAPS, or mixed case: it was trained on MUC-4 as written and truecased).
        Each mention goes to the incident told nearest to it. On mixed-case news the rule
        layer's entities are combined with the model's (``strife.roles.combine``); on lower
        case, MUC-4's form, the model alone scores best."""
        spans = [replace(s, text=document.text[s.start : s.end]) for s in self.roles.predict(doc)]
        if not spans:
            return
        anchors = [(f.start, f.end, k) for k, d in enumerate(drafts) for f in d.findings]
        by_incident: dict[int, list[RoleSpan]] = {}
        for span in spans:
            nearest = min(anchors, key=lambda a: max(a[0] - span.start, span.start - a[1], 0))
            by_incident.setdefault(nearest[2], []).append(span)
        mixed = (doc._.strife_case or "mixed") == "mixed"
        for k, incident in enumerate(incidents):
            model = Roles(**spans_to_roles(by_incident.get(k, [])))
            incident.roles = combine_roles(model, incident.roles) if mixed else model


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The extractor ``strife.extract`` uses: built on first use, once per process."""
    return Extractor()
