"""``--webhook URL``: each new alert POSTed as JSON, retried with backoff, off the main thread.

The watch loop only puts alerts on a queue; a background thread posts them, retrying a failed
post (connection error or a 5xx/429 answer) ``attempts`` times with doubling waits, so a slow
or dead receiver never holds up the watch (nor, through it, the store that ingest writes to).
Alerts a receiver never took are reported when the sender closes.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx

from strife.errors import UsageError

_STOP = object()


def check_url(url: str) -> str:
    if not url.startswith(("http://", "https://")):
        raise UsageError(f"--webhook {url!r} is not an http:// or https:// URL")
    return url


class WebhookSender:
    def __init__(
        self, url: str, *, attempts: int = 5, backoff_s: float = 0.5, timeout_s: float = 10.0,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:  # fmt: skip
        self.url = check_url(url)
        self.attempts = attempts
        self.backoff_s = backoff_s
        self.sleep = sleep
        self.client = httpx.Client(timeout=timeout_s, transport=transport)
        self.delivered = 0
        self.failed: list[str] = []
        self._queue: queue.Queue[Any] = queue.Queue()
        self._thread = threading.Thread(target=self._drain, name="strife-webhook", daemon=True)
        self._thread.start()

    def send(self, record: dict[str, Any]) -> None:
        """Queue one alert; returns at once."""
        self._queue.put(record)

    def close(self, wait_s: float = 30.0) -> None:
        """Let queued alerts go out (for at most ``wait_s``), then stop."""
        self._queue.put(_STOP)
        self._thread.join(wait_s)
        self.client.close()

    def _drain(self) -> None:
        while (record := self._queue.get()) is not _STOP:
            if self._post(record):
                self.delivered += 1
            else:
                self.failed.append(str(record.get("id") or record.get("area_code")))

    def _post(self, record: dict[str, Any]) -> bool:
        wait = self.backoff_s
        for attempt in range(1, self.attempts + 1):
            try:
                answer = self.client.post(self.url, json=record)
                if answer.status_code < 500 and answer.status_code != 429:
                    return answer.is_success
            except httpx.HTTPError:
                pass
            if attempt < self.attempts:
                self.sleep(wait)
                wait *= 2
        return False
