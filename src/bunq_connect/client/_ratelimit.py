"""Client-side rate limiting that mirrors bunq's documented limits.

bunq counts per client IP and endpoint: GET 3, POST 5, PUT 2 calls per 3 seconds, and
``/session-server`` 1 per 30 seconds. Every client in a process talks from the same IP, so
clients share one :class:`RateLimiter` per API host (:func:`shared_rate_limiter`); a sustained
sync then never meets a 429. The limiter only computes *when* a call may go (sans I/O): the
sync client sleeps, the async client awaits, threads and tasks share the same reservations.

    limiter = RateLimiter()
    delay = limiter.reserve("GET", "/v1/user/1/monetary-account")   # seconds to wait
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["Limit", "RateLimiter", "RateLimits", "shared_rate_limiter"]


@dataclass(frozen=True, slots=True)
class Limit:
    calls: int
    per_seconds: float


@dataclass(frozen=True, slots=True)
class RateLimits:
    get: Limit = Limit(3, 3.0)
    post: Limit = Limit(5, 3.0)
    put: Limit = Limit(2, 3.0)
    delete: Limit = Limit(3, 3.0)  # undocumented by bunq; treated like GET
    session_server: Limit = Limit(1, 30.0)
    # bunq documents the session-server limit per IP; what is observed (and what the emulator
    # does by default) is per API key. Per key by default; True rehearses the documented case.
    session_server_per_ip: bool = False
    # Keeps a margin for clock and network jitter between us and the server's window.
    safety_margin: float = 0.05

    def for_call(self, method: str, path: str) -> Limit:
        if path.rstrip("/").endswith("/session-server"):
            return self.session_server
        return {
            "GET": self.get,
            "POST": self.post,
            "PUT": self.put,
            "DELETE": self.delete,
        }.get(method.upper(), self.get)


@dataclass(slots=True)
class _Window:
    sends: deque[float] = field(default_factory=deque)
    blocked_until: float = 0.0


class RateLimiter:
    """Sliding-window reservations per (method, endpoint path)."""

    def __init__(
        self,
        limits: RateLimits | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        enabled: bool = True,
    ) -> None:
        self.limits = limits or RateLimits()
        self.enabled = enabled
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[tuple[str, str], _Window] = {}

    @staticmethod
    def key(method: str, path: str) -> tuple[str, str]:
        return method.upper(), path.split("?", 1)[0].rstrip("/")

    def reserve(self, method: str, path: str) -> float:
        """Book the next free slot for this endpoint; returns how long to wait for it."""
        if not self.enabled:
            return 0.0
        return self._reserve(self.key(method, path), self.limits.for_call(method, path))

    def _reserve(self, key: tuple[str, str], limit: Limit) -> float:
        window_length = limit.per_seconds + self.limits.safety_margin
        with self._lock:
            now = self._clock()
            window = self._windows.setdefault(key, _Window())
            start = max(now, window.blocked_until)
            while window.sends and window.sends[0] <= start - window_length:
                window.sends.popleft()
            if len(window.sends) >= limit.calls:
                start = max(start, window.sends[-limit.calls] + window_length)
            window.sends.append(start)
            while len(window.sends) > limit.calls:
                window.sends.popleft()
            return max(0.0, start - now)

    def _session_key(self, api_key_scope: str) -> tuple[str, str]:
        return "POST /session-server", "" if self.limits.session_server_per_ip else api_key_scope

    def reserve_session(self, api_key_scope: str) -> float:
        """Book a session-server call for one API key (``api_key_scope``: a digest of it)."""
        if not self.enabled:
            return 0.0
        return self._reserve(self._session_key(api_key_scope), self.limits.session_server)

    def penalize_session(self, api_key_scope: str) -> None:
        if not self.enabled:
            return
        with self._lock:
            window = self._windows.setdefault(self._session_key(api_key_scope), _Window())
            pause = self.limits.session_server.per_seconds
            window.blocked_until = max(window.blocked_until, self._clock() + pause)

    def penalize(self, method: str, path: str, seconds: float | None = None) -> None:
        """The server said 429 anyway: hold this endpoint for a whole window (or ``seconds``)."""
        if not self.enabled:
            return
        limit = self.limits.for_call(method, path)
        with self._lock:
            window = self._windows.setdefault(self.key(method, path), _Window())
            pause = seconds if seconds is not None else limit.per_seconds
            window.blocked_until = max(window.blocked_until, self._clock() + pause)


_shared: dict[str, RateLimiter] = {}
_shared_lock = threading.Lock()


def shared_rate_limiter(api_base: str) -> RateLimiter:
    """The process-wide limiter for one API host (all clients here share one IP)."""
    host = api_base.split("://", 1)[-1].split("/", 1)[0]
    with _shared_lock:
        if host not in _shared:
            _shared[host] = RateLimiter()
        return _shared[host]
