"""``client.draft_payments``: payments the customer approves in the bunq app (PISP).

    draft_id = client.draft_payments.create(
        account_id,
        entries=[
            draft_entry("10.00", {"type": "IBAN", "value": "NL..", "name": "Shop"}, "order 42"),
        ],
    )
    client.draft_payments.list(account_id)        # Page[DraftPaymentRead], newest first
    client.draft_payments.get(account_id, draft_id)

``create`` is sent as a call that moves money, with a ``merchant_reference`` marker on its first
entry (yours, or a generated ``bc-...``): an ambiguous failure is resolved by looking for it.
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
from bunq_connect.client.resources._money import apply_marker
from bunq_connect.errors import UsageError

if TYPE_CHECKING:
    from bunq_connect.models._generated import DraftPaymentRead

__all__ = [
    "AsyncDraftPayments",
    "AsyncDraftPaymentsWithRawResponse",
    "DraftPayments",
    "DraftPaymentsWithRawResponse",
    "draft_entry",
]


draft_entry = payment_fields
"""One entry of a draft payment, as bunq takes it (the fields of any payment)."""


def decode_draft(type_name: str, payload: Any) -> DraftPaymentRead:
    from bunq_connect.models._generated import DraftPaymentRead

    return DraftPaymentRead.model_validate(payload)


def create_plan(
    user_id: int,
    account_id: int,
    entries: Sequence[Mapping[str, Any]],
    number_of_required_accepts: int,
    merchant_reference: str | None,
) -> Plan[int]:
    if not entries:
        raise UsageError("a draft payment needs at least one entry")
    normalized = [dict(e) for e in entries]
    if merchant_reference and not any(e.get("merchant_reference") for e in normalized):
        normalized[0]["merchant_reference"] = merchant_reference
    body, marker, fresh = apply_marker(
        {"entries": normalized, "number_of_required_accepts": number_of_required_accepts},
        "entries.merchant_reference",
    )
    options = RequestOptions(
        "POST",
        account_path(user_id, account_id, "draft-payment"),
        json_body=body,
        moves_money=True,
        marker=marker,
        marker_is_fresh=fresh,
    )
    return Plan(options, created_id)


class DraftPayments(AccountCollection["DraftPaymentRead"]):
    collection = "draft-payment"

    def _decode(self, type_name: str, payload: Any) -> DraftPaymentRead:
        return decode_draft(type_name, payload)

    def create(
        self,
        account_id: int,
        *,
        entries: Sequence[Mapping[str, Any]],
        number_of_required_accepts: int = 1,
        merchant_reference: str | None = None,
    ) -> int:
        """Create a draft (see :func:`draft_entry`); returns its id."""
        return self._run(
            create_plan(
                self._user_id, account_id, entries, number_of_required_accepts, merchant_reference
            )
        )

    @property
    def with_raw_response(self) -> DraftPaymentsWithRawResponse:
        return DraftPaymentsWithRawResponse(self)


class AsyncDraftPayments(AsyncAccountCollection["DraftPaymentRead"]):
    collection = "draft-payment"

    def _decode(self, type_name: str, payload: Any) -> DraftPaymentRead:
        return decode_draft(type_name, payload)

    async def create(
        self,
        account_id: int,
        *,
        entries: Sequence[Mapping[str, Any]],
        number_of_required_accepts: int = 1,
        merchant_reference: str | None = None,
    ) -> int:
        return await self._run(
            create_plan(
                self._user_id, account_id, entries, number_of_required_accepts, merchant_reference
            )
        )

    @property
    def with_raw_response(self) -> AsyncDraftPaymentsWithRawResponse:
        return AsyncDraftPaymentsWithRawResponse(self)


class DraftPaymentsWithRawResponse(AccountCollectionWithRawResponse["DraftPaymentRead"]):
    def __init__(self, resource: DraftPayments) -> None:
        super().__init__(resource)
        self.create = to_raw_response_wrapper(resource._raw_twin().create)


class AsyncDraftPaymentsWithRawResponse(AsyncAccountCollectionWithRawResponse["DraftPaymentRead"]):
    def __init__(self, resource: AsyncDraftPayments) -> None:
        super().__init__(resource)
        self.create = async_to_raw_response_wrapper(resource._raw_twin().create)
