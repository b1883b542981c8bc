"""The dashboard's HTML pages, rendered from Jinja templates with autoescaping on.

Every piece of article text reaches the page through Jinja's escaping (or, in our scripts,
``textContent``), never as markup; the Content-Security-Policy is the second fence.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs, urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from strife.models import ATTACK_TYPES, TARGET_TYPES, WEAPON_TYPES, StoredIncident
from strife.serve.api_documents import incidents_of
from strife.serve.highlight import evidence_spans, field_group, segments
from strife.serve.params import store_of
from strife.serve.security import TOKEN_COOKIE, may_read, settings_of, token_matches
from strife.serve.vendor import vendor_ready
from strife.store import Store
from strife.store.aggregate import countries
from strife.store.review import review_history

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.filters["field_group"] = field_group
templates.env.tests["web_url"] = lambda url: (
    isinstance(url, str) and url.startswith(("http://", "https://"))
)  # only http(s) becomes a link: a javascript: URL in a source must stay text

router = APIRouter(include_in_schema=False)
StoreDep = Annotated[Store, Depends(store_of)]


def _page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    if not may_read(request):
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
    return templates.TemplateResponse(
        request, name, {"vendor": vendor_ready(), **context}, status_code=status
    )


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, store: StoreDep) -> Response:
    if not may_read(request):
        return _page(request, "error.html")
    return _page(
        request,
        "dashboard.html",
        countries=countries(store),
        attack_types=ATTACK_TYPES,
        target_types=TARGET_TYPES,
        query=dict(request.query_params),
    )


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(incident_id: str, request: Request, store: StoreDep) -> Response:
    if not may_read(request):
        return _page(request, "error.html")
    incident = store.get_incident(incident_id)
    if incident is None:
        message = f"There is no incident {incident_id!r} in this database."
        return _page(request, "error.html", status=404, message=message)
    return _page(
        request,
        "incident.html",
        incident=incident,
        articles=_articles(store, incident),
        history=review_history(store, incident_id),
        evidence_fields=sorted({e.field for e in incident.evidence}),
        attack_types=ATTACK_TYPES,
        target_types=TARGET_TYPES,
        weapon_types=WEAPON_TYPES,
        titles={s.document_id: s.title or s.source or s.document_id[:12] for s in incident.sources},
    )


def _articles(store: Store, incident: StoredIncident) -> list[dict[str, Any]]:
    """Each source's text cut into segments, this incident's evidence highlighted."""
    articles = []
    for source in incident.sources:
        document = store.get_document(source.document_id)
        if document is None:
            continue
        spans = evidence_spans(document.text, [incident])
        others = [i.id for i in incidents_of(store, document.id) if i.id != incident.id]
        articles.append(
            {
                "document": document,
                "segments": segments(document.text, spans),
                "other_incidents": others,
            }
        )
    return articles


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> Response:
    """Swagger UI served from our own static files (copied from npm), never from a CDN."""
    return _page(request, "docs.html")


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> Response:
    return templates.TemplateResponse(
        request, "login.html", {"next": _local(next), "failed": False, "vendor": True}
    )


@router.post("/login")
async def login(request: Request) -> Response:
    # A plain form post, parsed here so the app needs no multipart library.
    form = parse_qs((await request.body()).decode("utf-8", "replace"))
    token = (form.get("token") or [""])[0]
    target = _local((form.get("next") or ["/"])[0])
    settings = settings_of(request)
    if not token_matches(token, settings.api_token):
        context = {"next": target, "failed": True, "vendor": True}
        return templates.TemplateResponse(request, "login.html", context, status_code=401)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        TOKEN_COOKIE, token, httponly=True, samesite="strict", secure=request.url.scheme == "https"
    )
    return response


def _local(target: str) -> str:
    """Only paths on this server: ``next=https://evil.example`` must not redirect away."""
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target
