"""Callback delivery: POST every queued notification to its target, signed, with retries.

The rules queue :class:`~bunq_connect.emulator.state.Notification` objects through
``Emulator.emit_notification``; this engine drains them. Each delivery is a POST of::

    {"NotificationUrl": {"target_url": ..., "category": ..., "event_type": ..., "object": {...}}}

signed like a response (the body only, the server key, ``X-Bunq-Server-Signature``). A 2xx
answer delivers it; anything else (refused connection, timeout, other status) is retried
``config.callback_max_retries`` more times ``config.callback_retry_interval`` seconds apart
(bunq: 5 more times, one minute apart), then abandoned. ``attempts``, ``delivered_at`` and
``last_error`` are recorded on the notification.

    engine = DeliveryEngine(emu)
    task = asyncio.create_task(engine.run())   # the server does this in the app's lifespan
    await engine.flush()                       # attempt everything pending now, and wait

Only loopback targets are contacted unless ``config.callback_allow_remote`` is set; others
fail with a recorded error. Retry waits use real monotonic time, not the emulator's clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import time
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx

from bunq_connect.emulator import views
from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.state import Notification
from bunq_connect.wire import envelope, headers

__all__ = ["DeliveryEngine", "notification_body", "notification_json", "status_of"]

logger = logging.getLogger("bunq_connect.emulator.delivery")

DeliveryStatus = Literal["pending", "delivered", "failed"]
USER_AGENT = "bunq-connect-emulator-callbacks"


def notification_body(note: Notification) -> bytes:
    """The exact bytes POSTed (and signed) for ``note``."""
    return envelope.dumps(
        {
            "NotificationUrl": {
                "target_url": note.target_url,
                "category": note.category,
                "event_type": note.event_type,
                "object": note.object,
            }
        }
    )


def max_attempts(emu: Emulator) -> int:
    return 1 + emu.config.callback_max_retries


def status_of(emu: Emulator, note: Notification) -> DeliveryStatus:
    if note.delivered_at is not None:
        return "delivered"
    return "failed" if note.attempts >= max_attempts(emu) else "pending"


def notification_json(emu: Emulator, note: Notification) -> dict[str, Any]:
    """What the control plane shows about one notification."""
    return {
        "id": note.id,
        "target_url": note.target_url,
        "category": note.category,
        "event_type": note.event_type,
        "object": note.object,
        "created": views.ts(note.created),
        "attempts": note.attempts,
        "delivered_at": None if note.delivered_at is None else views.ts(note.delivered_at),
        "last_error": note.last_error,
        "status": status_of(emu, note),
    }


def is_loopback_url(url: str) -> bool:
    """Only a literal loopback address or ``localhost``: names are not resolved on purpose."""
    host = urlsplit(url).hostname or ""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class DeliveryEngine:
    """Delivers due notifications; one per emulator, driven by :meth:`run` on an event loop."""

    def __init__(self, emu: Emulator, *, client: httpx.AsyncClient | None = None) -> None:
        self.emu = emu
        self._client = client
        self._own_client = client is None
        self._wakeup: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        # notification id -> monotonic time of its last attempt (retry schedule, not persisted:
        # after a restart pending notifications are tried at once)
        self._last_attempt: dict[int, float] = {}
        self._in_flight: dict[int, asyncio.Task[None]] = {}

    # -- running ---------------------------------------------------------------------------

    async def run(self) -> None:
        """Deliver until cancelled: at once when woken, else when the next retry is due."""
        self._loop = asyncio.get_running_loop()
        self._wakeup = asyncio.Event()
        self.emu.add_notification_listener(self.wake)
        try:
            while True:
                self._wakeup.clear()
                for note in self._due():
                    self._start(note)
                timeout = self._seconds_to_next_due()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wakeup.wait(), timeout)
        finally:
            self.emu.remove_notification_listener(self.wake)
            for task in list(self._in_flight.values()):
                task.cancel()
            await asyncio.gather(*self._in_flight.values(), return_exceptions=True)
            await self.aclose()

    def wake(self) -> None:
        """Thread-safe: a notification was queued (or the schedule changed)."""
        loop, event = self._loop, self._wakeup
        if loop is None or event is None:
            return
        # RuntimeError: the loop has closed, the server is shutting down.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(event.set)

    async def flush(self) -> list[Notification]:
        """Attempt every pending notification now (retry interval or not), wait for all."""
        with self.emu.state.lock:
            pending = [
                n
                for n in self.emu.state.notifications.values()
                if status_of(self.emu, n) == "pending"
            ]
        for note in pending:
            if note.id not in self._in_flight:
                self._start(note)
        tasks = [self._in_flight[n.id] for n in pending if n.id in self._in_flight]
        await asyncio.gather(*tasks, return_exceptions=True)
        return pending

    async def aclose(self) -> None:
        if self._client is not None and self._own_client:
            await self._client.aclose()
            self._client = None

    # -- schedule --------------------------------------------------------------------------

    def _next_due(self, note: Notification) -> float:
        last = self._last_attempt.get(note.id)
        if note.attempts == 0 or last is None:
            return 0.0
        return last + self.emu.config.callback_retry_interval

    def _due(self) -> list[Notification]:
        now = time.monotonic()
        with self.emu.state.lock:
            return [
                n
                for n in sorted(self.emu.state.notifications.values(), key=lambda n: n.id)
                if status_of(self.emu, n) == "pending"
                and n.id not in self._in_flight
                and self._next_due(n) <= now
            ]

    def _seconds_to_next_due(self) -> float | None:
        now = time.monotonic()
        with self.emu.state.lock:
            dues = [
                self._next_due(n)
                for n in self.emu.state.notifications.values()
                if status_of(self.emu, n) == "pending" and n.id not in self._in_flight
            ]
        return max(0.0, min(dues) - now) if dues else None

    def _start(self, note: Notification) -> None:
        task = asyncio.create_task(self._attempt(note), name=f"callback-{note.id}")
        self._in_flight[note.id] = task

        def done(_: asyncio.Task[None]) -> None:
            self._in_flight.pop(note.id, None)
            self.wake()  # reschedule: the next retry time is known now

        task.add_done_callback(done)

    # -- one attempt -----------------------------------------------------------------------

    async def _attempt(self, note: Notification) -> None:
        try:
            error = await self._post(note)
        except Exception as exc:  # any failure is one failed attempt, never an endless loop
            error = f"{type(exc).__name__}"
        with self.emu.state.lock:
            note.attempts += 1
            if error is None:
                note.delivered_at = self.emu.now()
                note.last_error = None
            else:
                note.last_error = error
        self._last_attempt[note.id] = time.monotonic()
        if error is not None:
            # Host only: apps put secret tokens in callback URLs' paths and query strings.
            host = urlsplit(note.target_url).hostname
            logger.info("callback %s to host %s failed: %s", note.id, host, error)
        self.emu.persist()

    async def _post(self, note: Notification) -> str | None:
        """Deliver once; the error as text, or None when the target took it."""
        url = note.target_url
        if urlsplit(url).scheme not in ("http", "https"):
            return "refused: the target URL must be http or https"
        if not self.emu.config.callback_allow_remote and not is_loopback_url(url):
            return "refused: not a loopback target (callback_allow_remote is off)"
        body = notification_body(note)
        sent = {
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            headers.SERVER_SIGNATURE: self.emu.sign(body),
        }
        if self._client is None:
            self._client = httpx.AsyncClient(follow_redirects=False)
        try:
            response = await self._client.post(
                url, content=body, headers=sent, timeout=self.emu.config.callback_timeout
            )
        except (httpx.HTTPError, httpx.InvalidURL, ValueError, OSError) as exc:
            return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        if not 200 <= response.status_code < 300:
            return f"HTTP {response.status_code}"
        return None
