"""Generic list resources: a collection under a monetary account, or under the user.

A concrete resource names its collection and how one item decodes; it gets ``list``, ``iter``,
``iter_pages``, ``poll_new`` and ``get`` (and their raw twins) from here, sync and async::

    class Payments(AccountCollection["PaymentRead"]):
        collection = "payment"
        def _decode(self, type_name, payload): return PaymentRead.model_validate(payload)
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, ClassVar, Generic, TypeVar

from bunq_connect.client._base_client import RequestOptions
from bunq_connect.client._pagination import MAX_COUNT, Page, PollResult, check_count
from bunq_connect.client._raw import Plan, async_to_raw_response_wrapper, to_raw_response_wrapper
from bunq_connect.client.resources._base import AsyncResource, Listing, SyncResource
from bunq_connect.client.resources._common import account_path, first_item, item_id

__all__ = [
    "AccountCollection",
    "AccountCollectionWithRawResponse",
    "AsyncAccountCollection",
    "AsyncAccountCollectionWithRawResponse",
    "AsyncUserCollection",
    "AsyncUserCollectionWithRawResponse",
    "UserCollection",
    "UserCollectionWithRawResponse",
]

T = TypeVar("T")
Params = Mapping[str, str | int] | None


class _Decodes(Generic[T]):
    collection: ClassVar[str]

    def _decode(self, type_name: str, payload: Any) -> T:
        raise NotImplementedError


# --- under a monetary account: user/{id}/monetary-account/{account}/<collection> ----------


class _AccountPlans(_Decodes[T]):
    def _listing(self, user_id: int, account_id: int) -> Listing[T]:
        return Listing(account_path(user_id, account_id, self.collection), self._decode)

    def _get_plan(self, user_id: int, account_id: int, id_: int) -> Plan[T]:
        path = f"{account_path(user_id, account_id, self.collection)}/{item_id(id_)}"
        return Plan(RequestOptions("GET", path), first_item(self._decode))


class AccountCollection(SyncResource, _AccountPlans[T]):
    def list(self, account_id: int, *, count: int | None = None) -> Page[T]:
        """The newest page (``count`` from 1 to 200; bunq's default is 10)."""
        return self._list(self._listing(self._user_id, account_id), count)

    def iter(self, account_id: int, *, count: int = MAX_COUNT) -> Iterator[T]:
        """Every item, newest first, fetching older pages lazily."""
        check_count(count)
        return self._iter(self._listing(self._user_id, account_id), count)

    def iter_pages(self, account_id: int, *, count: int = MAX_COUNT) -> Iterator[Page[T]]:
        check_count(count)
        return self._iter_pages(self._listing(self._user_id, account_id), count)

    def poll_new(self, account_id: int, *, since_id: int, count: int = MAX_COUNT) -> PollResult[T]:
        """Items with an id above ``since_id``, OLDEST first, and the new ``newest_id``."""
        return self._poll_new(self._listing(self._user_id, account_id), since_id, count)

    def get(self, account_id: int, id: int) -> T:
        return self._run(self._get_plan(self._user_id, account_id, id))

    @property
    def with_raw_response(self) -> AccountCollectionWithRawResponse[T]:
        return AccountCollectionWithRawResponse(self)


class AsyncAccountCollection(AsyncResource, _AccountPlans[T]):
    async def list(self, account_id: int, *, count: int | None = None) -> Page[T]:
        return await self._list(self._listing(self._user_id, account_id), count)

    def iter(self, account_id: int, *, count: int = MAX_COUNT) -> AsyncIterator[T]:
        check_count(count)
        return self._iter(self._listing(self._user_id, account_id), count)

    def iter_pages(self, account_id: int, *, count: int = MAX_COUNT) -> AsyncIterator[Page[T]]:
        check_count(count)
        return self._iter_pages(self._listing(self._user_id, account_id), count)

    async def poll_new(
        self, account_id: int, *, since_id: int, count: int = MAX_COUNT
    ) -> PollResult[T]:
        return await self._poll_new(self._listing(self._user_id, account_id), since_id, count)

    async def get(self, account_id: int, id: int) -> T:
        return await self._run(self._get_plan(self._user_id, account_id, id))

    @property
    def with_raw_response(self) -> AsyncAccountCollectionWithRawResponse[T]:
        return AsyncAccountCollectionWithRawResponse(self)


class AccountCollectionWithRawResponse(Generic[T]):
    def __init__(self, resource: AccountCollection[T]) -> None:
        raw = resource._raw_twin()
        self.list = to_raw_response_wrapper(raw.list)
        self.get = to_raw_response_wrapper(raw.get)


class AsyncAccountCollectionWithRawResponse(Generic[T]):
    def __init__(self, resource: AsyncAccountCollection[T]) -> None:
        raw = resource._raw_twin()
        self.list = async_to_raw_response_wrapper(raw.list)
        self.get = async_to_raw_response_wrapper(raw.get)


# --- under the user: user/{id}/<collection> -------------------------------------------------


class _UserPlans(_Decodes[T]):
    def _listing(self, user_id: int, params: Params = None) -> Listing[T]:
        return Listing(f"user/{user_id}/{self.collection}", self._decode, params or None)

    def _get_plan(self, user_id: int, id_: int) -> Plan[T]:
        path = f"user/{user_id}/{self.collection}/{item_id(id_)}"
        return Plan(RequestOptions("GET", path), first_item(self._decode))


class UserCollection(SyncResource, _UserPlans[T]):
    def list(self, *, count: int | None = None, params: Params = None) -> Page[T]:
        """The newest page (``count`` from 1 to 200; bunq's default is 10).

        ``params``: the collection's own filters, kept on every page link by bunq.
        """
        return self._list(self._listing(self._user_id, params), count)

    def iter(self, *, count: int = MAX_COUNT, params: Params = None) -> Iterator[T]:
        check_count(count)
        return self._iter(self._listing(self._user_id, params), count)

    def iter_pages(self, *, count: int = MAX_COUNT, params: Params = None) -> Iterator[Page[T]]:
        check_count(count)
        return self._iter_pages(self._listing(self._user_id, params), count)

    def poll_new(
        self, *, since_id: int, count: int = MAX_COUNT, params: Params = None
    ) -> PollResult[T]:
        """Items with an id above ``since_id``, OLDEST first, and the new ``newest_id``."""
        return self._poll_new(self._listing(self._user_id, params), since_id, count)

    def get(self, id: int) -> T:
        return self._run(self._get_plan(self._user_id, id))

    @property
    def with_raw_response(self) -> UserCollectionWithRawResponse[T]:
        return UserCollectionWithRawResponse(self)


class AsyncUserCollection(AsyncResource, _UserPlans[T]):
    async def list(self, *, count: int | None = None, params: Params = None) -> Page[T]:
        return await self._list(self._listing(self._user_id, params), count)

    def iter(self, *, count: int = MAX_COUNT, params: Params = None) -> AsyncIterator[T]:
        check_count(count)
        return self._iter(self._listing(self._user_id, params), count)

    def iter_pages(
        self, *, count: int = MAX_COUNT, params: Params = None
    ) -> AsyncIterator[Page[T]]:
        check_count(count)
        return self._iter_pages(self._listing(self._user_id, params), count)

    async def poll_new(
        self, *, since_id: int, count: int = MAX_COUNT, params: Params = None
    ) -> PollResult[T]:
        return await self._poll_new(self._listing(self._user_id, params), since_id, count)

    async def get(self, id: int) -> T:
        return await self._run(self._get_plan(self._user_id, id))

    @property
    def with_raw_response(self) -> AsyncUserCollectionWithRawResponse[T]:
        return AsyncUserCollectionWithRawResponse(self)


class UserCollectionWithRawResponse(Generic[T]):
    def __init__(self, resource: UserCollection[T]) -> None:
        raw = resource._raw_twin()
        self.list = to_raw_response_wrapper(raw.list)
        self.get = to_raw_response_wrapper(raw.get)


class AsyncUserCollectionWithRawResponse(Generic[T]):
    def __init__(self, resource: AsyncUserCollection[T]) -> None:
        raw = resource._raw_twin()
        self.list = async_to_raw_response_wrapper(raw.list)
        self.get = async_to_raw_response_wrapper(raw.get)
