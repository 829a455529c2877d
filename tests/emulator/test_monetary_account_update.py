"""PUT monetary-account-bank|-savings/{id}: description, daily limit, closing and reopening."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.emulator.people import (
    Person,
    balance,
    connect,
    created_id,
    eur,
    one,
    pay,
    person,
    put,
    well_known,
)
from tests.emulator.raw import Bunq, error_of

CLOSE = {"status": "CANCELLED", "sub_status": "REDEMPTION_VOLUNTARY", "reason": "OTHER"}


@pytest.fixture
def alice(bunq: Bunq) -> Person:
    return person(bunq)


def bank_path(who: Person) -> str:
    return f"/user/{who.user_id}/monetary-account-bank/{who.account_id}"


def savings(bunq: Bunq, who: Person) -> str:
    uid = who.user_id
    sid = created_id(
        bunq.post(who.ctx, f"/user/{uid}/monetary-account-savings", {"currency": "EUR"})
    )
    return f"/user/{uid}/monetary-account-savings/{sid}"


def read(bunq: Bunq, who: Person, path: str) -> dict[str, Any]:
    kind = "MonetaryAccountSavings" if "savings" in path else "MonetaryAccountBank"
    return one(bunq.get(who.ctx, path), kind)


def test_description_and_daily_limit_are_updated(bunq: Bunq, alice: Person) -> None:
    path = bank_path(alice)
    # nulls count as absent: bunq's SDK sends every field of the update
    body = {"description": "Groceries", "daily_limit": eur("250.00"), "avatar_uuid": None}
    assert created_id(put(bunq, alice.ctx, path, body, sign=False)) == alice.account_id
    account = read(bunq, alice, path)
    assert (account["description"], account["daily_limit"]) == ("Groceries", eur("250.00"))
    assert account["status"] == "ACTIVE"


@pytest.mark.parametrize(
    ("body", "wording"),
    [
        ({"daily_limit": eur("10000.01")}, "at most 10000 EUR"),
        ({"daily_limit": {"value": "5.00", "currency": "USD"}}, "holds EUR"),
        ({"description": ""}, "cannot be empty"),
        ({"description": "x", "status": "CANCELLED", "reason": "OTHER"}, "no other fields"),
        ({"status": "BLOCKED"}, "CANCELLED"),
        ({**CLOSE, "sub_status": "PERMANENT"}, "REDEMPTION_VOLUNTARY"),
        ({"status": "CANCELLED"}, "reason OTHER"),
        ({"setting": {"color": "#000000"}}, "not emulated"),
    ],
)
def test_bad_updates_are_400_and_change_nothing(
    bunq: Bunq, alice: Person, body: dict[str, Any], wording: str
) -> None:
    path = savings(bunq, alice)
    before = read(bunq, alice, path)
    response = put(bunq, alice.ctx, path, body, sign=False)
    assert response.status_code == 400, response.text
    assert wording in error_of(response)
    after = read(bunq, alice, path)
    assert (after["description"], after["status"], after["daily_limit"]) == (
        before["description"],
        before["status"],
        before["daily_limit"],
    )


def test_an_account_holding_money_is_not_closed(bunq: Bunq, alice: Person) -> None:
    path = bank_path(alice)
    response = put(bunq, alice.ctx, path, CLOSE, sign=False)
    assert response.status_code == 400
    assert "still holds" in error_of(response)
    assert read(bunq, alice, path)["status"] == "ACTIVE"


def test_an_empty_account_closes_and_reopens(bunq: Bunq, alice: Person) -> None:
    path = bank_path(alice)
    # empty it first: everything to bravo
    created_id(pay(bunq, alice.ctx, alice.account_path, well_known("bravo"), "1000.00"))
    assert balance(bunq, alice.ctx, alice.account_path) == Decimal("0.00")
    body = {**CLOSE, "reason_description": "Moving abroad", "description": None}
    assert created_id(put(bunq, alice.ctx, path, body, sign=False)) == alice.account_id
    account = read(bunq, alice, path)
    assert (account["status"], account["sub_status"]) == ("CANCELLED", "REDEMPTION_VOLUNTARY")
    assert (account["reason"], account["reason_description"]) == ("OTHER", "Moving abroad")
    # a closed account neither pays nor receives
    assert pay(bunq, alice.ctx, alice.account_path, well_known("bravo"), "0.01").status_code == 400
    bob = person(bunq)
    assert pay(bunq, bob.ctx, bob.account_path, alice.alias(), "1.00").status_code == 400
    again = put(bunq, alice.ctx, path, CLOSE, sign=False)
    assert again.status_code == 400
    assert "CANCELLED" in error_of(again)
    reopened = put(bunq, alice.ctx, path, {"status": "PENDING_REOPEN"}, sign=False)
    assert created_id(reopened) == alice.account_id
    assert read(bunq, alice, path)["status"] == "PENDING_REOPEN"


def test_savings_close_and_the_type_in_the_path_must_match(bunq: Bunq, alice: Person) -> None:
    path = savings(bunq, alice)
    assert created_id(put(bunq, alice.ctx, path, CLOSE, sign=False))
    assert read(bunq, alice, path)["status"] == "CANCELLED"
    # the bank account is not a savings account
    wrong = f"/user/{alice.user_id}/monetary-account-savings/{alice.account_id}"
    assert put(bunq, alice.ctx, wrong, {"description": "x"}, sign=False).status_code == 404
    other = person(bunq)
    assert put(bunq, other.ctx, bank_path(alice), {"description": "x"}).status_code == 403
    theirs = f"/user/{other.user_id}/monetary-account-bank/{alice.account_id}"
    assert put(bunq, other.ctx, theirs, {"description": "x"}).status_code == 404


def test_an_oauth_connection_may_not_update_or_close(bunq: Bunq) -> None:
    app = connect(bunq)
    path = f"/user/{app.session.user_id}/monetary-account-bank/{app.customer.account_id}"
    for body in ({"description": "hijacked"}, CLOSE):
        response = put(bunq, app.session, path, body, sign=False)
        assert response.status_code == 403
        assert "update or close monetary accounts" in error_of(response)
    own = bank_path(app.customer)
    assert read(bunq, app.customer, own)["description"] != "hijacked"
