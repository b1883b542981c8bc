"""serve: the JSON API and the dashboard (FastAPI).

::

    from strife.serve import create_app, Settings
    app = create_app("sqlite:///strife.db", Settings(api_token="s3cret"))
    # uvicorn.run(app) — or: strife serve --db sqlite:///strife.db
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from strife.serve.app import create_app
    from strife.serve.settings import Settings

__all__ = ["Settings", "create_app"]


def __getattr__(name: str) -> Any:
    # Imported on first use, so that `python -m strife.serve.vendor` (run by `make setup`)
    # does not load the whole web app first.
    if name == "create_app":
        from strife.serve.app import create_app

        return create_app
    if name == "Settings":
        from strife.serve.settings import Settings

        return Settings
    raise AttributeError(f"module 'strife.serve' has no attribute {name!r}")
