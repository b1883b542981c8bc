"""The web app: ``create_app(store_url, settings)`` builds it around one open store."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.staticfiles import StaticFiles

from strife.serve import api_alerts, api_data, api_documents, api_incidents, pages
from strife.serve.errors import install_error_handlers
from strife.serve.extraction import Extracting, LazyExtractor
from strife.serve.security import LimitsAndHeaders
from strife.serve.settings import Settings
from strife.store import open_store
from strife.store.merging import Merger

STATIC = Path(__file__).resolve().parent / "static"
DESCRIPTION = """Incidents of political violence extracted from news reports, merged across
sources, with the evidence for every field. Records follow strife's schema (GTD codebook names).

Reads are open unless the server requires the token; writes (`POST /api/documents`,
`PATCH /api/incidents/{id}`) need `Authorization: Bearer STRIFE_API_TOKEN`. Every error is
`{"error": {"status", "code", "message"}}`."""


def create_app(
    store_url: str | None,
    settings: Settings | None = None,
    *,
    extractor_factory: Callable[[], Extracting] | None = None,
    merger: Merger | None = None,
    create: bool = False,
) -> FastAPI:
    """The app serving the store at ``store_url``; the store is opened here, closed at shutdown.

    ``extractor_factory`` builds the extractor on the first submitted article (tests pass a
    small one); ``merger`` decides how submitted articles merge into stored incidents (default:
    the scored merge); ``create=True`` allows a new, empty SQLite file.
    """
    settings = settings or Settings.from_env()
    store = open_store(store_url, create=create, merger=merger)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    # FastAPI's own /docs page loads Swagger UI from a CDN; ours (pages.api_docs) serves the
    # copy from npm, so the built-in docs pages are switched off. /openapi.json stays.
    app = FastAPI(
        title="strife",
        description=DESCRIPTION,
        version="1",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.settings = settings
    app.state.extractor = LazyExtractor(extractor_factory)
    install_error_handlers(app)
    routers = (api_incidents.router, api_documents.router, api_data.router, api_alerts.router)
    for router in (*routers, pages.router):
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # Order matters: the last added runs first. Limits and headers wrap everything, CORS only
    # exists when origins are configured (off by default), GZip shrinks lists and outlines.
    # Level 4, not Starlette's 9: on streamed GeoJSON level 9 doubled the server's CPU time.
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=4)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "PATCH"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(LimitsAndHeaders, max_body_bytes=settings.max_body_bytes)
    return app


DB_ENV = "STRIFE_SERVE_DB"
"""How ``strife serve --workers N`` tells each worker process which store to open."""


def app_from_env() -> FastAPI:
    """The app for a uvicorn worker process: store URL and settings from the environment."""
    return create_app(os.environ.get(DB_ENV), Settings.from_env())
