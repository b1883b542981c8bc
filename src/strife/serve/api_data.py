"""Whole-store reads: counts, the dashboard's aggregates, and streamed exports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse, StreamingResponse

from strife.codebook.tables import gtd_tables
from strife.export.stored import STORED_FORMATS
from strife.models import ATTACK_TYPES, TARGET_TYPES, WEAPON_TYPES
from strife.serve.exporting import EXTENSIONS, MEDIA_TYPES, export_chunks
from strife.serve.params import check_order, incident_filter, store_of
from strife.serve.security import require_read
from strife.store import IncidentFilter, Store
from strife.store.aggregate import countries, map_cells, review_counts, timeline

router = APIRouter(prefix="/api", tags=["data"], dependencies=[Depends(require_read)])
Filter = Annotated[IncidentFilter, Depends(incident_filter)]
StoreDep = Annotated[Store, Depends(store_of)]


@router.get("/stats")
def stats(store: StoreDep) -> JSONResponse:
    """``documents``, ``incidents`` and ``sources`` as ``strife stats`` prints them, plus review
    states and incidents per country."""
    return JSONResponse(
        {
            **store.stats(),
            "review": review_counts(store),
            "countries": countries(store),
        }
    )


@router.get("/vocabularies")
def vocabularies() -> JSONResponse:
    """The GTD codebook names the filters and review edits accept, and how the dashboard shows
    attack types: ``attack_labels`` (the summaries' wording) and ``attack_colours`` (map legend
    and timeline), both from ``strife/data/codebook/gtd.yaml``."""
    tables = gtd_tables()
    return JSONResponse(
        {
            "attack_types": list(ATTACK_TYPES),
            "target_types": list(TARGET_TYPES),
            "weapon_types": list(WEAPON_TYPES),
            "attack_labels": dict(tables.attack_nouns),
            "attack_colours": dict(tables.attack_colours),
        }
    )


@router.get("/timeline")
def get_timeline(
    store: StoreDep,
    f: Filter,
    interval: Annotated[str, Query(pattern="^(day|week|month)$")] = "week",
) -> JSONResponse:
    """Incidents and deaths per period (start date) and primary attack type."""
    bars = timeline(store, f, interval)
    return JSONResponse(
        {
            "interval": interval,
            "bars": [
                {
                    "period": b.period.isoformat(),
                    "attack_type": b.attack_type,
                    "incidents": b.incidents,
                    "killed": b.killed,
                }
                for b in bars
            ],
        }
    )


@router.get("/map")
def get_map(
    store: StoreDep,
    f: Filter,
    cell: Annotated[float, Query(ge=0.01, le=45, description="grid cell in degrees")] = 0.5,
) -> JSONResponse:
    """Incidents grouped into grid cells: ``[lat, lon, incidents, killed, id-if-single]``."""
    cells = map_cells(store, f, cell)
    return JSONResponse(
        {
            "cell": cell,
            "columns": ["lat", "lon", "incidents", "killed", "incident_id"],
            "cells": [[c.lat, c.lon, c.incidents, c.killed, c.incident_id] for c in cells],
        }
    )


@router.get("/export", response_class=StreamingResponse)
def export(
    store: StoreDep,
    f: Filter,
    format: Annotated[str, Query(description=", ".join(STORED_FORMATS))] = "jsonl",
    sort: str = "date",
) -> StreamingResponse:
    """Every matching incident in an export format of schema.md, streamed."""
    chunks = export_chunks(store.iter_incidents(f, order=check_order(sort)), format)
    return StreamingResponse(
        chunks,
        media_type=MEDIA_TYPES[format],
        headers={"Content-Disposition": f'attachment; filename="strife.{EXTENSIONS[format]}"'},
    )
