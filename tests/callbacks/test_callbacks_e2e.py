"""Callbacks end to end over loopback HTTP: register on behalf, pay, receive, verify, parse.

An app connects to a customer (OAuth), registers notification filters through its on-behalf
client with a loopback target (a small receiver server in a thread), the customer's money moves,
and the emulator POSTs the signed ``NotificationUrl`` callbacks, which ``parse_callback`` verifies
with the context's server public key and decodes into ``PaymentRead``.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import anyio
import httpx
import pytest

from bunq_connect.callbacks import (
    CallbackReceiver,
    CallbackSignatureError,
    NotificationFilter,
    add_notification_filter,
    add_notification_filter_async,
    list_notification_filters,
    list_notification_filters_async,
    parse_callback,
    remove_notification_filter,
)
from bunq_connect.client import AsyncBunqClient, BunqClient
from bunq_connect.client._base_client import RequestOptions
from bunq_connect.client._ratelimit import RateLimiter
from bunq_connect.context import ApiContext
from bunq_connect.emulator import EmulatorServer
from bunq_connect.environments import Environment
from bunq_connect.errors import UsageError
from bunq_connect.models.unions import model_for
from tests.client.flow import connect, make_app, make_customer

# The emulator's limits are off in the shared fixtures; the client's own pacing would only
# make these tests wait (tests/client covers it).
NO_LIMITS = RateLimiter(enabled=False)


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


class CallbackSink:
    """A loopback HTTP server that answers 200 to every POST and keeps what it got."""

    def __init__(self) -> None:
        self.received: queue.Queue[Received] = queue.Queue()
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                sink.received.put(Received(self.path, dict(self.headers.items()), body))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{path}"

    def take(self, count: int, emulator: EmulatorServer, timeout: float = 10.0) -> list[Received]:
        # Ask the emulator to attempt pending deliveries now instead of on its own schedule.
        httpx.post(f"{emulator.base_url}/_emulator/notifications/flush").raise_for_status()
        return [self.received.get(timeout=timeout) for _ in range(count)]

    def nothing_more(self) -> bool:
        return self.received.empty()


@pytest.fixture
def sink() -> Iterator[CallbackSink]:
    server = CallbackSink()
    server.thread.start()
    try:
        yield server
    finally:
        server.server.shutdown()
        server.server.server_close()


@pytest.fixture
def on_behalf(env: Environment) -> ApiContext:
    return connect(env, make_app(env), make_customer(env))


def _second_account(client: BunqClient) -> tuple[int, str, int]:
    """(first account id, IBAN of a new second account, its id)."""
    first = client.monetary_accounts.list().items[0]
    answer = client.request(
        RequestOptions(
            "POST",
            f"user/{client.user_id}/monetary-account-bank",
            json_body={"currency": "EUR", "description": "callback pot"},
        )
    )
    second_id = int(answer.envelope.first("Id")["id"])
    second = client.monetary_accounts.get(second_id)
    assert second.iban
    return first.id, second.iban, second_id


def _pay(client: BunqClient, from_id: int, iban: str, value: str, description: str) -> int:
    answer = client.request(
        RequestOptions(
            "POST",
            f"user/{client.user_id}/monetary-account/{from_id}/payment",
            json_body={
                "amount": {"value": value, "currency": "EUR"},
                "counterparty_alias": {"type": "IBAN", "value": iban, "name": "Own account"},
                "description": description,
            },
        )
    )
    return int(answer.envelope.first("Id")["id"])


def test_register_on_behalf_pay_and_receive_signed_payment_callbacks(
    emulator: EmulatorServer, on_behalf: ApiContext, sink: CallbackSink
) -> None:
    target = sink.url("/bunq/callbacks?app=1")
    with BunqClient(on_behalf, rate_limiter=NO_LIMITS) as client:
        after = add_notification_filter(client, "PAYMENT", target)
        assert after == [NotificationFilter("PAYMENT", target)]
        assert add_notification_filter(client, "PAYMENT", target) == after  # idempotent
        assert list_notification_filters(client) == after
        first_id, second_iban, second_id = _second_account(client)
        payment_id = _pay(client, first_id, second_iban, "12.50", "callback e2e")

    got = sink.take(2, emulator)  # the debit side and the credit side
    events = [
        parse_callback(
            r.body,
            signature=r.headers.get("X-Bunq-Server-Signature"),
            server_public_key=on_behalf.server_public_key,
        )
        for r in got
    ]
    assert {r.path for r in got} == {"/bunq/callbacks?app=1"}
    for event in events:
        assert event.category == "PAYMENT"
        assert event.object_type == "Payment"
        assert type(event.object) is model_for("Payment")
        assert event.target_url == target
        assert event.object.description == "callback e2e"  # type: ignore[attr-defined]
    by_account = {e.object.monetary_account_id: e.object for e in events}  # type: ignore[attr-defined]
    assert set(by_account) == {first_id, second_id}
    debit, credit = by_account[first_id], by_account[second_id]
    assert debit.amount.value == Decimal("-12.50")  # type: ignore[attr-defined]
    assert credit.amount.value == Decimal("12.50")  # type: ignore[attr-defined]
    assert debit.amount.currency == "EUR"  # type: ignore[attr-defined]
    assert payment_id in {debit.id, credit.id}  # type: ignore[attr-defined]

    # The receiver helper accepts the same bytes and headers; a changed body is refused.
    receiver = CallbackReceiver(on_behalf.server_public_key, categories=["PAYMENT"])
    assert receiver.receive(got[0].body, got[0].headers).object_type == "Payment"
    tampered = got[0].body.replace(b"12.50", b"99.50")
    assert tampered != got[0].body
    with pytest.raises(CallbackSignatureError):
        receiver.receive(tampered, got[0].headers)


def test_account_filters_the_two_url_limit_and_removal(
    emulator: EmulatorServer, on_behalf: ApiContext, sink: CallbackSink
) -> None:
    a, b, c = sink.url("/a"), sink.url("/b"), sink.url("/c")
    with BunqClient(on_behalf, rate_limiter=NO_LIMITS) as client:
        first_id, second_iban, second_id = _second_account(client)
        add_notification_filter(client, "PAYMENT", a, monetary_account_id=second_id)
        add_notification_filter(client, "PAYMENT", b, monetary_account_id=second_id)
        with pytest.raises(UsageError, match="at most 2"):
            add_notification_filter(client, "PAYMENT", c, monetary_account_id=second_id)
        assert list_notification_filters(client) == []  # user level untouched
        assert set(list_notification_filters(client, monetary_account_id=second_id)) == {
            NotificationFilter("PAYMENT", a),
            NotificationFilter("PAYMENT", b),
        }

        _pay(client, first_id, second_iban, "1.00", "to the pot")
        got = sink.take(2, emulator)  # the credit side on the second account, to a and to b
        assert sorted(r.path for r in got) == ["/a", "/b"]
        for r in got:
            event = parse_callback(
                r.body,
                signature=r.headers.get("X-Bunq-Server-Signature"),
                server_public_key=on_behalf.server_public_key,
            )
            assert event.object.monetary_account_id == second_id  # type: ignore[attr-defined]

        assert remove_notification_filter(client, "PAYMENT", a, monetary_account_id=second_id) == [
            NotificationFilter("PAYMENT", b)
        ]
        assert remove_notification_filter(client, "PAYMENT", monetary_account_id=second_id) == []
        _pay(client, first_id, second_iban, "2.00", "no one listens")
    httpx.post(f"{emulator.base_url}/_emulator/notifications/flush").raise_for_status()
    assert sink.nothing_more()


@pytest.mark.anyio
async def test_async_registration_on_behalf(
    emulator: EmulatorServer, on_behalf: ApiContext, sink: CallbackSink
) -> None:
    target = sink.url("/async")
    async with AsyncBunqClient(on_behalf, rate_limiter=NO_LIMITS) as client:
        await add_notification_filter_async(client, "MUTATION", target)
        await add_notification_filter_async(client, "PAYMENT", target)
        assert set(await list_notification_filters_async(client)) == {
            NotificationFilter("MUTATION", target),
            NotificationFilter("PAYMENT", target),
        }
    with BunqClient(on_behalf, rate_limiter=NO_LIMITS) as client:
        first_id, second_iban, _ = _second_account(client)
        _pay(client, first_id, second_iban, "3.00", "async registered")
    got = sink.take(2, emulator)
    events = [
        parse_callback(
            r.body,
            signature=r.headers.get("X-Bunq-Server-Signature"),
            server_public_key=on_behalf.server_public_key,
        )
        for r in got
    ]
    assert {e.category for e in events} <= {"PAYMENT", "MUTATION"}
    assert all(e.object.description == "async registered" for e in events)  # type: ignore[attr-defined]


def test_concurrent_adders_on_one_list_all_end_up_registered(
    on_behalf: ApiContext, sink: CallbackSink
) -> None:
    # Four workers add different filters to the same list at once: a plain read-modify-write
    # would lose some of them; reading back after the write and redoing a lost change does not.
    categories = ["PAYMENT", "MUTATION", "REQUEST", "DRAFT_PAYMENT"]
    start = threading.Barrier(len(categories))
    errors: list[BaseException] = []

    def add(category: str) -> None:
        try:
            with BunqClient(on_behalf, rate_limiter=NO_LIMITS) as client:
                start.wait()
                add_notification_filter(client, category, sink.url(f"/{category.lower()}"))
        except BaseException as error:  # reported below
            errors.append(error)

    workers = [threading.Thread(target=add, args=(c,)) for c in categories]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert errors == []
    with BunqClient(on_behalf, rate_limiter=NO_LIMITS) as client:
        assert set(list_notification_filters(client)) == {
            NotificationFilter(c, sink.url(f"/{c.lower()}")) for c in categories
        }


@pytest.mark.anyio
async def test_concurrent_async_adders_take_turns_without_blocking_the_loop(
    on_behalf: ApiContext, sink: CallbackSink
) -> None:
    categories = ["PAYMENT", "MUTATION", "REQUEST", "DRAFT_PAYMENT"]
    async with AsyncBunqClient(on_behalf, rate_limiter=NO_LIMITS) as client:
        async with anyio.create_task_group() as tasks:
            for category in categories:
                tasks.start_soon(
                    add_notification_filter_async, client, category, sink.url(f"/{category}")
                )
        assert set(await list_notification_filters_async(client)) == {
            NotificationFilter(c, sink.url(f"/{c}")) for c in categories
        }
