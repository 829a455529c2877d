"""The emulator's notion of time, which tests can move forward.

    >>> clock = Clock()
    >>> before = clock.now()
    >>> clock.advance(600)          # expire authorization codes, sessions, rate-limit windows
    >>> (clock.now() - before).total_seconds() >= 600
    True

The clock follows real time plus an offset that only grows, so timestamps stay monotonic and
nothing in the emulator ever needs to sleep.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta


class Clock:
    def __init__(self, start: datetime | None = None) -> None:
        """``start`` freezes the clock at that moment (it then moves only by ``advance``)."""
        if start is not None and start.tzinfo is None:
            raise ValueError("the clock needs an aware (UTC) datetime")
        self._frozen = start
        self._offset = timedelta(0)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            base = self._frozen if self._frozen is not None else datetime.now(UTC)
            return base + self._offset

    def advance(self, seconds: float) -> datetime:
        """Move time forward by ``seconds`` (never backwards) and return the new now."""
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        with self._lock:
            self._offset += timedelta(seconds=seconds)
        return self.now()

    @property
    def offset_seconds(self) -> float:
        with self._lock:
            return self._offset.total_seconds()
