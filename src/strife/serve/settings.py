"""Settings of the web app, read from the environment by ``Settings.from_env``.

=================================  ==========================================================
``STRIFE_API_TOKEN``               the token that writes (POST, PATCH) must send as
                                   ``Authorization: Bearer TOKEN``; unset → writes refused
``STRIFE_API_READ_TOKEN_REQUIRED`` ``1`` closes reads too: the API and the pages then need the
                                   same token (Bearer header, or the cookie ``/login`` sets)
``STRIFE_CORS_ORIGINS``            comma-separated origins allowed to call the API from a
                                   browser; unset → no CORS headers at all (the default)
``STRIFE_MAX_BODY_BYTES``          largest request body accepted (default 1,000,000)
=================================  ==========================================================
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from strife.errors import UsageError

DEFAULT_MAX_BODY = 1_000_000
"""A news article is a few tens of kilobytes; a megabyte leaves room and stops abuse."""

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"", "0", "false", "no", "off"}


@dataclass(frozen=True)
class Settings:
    api_token: str | None = None
    read_token_required: bool = False
    cors_origins: tuple[str, ...] = ()
    max_body_bytes: int = DEFAULT_MAX_BODY

    def __post_init__(self) -> None:
        if self.read_token_required and not self.api_token:
            raise UsageError(
                "STRIFE_API_READ_TOKEN_REQUIRED is set but STRIFE_API_TOKEN is not; "
                "set the token too, or unset the read requirement"
            )
        if self.max_body_bytes < 1:
            raise UsageError(f"STRIFE_MAX_BODY_BYTES must be positive, not {self.max_body_bytes}")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        values = os.environ if env is None else env
        token = values.get("STRIFE_API_TOKEN", "").strip() or None
        origins = values.get("STRIFE_CORS_ORIGINS", "")
        return cls(
            api_token=token,
            read_token_required=_flag(values, "STRIFE_API_READ_TOKEN_REQUIRED"),
            cors_origins=tuple(o.strip() for o in origins.split(",") if o.strip()),
            max_body_bytes=_int(values, "STRIFE_MAX_BODY_BYTES", DEFAULT_MAX_BODY),
        )


def _flag(values: Mapping[str, str], name: str) -> bool:
    raw = values.get(name, "").strip().lower()
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise UsageError(f"{name}={raw!r}: use 1 or 0")


def _int(values: Mapping[str, str], name: str, default: int) -> int:
    raw = values.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw.replace("_", ""))
    except ValueError:
        raise UsageError(f"{name}={raw!r}: give a whole number of bytes") from None
