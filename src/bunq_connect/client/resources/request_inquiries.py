"""``client.request_inquiries``: payment requests sent from a monetary account.

rid = client.request_inquiries.create(
    account_id, amount_inquired="5.00",
    counterparty_alias={"type": "EMAIL", "value": "friend@example.com"},
    description="lunch",
)
client.request_inquiries.list(account_id)     # Page[RequestInquiryRead], newest first
client.request_inquiries.get(account_id, rid)
client.request_inquiries.revoke(account_id, rid)   # PUT status=REVOKED
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
    amount_json,
    created_id,
    item_id,
    nothing,
    pointer_json,
)
from bunq_connect.client.resources._money import apply_marker

if TYPE_CHECKING:
    from bunq_connect.models._generated import RequestInquiryRead

__all__ = [
    "AsyncRequestInquiries",
    "AsyncRequestInquiriesWithRawResponse",
    "RequestInquiries",
    "RequestInquiriesWithRawResponse",
]

COLLECTION = "request-inquiry"


def decode_inquiry(type_name: str, payload: Any) -> RequestInquiryRead:
    from bunq_connect.models._generated import RequestInquiryRead

    return RequestInquiryRead.model_validate(payload)


def create_plan(
    user_id: int,
    account_id: int,
    *,
    amount_inquired: AmountLike,
    currency: str,
    counterparty_alias: PointerLike,
    description: str,
    allow_bunqme: bool,
    merchant_reference: str | None,
    extra: dict[str, Any] | None,
) -> Plan[int]:
    body: dict[str, Any] = {
        **(extra or {}),
        "amount_inquired": amount_json(amount_inquired, currency),
        "counterparty_alias": pointer_json(counterparty_alias),
        "description": description,
        "allow_bunqme": allow_bunqme,
    }
    if merchant_reference:
        body["merchant_reference"] = merchant_reference
    # Not money yet, but a request sent twice is paid twice (sugardaddy pays at once): it is
    # marked and looked up after an ambiguous failure like a payment.
    body, marker, fresh = apply_marker(body, "merchant_reference")
    path = account_path(user_id, account_id, COLLECTION)
    options = RequestOptions(
        "POST", path, json_body=body, moves_money=True, marker=marker, marker_is_fresh=fresh
    )
    return Plan(options, created_id)


def revoke_plan(user_id: int, account_id: int, inquiry_id: int) -> Plan[None]:
    path = f"{account_path(user_id, account_id, COLLECTION)}/{item_id(inquiry_id)}"
    return Plan(RequestOptions("PUT", path, json_body={"status": "REVOKED"}), nothing)


class RequestInquiries(AccountCollection["RequestInquiryRead"]):
    collection = COLLECTION

    def _decode(self, type_name: str, payload: Any) -> RequestInquiryRead:
        return decode_inquiry(type_name, payload)

    def create(
        self,
        account_id: int,
        *,
        amount_inquired: AmountLike,
        counterparty_alias: PointerLike,
        description: str,
        currency: str = "EUR",
        allow_bunqme: bool = False,
        merchant_reference: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> int:
        """Ask ``counterparty_alias`` for money; returns the request's id."""
        return self._run(
            create_plan(
                self._user_id,
                account_id,
                amount_inquired=amount_inquired,
                currency=currency,
                counterparty_alias=counterparty_alias,
                description=description,
                allow_bunqme=allow_bunqme,
                merchant_reference=merchant_reference,
                extra=extra,
            )
        )

    def revoke(self, account_id: int, id: int) -> None:
        return self._run(revoke_plan(self._user_id, account_id, id))

    @property
    def with_raw_response(self) -> RequestInquiriesWithRawResponse:
        return RequestInquiriesWithRawResponse(self)


class AsyncRequestInquiries(AsyncAccountCollection["RequestInquiryRead"]):
    collection = COLLECTION

    def _decode(self, type_name: str, payload: Any) -> RequestInquiryRead:
        return decode_inquiry(type_name, payload)

    async def create(
        self,
        account_id: int,
        *,
        amount_inquired: AmountLike,
        counterparty_alias: PointerLike,
        description: str,
        currency: str = "EUR",
        allow_bunqme: bool = False,
        merchant_reference: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> int:
        return await self._run(
            create_plan(
                self._user_id,
                account_id,
                amount_inquired=amount_inquired,
                currency=currency,
                counterparty_alias=counterparty_alias,
                description=description,
                allow_bunqme=allow_bunqme,
                merchant_reference=merchant_reference,
                extra=extra,
            )
        )

    async def revoke(self, account_id: int, id: int) -> None:
        return await self._run(revoke_plan(self._user_id, account_id, id))

    @property
    def with_raw_response(self) -> AsyncRequestInquiriesWithRawResponse:
        return AsyncRequestInquiriesWithRawResponse(self)


class RequestInquiriesWithRawResponse(AccountCollectionWithRawResponse["RequestInquiryRead"]):
    def __init__(self, resource: RequestInquiries) -> None:
        super().__init__(resource)
        raw = resource._raw_twin()
        self.create = to_raw_response_wrapper(raw.create)
        self.revoke = to_raw_response_wrapper(raw.revoke)


class AsyncRequestInquiriesWithRawResponse(
    AsyncAccountCollectionWithRawResponse["RequestInquiryRead"]
):
    def __init__(self, resource: AsyncRequestInquiries) -> None:
        super().__init__(resource)
        raw = resource._raw_twin()
        self.create = async_to_raw_response_wrapper(raw.create)
        self.revoke = async_to_raw_response_wrapper(raw.revoke)
