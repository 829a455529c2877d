"""Sans-I/O protocol flows and their two drivers.

A multi-step exchange (installation, device, session) is written once as a generator that
yields :class:`Step` objects and receives :class:`APIResponse` answers. :func:`run_sync` and
:func:`run_async` drive it over ``httpx.Client`` / ``httpx.AsyncClient``; nothing else differs.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import TypeVar

import httpx

from bunq_connect.client._auth import BunqAuth
from bunq_connect.client._base_client import (
    APIResponse,
    RequestOptions,
    build_request,
    process_response,
)
from bunq_connect.errors import APIConnectionError, APITimeoutError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Step:
    options: RequestOptions
    token: str | None
    auth: BunqAuth


Flow = Generator[Step, APIResponse, T]


def _request(step: Step, api_base: str, base_headers: Mapping[str, str]) -> httpx.Request:
    return build_request(
        step.options, api_base=api_base, base_headers=base_headers, token=step.token
    )


def transport_error(exc: httpx.HTTPError, request: httpx.Request) -> APIConnectionError:
    method, url = request.method, str(request.url.copy_with(query=None))
    # Connect failures prove the request never left; anything later may have reached bunq.
    before_send = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            "the request timed out", method=method, url=url, before_send=before_send
        )
    return APIConnectionError(
        f"could not reach bunq ({type(exc).__name__})",
        method=method,
        url=url,
        before_send=before_send,
    )


def send_sync(
    http: httpx.Client, step: Step, api_base: str, base_headers: Mapping[str, str]
) -> APIResponse:
    request = _request(step, api_base, base_headers)
    try:
        response = http.send(request, auth=step.auth)
    except httpx.HTTPError as exc:
        raise transport_error(exc, request) from exc
    return process_response(response, step.options)


async def send_async(
    http: httpx.AsyncClient, step: Step, api_base: str, base_headers: Mapping[str, str]
) -> APIResponse:
    request = _request(step, api_base, base_headers)
    try:
        response = await http.send(request, auth=step.auth)
    except httpx.HTTPError as exc:
        raise transport_error(exc, request) from exc
    return process_response(response, step.options)


def run_sync(
    flow: Flow[T], http: httpx.Client, api_base: str, base_headers: Mapping[str, str]
) -> T:
    try:
        step = next(flow)
        while True:
            step = flow.send(send_sync(http, step, api_base, base_headers))
    except StopIteration as stop:
        result: T = stop.value
        return result


async def run_async(
    flow: Flow[T], http: httpx.AsyncClient, api_base: str, base_headers: Mapping[str, str]
) -> T:
    try:
        step = next(flow)
        while True:
            step = flow.send(await send_async(http, step, api_base, base_headers))
    except StopIteration as stop:
        result: T = stop.value
        return result


DEFAULT_TIMEOUT_SECONDS = 30.0


@contextmanager
def borrowed_client(http: httpx.Client | None) -> Iterator[httpx.Client]:
    """The caller's client, or a temporary one closed afterwards (one-off calls)."""
    if http is not None:
        yield http
        return
    with httpx.Client(timeout=DEFAULT_TIMEOUT_SECONDS) as client:
        yield client


@asynccontextmanager
async def borrowed_async_client(http: httpx.AsyncClient | None) -> AsyncIterator[httpx.AsyncClient]:
    if http is not None:
        yield http
        return
    async with httpx.AsyncClient(timeout=DEFAULT_TIMEOUT_SECONDS) as client:
        yield client
