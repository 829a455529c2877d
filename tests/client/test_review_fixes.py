"""Client defects a review found, each pinned: logs, amounts, concurrent saves, bad files."""

from __future__ import annotations

import json
import logging
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from bunq_connect import oauth
from bunq_connect.client._ratelimit import RateLimiter, RateLimits
from bunq_connect.client.resources._common import amount_json
from bunq_connect.context import ApiContext, generate_context_key
from bunq_connect.environments import Environment, discover
from bunq_connect.errors import ContextFileError, UsageError
from bunq_connect.models.common import Amount
from bunq_connect.playground import connect_customer, create_app, create_customer
from tests.client.test_ratelimit import FakeClock


def test_the_token_request_never_logs_the_client_secret_or_the_code(
    env: Environment, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(env)
    customer = create_customer(env)
    with caplog.at_level(logging.DEBUG):
        connection = connect_customer(env, app=app, customer=customer)
    secret = app.registration.secret.get_secret_value()
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "/oauth/token" in logged  # httpx did log the request line...
    assert secret not in logged  # ...without the secret
    assert "client_secret=***" in logged
    assert connection.on_behalf.session is not None


@pytest.mark.parametrize("amount", ["0.004", "12.345", "-5", "0", "NaN", "Infinity"])
def test_amounts_are_never_rounded_or_negative(amount: str) -> None:
    with pytest.raises(UsageError):
        amount_json(amount)


def test_an_amount_object_is_checked_too() -> None:
    with pytest.raises(UsageError, match="positive"):
        amount_json(Amount(value=Decimal("-5.00"), currency="EUR"))
    assert amount_json(Amount(value=Decimal("12.5"), currency="EUR")) == {
        "value": "12.50",
        "currency": "EUR",
    }


def test_concurrent_saves_never_leave_a_broken_file(env: Environment, tmp_path: Path) -> None:
    context = create_customer(env).context
    key = generate_context_key()
    path = tmp_path / "c.context"
    context.save(path, key=key)
    errors: list[BaseException] = []

    def saver() -> None:
        for _ in range(40):
            try:
                context.save(path, key=key)
            except BaseException as exc:  # collected, asserted below
                errors.append(exc)

    def reader() -> None:
        for _ in range(80):
            try:
                ApiContext.load(path, key=key)
            except BaseException as exc:
                errors.append(exc)

    threads = [threading.Thread(target=f) for f in (saver, saver, reader)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert [p.name for p in tmp_path.iterdir()] == ["c.context"]  # no temporary files left


def test_a_tampered_context_file_is_a_context_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.context"
    path.write_text(json.dumps({"format": "bunq-connect-context/1", "ciphertext": "é"}))
    with pytest.raises(ContextFileError, match="could not be decrypted"):
        ApiContext.load(path, key=generate_context_key())


def test_discovery_of_something_that_is_not_an_emulator(tmp_path: Path) -> None:
    import http.server
    import socketserver

    class Html(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"<html>not metadata</html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    with socketserver.TCPServer(("127.0.0.1", 0), Html) as server:
        thread = threading.Thread(target=server.handle_request, daemon=True)
        thread.start()
        port = server.server_address[1]
        with pytest.raises(UsageError, match="not with OAuth metadata"):
            discover(f"http://127.0.0.1:{port}")
        thread.join(5)


def test_session_renewals_are_limited_per_api_key_by_default() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateLimits(safety_margin=0.0), clock=clock)
    assert limiter.reserve_session("key-a") == 0
    assert limiter.reserve_session("key-b") == 0  # another key: its own window
    assert limiter.reserve_session("key-a") == 30.0
    strict = RateLimiter(RateLimits(safety_margin=0.0, session_server_per_ip=True), clock=clock)
    assert strict.reserve_session("key-a") == 0
    assert strict.reserve_session("key-b") == 30.0  # the documented worst case: per IP
    limiter.penalize_session("key-b")
    assert limiter.reserve_session("key-b") == 30.0


def test_oauth_module_redacts_only_what_it_must() -> None:
    record = logging.LogRecord(
        "httpx",
        logging.INFO,
        __file__,
        1,
        'HTTP Request: %s %s "%s"',
        ("POST", "https://x/token?code=abc&client_id=id&client_secret=s3", "HTTP/1.1 200 OK"),
        None,
    )
    for flt in logging.getLogger("httpx").filters:
        flt.filter(record)
    message = record.getMessage()
    assert "s3" not in message
    assert "abc" not in message
    assert "client_id=id" in message
    assert oauth.AccessToken.__name__ == "AccessToken"
