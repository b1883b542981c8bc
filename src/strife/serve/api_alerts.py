"""``/api/alerts``: the alerts ``strife watch`` stored, newest period first, with filters."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from strife.errors import UsageError
from strife.serve.params import MAX_PAGE, next_page, store_of
from strife.serve.security import require_read
from strife.store import Store
from strife.store.alerts import AlertFilter, list_alerts

router = APIRouter(prefix="/api", tags=["alerts"])


@router.get("/alerts", dependencies=[Depends(require_read)])
def get_alerts(
    request: Request,
    store: Annotated[Store, Depends(store_of)],
    area: Annotated[str | None, Query(description="area code (IQ, IQ/Baghdad) or name")] = None,
    level: Annotated[Literal["country", "admin1"] | None, Query()] = None,
    date_from: Annotated[
        date | None, Query(alias="from", description="periods ending on or after YYYY-MM-DD")
    ] = None,
    date_to: Annotated[
        date | None, Query(alias="to", description="periods starting on or before YYYY-MM-DD")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> JSONResponse:
    """A page of alerts (each with its incidents' ids and its area's recent series)."""
    if date_from and date_to and date_from > date_to:
        raise UsageError(f"from {date_from} is after to {date_to}")
    wanted = AlertFilter(area=area, level=level, date_from=date_from, date_to=date_to)
    total, alerts = list_alerts(store, wanted, limit=limit, offset=offset)
    next_url = next_page(request, offset, len(alerts), limit, total)
    return JSONResponse(
        {"total": total, "limit": limit, "offset": offset, "next": next_url, "alerts": alerts}
    )
