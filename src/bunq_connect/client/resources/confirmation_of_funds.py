"""``client.confirmation_of_funds``: does the customer's account hold an amount? (CBPII)

    ok = client.confirmation_of_funds.check(amount="25.00", iban="NL..BUNQ..")
    ok = client.confirmation_of_funds.check(amount="25.00", account_id=account_id)  # IBAN lookup

``POST /user/{userID}/confirmation-of-funds`` with ``pointer_iban`` and ``amount``; the answer's
``has_sufficient_funds`` is returned as a bool.
"""

from __future__ import annotations

from collections.abc import Mapping

from bunq_connect.client._base_client import APIResponse, RequestOptions
from bunq_connect.client._raw import Plan, async_to_raw_response_wrapper, to_raw_response_wrapper
from bunq_connect.client.resources._base import AsyncResource, SyncResource
from bunq_connect.client.resources._common import AmountLike, amount_json
from bunq_connect.errors import ResponseParseError, UsageError
from bunq_connect.models.accounts import MonetaryAccount

__all__ = [
    "AsyncConfirmationOfFunds",
    "AsyncConfirmationOfFundsWithRawResponse",
    "ConfirmationOfFunds",
    "ConfirmationOfFundsWithRawResponse",
]


def parse_sufficient(response: APIResponse) -> bool:
    for _, payload in response.envelope.items:
        if isinstance(payload, Mapping) and "has_sufficient_funds" in payload:
            return bool(payload["has_sufficient_funds"])
    raise ResponseParseError(
        "the confirmation-of-funds answer holds no has_sufficient_funds",
        status_code=response.status_code,
        response_id=response.response_id,
    )


def check_plan(user_id: int, iban: str, amount: AmountLike, currency: str) -> Plan[bool]:
    body = {
        "pointer_iban": {"type": "IBAN", "value": iban},
        "amount": amount_json(amount, currency),
    }
    return Plan(
        RequestOptions("POST", f"user/{user_id}/confirmation-of-funds", json_body=body),
        parse_sufficient,
    )


def _account_options(user_id: int, account_id: int) -> RequestOptions:
    return RequestOptions("GET", f"user/{user_id}/monetary-account/{int(account_id)}")


def _iban_of(response: APIResponse) -> str:
    name, payload = response.envelope.items[0]
    iban = MonetaryAccount.from_item(name, payload).iban
    if not iban:
        raise UsageError("the monetary account has no IBAN to check funds on")
    return iban


def _one_of(iban: str | None, account_id: int | None) -> None:
    if (iban is None) == (account_id is None):
        raise UsageError("give exactly one of iban= or account_id=")


class ConfirmationOfFunds(SyncResource):
    def check(
        self,
        *,
        amount: AmountLike,
        iban: str | None = None,
        account_id: int | None = None,
        currency: str = "EUR",
    ) -> bool:
        """Whether the account (by ``iban``, or ``account_id``) holds ``amount``."""
        _one_of(iban, account_id)
        if iban is None:
            assert account_id is not None
            iban = _iban_of(self._client.request(_account_options(self._user_id, account_id)))
        return self._run(check_plan(self._user_id, iban, amount, currency))

    @property
    def with_raw_response(self) -> ConfirmationOfFundsWithRawResponse:
        return ConfirmationOfFundsWithRawResponse(self)


class AsyncConfirmationOfFunds(AsyncResource):
    async def check(
        self,
        *,
        amount: AmountLike,
        iban: str | None = None,
        account_id: int | None = None,
        currency: str = "EUR",
    ) -> bool:
        _one_of(iban, account_id)
        if iban is None:
            assert account_id is not None
            response = await self._client.request(_account_options(self._user_id, account_id))
            iban = _iban_of(response)
        return await self._run(check_plan(self._user_id, iban, amount, currency))

    @property
    def with_raw_response(self) -> AsyncConfirmationOfFundsWithRawResponse:
        return AsyncConfirmationOfFundsWithRawResponse(self)


class ConfirmationOfFundsWithRawResponse:
    def __init__(self, resource: ConfirmationOfFunds) -> None:
        # Only the funds check itself is raw; an IBAN lookup before it is a plain call.
        self.check = to_raw_response_wrapper(resource._raw_twin().check)


class AsyncConfirmationOfFundsWithRawResponse:
    def __init__(self, resource: AsyncConfirmationOfFunds) -> None:
        self.check = async_to_raw_response_wrapper(resource._raw_twin().check)
