"""Callback delivery to a loopback receiver: signed bodies, retries, give-up, control routes."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from bunq_connect.emulator import EmulatorConfig, EmulatorServer
from bunq_connect.emulator.delivery import is_loopback_url
from bunq_connect.emulator.state import Notification, NotificationFilter
from bunq_connect.wire import headers, signing
from tests.shared_data import CALLBACKS

FAST = EmulatorConfig(rate_limits=False, callback_retry_interval=0.05)


@dataclass
class Received:
    body: bytes
    headers: dict[str, str]


@dataclass
class Receiver:
    """A tiny HTTP server in a thread: records each POST, answers the next planned status."""

    url: str
    received: list[Received] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)  # planned answers; then 200

    def wait_for(self, count: int, timeout: float = 5.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.received


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    box: dict[str, Receiver] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            rec = box["r"]
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            status = rec.statuses.pop(0) if rec.statuses else 200
            rec.received.append(Received(body, dict(self.headers.items())))
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    box["r"] = Receiver(url=f"http://127.0.0.1:{httpd.server_address[1]}/bunq/callback")
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield box["r"]
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def emu(server_key: signing.RSAPrivateKey) -> Iterator[EmulatorServer]:
    with EmulatorServer(FAST, server_key=server_key) as server:
        yield server


def subscribe(server: EmulatorServer, target: str, category: str = "PAYMENT") -> int:
    """A user-level notification filter of a fresh (fake) user id, straight into the state."""
    state = server.state
    with state.lock:
        user_id = state.next_id("user")
        flt = NotificationFilter(
            id=state.next_id("notification_filter"),
            user_id=user_id,
            monetary_account_id=None,
            category=category,
            notification_target=target,
            created=server.clock.now(),
        )
        state.notification_filters[flt.id] = flt
    return user_id


PAYMENT = {"Payment": {"id": 42, "amount": {"value": "-1.50", "currency": "EUR"}}}


def emit(server: EmulatorServer, user_id: int, category: str = "PAYMENT") -> Notification:
    (note,) = server.emulator.emit_notification(
        user_id=user_id,
        monetary_account_id=None,
        category=category,
        event_type="PAYMENT_CREATED",
        obj=PAYMENT,
    )
    return note


def wait_until(check: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_a_callback_is_posted_at_once_signed_in_bunqs_shape(
    emu: EmulatorServer, receiver: Receiver
) -> None:
    note = emit(emu, subscribe(emu, receiver.url))
    (got,) = receiver.wait_for(1)
    server_key = signing.load_public_key(emu.server_public_key_pem)
    assert signing.verify(got.body, got.headers[headers.SERVER_SIGNATURE], server_key)
    body = json.loads(got.body)
    assert body == {
        "NotificationUrl": {
            "target_url": receiver.url,
            "category": "PAYMENT",
            "event_type": "PAYMENT_CREATED",
            "object": PAYMENT,
        }
    }
    # the same envelope keys as bunq's real callbacks
    real = json.loads((CALLBACKS / "Mutation.json").read_text())
    assert set(body["NotificationUrl"]) == set(real["NotificationUrl"])
    wait_until(lambda: note.delivered_at is not None)
    assert (note.attempts, note.last_error) == (1, None)


def test_failed_deliveries_are_retried_until_one_succeeds(
    emu: EmulatorServer, receiver: Receiver
) -> None:
    receiver.statuses = [500, 503]
    note = emit(emu, subscribe(emu, receiver.url))
    receiver.wait_for(3)
    wait_until(lambda: note.delivered_at is not None)
    assert note.attempts == 3
    assert [r.body for r in receiver.received] == [receiver.received[0].body] * 3


def test_a_dead_target_gets_six_tries_in_all_then_none(
    emu: EmulatorServer, receiver: Receiver
) -> None:
    receiver.statuses = [500] * 10
    note = emit(emu, subscribe(emu, receiver.url))
    wait_until(lambda: note.attempts == 6)
    time.sleep(0.3)  # six intervals: a seventh try would have come by now
    assert len(receiver.received) == 6
    assert note.delivered_at is None
    assert note.last_error == "HTTP 500"
    listed = httpx.get(emu.base_url + "/_emulator/notifications").json()["notifications"]
    assert [(n["id"], n["status"], n["attempts"]) for n in listed] == [(note.id, "failed", 6)]


def test_an_unreachable_target_records_the_connection_error(emu: EmulatorServer) -> None:
    # A loopback port nobody listens on (bound and closed again).
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    note = emit(emu, subscribe(emu, f"http://127.0.0.1:{port}/cb"))
    wait_until(lambda: note.attempts >= 1)
    assert note.last_error is not None
    assert "Connect" in note.last_error


def test_remote_targets_are_refused_unless_allowed(emu: EmulatorServer) -> None:
    note = emit(emu, subscribe(emu, "https://192.0.2.10/callback"))  # TEST-NET-1
    wait_until(lambda: note.attempts >= 1)
    assert note.last_error is not None
    assert "loopback" in note.last_error
    assert note.delivered_at is None


def test_loopback_detection() -> None:
    assert is_loopback_url("http://127.0.0.1:8000/x")
    assert is_loopback_url("http://127.5.5.5/x")
    assert is_loopback_url("http://[::1]:9/x")
    assert is_loopback_url("http://localhost/x")
    assert not is_loopback_url("https://example.com/x")
    assert not is_loopback_url("http://127.0.0.1.example.com/x")  # names are not resolved
    assert not is_loopback_url("http://10.0.0.1/x")


def test_flush_attempts_pending_callbacks_now(
    server_key: signing.RSAPrivateKey, receiver: Receiver
) -> None:
    config = EmulatorConfig(rate_limits=False)  # bunq's minute between tries
    with EmulatorServer(config, server_key=server_key) as emu:
        receiver.statuses = [500]
        note = emit(emu, subscribe(emu, receiver.url))
        wait_until(lambda: note.attempts == 1)
        listed = httpx.get(emu.base_url + "/_emulator/notifications").json()["notifications"]
        assert listed[0]["status"] == "pending"
        assert listed[0]["last_error"] == "HTTP 500"
        flushed = httpx.post(emu.base_url + "/_emulator/notifications/flush").json()
        ((item),) = flushed["notifications"]
        assert (item["status"], item["attempts"], item["last_error"]) == ("delivered", 2, None)
        assert item["delivered_at"] is not None
        assert len(receiver.received) == 2


def test_notifications_of_other_categories_and_users_are_not_sent(
    emu: EmulatorServer, receiver: Receiver
) -> None:
    user_id = subscribe(emu, receiver.url, category="MUTATION")
    assert (
        emu.emulator.emit_notification(
            user_id=user_id,
            monetary_account_id=None,
            category="PAYMENT",
            event_type="PAYMENT_CREATED",
            obj=PAYMENT,
        )
        == []
    )
    assert (
        emu.emulator.emit_notification(
            user_id=user_id + 1000,
            monetary_account_id=None,
            category="MUTATION",
            event_type="MUTATION_CREATED",
            obj=PAYMENT,
        )
        == []
    )
    time.sleep(0.1)
    assert receiver.received == []
