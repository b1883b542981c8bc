"""``--webhook``: alerts POSTed as JSON to a local HTTP server, retried, never blocking."""

from __future__ import annotations

import time

import pytest
from watch_helpers import Receiver

from strife.errors import UsageError
from strife.watch.webhook import WebhookSender


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


def test_the_cli_posts_each_new_alert(receiver, sqlite_url, fill, merger):
    from typer.testing import CliRunner
    from watch_helpers import START, quiet_then

    from strife.cli import app
    from strife.store import open_store

    with open_store(sqlite_url, merger=merger) as store:
        fill(store, "KZ", quiet_then(30, spike=8))
    server = receiver()
    args = ["watch", "--db", sqlite_url, "--from", str(START), "--to", "2016-12-31",
            "--format", "json", "--webhook", server.url]  # fmt: skip
    assert CliRunner().invoke(app, args).exit_code == 0
    assert [b["area_code"] for b in server.bodies] == ["KZ"]
    assert server.bodies[0]["incidents"] and server.bodies[0]["id"].startswith("country:KZ:")
    CliRunner().invoke(app, args)  # the same alert again: stored already, not posted again
    assert len(server.bodies) == 1
