"""``client.monetary_accounts``: the customer's accounts, under the UserApiKey id."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from bunq_connect.client._base_client import APIResponse, RequestOptions
from bunq_connect.client._pagination import Page
from bunq_connect.client.resources._base import AsyncResource, SyncResource
from bunq_connect.models.accounts import MonetaryAccount


def _list_options(user_id: int, count: int | None, params: dict[str, str] | None) -> RequestOptions:
    query: dict[str, str | int] = dict(params or {})
    if count is not None:
        query["count"] = count
    return RequestOptions("GET", f"user/{user_id}/monetary-account", params=query or None)


def _get_options(user_id: int, account_id: int) -> RequestOptions:
    return RequestOptions("GET", f"user/{user_id}/monetary-account/{int(account_id)}")


def _parse_page(response: APIResponse) -> Page[MonetaryAccount]:
    items = [MonetaryAccount.from_item(name, payload) for name, payload in response.envelope.items]
    return Page(items=items, pagination=response.envelope.pagination, response=response)


def _parse_one(response: APIResponse) -> MonetaryAccount:
    name, payload = response.envelope.items[0]
    return MonetaryAccount.from_item(name, payload)


class MonetaryAccounts(SyncResource):
    def list(self, *, count: int | None = None) -> Page[MonetaryAccount]:
        """The newest page of accounts (``count`` up to 200)."""
        return _parse_page(self._client.request(_list_options(self._client.user_id, count, None)))

    def iter(self, *, count: int = 200) -> Iterator[MonetaryAccount]:
        """Every account, fetching older pages lazily."""
        page = self.list(count=count)
        while True:
            yield from page.items
            older = page.older_params
            if not older:
                return
            page = _parse_page(
                self._client.request(_list_options(self._client.user_id, None, older))
            )

    def get(self, account_id: int) -> MonetaryAccount:
        return _parse_one(self._client.request(_get_options(self._client.user_id, account_id)))


class AsyncMonetaryAccounts(AsyncResource):
    async def list(self, *, count: int | None = None) -> Page[MonetaryAccount]:
        return _parse_page(
            await self._client.request(_list_options(self._client.user_id, count, None))
        )

    async def iter(self, *, count: int = 200) -> AsyncIterator[MonetaryAccount]:
        page = await self.list(count=count)
        while True:
            for item in page.items:
                yield item
            older = page.older_params
            if not older:
                return
            page = _parse_page(
                await self._client.request(_list_options(self._client.user_id, None, older))
            )

    async def get(self, account_id: int) -> MonetaryAccount:
        return _parse_one(
            await self._client.request(_get_options(self._client.user_id, account_id))
        )
