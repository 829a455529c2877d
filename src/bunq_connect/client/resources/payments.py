"""``client.payments``: a monetary account's payments (read; create where permitted).

    page = client.payments.list(account_id)                 # newest first, Page[PaymentRead]
    payment = client.payments.get(account_id, payment_id)
    new_id = client.payments.create(
        account_id,
        amount="12.50",                                      # Decimal, str or Amount; EUR default
        counterparty_alias={"type": "IBAN", "value": "NL..", "name": "Ann"},
        description="rent",
    )
    for p in client.payments.iter(account_id): ...
    new = client.payments.poll_new(account_id, since_id=last_seen)   # oldest first
    raw = client.payments.with_raw_response.list(account_id)

``create`` moves money: it is sent with ``moves_money=True`` and always carries a
``merchant_reference`` marker (yours, or a generated ``bc-...``), so an ambiguous failure is
resolved by looking the payment up, never by paying twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bunq_connect.client._base_client import RequestOptions
from bunq_connect.client._raw import Plan, async_to_raw_response_wrapper, to_raw_response_wrapper
from bunq_connect.client.resources._collections import (
    AccountCollection,
    AccountCollectionWithRawResponse,
    AsyncAccountCollection,
    AsyncAccountCollectionWithRawResponse,
)
from bunq_connect.client.resources._common import (
    AmountLike,
    PointerLike,
    account_path,
    created_id,
    payment_fields,
)
from bunq_connect.client.resources._money import apply_marker

if TYPE_CHECKING:
    from bunq_connect.models._generated import PaymentRead

__all__ = ["AsyncPayments", "AsyncPaymentsWithRawResponse", "Payments", "PaymentsWithRawResponse"]


def decode_payment(type_name: str, payload: Any) -> PaymentRead:
    from bunq_connect.models._generated import PaymentRead

    return PaymentRead.model_validate(payload)


def create_plan(
    user_id: int,
    account_id: int,
    *,
    amount: AmountLike,
    currency: str,
    counterparty_alias: PointerLike,
    description: str,
    merchant_reference: str | None,
    extra: dict[str, Any] | None,
) -> Plan[int]:
    body: dict[str, Any] = {
        **(extra or {}),
        **payment_fields(
            amount,
            counterparty_alias,
            description,
            currency=currency,
            merchant_reference=merchant_reference,
        ),
    }
    body, marker, fresh = apply_marker(body, "merchant_reference")
    options = RequestOptions(
        "POST",
        account_path(user_id, account_id, "payment"),
        json_body=body,
        moves_money=True,
        marker=marker,
        marker_is_fresh=fresh,
    )
    return Plan(options, created_id)


class Payments(AccountCollection["PaymentRead"]):
    collection = "payment"

    def _decode(self, type_name: str, payload: Any) -> PaymentRead:
        return decode_payment(type_name, payload)

    def create(
        self,
        account_id: int,
        *,
        amount: AmountLike,
        counterparty_alias: PointerLike,
        description: str,
        currency: str = "EUR",
        merchant_reference: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> int:
        """Pay from ``account_id``; returns the new payment's id (see the module docstring)."""
        return self._run(
            create_plan(
                self._user_id,
                account_id,
                amount=amount,
                currency=currency,
                counterparty_alias=counterparty_alias,
                description=description,
                merchant_reference=merchant_reference,
                extra=extra,
            )
        )

    @property
    def with_raw_response(self) -> PaymentsWithRawResponse:
        return PaymentsWithRawResponse(self)


class AsyncPayments(AsyncAccountCollection["PaymentRead"]):
    collection = "payment"

    def _decode(self, type_name: str, payload: Any) -> PaymentRead:
        return decode_payment(type_name, payload)

    async def create(
        self,
        account_id: int,
        *,
        amount: AmountLike,
        counterparty_alias: PointerLike,
        description: str,
        currency: str = "EUR",
        merchant_reference: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> int:
        return await self._run(
            create_plan(
                self._user_id,
                account_id,
                amount=amount,
                currency=currency,
                counterparty_alias=counterparty_alias,
                description=description,
                merchant_reference=merchant_reference,
                extra=extra,
            )
        )

    @property
    def with_raw_response(self) -> AsyncPaymentsWithRawResponse:
        return AsyncPaymentsWithRawResponse(self)


class PaymentsWithRawResponse(AccountCollectionWithRawResponse["PaymentRead"]):
    def __init__(self, resource: Payments) -> None:
        super().__init__(resource)
        self.create = to_raw_response_wrapper(resource._raw_twin().create)


class AsyncPaymentsWithRawResponse(AsyncAccountCollectionWithRawResponse["PaymentRead"]):
    def __init__(self, resource: AsyncPayments) -> None:
        super().__init__(resource)
        self.create = async_to_raw_response_wrapper(resource._raw_twin().create)
