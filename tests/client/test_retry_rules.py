"""The retry decisions as pure functions, and the call flow driven through a MockTransport.

MockTransport here is a narrow unit seam: it lets a test say "the server answered 503, then
200" precisely. That the client works against bunq's behaviour is shown by the emulator tests.
"""

from __future__ import annotations

import random

import pytest

from bunq_connect.client._retry import RetryPolicy, backoff_delay, decide, is_ambiguous
from bunq_connect.errors import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    MaintenanceError,
    RateLimitError,
)

POLICY = RetryPolicy(max_retries=3, max_total_seconds=30, base_delay=0.5, max_delay=4)


def status(cls: type, code: int) -> object:
    return cls(["x"], status_code=code, response_id="r")


@pytest.mark.parametrize(
    ("error", "action"),
    [
        (status(RateLimitError, 429), "retry"),
        (status(MaintenanceError, 491), "retry"),
        (status(InternalServerError, 500), "retry"),
        (status(InternalServerError, 503), "retry"),
        (APIConnectionError("reset"), "retry"),
        (status(BadRequestError, 400), "raise"),
    ],
)
def test_what_is_retried(error: object, action: str) -> None:
    decision = decide(error, attempt=0, elapsed=0, moves_money=False, policy=POLICY)  # type: ignore[arg-type]
    assert decision.action == action


@pytest.mark.parametrize(
    ("error", "action"),
    [
        # refused before running: safe to send again
        (status(RateLimitError, 429), "retry"),
        (status(MaintenanceError, 491), "retry"),
        (APIConnectionError("refused", before_send=True), "retry"),
        # may have run: look for it first, never re-send blind
        (status(InternalServerError, 500), "recover"),
        (APIConnectionError("reset after send"), "recover"),
        (APITimeoutError("read timeout"), "recover"),
    ],
)
def test_money_is_never_retried_blind(error: object, action: str) -> None:
    decision = decide(error, attempt=0, elapsed=0, moves_money=True, policy=POLICY)  # type: ignore[arg-type]
    assert decision.action == action


def test_bounded_by_count_and_time() -> None:
    error = status(InternalServerError, 500)
    assert decide(error, attempt=3, elapsed=0, moves_money=False, policy=POLICY).action == "raise"  # type: ignore[arg-type]
    late = decide(
        error,
        attempt=0,
        elapsed=29.9,
        moves_money=False,
        policy=POLICY,  # type: ignore[arg-type]
        retry_after=1.0,
    )
    assert late.action == "raise"
    assert "budget" in late.reason


def test_backoff_grows_is_capped_and_jittered() -> None:
    rng = random.Random(7)
    delays = [[backoff_delay(a, POLICY, rng=rng) for _ in range(200)] for a in range(6)]
    for attempt, samples in enumerate(delays):
        cap = min(POLICY.max_delay, POLICY.base_delay * 2**attempt)
        assert all(0 <= d <= cap for d in samples)
        assert len(set(samples)) > 100  # jitter: not a fixed schedule
    assert max(delays[5]) <= POLICY.max_delay
    assert backoff_delay(0, POLICY, retry_after=2.5, rng=rng) >= 2.5


def test_ambiguity() -> None:
    assert is_ambiguous(APITimeoutError("t"))
    assert not is_ambiguous(APITimeoutError("t", before_send=True))
    assert not is_ambiguous(status(RateLimitError, 429))  # type: ignore[arg-type]
    assert is_ambiguous(status(InternalServerError, 502))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("error", "in_flight"),
    [
        (APITimeoutError("read timeout"), True),  # we stopped waiting; bunq may still run it
        (status(InternalServerError, 504), True),  # a gateway gave up on the backend
        (status(InternalServerError, 502), True),
        (status(InternalServerError, 500), False),  # bunq itself answered: it is done
        (APIConnectionError("server closed the connection"), False),
    ],
)
def test_in_flight_is_told_apart_from_done(error: object, in_flight: bool) -> None:
    decision = decide(error, attempt=0, elapsed=0, moves_money=True, policy=POLICY)  # type: ignore[arg-type]
    assert decision.action == "recover"
    assert decision.in_flight is in_flight
