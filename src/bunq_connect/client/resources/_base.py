"""What every resource shares: run a :class:`Plan`, raw mode, and the four list calls.

A resource method builds a :class:`~bunq_connect.client._raw.Plan` with module-level functions
(no I/O) and runs it with ``self._run``; the sync and async classes differ only in ``await``.
List resources describe a collection once as a :class:`Listing` and get ``list``/``iter``/
``iter_pages``/``poll_new`` from :meth:`SyncResource._list` and friends.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast

from bunq_connect.client._base_client import APIResponse, RequestOptions
from bunq_connect.client._pagination import (
    MAX_COUNT,
    NewItemsPoll,
    Page,
    PollResult,
    list_options,
    older_options,
    page_parser,
)
from bunq_connect.client._raw import Plan, RawResponse

if TYPE_CHECKING:
    from bunq_connect.client._client import AsyncBunqClient, BunqClient

__all__ = ["AsyncResource", "Listing", "SyncResource"]

R = TypeVar("R")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Listing(Generic[T]):
    """A collection: its path (relative to /v1), fixed filters, and how one item decodes."""

    path: str
    decode: Callable[[str, Any], T]
    params: Mapping[str, str | int] | None = None

    def first(self, count: int | None) -> RequestOptions:
        return list_options(self.path, count=count, params=self.params)

    def plan(self, count: int | None) -> Plan[Page[T]]:
        return Plan(self.first(count), page_parser(self.decode))

    def poll(self, since_id: int, count: int) -> NewItemsPoll[T]:
        return NewItemsPoll(self.path, since_id, count=count, params=self.params)


class _Resource:
    def __init__(self, *, raw: bool = False) -> None:
        self._raw = raw

    def _finish(self, response: APIResponse, plan: Plan[R]) -> R:
        if self._raw:
            # Raw mode: the *WithRawResponse view re-types the method as returning this.
            return cast(R, RawResponse(response, plan.parse))
        return plan.parse(response)


class SyncResource(_Resource):
    def __init__(self, client: BunqClient, *, raw: bool = False) -> None:
        super().__init__(raw=raw)
        self._client = client

    @property
    def _user_id(self) -> int:
        return self._client.user_id

    def _raw_twin(self) -> Self:
        return type(self)(self._client, raw=True)

    def _run(self, plan: Plan[R]) -> R:
        return self._finish(self._client.request(plan.options), plan)

    def _fetch(self, options: RequestOptions, listing: Listing[T]) -> Page[T]:
        return page_parser(listing.decode)(self._client.request(options))

    def _list(self, listing: Listing[T], count: int | None) -> Page[T]:
        return self._run(listing.plan(count))

    def _iter_pages(self, listing: Listing[T], count: int | None) -> Iterator[Page[T]]:
        options: RequestOptions | None = listing.first(count)
        while options is not None:
            page = self._fetch(options, listing)
            yield page
            options = older_options(options, page)

    def _iter(self, listing: Listing[T], count: int | None) -> Iterator[T]:
        for page in self._iter_pages(listing, count):
            yield from page.items

    def _poll_new(self, listing: Listing[T], since_id: int, count: int) -> PollResult[T]:
        poll = listing.poll(since_id, count)
        options: RequestOptions | None = poll.start()
        while options is not None:
            options = poll.feed(self._fetch(options, listing))
        return poll.result()


class AsyncResource(_Resource):
    def __init__(self, client: AsyncBunqClient, *, raw: bool = False) -> None:
        super().__init__(raw=raw)
        self._client = client

    @property
    def _user_id(self) -> int:
        return self._client.user_id

    def _raw_twin(self) -> Self:
        return type(self)(self._client, raw=True)

    async def _run(self, plan: Plan[R]) -> R:
        return self._finish(await self._client.request(plan.options), plan)

    async def _fetch(self, options: RequestOptions, listing: Listing[T]) -> Page[T]:
        return page_parser(listing.decode)(await self._client.request(options))

    async def _list(self, listing: Listing[T], count: int | None) -> Page[T]:
        return await self._run(listing.plan(count))

    async def _iter_pages(self, listing: Listing[T], count: int | None) -> AsyncIterator[Page[T]]:
        options: RequestOptions | None = listing.first(count)
        while options is not None:
            page = await self._fetch(options, listing)
            yield page
            options = older_options(options, page)

    async def _iter(self, listing: Listing[T], count: int | None) -> AsyncIterator[T]:
        async for page in self._iter_pages(listing, count):
            for item in page.items:
                yield item

    async def _poll_new(self, listing: Listing[T], since_id: int, count: int) -> PollResult[T]:
        poll = listing.poll(since_id, count)
        options: RequestOptions | None = poll.start()
        while options is not None:
            options = poll.feed(await self._fetch(options, listing))
        return poll.result()


DEFAULT_ITER_COUNT = MAX_COUNT
"""Pages fetched by ``iter``/``iter_pages``/``poll_new`` hold this many items unless told."""
