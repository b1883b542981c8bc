"""serve: the JSON API and the dashboard (FastAPI).

::

    from strife.serve import create_app, Settings
    app = create_app("sqlite:///strife.db", Settings(api_token="s3cret"))
    # uvicorn.run(app) — or: strife serve --db sqlite:///strife.db
"""

from strife.serve.app import create_app
from strife.serve.settings import Settings

__all__ = ["Settings", "create_app"]
