"""Collections under the user: ``client.events``, ``client.cards``,
``client.payment_service_provider_draft_payments``.

    for event in client.events.iter(params={"monetary_account_id": account_id}):
        ...                                         # EventRead, newest first
    new = client.events.poll_new(since_id=last)     # oldest first, new.newest_id to store
    client.cards.list()                             # Page[CardRead]
    draft_id = client.payment_service_provider_draft_payments.create(
        sender_iban="NL..", counterparty_iban="NL..", counterparty_name="Shop",
        description="order 42", amount="10.00",
    )
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bunq_connect.client._base_client import RequestOptions
from bunq_connect.client._raw import Plan, async_to_raw_response_wrapper, to_raw_response_wrapper
from bunq_connect.client.resources._collections import (
    AsyncUserCollection,
    AsyncUserCollectionWithRawResponse,
    UserCollection,
    UserCollectionWithRawResponse,
)
from bunq_connect.client.resources._common import AmountLike, amount_json, created_id

if TYPE_CHECKING:
    from bunq_connect.models._generated import (
        CardRead,
        EventRead,
        PaymentServiceProviderDraftPaymentRead,
    )

__all__ = [
    "AsyncCards",
    "AsyncEvents",
    "AsyncPaymentServiceProviderDraftPayments",
    "AsyncPaymentServiceProviderDraftPaymentsWithRawResponse",
    "Cards",
    "Events",
    "PaymentServiceProviderDraftPayments",
    "PaymentServiceProviderDraftPaymentsWithRawResponse",
]


def decode_event(type_name: str, payload: Any) -> EventRead:
    from bunq_connect.models._generated import EventRead

    return EventRead.model_validate(payload)


def decode_card(type_name: str, payload: Any) -> CardRead:
    # bunq wraps cards as CardDebit / CardCredit / Card: one read shape holds them all.
    from bunq_connect.models._generated import CardRead

    return CardRead.model_validate(payload)


def decode_psd2_draft(type_name: str, payload: Any) -> PaymentServiceProviderDraftPaymentRead:
    from bunq_connect.models._generated import PaymentServiceProviderDraftPaymentRead

    return PaymentServiceProviderDraftPaymentRead.model_validate(payload)


class Events(UserCollection["EventRead"]):
    """``user/{id}/event``: filters go in ``params`` (``monetary_account_id``, ``status``...)."""

    collection = "event"

    def _decode(self, type_name: str, payload: Any) -> EventRead:
        return decode_event(type_name, payload)


class AsyncEvents(AsyncUserCollection["EventRead"]):
    collection = "event"

    def _decode(self, type_name: str, payload: Any) -> EventRead:
        return decode_event(type_name, payload)


class Cards(UserCollection["CardRead"]):
    collection = "card"

    def _decode(self, type_name: str, payload: Any) -> CardRead:
        return decode_card(type_name, payload)


class AsyncCards(AsyncUserCollection["CardRead"]):
    collection = "card"

    def _decode(self, type_name: str, payload: Any) -> CardRead:
        return decode_card(type_name, payload)


PSD2_DRAFTS = "payment-service-provider-draft-payment"


def psd2_create_plan(
    user_id: int,
    *,
    sender_iban: str,
    counterparty_iban: str,
    counterparty_name: str,
    description: str,
    amount: AmountLike,
    currency: str,
    sender_name: str | None,
    status: str | None,
) -> Plan[int]:
    body: dict[str, Any] = {
        "sender_iban": sender_iban,
        "counterparty_iban": counterparty_iban,
        "counterparty_name": counterparty_name,
        "description": description,
        "amount": amount_json(amount, currency),
    }
    if sender_name is not None:
        body["sender_name"] = sender_name
    if status is not None:
        body["status"] = status
    # No marker field in this body: an ambiguous failure is reported, never re-sent blind.
    options = RequestOptions(
        "POST", f"user/{user_id}/{PSD2_DRAFTS}", json_body=body, moves_money=True
    )
    return Plan(options, created_id)


class PaymentServiceProviderDraftPayments(UserCollection["PaymentServiceProviderDraftPaymentRead"]):
    """A PISP's draft payments, approved by the customer in the bunq app."""

    collection = PSD2_DRAFTS

    def _decode(self, type_name: str, payload: Any) -> PaymentServiceProviderDraftPaymentRead:
        return decode_psd2_draft(type_name, payload)

    def create(
        self,
        *,
        sender_iban: str,
        counterparty_iban: str,
        counterparty_name: str,
        description: str,
        amount: AmountLike,
        currency: str = "EUR",
        sender_name: str | None = None,
        status: str | None = None,
    ) -> int:
        return self._run(
            psd2_create_plan(
                self._user_id,
                sender_iban=sender_iban,
                counterparty_iban=counterparty_iban,
                counterparty_name=counterparty_name,
                description=description,
                amount=amount,
                currency=currency,
                sender_name=sender_name,
                status=status,
            )
        )

    @property
    def with_raw_response(self) -> PaymentServiceProviderDraftPaymentsWithRawResponse:
        return PaymentServiceProviderDraftPaymentsWithRawResponse(self)


class AsyncPaymentServiceProviderDraftPayments(
    AsyncUserCollection["PaymentServiceProviderDraftPaymentRead"]
):
    collection = PSD2_DRAFTS

    def _decode(self, type_name: str, payload: Any) -> PaymentServiceProviderDraftPaymentRead:
        return decode_psd2_draft(type_name, payload)

    async def create(
        self,
        *,
        sender_iban: str,
        counterparty_iban: str,
        counterparty_name: str,
        description: str,
        amount: AmountLike,
        currency: str = "EUR",
        sender_name: str | None = None,
        status: str | None = None,
    ) -> int:
        return await self._run(
            psd2_create_plan(
                self._user_id,
                sender_iban=sender_iban,
                counterparty_iban=counterparty_iban,
                counterparty_name=counterparty_name,
                description=description,
                amount=amount,
                currency=currency,
                sender_name=sender_name,
                status=status,
            )
        )

    @property
    def with_raw_response(self) -> AsyncPaymentServiceProviderDraftPaymentsWithRawResponse:
        return AsyncPaymentServiceProviderDraftPaymentsWithRawResponse(self)


class PaymentServiceProviderDraftPaymentsWithRawResponse(
    UserCollectionWithRawResponse["PaymentServiceProviderDraftPaymentRead"]
):
    def __init__(self, resource: PaymentServiceProviderDraftPayments) -> None:
        super().__init__(resource)
        self.create = to_raw_response_wrapper(resource._raw_twin().create)


class AsyncPaymentServiceProviderDraftPaymentsWithRawResponse(
    AsyncUserCollectionWithRawResponse["PaymentServiceProviderDraftPaymentRead"]
):
    def __init__(self, resource: AsyncPaymentServiceProviderDraftPayments) -> None:
        super().__init__(resource)
        self.create = async_to_raw_response_wrapper(resource._raw_twin().create)
