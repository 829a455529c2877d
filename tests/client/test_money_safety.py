"""A payment is never made twice, whatever the server does.

Each test injects a real fault into the emulator (over its control API) on the payment POST and
lets ``client.payments.create`` deal with it over loopback HTTP. The server's truth (the payer's
payments and balance) decides, and every retry must carry the first request's id.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest

from bunq_connect.client import BunqClient
from bunq_connect.client._ratelimit import RateLimiter
from bunq_connect.client._retry import RetryPolicy
from bunq_connect.client.resources.payment_batches import batch_payment
from bunq_connect.emulator import EmulatorConfig, EmulatorServer
from bunq_connect.environments import Environment, discover
from bunq_connect.errors import AmbiguousOutcomeError
from bunq_connect.playground import Customer, create_customer
from bunq_connect.wire import headers

PAYMENT_PATH = "/v1/user/*/monetary-account/*/payment"
BRAVO = {"type": "EMAIL", "value": "bravo@bunq.com", "name": "Bravo"}
AMOUNT = Decimal("7.25")


@pytest.fixture(params=[False, True], ids=["request-ids-reused-ok", "strict-request-ids"])
def server(request: pytest.FixtureRequest) -> Iterator[EmulatorServer]:
    """Both of bunq's behaviours: reused request ids accepted (observed) or refused (documented)."""
    config = EmulatorConfig(rate_limits=False, strict_request_ids=request.param)
    with EmulatorServer(config) as emulator:
        yield emulator


@pytest.fixture
def env(server: EmulatorServer) -> Environment:
    return discover(server.base_url)


@pytest.fixture
def payer(env: Environment) -> Customer:
    return create_customer(env)


class Recorder:
    """The requests that left the client (an httpx event hook)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, str | None]] = []
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> None:
        with self._lock:
            self.sent.append(
                (request.method, request.url.path, request.headers.get(headers.CLIENT_REQUEST_ID))
            )

    def posts(self) -> list[str | None]:
        return [
            rid for method, path, rid in self.sent if method == "POST" and path.endswith("/payment")
        ]

    def lookups(self) -> int:
        return sum(
            1 for method, path, _ in self.sent if method == "GET" and path.endswith("/payment")
        )


def add_fault(server: EmulatorServer, **fault: object) -> None:
    response = httpx.post(server.base_url + "/_emulator/faults", json=fault)
    assert response.status_code == 201, response.text


def client_for(
    payer: Customer, recorder: Recorder, *, timeout: float = 5.0, settle: float = 3.0
) -> BunqClient:
    http = httpx.Client(timeout=timeout, event_hooks={"request": [recorder]})
    return BunqClient(
        payer.context,
        http_client=http,
        rate_limiter=RateLimiter(enabled=False),
        retry_policy=RetryPolicy(
            base_delay=0.05, max_delay=0.2, settle_seconds=settle, settle_poll_interval=0.1
        ),
    )


def payments_with(server: EmulatorServer, payer: Customer, marker: str) -> list[int]:
    """Server-side truth: the payer's debit payments carrying ``marker``."""
    user_id = payer.context.session.user_id  # type: ignore[union-attr]
    with server.state.lock:
        accounts = {a.id for a in server.state.monetary_accounts.values() if a.user_id == user_id}
        return [
            p.id
            for p in server.state.payments.values()
            if p.monetary_account_id in accounts and p.merchant_reference == marker
        ]


def balance(client: BunqClient, account_id: int) -> Decimal:
    account = client.monetary_accounts.get(account_id)
    assert account.balance is not None
    return account.balance.value


@pytest.mark.parametrize("mode", ["drop_after", "drop", "500"])
def test_lost_or_failed_answer_pays_exactly_once(
    server: EmulatorServer, payer: Customer, mode: str
) -> None:
    recorder = Recorder()
    with client_for(payer, recorder) as client:
        account_id = client.monetary_accounts.list()[0].id
        before = balance(client, account_id)
        add_fault(server, method="POST", path=PAYMENT_PATH, mode=mode, count=1)
        payment_id = client.payments.create(
            account_id,
            amount=AMOUNT,
            counterparty_alias=BRAVO,
            description="once",
            merchant_reference=f"order-{mode}",
        )
        after = balance(client, account_id)
        payment = client.payments.get(account_id, payment_id)

    assert payments_with(server, payer, f"order-{mode}") == [payment_id]
    assert after == before - AMOUNT
    assert payment.merchant_reference == f"order-{mode}"
    # the client looked before it decided anything
    assert recorder.lookups() >= 1
    posts = recorder.posts()
    if mode == "drop_after":
        assert len(posts) == 1  # found it: not sent again
    else:
        assert len(posts) == 2  # not there: sent again, with the same request id
        assert posts[0] == posts[1]


def test_a_refusal_is_retried_without_looking(server: EmulatorServer, payer: Customer) -> None:
    recorder = Recorder()
    with client_for(payer, recorder) as client:
        account_id = client.monetary_accounts.list()[0].id
        add_fault(server, method="POST", path=PAYMENT_PATH, mode="429", count=1)
        payment_id = client.payments.create(  # a marker of the client's own: no snapshot
            account_id, amount=AMOUNT, counterparty_alias=BRAVO, description="refused first"
        )
        marker = str(client.payments.get(account_id, payment_id).merchant_reference)
    assert payments_with(server, payer, marker) == [payment_id]
    assert recorder.lookups() == 0
    posts = recorder.posts()
    assert len(posts) == 2
    assert posts[0] == posts[1]


def test_a_reference_of_the_callers_is_checked_before_sending(
    server: EmulatorServer, payer: Customer
) -> None:
    recorder = Recorder()
    with client_for(payer, recorder) as client:
        account_id = client.monetary_accounts.list()[0].id
        client.payments.create(
            account_id,
            amount=AMOUNT,
            counterparty_alias=BRAVO,
            description="mine",
            merchant_reference="order-own",
        )
    # one look at the newest payments first (which ids already carry it), then the payment
    methods = [m for m, path, _ in recorder.sent if path.endswith("/payment")]
    assert methods == ["GET", "POST"]


def test_a_slow_payment_is_found_while_it_settles(server: EmulatorServer, payer: Customer) -> None:
    recorder = Recorder()
    with client_for(payer, recorder, timeout=0.3, settle=5.0) as client:
        account_id = client.monetary_accounts.list()[0].id
        add_fault(server, method="POST", path=PAYMENT_PATH, mode="hang", delay=1.0, count=1)
        payment_id = client.payments.create(
            account_id,
            amount=AMOUNT,
            counterparty_alias=BRAVO,
            description="slow",
            merchant_reference="order-slow",
        )
    assert payments_with(server, payer, "order-slow") == [payment_id]
    assert len(recorder.posts()) == 1  # never sent again
    assert recorder.lookups() >= 2  # watched until it appeared


def test_a_payment_that_may_still_run_is_not_sent_again(
    server: EmulatorServer, payer: Customer
) -> None:
    recorder = Recorder()
    with client_for(payer, recorder, timeout=0.3, settle=0.3) as client:
        account_id = client.monetary_accounts.list()[0].id
        add_fault(server, method="POST", path=PAYMENT_PATH, mode="hang", delay=1.5, count=1)
        with pytest.raises(AmbiguousOutcomeError) as raised:
            client.payments.create(
                account_id,
                amount=AMOUNT,
                counterparty_alias=BRAVO,
                description="very slow",
                merchant_reference="order-very-slow",
            )
    assert raised.value.marker == "order-very-slow"
    assert "order-very-slow" in str(raised.value)
    assert len(recorder.posts()) == 1
    # bunq runs it late: exactly one payment, as the error said it might
    deadline = time.monotonic() + 10
    while not payments_with(server, payer, "order-very-slow") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(payments_with(server, payer, "order-very-slow")) == 1


def test_a_generated_marker_is_used_when_none_is_given(
    server: EmulatorServer, payer: Customer
) -> None:
    recorder = Recorder()
    with client_for(payer, recorder) as client:
        account_id = client.monetary_accounts.list()[0].id
        add_fault(server, method="POST", path=PAYMENT_PATH, mode="drop_after", count=1)
        payment_id = client.payments.create(
            account_id, amount=AMOUNT, counterparty_alias=BRAVO, description="no reference"
        )
        payment = client.payments.get(account_id, payment_id)
    marker = str(payment.merchant_reference)
    assert marker.startswith("bc-")
    assert payments_with(server, payer, marker) == [payment_id]
    assert len(recorder.posts()) == 1


BATCH_PATH = "/v1/user/*/monetary-account/*/payment-batch"


@pytest.mark.parametrize("mode", ["drop_after", "drop"])
def test_a_lost_batch_answer_pays_every_payment_exactly_once(
    server: EmulatorServer, payer: Customer, mode: str
) -> None:
    recorder = Recorder()
    with client_for(payer, recorder) as client:
        account_id = client.monetary_accounts.list()[0].id
        before = balance(client, account_id)
        add_fault(server, method="POST", path=BATCH_PATH, mode=mode, count=1)
        batch_id = client.payment_batches.create(
            account_id,
            payments=[
                batch_payment(AMOUNT, BRAVO, "first", merchant_reference=f"batch-{mode}"),
                batch_payment("1.00", BRAVO, "second"),  # gets a generated marker
            ],
        )
        after = balance(client, account_id)
        batch = client.payment_batches.get(account_id, batch_id)

    assert batch.payments is not None
    assert not isinstance(batch.payments, list)
    members = batch.payments.Payment_1 or []
    references = [str(p.merchant_reference) for p in members]
    assert references[0] == f"batch-{mode}"
    assert references[1].startswith("bc-")
    with server.state.lock:
        batches = [
            b for b in server.state.payment_batches.values() if b.monetary_account_id == account_id
        ]
    assert [b.id for b in batches] == [batch_id]
    for reference in references:
        assert len(payments_with(server, payer, reference)) == 1
    assert after == before - AMOUNT - Decimal("1.00")
    batch_posts = [
        rid
        for method, path, rid in recorder.sent
        if method == "POST" and path.endswith("/payment-batch")
    ]
    lookups = [
        1
        for method, path, _ in recorder.sent
        if method == "GET" and path.endswith("/payment-batch")
    ]
    assert lookups  # looked before deciding
    if mode == "drop_after":
        assert len(batch_posts) == 1  # found it: not sent again
    else:
        assert len(batch_posts) == 2
        assert batch_posts[0] == batch_posts[1]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["drop_after", "drop"])
async def test_async_client_pays_exactly_once_too(
    server: EmulatorServer, payer: Customer, mode: str
) -> None:
    from bunq_connect.client import AsyncBunqClient

    recorder = Recorder()

    async def hook(request: httpx.Request) -> None:
        recorder(request)

    http = httpx.AsyncClient(timeout=5.0, event_hooks={"request": [hook]})
    async with AsyncBunqClient(
        payer.context,
        http_client=http,
        rate_limiter=RateLimiter(enabled=False),
        retry_policy=RetryPolicy(
            base_delay=0.05, max_delay=0.2, settle_seconds=3.0, settle_poll_interval=0.1
        ),
    ) as client:
        account_id = (await client.monetary_accounts.list())[0].id
        add_fault(server, method="POST", path=PAYMENT_PATH, mode=mode, count=1)
        payment_id = await client.payments.create(
            account_id,
            amount=AMOUNT,
            counterparty_alias=BRAVO,
            description="async once",
            merchant_reference=f"async-{mode}",
        )
    await http.aclose()
    assert payments_with(server, payer, f"async-{mode}") == [payment_id]
    posts = recorder.posts()
    assert len(posts) == (1 if mode == "drop_after" else 2)
    assert len(set(posts)) == 1


def test_a_reused_reference_never_passes_for_a_new_payment(
    server: EmulatorServer, payer: Customer
) -> None:
    """A monthly "rent": the old payment with the same reference is not this call's result."""
    recorder = Recorder()
    with client_for(payer, recorder) as client:
        account_id = client.monetary_accounts.list()[0].id
        first = client.payments.create(
            account_id,
            amount=AMOUNT,
            counterparty_alias=BRAVO,
            description="rent jan",
            merchant_reference="rent",
        )
        add_fault(server, method="POST", path=PAYMENT_PATH, mode="500", count=1)
        second = client.payments.create(
            account_id,
            amount=AMOUNT,
            counterparty_alias=BRAVO,
            description="rent feb",
            merchant_reference="rent",
        )
    assert second != first
    assert sorted(payments_with(server, payer, "rent")) == sorted([first, second])


def test_a_request_for_money_is_never_sent_twice(server: EmulatorServer, payer: Customer) -> None:
    recorder = Recorder()
    with client_for(payer, recorder) as client:
        account_id = client.monetary_accounts.list()[0].id
        add_fault(
            server,
            method="POST",
            path="/v1/user/*/monetary-account/*/request-inquiry",
            mode="drop_after",
            count=1,
        )
        inquiry_id = client.request_inquiries.create(
            account_id,
            amount_inquired="3.00",
            counterparty_alias=BRAVO,
            description="invoice 7",
        )
    user_id = payer.context.session.user_id  # type: ignore[union-attr]
    with server.state.lock:
        made = [
            r.id
            for r in server.state.request_inquiries.values()
            if r.user_id == user_id and r.description == "invoice 7"
        ]
    assert made == [inquiry_id]
