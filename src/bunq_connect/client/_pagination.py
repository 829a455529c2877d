"""Pages as bunq serves them: newest first, ``older_url``/``newer_url``/``future_url``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar
from urllib.parse import parse_qsl, urlsplit

from bunq_connect.wire.envelope import Pagination

if TYPE_CHECKING:
    from bunq_connect.client._base_client import APIResponse

T = TypeVar("T")

__all__ = ["Page", "page_params"]


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
