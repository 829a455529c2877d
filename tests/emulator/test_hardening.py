"""Defects a review found, each pinned by a test over loopback: money that could be taken,
input that crashed the server, limits that did not hold."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from decimal import Decimal

import httpx
import pytest

from bunq_connect.emulator import EmulatorServer
from bunq_connect.emulator.state import Notification
from bunq_connect.wire import envelope, headers
from tests.emulator.people import eur, person
from tests.emulator.raw import Bunq, error_of, items


def _iban_of(account: dict[str, object]) -> str:
    (payload,) = account.values()
    assert isinstance(payload, dict)
    return next(a["value"] for a in payload["alias"] if a["type"] == "IBAN")


def test_an_app_cannot_route_a_customers_money_through_a_joint_account(bunq: Bunq) -> None:
    app = bunq.oauth_app("https://app.example/cb")
    customer = person(bunq)
    on_behalf = bunq.context(bunq.access_token(app, customer.email))
    uak = on_behalf.user_id
    app_email = bunq.user_email(app.context)
    joint = bunq.post(
        on_behalf,
        f"/user/{uak}/monetary-account-joint",
        {
            "currency": "EUR",
            "description": "shared",
            "all_co_owner": [{"alias": {"type": "EMAIL", "value": app_email}}],
        },
    )
    if joint.status_code == 200:  # creating it may be refused too; paying into it must be
        joint_id = items(joint)[0]["Id"]["id"]
        accounts = items(bunq.get(on_behalf, f"/user/{uak}/monetary-account"))
        joint_account = next(a for a in accounts if next(iter(a.values()))["id"] == joint_id)
        paid = bunq.post(
            on_behalf,
            f"/user/{uak}/monetary-account/{customer.account_id}/payment",
            {
                "amount": eur("100.00"),
                "description": "own?",
                "counterparty_alias": {
                    "type": "IBAN",
                    "value": _iban_of(joint_account),
                    "name": "shared",
                },
            },
            sign=True,
        )
        assert paid.status_code == 403, paid.text
    balance = items(bunq.get(customer.ctx, customer.account_path))[0]
    assert next(iter(balance.values()))["balance"]["value"] == "1000.00"


@pytest.mark.parametrize(
    "raw",
    [
        b'{"description": "\\ud800", "currency": "EUR"}',
        b"[" * 100_000,
    ],
    ids=["lone-surrogate", "deep-nesting"],
)
def test_unencodable_or_absurd_json_is_a_400_not_a_crash(bunq: Bunq, raw: bytes) -> None:
    me = person(bunq)
    sent = {
        headers.CLIENT_AUTHENTICATION: me.ctx.session_token,
        headers.CLIENT_REQUEST_ID: "hardening",
        "Content-Type": "application/json",
    }
    url = f"{bunq.api_url}/user/{me.user_id}/monetary-account-bank"
    answer = bunq.http.post(url, content=raw, headers=sent)
    assert answer.status_code == 400
    assert "not valid JSON" in error_of(answer)
    # nothing was stored that would break the owner's lists later
    assert bunq.get(me.ctx, f"/user/{me.user_id}/monetary-account").status_code == 200


@pytest.mark.parametrize(
    "item",
    [
        {"category": [], "notification_target": "https://app.example/cb"},
        {"category": "PAYMENT", "notification_target": "http://[::1/"},
        {"category": "PAYMENT", "notification_target": "http://127.0.0.1:abc/"},
        {"category": "PAYMENT", "notification_target": "http://127.0.0.1:99999/"},
    ],
    ids=["category-list", "broken-ipv6", "port-not-a-number", "port-out-of-range"],
)
def test_bad_filters_are_refused_with_a_400(bunq: Bunq, item: dict[str, object]) -> None:
    me = person(bunq)
    answer = bunq.post(
        me.ctx, f"/user/{me.user_id}/notification-filter-url", {"notification_filters": [item]}
    )
    assert answer.status_code == 400, answer.text


def test_a_broken_redirect_url_is_refused(bunq: Bunq) -> None:
    app = bunq.oauth_app("https://app.example/cb")
    uid = app.context.user_id
    answer = bunq.post(
        app.context,
        f"/user/{uid}/oauth-client/{app.oauth_client_id}/callback-url",
        {"url": "http://[::1/"},
    )
    assert answer.status_code == 400


def test_a_closed_account_receives_nothing(bunq: Bunq) -> None:
    payer, payee = person(bunq), person(bunq)
    created = bunq.post(
        payee.ctx,
        f"/user/{payee.user_id}/monetary-account-bank",
        {"currency": "EUR", "description": "to close"},
    )
    closed_id = items(created)[0]["Id"]["id"]
    path = f"/user/{payee.user_id}/monetary-account-bank/{closed_id}"
    shut = bunq.call(
        "PUT",
        path,
        {
            "status": "CANCELLED",
            "sub_status": "REDEMPTION_VOLUNTARY",
            "reason": "OTHER",
            "reason_description": "test",
        },
        token=payee.ctx.session_token,
    )
    assert shut.status_code == 200, shut.text
    account = items(bunq.get(payee.ctx, path))[0]
    paid = bunq.post(
        payer.ctx,
        payer.account_path + "/payment",
        {
            "amount": eur("5.00"),
            "description": "into a closed account",
            "counterparty_alias": {"type": "IBAN", "value": _iban_of(account), "name": "x"},
        },
        sign=True,
    )
    assert paid.status_code == 400
    assert "active" in error_of(paid)
    # nor by any other route money takes (here: the control plane's funding)
    fund = httpx.post(
        f"{bunq.base_url}/_emulator/users/{payee.user_id}/fund",
        json={"amount": "30.00", "monetary_account_id": closed_id},
    )
    assert fund.status_code == 400, fund.text
    assert next(iter(items(bunq.get(payee.ctx, path))[0].values()))["balance"]["value"] == "0.00"


def test_permitted_ips_hold_for_every_call(own_bunq: Bunq) -> None:
    key = own_bunq.sandbox_user()
    installation = own_bunq.installation()
    own_bunq.device(installation, key, ips=["127.0.0.1"])
    answer = own_bunq.session(installation, key)
    token = items(answer)[1]["Token"]["token"]
    user_id = next(iter(items(answer)[2].values()))["id"]
    sent = {headers.CLIENT_AUTHENTICATION: token, headers.CLIENT_REQUEST_ID: "ip"}
    url = f"{own_bunq.api_url}/user/{user_id}/monetary-account"
    assert own_bunq.http.get(url, headers=sent).status_code == 200
    elsewhere = httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.2"))
    refused = elsewhere.get(url, headers=sent)
    assert refused.status_code == 400
    assert (
        "Incorrect API key or IP address" in envelope.parse(refused.content).errors[0].description
    )


def test_a_delivery_that_raises_counts_as_one_failed_attempt(server: EmulatorServer) -> None:
    """Whatever an attempt raises, it is counted: retries stay bounded (no busy loop)."""
    emu = server.emulator
    with emu.state.lock:
        note = Notification(
            id=emu.state.next_id("notification"),
            target_url="http://127.0.0.1:abc/",
            category="PAYMENT",
            event_type="PAYMENT_CREATED",
            object={"Payment": {"id": 1}},
            created=datetime.now(UTC),
        )
        emu.state.notifications[note.id] = note
    httpx.post(server.base_url + "/_emulator/notifications/flush")
    deadline = time.monotonic() + 5
    while note.attempts == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.3)  # a busy loop would run up thousands of attempts here
    assert 1 <= note.attempts <= 2
    assert note.last_error
    listed = httpx.get(server.base_url + "/_emulator/notifications")
    assert listed.status_code == 200


def test_money_is_conserved_under_concurrent_payments(bunq: Bunq) -> None:
    import threading

    payer, payee = person(bunq), person(bunq)
    results: list[int] = []

    def pay() -> None:
        answer = bunq.post(
            payer.ctx,
            payer.account_path + "/payment",
            {"amount": eur("90.00"), "description": "race", "counterparty_alias": payee.alias()},
            sign=True,
        )
        results.append(answer.status_code)

    threads = [threading.Thread(target=pay) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    paid = results.count(200)
    assert paid == 11  # 11 x 90 = 990 of 1000
    assert results.count(490) == 16 - paid

    def value(p: object) -> Decimal:
        account = items(bunq.get(p.ctx, p.account_path))[0]  # type: ignore[attr-defined]
        return Decimal(next(iter(account.values()))["balance"]["value"])

    assert value(payer) == Decimal("10.00")
    assert value(payee) == Decimal("1990.00")
