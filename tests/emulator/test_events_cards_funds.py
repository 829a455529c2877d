"""Events, cards, confirmation-of-funds and the control plane's fund route."""

from __future__ import annotations

from decimal import Decimal

import httpx

from bunq_connect.emulator import EmulatorServer
from tests.emulator.people import (
    balance,
    connect,
    created_id,
    eur,
    one,
    pay,
    person,
    well_known,
)
from tests.emulator.raw import Bunq, items


def test_an_event_per_payment_request_and_draft(bunq: Bunq) -> None:
    me, other = person(bunq), person(bunq)
    pid = created_id(pay(bunq, me.ctx, me.account_path, other.alias(), "1.00"))
    ask = {"amount_inquired": eur("2.00"), "counterparty_alias": other.alias()}
    rid = created_id(bunq.post(me.ctx, me.account_path + "/request-inquiry", ask))
    draft = {"entries": [{"amount": eur("3.00"), "counterparty_alias": other.alias()}],
             "number_of_required_accepts": 1}  # fmt: skip
    did = created_id(bunq.post(me.ctx, me.account_path + "/draft-payment", draft, sign=True))
    events = [i["Event"] for i in items(bunq.get(me.ctx, f"/user/{me.user_id}/event"))]
    kinds = [(e["action"], next(iter(e["object"])), e["status"]) for e in events]
    assert kinds == [
        ("CREATE", "DraftPayment", "AWAITING_REPLY"),
        ("CREATE", "RequestInquiry", "AWAITING_REPLY"),
        ("CREATE", "Payment", "FINALIZED"),
    ]
    assert events[2]["object"]["Payment"]["id"] == pid
    assert events[1]["object"]["RequestInquiry"]["id"] == rid
    assert events[0]["object"]["DraftPayment"]["id"] == did
    assert {e["monetary_account_id"] for e in events} == {str(me.account_id)}
    one_event = one(bunq.get(me.ctx, f"/user/{me.user_id}/event/{events[2]['id']}"), "Event")
    assert one_event["object"]["Payment"]["amount"] == eur("-1.00")
    # the payer's side sees the request response and the received payment
    theirs = [i["Event"] for i in items(bunq.get(other.ctx, f"/user/{other.user_id}/event"))]
    assert [next(iter(e["object"])) for e in theirs] == ["RequestResponse", "Payment"]
    assert bunq.get(other.ctx, f"/user/{other.user_id}/event/{events[2]['id']}").status_code == 404
    waiting = items(
        bunq.get(me.ctx, f"/user/{me.user_id}/event", params={"status": "AWAITING_REPLY"})
    )
    assert len(waiting) == 2


def test_events_filter_by_account_and_follow_updates(bunq: Bunq) -> None:
    me = person(bunq)
    created_id(bunq.post(me.ctx, me.account_path + "/request-inquiry",
                         {"amount_inquired": eur("5.00"),
                          "counterparty_alias": well_known("sugardaddy")}))  # fmt: skip
    events = [i["Event"] for i in items(bunq.get(me.ctx, f"/user/{me.user_id}/event"))]
    assert [(e["action"], next(iter(e["object"]))) for e in events] == [
        ("UPDATE", "RequestInquiry"),
        ("CREATE", "Payment"),
        ("CREATE", "RequestInquiry"),
    ]
    assert events[2]["object"]["RequestInquiry"]["status"] == "ACCEPTED"  # objects as they are now
    elsewhere = items(
        bunq.get(me.ctx, f"/user/{me.user_id}/event", params={"monetary_account_id": "1"})
    )
    assert elsewhere == []
    path = f"/user/{me.user_id}/event"
    assert bunq.get(me.ctx, path, params={"monetary_account_id": "x"}).status_code == 400


def test_a_sandbox_user_has_one_active_debit_card(bunq: Bunq) -> None:
    me, other = person(bunq), person(bunq)
    (item,) = items(bunq.get(me.ctx, f"/user/{me.user_id}/card"))
    card = item["Card"]
    assert card["status"] == "ACTIVE"
    assert card["user_id"] == me.user_id
    assert card["label_monetary_account_current"]["iban"] == me.iban
    assert (
        one(bunq.get(me.ctx, f"/user/{me.user_id}/card/{card['id']}"), "Card")["id"] == card["id"]
    )
    assert bunq.get(other.ctx, f"/user/{other.user_id}/card/{card['id']}").status_code == 404
    link = connect(bunq, me)
    (theirs,) = items(bunq.get(link.session, f"/user/{link.session.user_id}/card"))
    assert theirs["Card"]["id"] == card["id"]


def test_confirmation_of_funds(bunq: Bunq) -> None:
    me, stranger = person(bunq), person(bunq, "company")
    path = f"/user/{me.user_id}/confirmation-of-funds"
    checker = me

    def check(value: str, currency: str = "EUR") -> bool:
        body = {"pointer_iban": me.alias(), "amount": {"value": value, "currency": currency}}
        answer = one(bunq.post(checker.ctx, path, body), "ConfirmationOfFunds")
        return bool(answer["has_sufficient_funds"])

    assert check("1000.00") is True
    assert check("1000.01") is False
    assert check("1.00", "USD") is False
    unknown = {"type": "IBAN", "value": "NL91ABNA0417164300", "name": "x"}
    assert (
        bunq.post(checker.ctx, path, {"pointer_iban": unknown, "amount": eur("1")}).status_code
        == 400
    )
    assert (
        bunq.post(checker.ctx, path, {"pointer_iban": me.alias(), "amount": eur("0")}).status_code
        == 400
    )
    assert bunq.post(checker.ctx, path, {"amount": eur("1")}).status_code == 400
    # Someone else's IBAN is not found: the answer would leak their balance bit by bit.
    theirs = f"/user/{stranger.user_id}/confirmation-of-funds"
    body = {"pointer_iban": me.alias(), "amount": eur("1")}
    refused = bunq.post(stranger.ctx, theirs, body)
    assert refused.status_code == 404
    assert "not found" in refused.text


def test_control_plane_funds_an_account(bunq: Bunq, shared_server: EmulatorServer) -> None:
    me = person(bunq)
    url = f"{shared_server.base_url}/_emulator/users/{me.user_id}/fund"
    answer = httpx.post(url, json={"amount": "250.75"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["balance"] == eur("1250.75")
    assert balance(bunq, me.ctx, me.account_path) == Decimal("1250.75")
    (latest,) = items(bunq.get(me.ctx, me.account_path + "/payment", params={"count": 1}))
    assert latest["Payment"]["counterparty_alias"]["display_name"] == "Sugar Daddy"
    assert httpx.post(url, json={"amount": "-1"}).status_code == 400
    assert httpx.post(url, json={"amount": 5}).status_code == 400
    assert httpx.post(url, json={"amount": "1", "monetary_account_id": 1}).status_code == 404
    gone = f"{shared_server.base_url}/_emulator/users/999999/fund"
    assert httpx.post(gone, json={"amount": "1"}).status_code == 404
