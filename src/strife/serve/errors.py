"""The one JSON error shape of the API, and the handlers that produce it.

Every error the API returns looks like::

    {"error": {"status": 404, "code": "not_found", "message": "no incident 'abc'"}}

strife's own exceptions (``strife.errors``), HTTP errors raised by routes, request validation
errors and anything unexpected all pass through ``error_response``; a test pins the shape.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from strife.errors import (
    EvaluationError,
    InputError,
    ModelError,
    StoreError,
    StrifeError,
    UsageError,
)

log = logging.getLogger("strife.serve")

# Which HTTP status each branch of strife's exception tree means at the API's edge.
STATUS_OF: tuple[tuple[type[StrifeError], int, str], ...] = (
    (UsageError, 400, "bad_request"),
    (InputError, 422, "unreadable_article"),
    (EvaluationError, 400, "bad_request"),
    (StoreError, 503, "store_unavailable"),
    (ModelError, 500, "model_unavailable"),
)

CODE_OF_STATUS = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "request_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
    503: "service_unavailable",
}


def error_body(status: int, message: str, code: str | None = None) -> dict[str, object]:
    return {
        "error": {
            "status": status,
            "code": code or CODE_OF_STATUS.get(status, "error"),
            "message": message,
        }
    }


def error_response(
    status: int, message: str, code: str | None = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(error_body(status, message, code), status_code=status, headers=headers)


class ApiError(Exception):
    """Raised by routes for HTTP-level refusals (missing incident, bad token)."""

    def __init__(
        self, status: int, message: str, code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:  # fmt: skip
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.headers = headers


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StrifeError, _strife_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)


async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.message, exc.code, exc.headers)


async def _strife_error(_: Request, exc: Exception) -> JSONResponse:
    for kind, status, code in STATUS_OF:
        if isinstance(exc, kind):
            return error_response(status, str(exc), code)
    return error_response(500, str(exc), "internal_error")


async def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else "request refused"
    if exc.status_code == 404 and message == "Not Found":
        message = "no such path; the API is described at /openapi.json"
    return error_response(exc.status_code, message, headers=dict(exc.headers or {}))


async def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(422, validation_message(exc))


def validation_message(exc: RequestValidationError) -> str:
    """One readable line: which parameter is wrong and why (FastAPI gives a list of dicts)."""
    parts = []
    for problem in exc.errors()[:5]:
        where = ".".join(str(p) for p in problem.get("loc", ()) if p not in ("query", "body"))
        parts.append(f"{where or 'request'}: {problem.get('msg', 'invalid')}")
    return "; ".join(parts) or "the request is not valid"


async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    # The traceback goes to the server log, never to the client.
    log.error("unexpected error", exc_info=exc)
    return error_response(500, "internal error; the server log has the details")
