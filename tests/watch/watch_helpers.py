"""Series shapes shared by the watch tests."""

from __future__ import annotations

import json
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

START = date(2016, 1, 4)


def quiet_then(weeks: int, spike: int) -> list[int]:
    """A quiet area (an incident every third week) with ``spike`` incidents in week ``weeks``."""
    return [1 if w % 3 == 0 else 0 for w in range(weeks)] + [spike]


class Receiver(ThreadingHTTPServer):
    """A server on 127.0.0.1 that answers 503 ``failures`` times, then 200; it keeps bodies."""

    def __init__(self, failures: int = 0, delay_s: float = 0.0) -> None:
        self.failures = failures
        self.delay_s = delay_s
        self.bodies: list[dict] = []
        self.attempts = 0
        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/alerts"


class Handler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
        self.server.attempts += 1
        body = self.rfile.read(int(self.headers["Content-Length"]))
        time.sleep(self.server.delay_s)
        if self.server.failures > 0:
            self.server.failures -= 1
            self.send_response(503)
        else:
            self.server.bodies.append(json.loads(body))
            self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        return None
