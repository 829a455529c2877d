"""Retry decisions, each a small pure function.

What is retried: 429 (rate limit), 491 (maintenance), 5xx, and connection failures; bounded
by a count and by total time, with exponential backoff and full jitter. What is never retried
blind: a call that moves money after an *ambiguous* failure (the request may have run). For
those :func:`decide` answers ``"recover"``: look for the marker the client put in the request
among the newest items first. Two kinds of ambiguity are kept apart:

* the server is done with the request (it answered 500, or it closed the connection): if the
  marker is not there, the call did not run, and it is sent again with the same request id;
* the request may still be executing (our read timed out, or a gateway answered 502/503/504):
  the client watches for the marker during ``settle_seconds``; if it never shows up it raises
  :class:`~bunq_connect.errors.AmbiguousOutcomeError` instead of sending again, because a late
  execution plus a retry would pay twice.

A refusal that proves the call did not run (429, 491, a connect error) is retried as usual.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

from bunq_connect.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BunqConnectError,
)

__all__ = [
    "RetryDecision",
    "RetryPolicy",
    "backoff_delay",
    "decide",
    "is_ambiguous",
    "may_be_in_flight",
]

Action = Literal["raise", "retry", "recover"]

RETRYABLE_STATUSES = frozenset({429, 491, 500, 502, 503, 504})
# Statuses that prove the request was refused before anything ran.
REFUSED_STATUSES = frozenset({429, 491})


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_retries: int = 4
    max_total_seconds: float = 60.0
    base_delay: float = 0.5
    max_delay: float = 10.0
    # How long to watch for a money call that may still be executing, and how often to look.
    settle_seconds: float = 10.0
    settle_poll_interval: float = 1.0

    @classmethod
    def none(cls) -> RetryPolicy:
        return cls(max_retries=0)


@dataclass(frozen=True, slots=True)
class RetryDecision:
    action: Action
    delay: float = 0.0
    reason: str = ""
    # For "recover": the request may still be executing on bunq's side.
    in_flight: bool = False


# Gateway answers: the backend may still be working on the request.
GATEWAY_STATUSES = frozenset({502, 503, 504})


def may_be_in_flight(error: BunqConnectError) -> bool:
    """True when the request may still be executing: our read timed out, or a gateway gave up."""
    if isinstance(error, APIConnectionError):
        return isinstance(error, APITimeoutError) and not error.before_send
    if isinstance(error, APIStatusError):
        return error.status_code in GATEWAY_STATUSES
    return False


def is_ambiguous(error: BunqConnectError) -> bool:
    """True when the request may have been carried out although no success came back."""
    if isinstance(error, APIConnectionError):
        return not getattr(error, "before_send", False)
    if isinstance(error, APIStatusError):
        return error.status_code >= 500
    return False


def backoff_delay(
    attempt: int,
    policy: RetryPolicy,
    *,
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> float:
    """Full-jitter exponential backoff; a server's Retry-After is a floor."""
    cap = min(policy.max_delay, policy.base_delay * (2**attempt))
    delay = (rng or random).uniform(0, cap)
    if retry_after is not None:
        delay = max(delay, retry_after)
    return delay


def decide(
    error: BunqConnectError,
    *,
    attempt: int,
    elapsed: float,
    moves_money: bool,
    policy: RetryPolicy,
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> RetryDecision:
    """Whether to raise, retry after a delay, or (money) look for the result first."""
    retryable = isinstance(error, APIConnectionError) or (
        isinstance(error, APIStatusError) and error.status_code in RETRYABLE_STATUSES
    )
    if not retryable:
        return RetryDecision("raise", reason="not retryable")
    if attempt >= policy.max_retries:
        return RetryDecision("raise", reason=f"gave up after {attempt} retries")
    delay = backoff_delay(attempt, policy, retry_after=retry_after, rng=rng)
    if elapsed + delay > policy.max_total_seconds:
        return RetryDecision("raise", reason="retry time budget spent")
    if moves_money and is_ambiguous(error):
        return RetryDecision(
            "recover",
            delay,
            "the call may have run: look for it first",
            in_flight=may_be_in_flight(error),
        )
    return RetryDecision("retry", delay, f"retryable ({type(error).__name__})")


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if seconds >= 0 else None
