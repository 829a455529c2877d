"""request-inquiry and request-response: sugardaddy's sandbox rule, accept, reject, revoke."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bunq_connect.emulator import EmulatorServer
from tests.emulator.people import (
    Person,
    balance,
    created_id,
    eur,
    last_notification_id,
    notifications,
    one,
    person,
    put,
    well_known,
)
from tests.emulator.raw import Bunq, Context, error_of, items


def ask(bunq: Bunq, who: Person, payer: dict[str, str], value: str, **extra: str) -> int:
    body = {
        "amount_inquired": eur(value),
        "counterparty_alias": payer,
        "description": "for the tests",
        "allow_bunqme": False,
        **extra,
    }
    return created_id(bunq.post(who.ctx, who.account_path + "/request-inquiry", body))


def inquiry(bunq: Bunq, who: Person, inquiry_id: int) -> dict[str, object]:
    return one(
        bunq.get(who.ctx, f"{who.account_path}/request-inquiry/{inquiry_id}"), "RequestInquiry"
    )


def pending_response(bunq: Bunq, ctx: Context, path: str) -> dict[str, object]:
    (item, *_) = items(bunq.get(ctx, path + "/request-response"))
    response = dict(item["RequestResponse"])
    assert response["status"] == "PENDING"
    return response


@pytest.mark.parametrize("value", ["500.00", "0.01", "123.45"])
def test_sugardaddy_pays_up_to_500_at_once(bunq: Bunq, value: str) -> None:
    me = person(bunq)
    start = balance(bunq, me.ctx, me.account_path)
    rid = ask(bunq, me, well_known("sugardaddy"), value, merchant_reference="topup-1")
    assert balance(bunq, me.ctx, me.account_path) == start + Decimal(value)
    got = inquiry(bunq, me, rid)
    assert got["status"] == "ACCEPTED"
    assert got["amount_responded"] == eur(value)
    assert got["merchant_reference"] == "topup-1"
    (latest,) = items(bunq.get(me.ctx, me.account_path + "/payment", params={"count": 1}))
    payment = latest["Payment"]
    assert payment["amount"] == eur(value)
    assert (payment["type"], payment["sub_type"]) == ("BUNQ", "REQUEST")
    assert payment["counterparty_alias"]["display_name"] == "Sugar Daddy"


@pytest.mark.parametrize("value", ["500.01", "1000.00"])
def test_sugardaddy_rejects_more_than_500(bunq: Bunq, value: str) -> None:
    me = person(bunq)
    start = balance(bunq, me.ctx, me.account_path)
    rid = ask(bunq, me, well_known("sugardaddy"), value)
    assert inquiry(bunq, me, rid)["status"] == "REJECTED"
    assert balance(bunq, me.ctx, me.account_path) == start


def test_request_between_users_accepted_pays_and_needs_a_signature(
    bunq: Bunq, shared_server: EmulatorServer
) -> None:
    asker, payer = person(bunq), person(bunq)
    start_a = balance(bunq, asker.ctx, asker.account_path)
    start_p = balance(bunq, payer.ctx, payer.account_path)
    rid = ask(bunq, asker, payer.alias("EMAIL"), "20.50")
    assert inquiry(bunq, asker, rid)["status"] == "PENDING"
    response = pending_response(bunq, payer.ctx, payer.account_path)
    assert response["amount_inquired"] == eur("20.50")
    assert response["counterparty_alias"]["iban"] == asker.iban
    path = f"{payer.account_path}/request-response/{response['id']}"
    unsigned = put(bunq, payer.ctx, path, {"status": "ACCEPTED"}, sign=False)
    assert unsigned.status_code == 466
    accepted = put(bunq, payer.ctx, path, {"status": "ACCEPTED"})
    assert one(accepted, "RequestResponse")["status"] == "ACCEPTED"
    assert balance(bunq, asker.ctx, asker.account_path) == start_a + Decimal("20.50")
    assert balance(bunq, payer.ctx, payer.account_path) == start_p - Decimal("20.50")
    assert inquiry(bunq, asker, rid)["status"] == "ACCEPTED"
    again = put(bunq, payer.ctx, path, {"status": "ACCEPTED"})
    assert again.status_code == 400
    assert balance(bunq, payer.ctx, payer.account_path) == start_p - Decimal("20.50")


def test_request_rejected_moves_nothing(bunq: Bunq) -> None:
    asker, payer = person(bunq), person(bunq)
    start_a = balance(bunq, asker.ctx, asker.account_path)
    rid = ask(bunq, asker, payer.alias("PHONE_NUMBER"), "5.00")
    response = pending_response(bunq, payer.ctx, payer.account_path)
    path = f"{payer.account_path}/request-response/{response['id']}"
    rejected = put(bunq, payer.ctx, path, {"status": "REJECTED"}, sign=False)
    assert one(rejected, "RequestResponse")["status"] == "REJECTED"
    assert inquiry(bunq, asker, rid)["status"] == "REJECTED"
    assert balance(bunq, asker.ctx, asker.account_path) == start_a


def test_accepting_without_funds_is_490_and_stays_pending(bunq: Bunq) -> None:
    asker, payer = person(bunq), person(bunq)
    too_much = str(balance(bunq, payer.ctx, payer.account_path) + Decimal("1.00"))
    ask(bunq, asker, payer.alias(), too_much)
    response = pending_response(bunq, payer.ctx, payer.account_path)
    path = f"{payer.account_path}/request-response/{response['id']}"
    refused = put(bunq, payer.ctx, path, {"status": "ACCEPTED"})
    assert refused.status_code == 490
    assert "Insufficient balance" in error_of(refused)
    assert one(bunq.get(payer.ctx, path), "RequestResponse")["status"] == "PENDING"


def test_asker_revokes_a_pending_request(bunq: Bunq) -> None:
    asker, payer = person(bunq), person(bunq)
    rid = ask(bunq, asker, payer.alias(), "7.00")
    path = f"{asker.account_path}/request-inquiry/{rid}"
    assert put(bunq, asker.ctx, path, {"status": "ACCEPTED"}).status_code == 400
    revoked = put(bunq, asker.ctx, path, {"status": "REVOKED"}, sign=False)
    assert one(revoked, "RequestInquiry")["status"] == "REVOKED"
    (item,) = items(bunq.get(payer.ctx, payer.account_path + "/request-response"))
    assert item["RequestResponse"]["status"] == "REVOKED"
    assert put(bunq, asker.ctx, path, {"status": "REVOKED"}).status_code == 400


def test_bad_requests_are_400(bunq: Bunq) -> None:
    me = person(bunq)
    path = me.account_path + "/request-inquiry"
    for body in (
        {"amount_inquired": eur("0"), "counterparty_alias": well_known("bravo")},
        {"amount_inquired": eur("1.00"), "counterparty_alias": me.alias()},
        {"amount_inquired": {"value": "1.00", "currency": "GBP"},
         "counterparty_alias": well_known("bravo")},
        {"amount_inquired": eur("1.00")},
    ):  # fmt: skip
        assert bunq.post(me.ctx, path, body).status_code == 400, body


def test_request_callbacks_reach_both_sides(bunq: Bunq, shared_server: EmulatorServer) -> None:
    asker, payer = person(bunq), person(bunq)
    for who in (asker, payer):
        body = {
            "notification_filters": [
                {"category": "REQUEST", "notification_target": f"https://{who.user_id}.example"},
                {"category": "MUTATION", "notification_target": f"https://{who.user_id}.example"},
            ]
        }
        path = f"/user/{who.user_id}/notification-filter-url"
        assert bunq.post(who.ctx, path, body).status_code == 200
    since = last_notification_id(shared_server)
    rid = ask(bunq, asker, payer.alias(), "1.00")
    response = pending_response(bunq, payer.ctx, payer.account_path)
    put(bunq, payer.ctx, f"{payer.account_path}/request-response/{response['id']}",
        {"status": "ACCEPTED"})  # fmt: skip
    seen = {(t, c, e) for t, c, e, _ in notifications(shared_server, since)}
    a, p = f"https://{asker.user_id}.example", f"https://{payer.user_id}.example"
    assert seen == {
        (a, "REQUEST", "REQUEST_INQUIRY_CREATED"),
        (p, "REQUEST", "REQUEST_RESPONSE_CREATED"),
        (a, "REQUEST", "REQUEST_INQUIRY_ACCEPTED"),
        (p, "REQUEST", "REQUEST_RESPONSE_ACCEPTED"),
        # a request's payment is a MUTATION, not a PAYMENT (bunq's category table)
        (p, "MUTATION", "MUTATION_CREATED"),
        (a, "MUTATION", "MUTATION_RECEIVED"),
    }
    assert any(
        c == "REQUEST" and e == "REQUEST_INQUIRY_ACCEPTED" and oid == rid
        for _, c, e, oid in notifications(shared_server, since)
    )
