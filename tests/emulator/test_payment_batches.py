"""Payment batches: all payments or none, signed, scope-checked, read back as bunq shapes them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from bunq_connect.emulator import EmulatorServer
from tests.emulator.people import (
    OnBehalf,
    Person,
    balance,
    connect,
    created_id,
    eur,
    last_notification_id,
    notifications,
    one,
    person,
    well_known,
)
from tests.emulator.raw import Bunq, Context, error_of, items


@pytest.fixture
def alice(bunq: Bunq) -> Person:
    return person(bunq)


@pytest.fixture
def bob(bunq: Bunq) -> Person:
    return person(bunq)


def entry(to: dict[str, str], value: str, reference: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"amount": eur(value), "counterparty_alias": to, "description": "b"}
    if reference is not None:
        body["merchant_reference"] = reference
    return body


def post_batch(
    bunq: Bunq, ctx: Context, account_path: str, payments: Any, *, sign: bool = True
) -> Any:
    return bunq.post(ctx, account_path + "/payment-batch", {"payments": payments}, sign=sign)


def payment_count(server: EmulatorServer) -> tuple[int, int]:
    with server.state.lock:
        return len(server.state.payments), len(server.state.payment_batches)


def test_a_batch_pays_everyone_and_reads_back_as_payment_batch(
    bunq: Bunq, alice: Person, bob: Person
) -> None:
    start_a = balance(bunq, alice.ctx, alice.account_path)
    start_b = balance(bunq, bob.ctx, bob.account_path)
    payments = [
        entry(bob.alias(), "10.00", "inv-1"),
        entry(well_known("bravo"), "2.50", "inv-2"),
        entry(bob.alias("EMAIL"), "0.05", "inv-3"),
    ]
    batch_id = created_id(post_batch(bunq, alice.ctx, alice.account_path, payments))
    assert balance(bunq, alice.ctx, alice.account_path) == start_a - Decimal("12.55")
    assert balance(bunq, bob.ctx, bob.account_path) == start_b + Decimal("10.05")

    batch = one(
        bunq.get(alice.ctx, f"{alice.account_path}/payment-batch/{batch_id}"), "PaymentBatch"
    )
    assert batch["id"] == batch_id
    inner = batch["payments"]["Payment"]
    assert [p["merchant_reference"] for p in inner] == ["inv-1", "inv-2", "inv-3"]
    assert [p["amount"] for p in inner] == [eur("-10.00"), eur("-2.50"), eur("-0.05")]
    assert {p["batch_id"] for p in inner} == {batch_id}
    assert inner[-1]["balance_after_mutation"] == eur(str(start_a - Decimal("12.55")))
    # each debit side is a payment of its own, carrying the batch id
    single = one(bunq.get(alice.ctx, f"{alice.account_path}/payment/{inner[0]['id']}"), "Payment")
    assert (single["batch_id"], single["counterparty_alias"]["iban"]) == (batch_id, bob.iban)
    received = [i["Payment"] for i in items(bunq.get(bob.ctx, bob.account_path + "/payment"))]
    assert {(p["merchant_reference"], p["batch_id"]) for p in received} == {
        ("inv-1", batch_id),
        ("inv-3", batch_id),
    }
    listed = items(bunq.get(alice.ctx, alice.account_path + "/payment-batch"))
    assert [i["PaymentBatch"]["id"] for i in listed] == [batch_id]


def test_the_files_anchored_shape_is_accepted_too(bunq: Bunq, alice: Person, bob: Person) -> None:
    start = balance(bunq, alice.ctx, alice.account_path)
    anchored = {"Payment": [entry(bob.alias(), "1.00"), entry(bob.alias(), "2.00")]}
    batch_id = created_id(post_batch(bunq, alice.ctx, alice.account_path, anchored))
    assert balance(bunq, alice.ctx, alice.account_path) == start - Decimal("3.00")
    batch = one(
        bunq.get(alice.ctx, f"{alice.account_path}/payment-batch/{batch_id}"), "PaymentBatch"
    )
    assert len(batch["payments"]["Payment"]) == 2


def test_a_batch_the_account_cannot_carry_is_490_and_nothing_moves(
    bunq: Bunq, shared_server: EmulatorServer, alice: Person, bob: Person
) -> None:
    start_a = balance(bunq, alice.ctx, alice.account_path)
    start_b = balance(bunq, bob.ctx, bob.account_path)
    before = payment_count(shared_server)
    half = str((start_a / 2 + Decimal("0.01")).quantize(Decimal("0.01")))
    # each payment alone fits, the two together do not
    response = post_batch(
        bunq, alice.ctx, alice.account_path, [entry(bob.alias(), half), entry(bob.alias(), half)]
    )
    assert response.status_code == 490
    assert "Insufficient balance" in error_of(response)
    assert balance(bunq, alice.ctx, alice.account_path) == start_a
    assert balance(bunq, bob.ctx, bob.account_path) == start_b
    assert payment_count(shared_server) == before


@pytest.mark.parametrize(
    ("payments", "field"),
    [
        ([], "'payments'"),
        ({"Payment": []}, "'payments'"),
        ("x", "'payments'"),
        (["x"], "'payments[0]'"),
        ([{"amount": eur("1.00")}], "'payments[0].counterparty_alias'"),
        ([{"amount": eur("0.001")}], "'payments[0].amount'"),
    ],
)
def test_malformed_batches_are_400(bunq: Bunq, alice: Person, payments: Any, field: str) -> None:
    response = post_batch(bunq, alice.ctx, alice.account_path, payments)
    assert response.status_code == 400, response.text
    assert field in error_of(response)


def test_one_bad_payment_refuses_the_whole_batch(
    bunq: Bunq, shared_server: EmulatorServer, alice: Person, bob: Person
) -> None:
    start = balance(bunq, alice.ctx, alice.account_path)
    before = payment_count(shared_server)
    elsewhere = {"type": "IBAN", "value": "NL91ABNA0417164300", "name": "Elsewhere"}
    response = post_batch(
        bunq,
        alice.ctx,
        alice.account_path,
        [entry(bob.alias(), "1.00"), entry(elsewhere, "1.00"), entry(bob.alias(), "1.00")],
    )
    assert response.status_code == 400
    assert "payments[1].counterparty_alias" in error_of(response)
    usd = {**entry(bob.alias(), "1.00"), "amount": {"value": "1.00", "currency": "USD"}}
    response = post_batch(bunq, alice.ctx, alice.account_path, [entry(bob.alias(), "1.00"), usd])
    assert response.status_code == 400
    assert "payments[1].amount.currency" in error_of(response)
    own = {"type": "IBAN", "value": alice.iban, "name": alice.name}
    response = post_batch(bunq, alice.ctx, alice.account_path, [entry(own, "1.00")])
    assert response.status_code == 400
    assert balance(bunq, alice.ctx, alice.account_path) == start
    assert payment_count(shared_server) == before


def test_an_unsigned_batch_is_466(
    bunq: Bunq, shared_server: EmulatorServer, alice: Person, bob: Person
) -> None:
    before = payment_count(shared_server)
    response = post_batch(
        bunq, alice.ctx, alice.account_path, [entry(bob.alias(), "1.00")], sign=False
    )
    assert response.status_code == 466
    assert payment_count(shared_server) == before


def test_batches_of_another_account_are_not_found(bunq: Bunq, alice: Person, bob: Person) -> None:
    batch_id = created_id(
        post_batch(bunq, alice.ctx, alice.account_path, [entry(bob.alias(), "1.00")])
    )
    assert bunq.get(bob.ctx, f"{bob.account_path}/payment-batch/{batch_id}").status_code == 404
    other = f"/user/{alice.user_id}/monetary-account/{bob.account_id}"
    assert bunq.get(alice.ctx, other + "/payment-batch").status_code == 404
    refused = post_batch(bunq, alice.ctx, other, [entry(bob.alias(), "1.00")])
    assert refused.status_code == 404, refused.text


def test_a_batch_emits_the_callbacks_of_each_payment(
    bunq: Bunq, shared_server: EmulatorServer, alice: Person, bob: Person
) -> None:
    for who in (alice, bob):
        body = {
            "notification_filters": [
                {"category": "PAYMENT", "notification_target": f"https://{who.user_id}.example/b"}
            ]
        }
        path = f"/user/{who.user_id}/notification-filter-url"
        assert bunq.post(who.ctx, path, body).status_code == 200
    since = last_notification_id(shared_server)
    batch_id = created_id(
        post_batch(
            bunq,
            alice.ctx,
            alice.account_path,
            [entry(bob.alias(), "1.00"), entry(bob.alias(), "2.00")],
        )
    )
    batch = one(
        bunq.get(alice.ctx, f"{alice.account_path}/payment-batch/{batch_id}"), "PaymentBatch"
    )
    debit_ids = [p["id"] for p in batch["payments"]["Payment"]]
    queued = notifications(shared_server, since)
    created = [pid for target, _, event, pid in queued if event == "PAYMENT_CREATED"]
    assert sorted(created) == sorted(debit_ids)
    received = [t for t, _, event, _ in queued if event == "PAYMENT_RECEIVED"]
    assert received == [f"https://{bob.user_id}.example/b"] * 2
    events = items(
        bunq.get(
            alice.ctx,
            f"/user/{alice.user_id}/event",
            params={"monetary_account_id": alice.account_id},
        )
    )
    payment_events = {
        e["Event"]["object"]["Payment"]["id"] for e in events if "Payment" in e["Event"]["object"]
    }
    assert set(debit_ids) <= payment_events


@pytest.fixture
def app(bunq: Bunq) -> OnBehalf:
    return connect(bunq)


def _savings_alias(bunq: Bunq, app: OnBehalf) -> tuple[int, dict[str, str]]:
    uid = app.session.user_id
    sid = created_id(
        bunq.post(app.session, f"/user/{uid}/monetary-account-savings", {"currency": "EUR"})
    )
    (item,) = items(bunq.get(app.session, f"/user/{uid}/monetary-account-savings/{sid}"))
    iban = item["MonetaryAccountSavings"]["alias"][0]["value"]
    return sid, {"type": "IBAN", "value": iban, "name": app.customer.name}


def test_an_oauth_connection_batches_between_own_accounts_only(
    bunq: Bunq, shared_server: EmulatorServer, app: OnBehalf
) -> None:
    sid, savings = _savings_alias(bunq, app)
    start = balance(bunq, app.customer.ctx, app.customer.account_path)
    created_id(
        post_batch(
            bunq, app.session, app.account_path, [entry(savings, "5.00"), entry(savings, "6.00")]
        )
    )
    assert balance(bunq, app.customer.ctx, app.customer.account_path) == start - Decimal("11.00")
    before = payment_count(shared_server)
    # one third party in the batch refuses all of it
    response = post_batch(
        bunq,
        app.session,
        app.account_path,
        [entry(savings, "1.00"), entry(well_known("bravo"), "1.00")],
    )
    assert response.status_code == 403
    assert "pay someone else" in error_of(response)
    assert payment_count(shared_server) == before
    assert balance(
        bunq, app.customer.ctx, f"/user/{app.customer.user_id}/monetary-account/{sid}"
    ) == Decimal("11.00")
