"""Payments: balances move exactly, both sides recorded, refusals leave no trace."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bunq_connect.emulator import EmulatorServer
from tests.emulator.people import (
    Person,
    balance,
    created_id,
    eur,
    one,
    pay,
    person,
    well_known,
)
from tests.emulator.raw import Bunq, error_of, items


@pytest.fixture
def alice(bunq: Bunq) -> Person:
    return person(bunq)


@pytest.fixture
def bob(bunq: Bunq) -> Person:
    return person(bunq)


@pytest.mark.parametrize("kind", ["IBAN", "EMAIL", "PHONE_NUMBER"])
def test_payment_by_each_alias_moves_balances_exactly(
    bunq: Bunq, alice: Person, bob: Person, kind: str
) -> None:
    start_a = balance(bunq, alice.ctx, alice.account_path)
    start_b = balance(bunq, bob.ctx, bob.account_path)
    pid = created_id(pay(bunq, alice.ctx, alice.account_path, bob.alias(kind), "12.34"))
    assert balance(bunq, alice.ctx, alice.account_path) == start_a - Decimal("12.34")
    assert balance(bunq, bob.ctx, bob.account_path) == start_b + Decimal("12.34")
    paid = one(bunq.get(alice.ctx, f"{alice.account_path}/payment/{pid}"), "Payment")
    assert paid["amount"] == eur("-12.34")
    assert paid["counterparty_alias"]["iban"] == bob.iban
    assert paid["counterparty_alias"]["display_name"] == bob.name


def test_both_sides_carry_bunq_fields_and_the_merchant_reference(
    bunq: Bunq, alice: Person, bob: Person
) -> None:
    marker = "bc-7f3a9e1c-0001"
    response = pay(
        bunq, alice.ctx, alice.account_path, bob.alias(), "0.01", merchant_reference=marker
    )
    pid = created_id(response)
    debit = one(bunq.get(alice.ctx, f"{alice.account_path}/payment/{pid}"), "Payment")
    start = Decimal(debit["balance_after_mutation"]["value"])
    assert debit["merchant_reference"] == marker
    assert (debit["type"], debit["sub_type"]) == ("BUNQ", "PAYMENT")
    assert debit["monetary_account_id"] == alice.account_id
    assert debit["alias"]["iban"] == alice.iban
    assert debit["alias"]["label_user"]["display_name"] == alice.name
    assert debit["description"] == "test"
    assert start == balance(bunq, alice.ctx, alice.account_path)
    (credit_item, *_) = items(bunq.get(bob.ctx, f"{bob.account_path}/payment"))
    credit = credit_item["Payment"]
    assert credit["amount"] == eur("0.01")
    assert credit["merchant_reference"] == marker
    assert credit["counterparty_alias"]["iban"] == alice.iban
    assert credit["balance_after_mutation"]["value"] == str(
        balance(bunq, bob.ctx, bob.account_path)
    )
    # The marker finds the payment in a listing, as the client's recovery does.
    listed = items(bunq.get(alice.ctx, f"{alice.account_path}/payment", params={"count": 200}))
    assert [p["Payment"]["id"] for p in listed if p["Payment"]["merchant_reference"] == marker] == [
        pid
    ]


def test_well_known_counterparties_can_be_paid(bunq: Bunq, alice: Person) -> None:
    start = balance(bunq, alice.ctx, alice.account_path)
    for name in ("sugardaddy", "bravo"):
        created_id(pay(bunq, alice.ctx, alice.account_path, well_known(name), "1.00"))
    assert balance(bunq, alice.ctx, alice.account_path) == start - Decimal("2.00")
    listed = items(bunq.get(alice.ctx, f"{alice.account_path}/payment", params={"count": 2}))
    names = [p["Payment"]["counterparty_alias"]["display_name"] for p in listed]
    assert names == ["Bravo", "Sugar Daddy"]


def test_insufficient_funds_is_refused_and_nothing_moves(
    bunq: Bunq, shared_server: EmulatorServer, alice: Person, bob: Person
) -> None:
    start_a = balance(bunq, alice.ctx, alice.account_path)
    start_b = balance(bunq, bob.ctx, bob.account_path)
    payments_before = len(shared_server.state.payments)
    over = str(start_a + Decimal("0.01"))
    response = pay(bunq, alice.ctx, alice.account_path, bob.alias(), over)
    assert response.status_code == 490
    assert "Insufficient balance" in error_of(response)
    assert balance(bunq, alice.ctx, alice.account_path) == start_a
    assert balance(bunq, bob.ctx, bob.account_path) == start_b
    assert len(shared_server.state.payments) == payments_before
    # The whole balance, to the cent, is allowed.
    created_id(pay(bunq, alice.ctx, alice.account_path, bob.alias(), str(start_a)))
    assert balance(bunq, alice.ctx, alice.account_path) == Decimal("0.00")


@pytest.mark.parametrize(
    ("amount", "wording"),
    [
        ({"value": "0.00", "currency": "EUR"}, "more than 0"),
        ({"value": "-5.00", "currency": "EUR"}, "decimal string"),
        ({"value": "1.001", "currency": "EUR"}, "at most two decimals"),
        ({"value": 1.5, "currency": "EUR"}, "decimal string"),
        ({"value": "1.00", "currency": "XYZ"}, "currency"),
        ({"value": "1.00", "currency": "USD"}, "holds EUR"),
        ({"value": "1.00"}, "currency"),
        ("1.00", "amount"),
    ],
)
def test_bad_amounts_are_400(
    bunq: Bunq, alice: Person, bob: Person, amount: object, wording: str
) -> None:
    body = {"amount": amount, "counterparty_alias": bob.alias(), "description": "x"}
    response = bunq.post(alice.ctx, alice.account_path + "/payment", body, sign=True)
    assert response.status_code == 400, response.text
    assert wording in error_of(response)


@pytest.mark.parametrize(
    "alias",
    [
        {"type": "IBAN", "value": "NL91ABNA0417164300", "name": "Elsewhere"},
        {"type": "EMAIL", "value": "nobody@nowhere.example", "name": "x"},
        {"type": "IBAN", "value": "NL91ABNA0417164300"},
        {"type": "FAX", "value": "123"},
        "NL91ABNA0417164300",
    ],
)
def test_unknown_or_malformed_counterparty_is_400(bunq: Bunq, alice: Person, alias: object) -> None:
    body = {"amount": eur("1.00"), "counterparty_alias": alias}
    response = bunq.post(alice.ctx, alice.account_path + "/payment", body, sign=True)
    assert response.status_code == 400, response.text
    assert "counterparty_alias" in error_of(response)


def test_paying_the_same_account_is_400(bunq: Bunq, alice: Person) -> None:
    response = pay(bunq, alice.ctx, alice.account_path, alice.alias(), "1.00")
    assert response.status_code == 400
    assert "cannot pay itself" in error_of(response)


def test_payment_without_signature_is_466(bunq: Bunq, alice: Person, bob: Person) -> None:
    start = balance(bunq, alice.ctx, alice.account_path)
    response = pay(bunq, alice.ctx, alice.account_path, bob.alias(), "1.00", sign=False)
    assert response.status_code == 466
    assert error_of(response) == "Request signature is required for this operation."
    assert balance(bunq, alice.ctx, alice.account_path) == start
    bad = bunq.post(
        alice.ctx,
        alice.account_path + "/payment",
        {"amount": eur("1.00"), "counterparty_alias": bob.alias()},
        signature="bm90IGEgc2lnbmF0dXJl",
    )
    assert bad.status_code == 400


def test_payments_of_another_account_are_not_found(bunq: Bunq, alice: Person, bob: Person) -> None:
    pid = created_id(pay(bunq, alice.ctx, alice.account_path, bob.alias(), "1.00"))
    assert bunq.get(bob.ctx, f"{bob.account_path}/payment/{pid}").status_code == 404
    other = f"/user/{alice.user_id}/monetary-account/{bob.account_id}/payment"
    assert bunq.get(alice.ctx, other).status_code == 404
    assert pay(bunq, alice.ctx, other, bob.alias(), "1.00").status_code == 404


def test_payment_emits_payment_and_mutation_callbacks_for_both_sides(
    bunq: Bunq, shared_server: EmulatorServer, alice: Person, bob: Person
) -> None:
    for who, category in ((alice, "PAYMENT"), (alice, "MUTATION"), (bob, "PAYMENT")):
        body = {
            "notification_filters": [
                {"category": category, "notification_target": f"https://{who.user_id}.example/cb"}
            ]
        }
        path = f"/user/{who.user_id}/notification-filter-url"
        existing = items(bunq.get(who.ctx, path))
        body["notification_filters"] += [
            {k: i["NotificationFilterUrl"][k] for k in ("category", "notification_target")}
            for i in existing
        ]
        assert bunq.post(who.ctx, path, body).status_code == 200
    before = max(shared_server.state.notifications, default=0)
    pid = created_id(pay(bunq, alice.ctx, alice.account_path, bob.alias(), "3.00"))
    with shared_server.state.lock:
        queued = [n for n in shared_server.state.notifications.values() if n.id > before]
    seen = {(n.target_url, n.category, n.event_type) for n in queued}
    assert seen == {
        (f"https://{alice.user_id}.example/cb", "PAYMENT", "PAYMENT_CREATED"),
        (f"https://{alice.user_id}.example/cb", "MUTATION", "MUTATION_CREATED"),
        (f"https://{bob.user_id}.example/cb", "PAYMENT", "PAYMENT_RECEIVED"),
    }
    debit_note = next(n for n in queued if n.event_type == "PAYMENT_CREATED")
    assert debit_note.object["Payment"]["id"] == pid
    assert debit_note.object["Payment"]["amount"] == eur("-3.00")


def test_savings_account_create_and_transfer_between_own_accounts(
    bunq: Bunq, alice: Person
) -> None:
    uid = alice.user_id
    sid = created_id(
        bunq.post(
            alice.ctx,
            f"/user/{uid}/monetary-account-savings",
            {"currency": "EUR", "description": "Rainy day"},
        )
    )
    savings = one(
        bunq.get(alice.ctx, f"/user/{uid}/monetary-account-savings/{sid}"), "MonetaryAccountSavings"
    )
    assert (savings["description"], savings["balance"]) == ("Rainy day", eur("0.00"))
    to_savings = {"type": "IBAN", "value": savings["alias"][0]["value"], "name": alice.name}
    created_id(pay(bunq, alice.ctx, alice.account_path, to_savings, "250.00"))
    assert balance(bunq, alice.ctx, f"/user/{uid}/monetary-account/{sid}") == Decimal("250.00")
    listed = items(bunq.get(alice.ctx, f"/user/{uid}/monetary-account"))
    assert [next(iter(i)) for i in listed] == ["MonetaryAccountSavings", "MonetaryAccountBank"]
    assert [
        next(iter(i)) for i in items(bunq.get(alice.ctx, f"/user/{uid}/monetary-account-bank"))
    ] == ["MonetaryAccountBank"]
    bad = bunq.post(alice.ctx, f"/user/{uid}/monetary-account-savings", {"currency": "XYZ"})
    assert bad.status_code == 400


def test_joint_account_is_held_by_both(bunq: Bunq, alice: Person, bob: Person) -> None:
    body = {
        "currency": "EUR",
        "description": "Household",
        "all_co_owner": [{"alias": {"type": "EMAIL", "value": bob.email}}],
    }
    jid = created_id(bunq.post(alice.ctx, f"/user/{alice.user_id}/monetary-account-joint", body))
    path_b = f"/user/{bob.user_id}/monetary-account-joint/{jid}"
    joint = one(bunq.get(bob.ctx, path_b), "MonetaryAccountJoint")
    assert joint["user_id"] == alice.user_id
    iban = {"type": "IBAN", "value": joint["alias"][0]["value"], "name": alice.name}
    created_id(pay(bunq, bob.ctx, bob.account_path, iban, "40.00"))
    created_id(
        pay(bunq, bob.ctx, f"/user/{bob.user_id}/monetary-account/{jid}", alice.alias(), "15.00")
    )
    assert balance(bunq, alice.ctx, f"/user/{alice.user_id}/monetary-account/{jid}") == Decimal(
        "25.00"
    )
    lonely = {"currency": "EUR", "all_co_owner": []}
    assert (
        bunq.post(alice.ctx, f"/user/{alice.user_id}/monetary-account-joint", lonely).status_code
        == 400
    )
