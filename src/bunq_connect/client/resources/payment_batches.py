"""``client.payment_batches``: several payments from one account in one atomic call.

    from bunq_connect.client.resources.payment_batches import batch_payment

    batch_id = client.payment_batches.create(
        account_id,
        payments=[
            batch_payment("12.50", {"type": "IBAN", "value": "NL..", "name": "Ann"}, "rent"),
            batch_payment("3.00", {"type": "EMAIL", "value": "bob@example.com"}, "coffee",
                          merchant_reference="order-42"),
        ],
    )
    batch = client.payment_batches.get(account_id, batch_id)   # PaymentBatchRead
    for payment in batch.payments.Payment_1 or []: ...           # the debit sides, in order
    client.payment_batches.list(account_id)                    # Page[PaymentBatchRead]

bunq makes every payment of a batch or none (not enough money for the sum: 490). ``create``
moves money: it is sent with ``moves_money=True`` and every payment carries a
``merchant_reference`` marker (yours, or a generated ``bc-...``); the first one is the batch's
marker, so an ambiguous failure is resolved by finding the batch whose payments carry it, never
by paying twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    account_path,
    created_id,
    payment_fields,
)
from bunq_connect.client.resources._money import new_marker
from bunq_connect.errors import UsageError

if TYPE_CHECKING:
    from bunq_connect.models._generated import PaymentBatchRead

__all__ = [
    "AsyncPaymentBatches",
    "AsyncPaymentBatchesWithRawResponse",
    "PaymentBatches",
    "PaymentBatchesWithRawResponse",
    "batch_payment",
]


batch_payment = payment_fields
"""One payment of a batch, as bunq takes it (the fields of any payment)."""


def decode_batch(type_name: str, payload: Any) -> PaymentBatchRead:
    from bunq_connect.models._generated import PaymentBatchRead

    return PaymentBatchRead.model_validate(payload)


def create_plan(user_id: int, account_id: int, payments: Sequence[Mapping[str, Any]]) -> Plan[int]:
    if isinstance(payments, Mapping | str | bytes) or not payments:
        raise UsageError("a payment batch needs a non-empty list of payments")
    marked: list[dict[str, Any]] = []
    first_is_fresh = False
    for payment in payments:
        if not isinstance(payment, Mapping):
            raise UsageError("each payment of a batch is a mapping (see batch_payment())")
        entry = dict(payment)
        if not entry.get("merchant_reference"):
            entry["merchant_reference"] = new_marker()
            first_is_fresh = first_is_fresh or not marked
        marked.append(entry)
    options = RequestOptions(
        "POST",
        account_path(user_id, account_id, "payment-batch"),
        json_body={"payments": marked},
        moves_money=True,
        marker=str(marked[0]["merchant_reference"]),
        marker_is_fresh=first_is_fresh,
    )
    return Plan(options, created_id)


class PaymentBatches(AccountCollection["PaymentBatchRead"]):
    collection = "payment-batch"

    def _decode(self, type_name: str, payload: Any) -> PaymentBatchRead:
        return decode_batch(type_name, payload)

    def create(self, account_id: int, *, payments: Sequence[Mapping[str, Any]]) -> int:
        """Pay all of ``payments`` from ``account_id`` or none; returns the batch's id."""
        return self._run(create_plan(self._user_id, account_id, payments))

    @property
    def with_raw_response(self) -> PaymentBatchesWithRawResponse:
        return PaymentBatchesWithRawResponse(self)


class AsyncPaymentBatches(AsyncAccountCollection["PaymentBatchRead"]):
    collection = "payment-batch"

    def _decode(self, type_name: str, payload: Any) -> PaymentBatchRead:
        return decode_batch(type_name, payload)

    async def create(self, account_id: int, *, payments: Sequence[Mapping[str, Any]]) -> int:
        return await self._run(create_plan(self._user_id, account_id, payments))

    @property
    def with_raw_response(self) -> AsyncPaymentBatchesWithRawResponse:
        return AsyncPaymentBatchesWithRawResponse(self)


class PaymentBatchesWithRawResponse(AccountCollectionWithRawResponse["PaymentBatchRead"]):
    def __init__(self, resource: PaymentBatches) -> None:
        super().__init__(resource)
        self.create = to_raw_response_wrapper(resource._raw_twin().create)


class AsyncPaymentBatchesWithRawResponse(AsyncAccountCollectionWithRawResponse["PaymentBatchRead"]):
    def __init__(self, resource: AsyncPaymentBatches) -> None:
        super().__init__(resource)
        self.create = async_to_raw_response_wrapper(resource._raw_twin().create)
