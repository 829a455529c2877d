"""One logical call as a sans-I/O flow: rate limit, send, renew, retry, recover.

:func:`call_flow` yields commands (:class:`Sleep`, :class:`Send`, :class:`Renew`) and receives
their results; the sync and async clients each run it with a small driver. So every decision
(when to wait, what to retry, when a payment must be looked for instead of re-sent) is written
once. The request id of the logical call is kept on every retry.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any

from bunq_connect.client._base_client import APIResponse, RequestOptions
from bunq_connect.client._ratelimit import RateLimiter
from bunq_connect.client._retry import RetryDecision, RetryPolicy, decide, parse_retry_after
from bunq_connect.errors import (
    AmbiguousOutcomeError,
    APIStatusError,
    BunqConnectError,
    RateLimitError,
    SessionExpiredError,
)
from bunq_connect.wire.envelope import ParsedEnvelope

__all__ = ["Renew", "Send", "Sleep", "call_flow", "find_marked", "recovery_options"]


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


@dataclass(frozen=True, slots=True)
class Send:
    options: RequestOptions


@dataclass(frozen=True, slots=True)
class Renew:
    """The session was refused as expired: renew it (single-flight) before the next Send."""


Command = Sleep | Send | Renew
CallFlow = Generator[Command, Any, APIResponse]

RECOVERY_PAGE_SIZE = 200


def recovery_options(options: RequestOptions) -> RequestOptions:
    """The listing in which a created item would show up: the same collection, newest first."""
    return RequestOptions("GET", options.path, params={"count": RECOVERY_PAGE_SIZE})


def _nested_markers(payload: dict[str, Any]) -> Iterator[object]:
    """merchant_references below an item: a draft's entries, a payment batch's payments."""
    for entry in payload.get("entries") or []:
        inner = entry.get("DraftPaymentEntry", entry) if isinstance(entry, dict) else {}
        if isinstance(inner, dict):
            yield inner.get("merchant_reference")
    batch = payload.get("payments")
    members = batch.get("Payment") if isinstance(batch, dict) else batch  # anchored or a list
    for member in members if isinstance(members, list) else []:
        if isinstance(member, dict):
            inner = member.get("Payment", member)
            if isinstance(inner, dict):
                yield inner.get("merchant_reference")


def marked_ids(listing: APIResponse, marker: str) -> list[int]:
    """Ids of the items carrying ``marker`` as merchant_reference, newest first (draft entries
    and a payment batch's payments included)."""
    found: list[int] = []
    for _, payload in listing.envelope.items:
        if not isinstance(payload, dict) or "id" not in payload:
            continue
        if payload.get("merchant_reference") == marker or any(
            nested == marker for nested in _nested_markers(payload)
        ):
            found.append(int(payload["id"]))
    return found


def find_marked(
    listing: APIResponse, marker: str, exclude: frozenset[int] = frozenset()
) -> int | None:
    """The newest item carrying ``marker`` that was not there before the call was sent."""
    return next((i for i in marked_ids(listing, marker) if i not in exclude), None)


def _recovered(listing: APIResponse, item_id: int) -> APIResponse:
    return APIResponse(http=listing.http, envelope=ParsedEnvelope(items=[("Id", {"id": item_id})]))


def _path(options: RequestOptions) -> str:
    return (
        "/" + options.path.split("://", 1)[-1].lstrip("/")
        if "://" not in options.path
        else options.path
    )


def call_flow(
    options: RequestOptions,
    *,
    limiter: RateLimiter,
    policy: RetryPolicy,
    limiter_path: Callable[[RequestOptions], str],
    clock: Callable[[], float] = time.monotonic,
) -> CallFlow:
    started = clock()
    attempt = 0
    renewed = False
    # A marker the caller chose may already be on older items (a monthly "rent"): note them
    # before sending, so that an old item is never taken for this call's result.
    known: frozenset[int] = frozenset()
    if options.moves_money and options.marker and not options.marker_is_fresh:
        known = yield from _items_marked_before(options, limiter, limiter_path)
    while True:
        path = limiter_path(options)
        wait = limiter.reserve(options.method, path)
        if wait > 0:
            yield Sleep(wait)
        try:
            response: APIResponse = yield Send(options)
            return response
        except SessionExpiredError:
            if renewed:
                raise
            renewed = True
            yield Renew()
            continue
        except BunqConnectError as error:
            retry_after = None
            if isinstance(error, APIStatusError) and error.status_code == 429:
                limiter.penalize(options.method, path)
            if isinstance(error, RateLimitError | APIStatusError):
                retry_after = parse_retry_after(getattr(error, "retry_after", None))
            decision = decide(
                error,
                attempt=attempt,
                elapsed=clock() - started,
                moves_money=options.moves_money,
                policy=policy,
                retry_after=retry_after,
            )
            if decision.action == "raise":
                raise
            attempt += 1
            yield Sleep(decision.delay)
            if decision.action == "recover":
                found = yield from _recover(
                    options, decision, policy, limiter, limiter_path, clock, error, known
                )
                if found is not None:
                    return found
                # Not there and the server is done with it: it did not run. Send it again,
                # with the same request id.


def _items_marked_before(
    options: RequestOptions,
    limiter: RateLimiter,
    limiter_path: Callable[[RequestOptions], str],
) -> Generator[Command, Any, frozenset[int]]:
    """Ids already carrying the caller's marker; nothing has been sent yet."""
    renewed = False
    while True:
        lookup = recovery_options(options)
        wait = limiter.reserve(lookup.method, limiter_path(lookup))
        if wait > 0:
            yield Sleep(wait)
        try:
            listing: APIResponse = yield Send(lookup)
        except SessionExpiredError:
            if renewed:
                raise
            renewed = True
            yield Renew()
            continue
        assert options.marker is not None
        return frozenset(marked_ids(listing, options.marker))


def _recover(
    options: RequestOptions,
    decision: RetryDecision,
    policy: RetryPolicy,
    limiter: RateLimiter,
    limiter_path: Callable[[RequestOptions], str],
    clock: Callable[[], float],
    error: BunqConnectError,
    known: frozenset[int],
) -> Generator[Command, Any, APIResponse | None]:
    """Look for the marked item; watch during the settle window when it may be in flight.

    Returns the recovered answer, or None when the call provably did not run (the caller
    sends it again). Raises AmbiguousOutcomeError when that cannot be established.
    """
    where = f"{options.method} {_path(options)}"
    if options.marker is None:
        raise AmbiguousOutcomeError(
            f"{where} may have run and carries no marker to check; it was not retried",
            marker=None,
        ) from error
    deadline = clock() + (policy.settle_seconds if decision.in_flight else 0.0)
    while True:
        lookup = recovery_options(options)  # a fresh request id per look: each is a new call
        wait = limiter.reserve(lookup.method, limiter_path(lookup))
        if wait > 0:
            yield Sleep(wait)
        try:
            listing: APIResponse = yield Send(lookup)
        except BunqConnectError as lookup_error:
            raise AmbiguousOutcomeError(
                f"{where} may have run and the check for merchant_reference "
                f"{options.marker!r} failed ({type(lookup_error).__name__}); it was not retried",
                marker=options.marker,
            ) from error
        found = find_marked(listing, options.marker, exclude=known)
        if found is not None:
            return _recovered(listing, found)
        if clock() >= deadline:
            break
        yield Sleep(policy.settle_poll_interval)
    if decision.in_flight:
        raise AmbiguousOutcomeError(
            f"{where} timed out and may still be executed by bunq; merchant_reference "
            f"{options.marker!r} did not appear within {policy.settle_seconds:g} s, so it was "
            "not sent again. Look for that marker before trying again.",
            marker=options.marker,
        ) from error
    return None
