"""``/api/incidents``: list, GeoJSON, one record, and the review action (PATCH)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from strife.serve.errors import ApiError
from strife.serve.exporting import geojson_record_chunks
from strife.serve.params import (
    MAX_GEOJSON,
    MAX_PAGE,
    check_order,
    incident_filter,
    next_page,
    store_of,
)
from strife.serve.security import require_read, require_write
from strife.store import IncidentFilter, Store
from strife.store.read_json import iter_incident_records
from strife.store.review import EDITABLE, review_history, review_incident

router = APIRouter(prefix="/api", tags=["incidents"])
Filter = Annotated[IncidentFilter, Depends(incident_filter)]
StoreDep = Annotated[Store, Depends(store_of)]
SORT_HELP = "date, -date, killed, -killed, first_reported, -first_reported or id"


@router.get("/incidents", dependencies=[Depends(require_read)])
def list_incidents(
    request: Request,
    store: StoreDep,
    f: Filter,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
    sort: Annotated[str, Query(description=SORT_HELP)] = "-date",
) -> JSONResponse:
    """A page of stored incidents matching the filters, with the total and the next page."""
    order = check_order(sort)
    total = store.count_incidents(f)
    records = list(iter_incident_records(store, f, limit=limit, offset=offset, order=order))
    next_url = next_page(request, offset, len(records), limit, total)
    return JSONResponse(
        {
            "total": total,
            "limit": limit,
            "offset": offset,
            "sort": order,
            "next": next_url,
            "incidents": records,
        }
    )


@router.get(
    "/incidents.geojson",
    dependencies=[Depends(require_read)],
    response_class=StreamingResponse,
    responses={200: {"content": {"application/geo+json": {}}}},
)
def incidents_geojson(
    store: StoreDep,
    f: Filter,
    limit: Annotated[int, Query(ge=1, le=MAX_GEOJSON)] = 1000,
    offset: Annotated[int, Query(ge=0)] = 0,
    sort: Annotated[str, Query(description=SORT_HELP)] = "-date",
) -> StreamingResponse:
    """A GeoJSON FeatureCollection (RFC 7946) of the matching incidents that have coordinates."""
    order = check_order(sort)
    records = iter_incident_records(store, f, limit=limit, offset=offset, order=order)
    return StreamingResponse(geojson_record_chunks(records), media_type="application/geo+json")


@router.get("/incidents/{incident_id}", dependencies=[Depends(require_read)])
def get_incident(incident_id: str, store: StoreDep) -> JSONResponse:
    """The stored record with sources, alternatives, review state and its audit trail."""
    incident = store.get_incident(incident_id)
    if incident is None:
        raise ApiError(404, f"no incident {incident_id!r}")
    record = incident.model_dump(mode="json")
    record["review_history"] = [e.as_json() for e in review_history(store, incident_id)]
    return JSONResponse(record)


class ReviewRequest(BaseModel):
    """``accept`` or ``reject`` the incident as it stands, or ``edit`` some of its fields."""

    model_config = ConfigDict(extra="forbid")

    action: Literal["accept", "edit", "reject"]
    fields: dict[str, Any] = Field(
        default_factory=dict,
        description="edit only: dotted field paths and new values, e.g. "
        '{"killed.total": 5, "attack_types": ["Armed Assault"]}; editable: '
        + ", ".join(sorted(EDITABLE)),
    )
    by: str = Field("api", min_length=1, max_length=100, description="who is reviewing")
    note: str | None = Field(None, max_length=2000)


@router.patch("/incidents/{incident_id}")
def patch_incident(
    incident_id: str,
    body: ReviewRequest,
    store: StoreDep,
    _: Annotated[str, Depends(require_write)],
) -> JSONResponse:
    """Review an incident; edits are kept even when later reports are merged into it."""
    updated = review_incident(store, incident_id, body.action, body.by, body.fields, body.note)
    if updated is None:
        raise ApiError(404, f"no incident {incident_id!r}")
    return get_incident(incident_id, store)
