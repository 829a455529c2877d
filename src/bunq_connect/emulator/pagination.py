"""bunq's id-based pagination, for any listing.

    query = PageQuery.from_params(request.query_params)      # BunqRuleError on bad input
    page = paginate(items, key=lambda a: a.id, query=query, path="/v1/user/1/payment")
    page.items          # at most query.count items, newest (highest id) first
    page.pagination     # wire.envelope.Pagination with bunq's relative URLs

Rules, as bunq documents them: ``count`` defaults to 10, at most 200; items come newest first;
``older_url`` (``older_id`` = id of the oldest item on the page) is null when nothing older
exists; ``newer_url`` (``newer_id`` = id of the newest item on the page) is null when nothing
newer exists, and only then ``future_url`` is set: the URL to poll for items that do not exist
yet. Other query parameters are kept in the URLs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar
from urllib.parse import urlencode

from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.wire.envelope import Pagination

T = TypeVar("T")

DEFAULT_COUNT = 10
MAX_COUNT = 200
PAGING_PARAMS = ("count", "older_id", "newer_id")


def _int_param(params: Mapping[str, str], name: str) -> int | None:
    raw = params.get(name)
    if raw is None or raw == "":
        return None
    try:
        value = int(raw)
    except ValueError:
        raise BunqRuleError(400, f"Error in parameter '{name}': not an integer.") from None
    return value


@dataclass(frozen=True, slots=True)
class PageQuery:
    count: int = DEFAULT_COUNT
    older_id: int | None = None
    newer_id: int | None = None
    extra: tuple[tuple[str, str], ...] = field(default=())

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> PageQuery:
        count = _int_param(params, "count")
        if count is None:
            count = DEFAULT_COUNT
        if not 1 <= count <= MAX_COUNT:
            raise BunqRuleError(
                400, f"Error in parameter 'count': must be between 1 and {MAX_COUNT}."
            )
        older_id = _int_param(params, "older_id")
        newer_id = _int_param(params, "newer_id")
        if older_id is not None and newer_id is not None:
            raise BunqRuleError(400, "Use either older_id or newer_id, not both.")
        extra = tuple((k, v) for k, v in params.items() if k not in PAGING_PARAMS)
        return cls(count=count, older_id=older_id, newer_id=newer_id, extra=extra)

    def url(self, path: str, **paging: int) -> str:
        query = [("count", str(self.count)), *((k, str(v)) for k, v in paging.items())]
        return f"{path}?{urlencode([*self.extra, *query])}"


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    pagination: Pagination


def paginate(
    items: Iterable[T], *, key: Callable[[T], int], query: PageQuery, path: str
) -> Page[T]:
    """One page of ``items`` (any order in, newest first out) with bunq's Pagination URLs."""
    ordered: Sequence[T] = sorted(items, key=key, reverse=True)
    if query.older_id is not None:
        older_id = query.older_id
        page = [i for i in ordered if key(i) < older_id][: query.count]
    elif query.newer_id is not None:
        newer_id = query.newer_id
        # The `count` items right after newer_id (closest first), shown newest first.
        page = sorted((i for i in ordered if key(i) > newer_id), key=key)[: query.count]
        page.reverse()
    else:
        page = list(ordered[: query.count])

    if page:
        newest, oldest = key(page[0]), key(page[-1])
        has_older = any(key(i) < oldest for i in ordered)
        has_newer = any(key(i) > newest for i in ordered)
    else:
        # An empty page: the anchor is where the client asked from, or nothing at all.
        newest = query.newer_id if query.newer_id is not None else 0
        if query.older_id is not None:
            newest = query.older_id - 1
        oldest = newest
        has_older = False
        has_newer = any(key(i) > newest for i in ordered)
    older_url = query.url(path, older_id=oldest) if page and has_older else None
    newer_url = query.url(path, newer_id=newest) if has_newer else None
    future_url = query.url(path, newer_id=newest) if not has_newer else None
    return Page(
        items=page,
        pagination=Pagination(future_url=future_url, newer_url=newer_url, older_url=older_url),
    )
