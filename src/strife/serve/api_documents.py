"""``/api/documents``: read an article with its evidence spans; submit a new article."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from strife.ingest.documents import document_from_plain_text
from strife.models import StoredIncident
from strife.serve.errors import ApiError
from strife.serve.extraction import LazyExtractor
from strife.serve.highlight import evidence_spans
from strife.serve.params import store_of
from strife.serve.security import require_read, require_write
from strife.store import Store
from strife.store.aggregate import incident_ids_of_document

router = APIRouter(prefix="/api", tags=["documents"])
StoreDep = Annotated[Store, Depends(store_of)]


def incidents_of(store: Store, document_id: str) -> list[StoredIncident]:
    found = (store.get_incident(i) for i in incident_ids_of_document(store, document_id))
    return [incident for incident in found if incident is not None]


@router.get("/documents/{document_id}", dependencies=[Depends(require_read)])
def get_document(document_id: str, store: StoreDep) -> JSONResponse:
    """The article, the incidents it reports, and each evidence span placed in its text."""
    document = store.get_document(document_id)
    if document is None:
        raise ApiError(404, f"no document {document_id!r}")
    incidents = incidents_of(store, document_id)
    return JSONResponse(
        {
            "document": document.model_dump(mode="json"),
            "incidents": [i.id for i in incidents],
            "evidence": [s.as_json() for s in evidence_spans(document.text, incidents)],
        }
    )


class ArticleIn(BaseModel):
    """A plain-text article; the title and date may also be the first lines of ``text``."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    title: str | None = Field(None, max_length=500)
    published: date | None = None
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://\S+$")


@router.post("/documents", status_code=201)
def submit_document(
    article: ArticleIn,
    request: Request,
    store: StoreDep,
    _: Annotated[str, Depends(require_write)],
) -> JSONResponse:
    """Extract the article's incidents and merge them into the store (201; 200 if known)."""
    document = document_from_plain_text(
        article.text, title=article.title, published=article.published, url=article.url,
        label="the submitted article",
    )  # fmt: skip
    if store.has_document(document.id):
        ids = incident_ids_of_document(store, document.id)
        return _outcome(document.id, False, ids, 0, 0, status=200)
    extractor: LazyExtractor = request.app.state.extractor
    outcome = store.add_result(extractor.extract(document))
    return _outcome(
        document.id,
        outcome.document_new,
        list(outcome.incident_ids),
        outcome.incidents_new,
        outcome.incidents_merged,
    )


def _outcome(
    document_id: str, new: bool, ids: list[str], added: int, merged: int, status: int = 201
) -> JSONResponse:
    return JSONResponse(
        status_code=status,
        content={
            "document_id": document_id,
            "document_new": new,
            "incidents": ids,
            "incidents_new": added,
            "incidents_merged": merged,
            "links": {
                "document": f"/api/documents/{quote(document_id, safe='')}",
                "incidents": [f"/api/incidents/{quote(i, safe='')}" for i in ids],
            },
        },
    )
