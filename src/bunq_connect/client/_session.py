"""Sessions that renew themselves, single-flight.

A session is renewed shortly before its expiry and once after an expired-session answer.
Whatever the number of threads (or tasks) that notice at once, exactly one session-server
call is made; the others wait for it and use its result. A renewed session is handed to the
``on_session_renewed`` hook so a stored context stays current.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

from bunq_connect.context import ApiContext
from bunq_connect.models.session import SessionInfo

RENEW_MARGIN = timedelta(seconds=30)
# bunq: "If a request is made 30 minutes before a session expires, the session will
# automatically be extended." Mirrored here so a busy connection does not renew needlessly.
EXTENSION_WINDOW = timedelta(minutes=30)

SessionHook = Callable[[ApiContext], None]
AsyncSessionHook = Callable[[ApiContext], Awaitable[None] | None]


def needs_renewal(session: SessionInfo | None, now: datetime, margin: timedelta) -> bool:
    return session is None or session.expires_within(now, margin)


def extend_on_activity(session: SessionInfo | None, now: datetime) -> None:
    """A successful call in the last 30 minutes of a session extends it by its timeout."""
    if session is None or session.expires_at <= now or session.expires_at - now > EXTENSION_WINDOW:
        return
    if session.timeout_seconds:
        session.expires_at = now + timedelta(seconds=session.timeout_seconds)


def is_stale(context: ApiContext, seen_token: str | None) -> bool:
    """True when the session a caller saw fail is still the current one (so renew it)."""
    current = context.session.token.get_secret_value() if context.session else None
    return current is None or current == seen_token


class SyncSessionKeeper:
    def __init__(
        self,
        context: ApiContext,
        renew: Callable[[], SessionInfo],
        on_renewed: SessionHook | None,
        margin: timedelta = RENEW_MARGIN,
    ) -> None:
        self._context = context
        self._renew = renew
        self._on_renewed = on_renewed
        self._margin = margin
        self._lock = threading.Lock()

    def token(self) -> str:
        session = self._context.session
        if needs_renewal(session, datetime.now(UTC), self._margin):
            return self.renew(seen_token=session.token.get_secret_value() if session else None)
        assert session is not None
        return session.token.get_secret_value()

    def note_activity(self) -> None:
        extend_on_activity(self._context.session, datetime.now(UTC))

    def renew(self, *, seen_token: str | None) -> str:
        with self._lock:
            session = self._context.session
            if not is_stale(self._context, seen_token) and not needs_renewal(
                session, datetime.now(UTC), self._margin
            ):
                assert session is not None
                return session.token.get_secret_value()
            self._context.session = self._renew()
            if self._on_renewed is not None:
                self._on_renewed(self._context)
            return self._context.session.token.get_secret_value()


class AsyncSessionKeeper:
    def __init__(
        self,
        context: ApiContext,
        renew: Callable[[], Awaitable[SessionInfo]],
        on_renewed: AsyncSessionHook | None,
        margin: timedelta = RENEW_MARGIN,
    ) -> None:
        self._context = context
        self._renew = renew
        self._on_renewed = on_renewed
        self._margin = margin
        self._lock: asyncio.Lock | None = None

    async def token(self) -> str:
        session = self._context.session
        if needs_renewal(session, datetime.now(UTC), self._margin):
            return await self.renew(
                seen_token=session.token.get_secret_value() if session else None
            )
        assert session is not None
        return session.token.get_secret_value()

    def note_activity(self) -> None:
        extend_on_activity(self._context.session, datetime.now(UTC))

    async def renew(self, *, seen_token: str | None) -> str:
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            session = self._context.session
            if not is_stale(self._context, seen_token) and not needs_renewal(
                session, datetime.now(UTC), self._margin
            ):
                assert session is not None
                return session.token.get_secret_value()
            self._context.session = await self._renew()
            if self._on_renewed is not None:
                result = self._on_renewed(self._context)
                if isinstance(result, Awaitable):
                    await result
            return self._context.session.token.get_secret_value()
