"""Who may read and write, and the limits every request meets.

* Writes (POST, PATCH) need ``Authorization: Bearer STRIFE_API_TOKEN``; the comparison runs in
  constant time (``hmac.compare_digest``) so response timing does not leak the token. A cookie
  never authorises a write: a page on another site could make the browser send it (CSRF).
* Reads are open unless ``STRIFE_API_READ_TOKEN_REQUIRED=1``; then the Bearer header or the
  HttpOnly cookie that ``/login`` sets is needed.
* Bodies above ``max_body_bytes`` are refused with 413, whether or not they declare a length.
* Every response carries a Content-Security-Policy that allows only our own scripts, so even a
  missed escape could not run an article's ``<script>``.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from strife.serve.errors import ApiError, error_body
from strife.serve.settings import Settings

TOKEN_COOKIE = "strife_token"

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)


def token_matches(given: str | None, expected: str | None) -> bool:
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def may_read(request: Request) -> bool:
    settings = settings_of(request)
    if not settings.read_token_required:
        return True
    given = bearer_token(request) or request.cookies.get(TOKEN_COOKIE)
    return token_matches(given, settings.api_token)


def require_read(request: Request) -> None:
    """Dependency of every read route."""
    if not may_read(request):
        raise ApiError(
            401,
            "reading needs the API token on this server: send Authorization: Bearer TOKEN",
            headers={"WWW-Authenticate": "Bearer"},
        )


# Declared so that OpenAPI (and the Swagger UI's "Authorize" button) shows the scheme;
# the check itself is ours, to keep one error shape and the constant-time comparison.
bearer_scheme = HTTPBearer(auto_error=False, description="STRIFE_API_TOKEN")


def require_write(
    request: Request,
    _: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)] = None,
) -> str:
    """Dependency of every write route; returns a label for the audit trail."""
    settings = settings_of(request)
    if settings.api_token is None:
        raise ApiError(
            403, "writes are disabled on this server: start it with STRIFE_API_TOKEN set"
        )
    given = bearer_token(request)
    if given is None:
        raise ApiError(
            401,
            "this request changes data: send Authorization: Bearer STRIFE_API_TOKEN",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not token_matches(given, settings.api_token):
        challenge = 'Bearer error="invalid_token"'
        raise ApiError(401, "the API token is wrong", headers={"WWW-Authenticate": challenge})
    return "token"


class BodyTooLarge(HTTPException):
    """A subclass of FastAPI's HTTPException, so body parsing passes it on unchanged."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is larger than {limit:,} bytes")


class LimitsAndHeaders:
    """ASGI middleware: body-size limit and security headers on every HTTP response."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_body_bytes:
            await _send_json(send, 413, BodyTooLarge(self.max_body_bytes).detail)
            return
        await self.app(scope, self._limited(receive), _with_headers(send))

    def _limited(self, receive: Receive) -> Receive:
        # A chunked body has no Content-Length: count what actually arrives.
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body_bytes:
                    raise BodyTooLarge(self.max_body_bytes)
            return message

        return limited


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _with_headers(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            present = {name.lower() for name, _ in message.get("headers", [])}
            extra = [(n, v) for n, v in SECURITY_HEADERS if n not in present]
            message = {**message, "headers": [*message.get("headers", []), *extra]}
        await send(message)

    return sending


async def _send_json(send: Send, status: int, message: str) -> None:
    import json

    body = json.dumps(error_body(status, message)).encode()
    headers: list[Any] = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        *SECURITY_HEADERS,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
