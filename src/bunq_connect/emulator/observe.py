"""Opt-in observers of every ``/v1`` response the emulator sends, for tests and tooling.

The signing middleware calls :func:`notify` with the exact bytes it signed; with no observer
registered that is one empty-tuple check per response. The test suite registers one to check
every answer against bunq's OpenAPI file (``tests/spec/plugin.py``).

    seen = []
    def record(method: str, path: str, status: int, body: bytes) -> None:
        seen.append((method, path, status))
    observe.add(record)
    ...
    observe.remove(record)

Observers run on the server's event loop: keep them quick and thread-safe. One that raises is
logged and never breaks the response.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

__all__ = ["ResponseObserver", "add", "notify", "remove"]

ResponseObserver = Callable[[str, str, int, bytes], None]
"""``(method, path, status, body)``: ``path`` without the query string."""

logger = logging.getLogger("bunq_connect.emulator")

_lock = threading.Lock()
_observers: tuple[ResponseObserver, ...] = ()


def add(observer: ResponseObserver) -> None:
    global _observers
    with _lock:
        _observers = (*_observers, observer)


def remove(observer: ResponseObserver) -> None:
    global _observers
    with _lock:
        _observers = tuple(o for o in _observers if o is not observer)


def notify(method: str, path: str, status: int, body: bytes) -> None:
    for observer in _observers:  # a tuple: registering during a call cannot disturb the loop
        try:
            observer(method, path, status, body)
        except Exception:
            logger.exception("response observer %r failed", observer)
