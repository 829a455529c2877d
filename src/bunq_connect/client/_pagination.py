"""Pages as bunq serves them: newest first, ``older_url``/``newer_url``/``future_url``.

Every list resource offers the same four calls, built on the plain functions here (no I/O, so
the sync and async clients share every decision)::

    page = client.payments.list(account_id, count=50)       # the newest page (count <= 200)
    for payment in client.payments.iter(account_id):         # everything, newest first, lazily
        ...
    for page in client.payments.iter_pages(account_id):     # the same, page by page
        ...
    new = client.payments.poll_new(account_id, since_id=stored)
    new.items          # payments with id > stored, OLDEST FIRST (apply them in order)
    new.newest_id      # store it: the next poll starts there (bunq's future_url newer_id)

``count`` above 200 (bunq's maximum) or below 1 is refused with :class:`UsageError` before
anything is sent. ``poll_new(..., since_id=0)`` walks the whole collection oldest first: an
initial sync and every later one are the same call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import parse_qsl, urlsplit

from bunq_connect.client._base_client import RequestOptions
from bunq_connect.errors import UsageError
from bunq_connect.wire.envelope import Pagination

if TYPE_CHECKING:
    from bunq_connect.client._base_client import APIResponse

T = TypeVar("T")

__all__ = [
    "MAX_COUNT",
    "NewItemsPoll",
    "Page",
    "PollResult",
    "check_count",
    "list_options",
    "older_options",
    "page_params",
    "page_parser",
]

MAX_COUNT = 200
"""bunq's largest page."""

Decoder = Callable[[str, Any], T]
"""Turns one answered item, ``(type name, payload)``, into a typed object."""


def page_params(url: str | None) -> dict[str, str] | None:
    """The query of a pagination URL (``/v1/...?count=10&older_id=5``) as params."""
    if not url:
        return None
    return dict(parse_qsl(urlsplit(url).query))


@dataclass(slots=True)
class Page(Generic[T]):
    """One page of items (newest first) and the links bunq gave with it."""

    items: list[T]
    pagination: Pagination | None = None
    response: APIResponse | None = field(default=None, repr=False)
    """The raw answer (headers, response id, request URL) this page came from."""

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> T:
        return self.items[index]

    @property
    def older_params(self) -> dict[str, str] | None:
        return page_params(self.pagination.older_url if self.pagination else None)

    @property
    def newer_params(self) -> dict[str, str] | None:
        return page_params(self.pagination.newer_url if self.pagination else None)

    @property
    def future_params(self) -> dict[str, str] | None:
        return page_params(self.pagination.future_url if self.pagination else None)

    def has_older(self) -> bool:
        return self.older_params is not None

    @property
    def ids(self) -> list[int]:
        """The ids of the items, as answered (newest first)."""
        if self.response is not None:
            payloads = [p for _, p in self.response.envelope.items]
            return [int(p["id"]) for p in payloads if isinstance(p, Mapping) and "id" in p]
        return [int(i) for i in (getattr(item, "id", None) for item in self.items) if i is not None]


def check_count(count: int | None) -> None:
    if count is None:
        return
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_COUNT:
        raise UsageError(f"count must be an integer from 1 to {MAX_COUNT} (bunq's page limit)")


def list_options(
    path: str, *, count: int | None = None, params: Mapping[str, str | int] | None = None
) -> RequestOptions:
    """A GET of the newest page of ``path``; ``count`` is checked before anything is sent."""
    check_count(count)
    query: dict[str, str | int] = dict(params or {})
    if count is not None:
        query["count"] = count
    elif "count" in query:
        check_count(int(query["count"]))
    return RequestOptions("GET", path, params=query or None)


def page_parser(decode: Decoder[T]) -> Callable[[APIResponse], Page[T]]:
    def parse(response: APIResponse) -> Page[T]:
        items = [decode(name, payload) for name, payload in response.envelope.items]
        return Page(items=items, pagination=response.envelope.pagination, response=response)

    return parse


def _with_params(options: RequestOptions, params: Mapping[str, str]) -> RequestOptions:
    # bunq's links repeat the whole query (count and filters); the path stays the one asked.
    return RequestOptions("GET", options.path, params=dict(params), auth=options.auth)


def older_options(options: RequestOptions, page: Page[Any]) -> RequestOptions | None:
    """The request for the page before ``page``, or ``None`` at the oldest page."""
    older = page.older_params
    if not older or not page.items:
        return None
    return _with_params(options, older)


@dataclass(slots=True)
class PollResult(Generic[T]):
    """What appeared after ``since_id``: ``items`` oldest first, and the next ``since_id``."""

    items: list[T]
    newest_id: int
    pages: int = 0

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class NewItemsPoll(Generic[T]):
    """Sans-I/O walk forward from ``since_id`` over ``newer_url`` until bunq gives ``future_url``.

    ``start()`` gives the first request; ``feed(page)`` takes each answer and gives the next
    request or ``None``; ``result()`` then holds the items (oldest first) and the high-water mark.
    """

    def __init__(
        self,
        path: str,
        since_id: int,
        *,
        count: int = MAX_COUNT,
        params: Mapping[str, str | int] | None = None,
    ) -> None:
        check_count(count)
        if isinstance(since_id, bool) or not isinstance(since_id, int) or since_id < 0:
            raise UsageError("since_id must be a non-negative integer (0: from the oldest item)")
        self._path = path
        self._count = count
        self._params = dict(params or {})
        self._newest = since_id
        self._items: list[T] = []
        self._pages = 0

    def start(self) -> RequestOptions:
        return RequestOptions(
            "GET",
            self._path,
            params={**self._params, "count": self._count, "newer_id": self._newest},
        )

    def feed(self, page: Page[T]) -> RequestOptions | None:
        self._pages += 1
        before = self._newest
        # Each page is newest first; the result is oldest first across pages.
        self._items.extend(reversed(page.items))
        ids = page.ids
        if ids:
            self._newest = max(self._newest, *ids)
        future = page.future_params
        if future and future.get("newer_id", "").isdigit():
            self._newest = max(self._newest, int(future["newer_id"]))
        newer = page.newer_params
        if not newer or not page.items or self._newest <= before:
            # Nothing newer, or a link that would not move forward: done.
            return None
        params = {k: v for k, v in newer.items() if k != "newer_id"}
        return RequestOptions("GET", self._path, params={**params, "newer_id": self._newest})

    def result(self) -> PollResult[T]:
        return PollResult(items=list(self._items), newest_id=self._newest, pages=self._pages)
