"""The on-behalf resources against the emulator over loopback HTTP.

Each test first asks the emulator whether it emulates the endpoint (its fallback answers
"... is not emulated ..."); until it does, the test is skipped with that reason, and it runs
by itself once the emulator grows the endpoint.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from bunq_connect.client import BunqClient
from bunq_connect.client._ratelimit import RateLimiter
from bunq_connect.client.resources.draft_payments import draft_entry
from bunq_connect.client.resources.payment_batches import batch_payment
from bunq_connect.context import ApiContext
from bunq_connect.environments import Environment
from bunq_connect.errors import APIStatusError, UsageError
from tests.client.flow import Customer, connect, make_app, make_customer


def _client(context: ApiContext) -> BunqClient:
    return BunqClient(context, rate_limiter=RateLimiter(enabled=False))


def _require(client: BunqClient, op: str, **path: int) -> None:
    """Skip unless the emulator serves ``op`` (a GET list or read) for real."""
    try:
        client.operations.list(op, count=1, **path)
    except APIStatusError as error:
        if "is not emulated" in " ".join(error.errors):
            pytest.skip(f"the emulator does not emulate {op} yet")
        raise


@pytest.fixture(scope="module")
def payer(env: Environment) -> Customer:
    return make_customer(env)


@pytest.fixture(scope="module")
def payee(env: Environment) -> Customer:
    return make_customer(env)


@pytest.fixture(scope="module")
def on_behalf(env: Environment, payer: Customer) -> ApiContext:
    return connect(env, make_app(env), payer)


def _account(client: BunqClient) -> tuple[int, str]:
    account = client.monetary_accounts.list().items[0]
    assert account.iban
    return account.id, account.iban


def test_payment_create_carries_a_marker_and_is_read_back(payer: Customer, payee: Customer) -> None:
    with _client(payer.context) as client, _client(payee.context) as other:
        account_id, _ = _account(client)
        _, payee_iban = _account(other)
        _require(
            client, "List_all_Payment_for_User_MonetaryAccount", monetary_account_id=account_id
        )
        before = client.payments.list(account_id, count=1)
        mark = before.ids[0] if before.ids else 0
        raw = client.payments.with_raw_response.create(
            account_id,
            amount=Decimal("1.25"),
            counterparty_alias={"type": "IBAN", "value": payee_iban, "name": "Payee"},
            description="bunq-connect test",
        )
        sent = raw.http.request.read()
        payment_id = raw.parse()
        payment = client.payments.get(account_id, payment_id)
        mine = client.payments.create(
            account_id,
            amount="0.50",
            counterparty_alias={"type": "IBAN", "value": payee_iban, "name": "Payee"},
            description="with my reference",
            merchant_reference="order-42",
        )
        new = client.payments.poll_new(account_id, since_id=mark)
    assert b'"merchant_reference":"bc-' in sent
    assert payment.id == payment_id
    assert payment.amount is not None
    assert payment.amount.value == Decimal("-1.25")
    assert str(payment.merchant_reference).startswith("bc-")
    assert [p.id for p in new] == [payment_id, mine]
    assert new.newest_id == mine


def test_payment_batch_create_get_list(payer: Customer, payee: Customer) -> None:
    with _client(payer.context) as client, _client(payee.context) as other:
        account_id, _ = _account(client)
        _, payee_iban = _account(other)
        to = {"type": "IBAN", "value": payee_iban, "name": "Payee"}
        raw = client.payment_batches.with_raw_response.create(
            account_id,
            payments=[
                batch_payment("2.00", to, "one", merchant_reference="batch-order-1"),
                batch_payment(Decimal("0.75"), to, "two"),
            ],
        )
        sent = raw.http.request.read()
        batch_id = raw.parse()
        batch = client.payment_batches.get(account_id, batch_id)
        listed = client.payment_batches.list(account_id)
        payment_ids = [p.id for p in client.payments.list(account_id, count=2)]
    assert sent.count(b'"merchant_reference":"') == 2
    assert b'"merchant_reference":"bc-' in sent
    assert batch.id == batch_id
    assert batch_id in listed.ids
    assert batch.payments is not None
    assert not isinstance(batch.payments, list)
    members = batch.payments.Payment_1 or []
    assert [m.amount.value for m in members if m.amount] == [Decimal("-2.00"), Decimal("-0.75")]
    assert {m.batch_id for m in members} == {batch_id}
    assert sorted(payment_ids) == sorted(m.id for m in members)


def test_payment_batch_refuses_an_empty_list(payer: Customer) -> None:
    with _client(payer.context) as client, pytest.raises(UsageError):
        client.payment_batches.create(1, payments=[])


def test_on_behalf_reads_payments_events_cards(on_behalf: ApiContext) -> None:
    with _client(on_behalf) as client:
        account_id, _ = _account(client)
        _require(
            client, "List_all_Payment_for_User_MonetaryAccount", monetary_account_id=account_id
        )
        page = client.payments.list(account_id)
        assert page.response is not None
        assert page.response.http.request.url.path == (
            f"/v1/user/{client.user_id}/monetary-account/{account_id}/payment"
        )
        _require(client, "List_all_Event_for_User")
        events = client.events.list(params={"monetary_account_id": account_id})
        assert all(e.id for e in events)
        _require(client, "List_all_Card_for_User")
        assert all(c.id for c in client.cards.list())


def test_draft_payment_round_trip(on_behalf: ApiContext, payee: Customer) -> None:
    with _client(on_behalf) as client, _client(payee.context) as other:
        account_id, _ = _account(client)
        _, payee_iban = _account(other)
        _require(
            client, "List_all_DraftPayment_for_User_MonetaryAccount", monetary_account_id=account_id
        )
        draft_id = client.draft_payments.create(
            account_id,
            entries=[draft_entry("3.00", {"type": "IBAN", "value": payee_iban, "name": "P"}, "d")],
        )
        draft = client.draft_payments.get(account_id, draft_id)
        listed = client.draft_payments.list(account_id)
    assert draft.id == draft_id
    assert draft_id in listed.ids


def test_request_inquiry_create_list_revoke(on_behalf: ApiContext, payee: Customer) -> None:
    with _client(on_behalf) as client:
        account_id, _ = _account(client)
        _require(
            client,
            "List_all_RequestInquiry_for_User_MonetaryAccount",
            monetary_account_id=account_id,
        )
        rid = client.request_inquiries.create(
            account_id,
            amount_inquired="2.00",
            counterparty_alias={"type": "EMAIL", "value": payee.email},
            description="lunch",
        )
        assert rid in client.request_inquiries.list(account_id).ids
        client.request_inquiries.revoke(account_id, rid)
        assert client.request_inquiries.get(account_id, rid).status == "REVOKED"


def test_request_response_reject(on_behalf: ApiContext, payee: Customer) -> None:
    with _client(on_behalf) as client, _client(payee.context) as other:
        account_id, _ = _account(client)
        payee_account, _ = _account(other)
        _require(
            other,
            "List_all_RequestResponse_for_User_MonetaryAccount",
            monetary_account_id=payee_account,
        )
        client.request_inquiries.create(
            account_id,
            amount_inquired="2.00",
            counterparty_alias={"type": "EMAIL", "value": payee.email},
            description="to reject",
        )
        responses = other.request_responses.list(payee_account)
        assert responses.items
        other.request_responses.reject(payee_account, responses.ids[0])
        assert other.request_responses.get(payee_account, responses.ids[0]).status == "REJECTED"


def test_confirmation_of_funds(on_behalf: ApiContext) -> None:
    with _client(on_behalf) as client:
        account_id, iban = _account(client)
        try:
            small = client.confirmation_of_funds.check(amount="0.01", iban=iban)
        except APIStatusError as error:
            if "is not emulated" in " ".join(error.errors):
                pytest.skip("the emulator does not emulate confirmation-of-funds yet")
            raise
        huge = client.confirmation_of_funds.check(amount="99999999.00", account_id=account_id)
    assert small is True
    assert huge is False


def test_notification_filters_replace_and_get(on_behalf: ApiContext) -> None:
    target = "https://app.example/bunq/callback"
    with _client(on_behalf) as client:
        account_id, _ = _account(client)
        _require(client, "List_all_NotificationFilterUrl_for_User")
        client.notification_filters.replace_user(
            [{"category": "PAYMENT", "notification_target": target}]
        )
        user_filters = client.notification_filters.get_user()
        client.notification_filters.replace_account(
            account_id, [{"category": "MUTATION", "notification_target": target}]
        )
        account_filters = client.notification_filters.get_account(account_id)
        client.notification_filters.replace_user([])
        cleared = client.notification_filters.get_user()
    assert [(f.category, f.notification_target) for f in user_filters] == [("PAYMENT", target)]
    assert [(f.category, f.notification_target) for f in account_filters] == [("MUTATION", target)]
    assert cleared == []
