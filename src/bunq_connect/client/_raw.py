"""Raw access to an answer, openai-python style: ``resource.with_raw_response.method(...)``.

    raw = client.payments.with_raw_response.list(account_id)
    raw.status_code, raw.response_id, raw.request_id, raw.headers
    raw.http  # the httpx.Response
    page = raw.parse()  # what .list() returns

One mechanism for every resource, sync and async: each call a resource makes is a
:class:`Plan` (the :class:`RequestOptions` to send and how to parse the answer). A resource
runs plans through ``_run``; its raw twin (``with_raw_response``) is the same resource built
with ``raw=True``, whose ``_run`` hands back a :class:`RawResponse` instead of parsing. The
``*WithRawResponse`` classes only re-type each method with :func:`to_raw_response_wrapper`.
Methods offered raw therefore send exactly one plan and return its result unchanged.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, ParamSpec, TypeVar, cast

import httpx

from bunq_connect.client._base_client import APIResponse, RequestOptions

__all__ = [
    "Plan",
    "RawResponse",
    "async_to_raw_response_wrapper",
    "to_raw_response_wrapper",
]

R = TypeVar("R")
P = ParamSpec("P")

_UNSET = object()


@dataclass(frozen=True, slots=True)
class Plan(Generic[R]):
    """One call: what to send and how to read the answer (no I/O)."""

    options: RequestOptions
    parse: Callable[[APIResponse], R]


class RawResponse(Generic[R]):
    """A verified answer before parsing: status, headers, ids for support, and ``parse()``."""

    __slots__ = ("_parse", "_parsed", "api_response")

    def __init__(self, api_response: APIResponse, parse: Callable[[APIResponse], R]) -> None:
        self.api_response = api_response
        self._parse = parse
        self._parsed: object = _UNSET

    @property
    def http(self) -> httpx.Response:
        return self.api_response.http

    @property
    def status_code(self) -> int:
        return self.api_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.api_response.headers

    @property
    def response_id(self) -> str | None:
        """``X-Bunq-Client-Response-Id``: quote it when reporting a problem to bunq."""
        return self.api_response.response_id

    @property
    def request_id(self) -> str | None:
        """``X-Bunq-Client-Request-Id`` as echoed by the server."""
        return self.api_response.request_id

    def parse(self) -> R:
        """The result the plain method returns (parsed once, then cached)."""
        if self._parsed is _UNSET:
            self._parsed = self._parse(self.api_response)
        return cast(R, self._parsed)

    def __repr__(self) -> str:
        request = self.http.request
        return (
            f"RawResponse(status_code={self.status_code}, method={request.method!r}, "
            f"path={request.url.path!r}, response_id={self.response_id!r})"
        )


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """Re-type a method of a raw-mode resource (whose ``_run`` returns a RawResponse)."""
    return cast(Callable[P, RawResponse[R]], func)


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[RawResponse[R]]]:
    return cast(Callable[P, Awaitable[RawResponse[R]]], func)
