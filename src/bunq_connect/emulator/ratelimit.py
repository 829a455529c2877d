"""bunq's rate limits as a pure sliding window, testable with a fake clock.

bunq's guide: "Our rate limits per IP address per endpoint: GET requests: 3 within any 3
consecutive seconds, POST requests: 5 ..., PUT requests: 2 ...; a lower rate limit for
``/session-server``: 1 request within 30 consecutive seconds". DELETE is not mentioned and is
treated like GET. The window is exactly the documented 3 s (a client that spaces its calls by
3 s plus a margin never sees a 429); a refused call does not use up a slot.

    >>> now = [0.0]
    >>> limiter = SlidingWindowLimiter(clock=lambda: now[0])
    >>> limit = limit_for("GET", "/v1/user")
    >>> [limiter.hit(("127.0.0.1", "GET", "/v1/user"), limit) for _ in range(4)]
    [0.0, 0.0, 0.0, 3.0]
    >>> now[0] = 3.0                      # the first call left the window
    >>> limiter.hit(("127.0.0.1", "GET", "/v1/user"), limit)
    0.0

Times are real monotonic seconds (``time.monotonic``), not the emulator's movable clock:
clients really wait, and ``clock.advance`` does not open a window.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Literal

from bunq_connect.emulator import errors

__all__ = [
    "DELETE",
    "GET",
    "POST",
    "PUT",
    "SESSION_SERVER",
    "Limit",
    "RateLimitScope",
    "SlidingWindowLimiter",
    "endpoint_of",
    "limit_for",
]

# "api_key": POST /session-server is limited to 1 per 30 s per API key (the rule in
# services/auth.py) and otherwise like any POST; "ip": also 1 per 30 s per IP address, the
# documented worst case where workers with different keys behind one IP block each other.
RateLimitScope = Literal["api_key", "ip"]


@dataclass(frozen=True, slots=True)
class Limit:
    calls: int
    seconds: float

    def description(self) -> str:
        """bunq's 429 wording for this limit."""
        return errors.too_many_requests(self.calls, round(self.seconds))


GET = Limit(3, 3.0)
POST = Limit(5, 3.0)
PUT = Limit(2, 3.0)
DELETE = GET  # undocumented: like GET
SESSION_SERVER = Limit(1, 30.0)

_BY_METHOD = {"GET": GET, "POST": POST, "PUT": PUT, "DELETE": DELETE}


def endpoint_of(path: str) -> str:
    """The concrete path without query or trailing slash: what bunq counts per."""
    return path.split("?", 1)[0].rstrip("/") or "/"


def limit_for(method: str, path: str, scope: RateLimitScope = "api_key") -> Limit:
    method = method.upper()
    if scope == "ip" and method == "POST" and endpoint_of(path).endswith("/session-server"):
        return SESSION_SERVER
    return _BY_METHOD.get(method, GET)


class SlidingWindowLimiter:
    """Admitted calls per key in the last ``limit.seconds``; thread-safe."""

    # Forget idle keys now and then so a long run does not keep every path it ever saw.
    SWEEP_EVERY = 1024

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._calls: dict[Hashable, deque[float]] = {}
        self._hits = 0

    def hit(self, key: Hashable, limit: Limit) -> float:
        """Admit a call (``0.0``) or refuse it: the seconds until a slot frees up."""
        with self._lock:
            now = self._clock()
            self._hits += 1
            if self._hits % self.SWEEP_EVERY == 0:
                self._sweep(now, limit.seconds)
            calls = self._calls.setdefault(key, deque())
            # Half-open window (now - seconds, now]: a call exactly `seconds` ago has left it.
            while calls and calls[0] <= now - limit.seconds:
                calls.popleft()
            if len(calls) >= limit.calls:
                return calls[-limit.calls] + limit.seconds - now
            calls.append(now)
            return 0.0

    def clear(self) -> None:
        with self._lock:
            self._calls.clear()

    def __len__(self) -> int:
        """How many keys are tracked (for tests of the sweep)."""
        with self._lock:
            return len(self._calls)

    def _sweep(self, now: float, seconds: float) -> None:
        longest = max(seconds, SESSION_SERVER.seconds)
        for key in [
            k for k, calls in self._calls.items() if not calls or calls[-1] <= now - longest
        ]:
            del self._calls[key]
