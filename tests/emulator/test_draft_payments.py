"""Draft payments: pending until the holder decides (control API or page); all or nothing."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
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
    put,
)
from tests.emulator.raw import Bunq, Context, error_of


def entry(to: Person, value: str, marker: str | None = None) -> dict[str, Any]:
    return {
        "amount": eur(value),
        "counterparty_alias": to.alias("EMAIL"),
        "description": f"draft to {to.name}",
        "merchant_reference": marker,
    }


def draft(bunq: Bunq, ctx: Context, path: str, *entries: dict[str, Any]) -> int:
    body = {"entries": list(entries), "number_of_required_accepts": 1}
    return created_id(bunq.post(ctx, path + "/draft-payment", body, sign=True))


@pytest.fixture
def app(bunq: Bunq) -> OnBehalf:
    return connect(bunq)


def control(server: EmulatorServer, draft_id: int, decision: str) -> httpx.Response:
    return httpx.post(f"{server.base_url}/_emulator/draft-payments/{draft_id}/{decision}")


def test_app_draft_is_pending_until_approved_then_pays_every_entry(
    bunq: Bunq, shared_server: EmulatorServer, app: OnBehalf
) -> None:
    shop, other = person(bunq), person(bunq)
    customer = app.customer
    start = balance(bunq, customer.ctx, customer.account_path)
    did = draft(
        bunq,
        app.session,
        app.account_path,
        entry(shop, "10.00", "order-1"),
        entry(other, "2.50", "order-2"),
    )
    got = one(bunq.get(app.session, f"{app.account_path}/draft-payment/{did}"), "DraftPayment")
    assert got["status"] == "PENDING"
    assert [e["merchant_reference"] for e in got["entries"]] == ["order-1", "order-2"]
    assert got["user_alias_created"]["display_name"] != customer.name  # the app proposed it
    assert balance(bunq, customer.ctx, customer.account_path) == start
    approved = control(shared_server, did, "approve")
    assert approved.status_code == 200, approved.text
    assert approved.json()["status"] == "ACCEPTED"
    assert balance(bunq, customer.ctx, customer.account_path) == start - Decimal("12.50")
    assert balance(bunq, shop.ctx, shop.account_path) == Decimal("1010.00")
    got = one(bunq.get(app.session, f"{app.account_path}/draft-payment/{did}"), "DraftPayment")
    assert got["status"] == "ACCEPTED"
    batch = got["object"]["PaymentBatch"]["payments"]["Payment"]
    assert [p["merchant_reference"] for p in batch] == ["order-1", "order-2"]
    assert [p["amount"] for p in batch] == [eur("-10.00"), eur("-2.50")]
    assert control(shared_server, did, "approve").status_code == 400  # decided once
    assert control(shared_server, 999_999, "approve").status_code == 404


def test_reject_moves_nothing(bunq: Bunq, shared_server: EmulatorServer, app: OnBehalf) -> None:
    shop = person(bunq)
    start = balance(bunq, app.customer.ctx, app.customer.account_path)
    did = draft(bunq, app.session, app.account_path, entry(shop, "1.00"))
    assert control(shared_server, did, "reject").json()["status"] == "REJECTED"
    assert balance(bunq, app.customer.ctx, app.customer.account_path) == start
    assert control(shared_server, did, "approve").status_code == 400


def test_approval_without_funds_rejects_the_whole_draft(
    bunq: Bunq, shared_server: EmulatorServer, app: OnBehalf
) -> None:
    shop = person(bunq)
    start = balance(bunq, app.customer.ctx, app.customer.account_path)
    # Each entry alone fits, together they do not: nothing may be paid.
    half = str((start / 2 + Decimal("1.00")).quantize(Decimal("0.01")))
    did = draft(bunq, app.session, app.account_path, entry(shop, half), entry(shop, half))
    answer = control(shared_server, did, "approve").json()
    assert answer["status"] == "REJECTED"
    assert "Insufficient balance" in answer["status_reason"]
    assert answer["payment_ids"] == []
    assert balance(bunq, app.customer.ctx, app.customer.account_path) == start
    assert balance(bunq, shop.ctx, shop.account_path) == Decimal("1000.00")


def test_the_approval_page_has_two_buttons_that_decide(
    bunq: Bunq, shared_server: EmulatorServer, app: OnBehalf
) -> None:
    shop = person(bunq)
    start = balance(bunq, app.customer.ctx, app.customer.account_path)
    page_url = f"{shared_server.base_url}/_emulator/draft-payments/"
    did = draft(bunq, app.session, app.account_path, entry(shop, "4.20"))
    page = httpx.get(page_url + str(did))
    assert page.status_code == 200
    assert "<script" not in page.text
    assert f'action="/_emulator/draft-payments/{did}/approve"' in page.text
    assert f'action="/_emulator/draft-payments/{did}/reject"' in page.text
    assert "4.20 EUR" in page.text
    clicked = httpx.post(page_url + f"{did}/approve", data={"decision": "approve"})
    assert clicked.status_code == 303
    after = httpx.get(clicked.headers["location"])
    assert "ACCEPTED" in after.text
    assert "<button" not in after.text
    assert balance(bunq, app.customer.ctx, app.customer.account_path) == start - Decimal("4.20")
    other = draft(bunq, app.session, app.account_path, entry(shop, "1.00"))
    assert httpx.post(page_url + f"{other}/reject", data={"decision": "reject"}).status_code == 303
    assert "REJECTED" in httpx.get(page_url + str(other)).text
    assert httpx.get(page_url + "999999").status_code == 404


def test_signatures_and_scope_on_drafts(bunq: Bunq, app: OnBehalf) -> None:
    shop = person(bunq)
    body = {"entries": [entry(shop, "1.00")], "number_of_required_accepts": 1}
    unsigned = bunq.post(app.session, app.account_path + "/draft-payment", body)
    assert unsigned.status_code == 466
    did = draft(bunq, app.session, app.account_path, entry(shop, "1.00"))
    path = f"{app.account_path}/draft-payment/{did}"
    refused = put(bunq, app.session, path, {"status": "ACCEPTED"})
    assert refused.status_code == 403
    assert "Only the account holder" in error_of(refused)
    cancelled = put(bunq, app.session, path, {"status": "CANCELLED"})
    assert created_id(cancelled) == did
    assert one(bunq.get(app.session, path), "DraftPayment")["status"] == "CANCELLED"


def test_the_holder_accepts_by_signed_put(bunq: Bunq) -> None:
    me, shop = person(bunq), person(bunq)
    did = draft(bunq, me.ctx, me.account_path, entry(shop, "3.00"))
    path = f"{me.account_path}/draft-payment/{did}"
    assert put(bunq, me.ctx, path, {"status": "ACCEPTED"}, sign=False).status_code == 466
    assert created_id(put(bunq, me.ctx, path, {"status": "ACCEPTED"})) == did
    assert balance(bunq, me.ctx, me.account_path) == Decimal("997.00")
    assert put(bunq, me.ctx, path, {"status": "NONSENSE"}).status_code == 400


@pytest.mark.parametrize(
    "entries",
    [[], "x", [{"amount": eur("-1"), "counterparty_alias": {"type": "EMAIL", "value": "a@b"}}]],
)
def test_bad_drafts_are_400(bunq: Bunq, entries: object) -> None:
    me = person(bunq)
    body = {"entries": entries, "number_of_required_accepts": 1}
    assert bunq.post(me.ctx, me.account_path + "/draft-payment", body, sign=True).status_code == 400


def test_draft_callbacks_go_to_the_app(
    bunq: Bunq, shared_server: EmulatorServer, app: OnBehalf
) -> None:
    target = "https://app.example/drafts"
    filters = {
        "notification_filters": [{"category": "DRAFT_PAYMENT", "notification_target": target}]
    }
    path = f"/user/{app.session.user_id}/notification-filter-url"
    assert bunq.post(app.session, path, filters).status_code == 200
    since = last_notification_id(shared_server)
    did = draft(bunq, app.session, app.account_path, entry(person(bunq), "1.00"))
    control(shared_server, did, "approve")
    assert [(t, e, i) for t, c, e, i in notifications(shared_server, since)] == [
        (target, "DRAFT_PAYMENT_CREATED", did),
        (target, "DRAFT_PAYMENT_ACCEPTED", did),
    ]


def test_psp_draft_payment_flow(bunq: Bunq, shared_server: EmulatorServer) -> None:
    provider, payer, merchant = person(bunq, "company"), person(bunq), person(bunq)
    base = f"/user/{provider.user_id}/payment-service-provider-draft-payment"
    body = {
        "sender_iban": payer.iban,
        "counterparty_iban": merchant.iban,
        "counterparty_name": merchant.name,
        "description": "Invoice 7",
        "amount": eur("99.99"),
    }
    did = created_id(bunq.post(provider.ctx, base, body))
    got = one(bunq.get(provider.ctx, f"{base}/{did}"), "PaymentServiceProviderDraftPayment")
    assert (got["status"], got["sender_iban"], got["receiver_iban"]) == (
        "PENDING",
        payer.iban,
        merchant.iban,
    )
    assert (
        "Invoice 7"
        in httpx.get(f"{shared_server.base_url}/_emulator/psp-draft-payments/{did}").text
    )
    url = f"{shared_server.base_url}/_emulator/psp-draft-payments/{did}/approve"
    assert httpx.post(url).json()["status"] == "ACCEPTED"
    assert balance(bunq, payer.ctx, payer.account_path) == Decimal("900.01")
    assert balance(bunq, merchant.ctx, merchant.account_path) == Decimal("1099.99")
    second = created_id(bunq.post(provider.ctx, base, body))
    assert put(bunq, provider.ctx, f"{base}/{second}", {"status": "ACCEPTED"}).status_code == 400
    assert (
        created_id(put(bunq, provider.ctx, f"{base}/{second}", {"status": "CANCELLED"})) == second
    )
    bad = bunq.post(provider.ctx, base, {**body, "sender_iban": "NL91ABNA0417164300"})
    assert bad.status_code == 400
