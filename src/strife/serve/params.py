"""Query parameters shared by the read routes, parsed into ``IncidentFilter`` and friends."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import Query, Request

from strife.errors import UsageError
from strife.store import IncidentFilter, Store
from strife.store.filters import ORDERS

MAX_PAGE = 500
"""Largest page of full records; a bigger read should use the streamed export."""
MAX_GEOJSON = 50_000


def incident_filter(
    country: Annotated[str | None, Query(description="ISO code (KZ) or name")] = None,
    date_from: Annotated[
        date | None, Query(alias="from", description="incidents on or after YYYY-MM-DD")
    ] = None,
    date_to: Annotated[
        date | None, Query(alias="to", description="incidents on or before YYYY-MM-DD")
    ] = None,
    attack_type: Annotated[str | None, Query(description="GTD attack type")] = None,
    target_type: Annotated[str | None, Query(description="GTD target type")] = None,
    group: Annotated[str | None, Query(description="part of a group's name")] = None,
    q: Annotated[str | None, Query(description="words in summary, places, actors")] = None,
    min_killed: Annotated[int | None, Query(ge=0)] = None,
    bbox: Annotated[
        str | None, Query(description="min_lon,min_lat,max_lon,max_lat", examples=["30,-5,45,5"])
    ] = None,
) -> IncidentFilter:
    """A FastAPI dependency: the filter every listing, map and timeline route accepts."""
    if date_from and date_to and date_from > date_to:
        raise UsageError(f"from {date_from} is after to {date_to}")
    return IncidentFilter(
        date_from=date_from,
        date_to=date_to,
        country=_blank_is_none(country),
        attack_type=_blank_is_none(attack_type),
        target_type=_blank_is_none(target_type),
        group=_blank_is_none(group),
        q=_blank_is_none(q),
        min_killed=min_killed,
        bbox=parse_bbox(bbox) if bbox else None,
    )


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    parts = text.split(",")
    try:
        values = tuple(float(p) for p in parts)
    except ValueError:
        values = ()
    if len(values) != 4:
        raise UsageError(f"bbox {text!r}: give four numbers min_lon,min_lat,max_lon,max_lat")
    min_lon, min_lat, max_lon, max_lat = values
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180):
        raise UsageError(f"bbox {text!r}: longitudes lie between -180 and 180")
    if not (-90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise UsageError(f"bbox {text!r}: latitudes lie between -90 and 90")
    return (min_lon, min_lat, max_lon, max_lat)


def check_order(sort: str) -> str:
    if sort not in ORDERS:
        raise UsageError(f"unknown sort {sort!r}; use one of {', '.join(ORDERS)}")
    return sort


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _blank_is_none(value: str | None) -> str | None:
    # An empty form field means "any", not "the empty string".
    return value.strip() if value and value.strip() else None


def next_page(request: Request, offset: int, shown: int, limit: int, total: int) -> str | None:
    """The URL of the page after one that showed ``shown`` items from ``offset``, or None."""
    following = offset + shown
    if following >= total:
        return None
    query = {**request.query_params, "offset": str(following), "limit": str(limit)}
    return f"{request.url.path}?{urlencode(query)}"
