"""``client.request_responses``: payment requests the customer received.

    page = client.request_responses.list(account_id)       # Page[RequestResponseRead]
    client.request_responses.accept(account_id, rid)        # pays: sent as moving money
    client.request_responses.reject(account_id, rid)

``accept`` moves money and has no marker field in bunq's body, so after an ambiguous failure
it is never re-sent: it raises :class:`~bunq_connect.errors.AmbiguousOutcomeError`; read the
request response (``get``) to see whether it was accepted.
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
    account_path,
    amount_json,
    item_id,
    nothing,
)

if TYPE_CHECKING:
    from bunq_connect.models._generated import RequestResponseRead

__all__ = [
    "AsyncRequestResponses",
    "AsyncRequestResponsesWithRawResponse",
    "RequestResponses",
    "RequestResponsesWithRawResponse",
]

COLLECTION = "request-response"


def decode_response(type_name: str, payload: Any) -> RequestResponseRead:
    from bunq_connect.models._generated import RequestResponseRead

    return RequestResponseRead.model_validate(payload)


def accept_plan(
    user_id: int,
    account_id: int,
    response_id: int,
    amount_responded: AmountLike | None,
    currency: str,
    extra: dict[str, Any] | None,
) -> Plan[None]:
    body: dict[str, Any] = {**(extra or {}), "status": "ACCEPTED"}
    if amount_responded is not None:
        body["amount_responded"] = amount_json(amount_responded, currency)
    path = f"{account_path(user_id, account_id, COLLECTION)}/{item_id(response_id)}"
    return Plan(RequestOptions("PUT", path, json_body=body, moves_money=True), nothing)


def reject_plan(user_id: int, account_id: int, response_id: int) -> Plan[None]:
    path = f"{account_path(user_id, account_id, COLLECTION)}/{item_id(response_id)}"
    return Plan(RequestOptions("PUT", path, json_body={"status": "REJECTED"}), nothing)


class RequestResponses(AccountCollection["RequestResponseRead"]):
    collection = COLLECTION

    def _decode(self, type_name: str, payload: Any) -> RequestResponseRead:
        return decode_response(type_name, payload)

    def accept(
        self,
        account_id: int,
        id: int,
        *,
        amount_responded: AmountLike | None = None,
        currency: str = "EUR",
        extra: dict[str, Any] | None = None,
    ) -> None:
        """Pay the request (``amount_responded`` defaults to the amount asked)."""
        return self._run(
            accept_plan(self._user_id, account_id, id, amount_responded, currency, extra)
        )

    def reject(self, account_id: int, id: int) -> None:
        return self._run(reject_plan(self._user_id, account_id, id))

    @property
    def with_raw_response(self) -> RequestResponsesWithRawResponse:
        return RequestResponsesWithRawResponse(self)


class AsyncRequestResponses(AsyncAccountCollection["RequestResponseRead"]):
    collection = COLLECTION

    def _decode(self, type_name: str, payload: Any) -> RequestResponseRead:
        return decode_response(type_name, payload)

    async def accept(
        self,
        account_id: int,
        id: int,
        *,
        amount_responded: AmountLike | None = None,
        currency: str = "EUR",
        extra: dict[str, Any] | None = None,
    ) -> None:
        return await self._run(
            accept_plan(self._user_id, account_id, id, amount_responded, currency, extra)
        )

    async def reject(self, account_id: int, id: int) -> None:
        return await self._run(reject_plan(self._user_id, account_id, id))

    @property
    def with_raw_response(self) -> AsyncRequestResponsesWithRawResponse:
        return AsyncRequestResponsesWithRawResponse(self)


class RequestResponsesWithRawResponse(AccountCollectionWithRawResponse["RequestResponseRead"]):
    def __init__(self, resource: RequestResponses) -> None:
        super().__init__(resource)
        raw = resource._raw_twin()
        self.accept = to_raw_response_wrapper(raw.accept)
        self.reject = to_raw_response_wrapper(raw.reject)


class AsyncRequestResponsesWithRawResponse(
    AsyncAccountCollectionWithRawResponse["RequestResponseRead"]
):
    def __init__(self, resource: AsyncRequestResponses) -> None:
        super().__init__(resource)
        raw = resource._raw_twin()
        self.accept = async_to_raw_response_wrapper(raw.accept)
        self.reject = async_to_raw_response_wrapper(raw.reject)
