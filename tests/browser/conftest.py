"""Browser tests: the real server on a database ingested from ``samples/``, driven by
Playwright through Debian's ``chromium`` (never a downloaded browser).

Without Playwright or the browser the tests skip and say why; with ``STRIFE_REQUIRE_BROWSER=1``
(CI, after ``bash .ci/browser.sh``) they fail instead, so a missing browser cannot pass
unnoticed. Screenshots go to ``tests/artifacts/`` (git-ignored).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from browser_support import TOKEN, Watched

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path(os.environ.get("STRIFE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip


def _browser_missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (run `bash .ci/browser.sh`)"
    if not CHROMIUM.is_file():
        return f"no Chromium at {CHROMIUM} (run `bash .ci/browser.sh`, or set STRIFE_CHROMIUM)"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    why = _browser_missing()
    if why is not None:
        if os.environ.get("STRIFE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"STRIFE_REQUIRE_BROWSER=1 but {why}", pytrace=False)
        pytest.skip(why)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory, browser: Any) -> str:
    """The bundled samples, ingested by the real pipeline (as `make run` does)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'samples.db'}"
    subprocess.run(
        [sys.executable, "-m", "strife", "ingest", str(ROOT / "samples"), "--db", url],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    return url


@pytest.fixture(scope="session")
def server(sample_db: str) -> Iterator[str]:
    """``strife serve`` in its own process on a free loopback port; yields the base URL."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "STRIFE_API_TOKEN": TOKEN}
    process = subprocess.Popen(
        [sys.executable, "-m", "strife", "serve", "--db", sample_db, "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


def _wait_until_up(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read().decode() if process.stdout else ""
            raise RuntimeError(f"strife serve exited: {output}")
        try:
            if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.3)
    raise RuntimeError("strife serve did not answer within 60 s")


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[tuple[Any, Watched]]:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    watched = Watched()

    def only_this_server(route: Any) -> None:
        if urlsplit(route.request.url).netloc == urlsplit(server).netloc:
            route.continue_()
        else:
            watched.outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_this_server)
    opened = context.new_page()
    opened.on("dialog", lambda d: (watched.dialogs.append(d.message), d.dismiss()))
    opened.on("pageerror", lambda e: watched.errors.append(str(e)))
    yield opened, watched
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
