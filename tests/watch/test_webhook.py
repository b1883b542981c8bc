"""``--webhook``: alerts POSTed as JSON to a local HTTP server, retried, never blocking."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from strife.errors import UsageError
from strife.watch.webhook import WebhookSender


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


@pytest.fixture
def receiver():
    servers: list[Receiver] = []

    def make(**kw):  # type: ignore[no-untyped-def]
        servers.append(Receiver(**kw))
        return servers[-1]

    yield make
    for server in servers:
        server.shutdown()
        server.server_close()


def test_an_alert_is_posted_as_json(receiver):
    server = receiver()
    sender = WebhookSender(server.url)
    sender.send({"id": "a1", "area": "Iraq", "observed": 9})
    sender.close()
    assert server.bodies == [{"id": "a1", "area": "Iraq", "observed": 9}]
    assert sender.delivered == 1 and sender.failed == []


def test_failures_are_retried_with_doubling_waits(receiver):
    server = receiver(failures=2)
    waits: list[float] = []
    sender = WebhookSender(server.url, backoff_s=0.25, sleep=waits.append)
    sender.send({"id": "a2"})
    sender.close()
    assert server.attempts == 3 and server.bodies == [{"id": "a2"}]
    assert waits == [0.25, 0.5]


def test_a_receiver_that_never_takes_it_is_reported(receiver):
    server = receiver(failures=10)
    sender = WebhookSender(server.url, attempts=3, sleep=lambda s: None)
    sender.send({"id": "a3"})
    sender.close()
    assert sender.failed == ["a3"] and server.attempts == 3


def test_sending_never_waits_for_a_slow_receiver(receiver):
    server = receiver(delay_s=0.5)
    sender = WebhookSender(server.url)
    started = time.perf_counter()
    for n in range(3):
        sender.send({"id": f"s{n}"})
    queued = time.perf_counter() - started
    sender.close()
    assert queued < 0.2 and len(server.bodies) == 3


def test_only_http_urls():
    with pytest.raises(UsageError):
        WebhookSender("ftp://127.0.0.1/x")
