"""One emulator instance: configuration, clock, state and the server's RSA key, bundled.

Rules in ``emulator.services`` take an :class:`Emulator` as their first argument (like a moto
backend); the HTTP app holds exactly one.

    >>> emu = Emulator.create(EmulatorConfig(seed=7))
    >>> emu.server_public_pem.startswith("-----BEGIN PUBLIC KEY-----")
    True
    >>> first = emu.random.random()
    >>> emu.reset(seed=7)                     # forget everything, same random sequence again
    >>> emu.random.random() == first
    True

Beside the state it holds the runtime machinery the control plane reaches: ``random`` (the one
source of randomness for the rules: a ``random.SystemRandom`` unless seeded), ``rate_limiter``,
``faults``, and ``store`` (the SQLite file when ``config.state_path`` is set). ``config`` may be
swapped for another (frozen) config at run time: that is how switches are toggled.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bunq_connect.emulator import persistence
from bunq_connect.emulator.clock import Clock
from bunq_connect.emulator.config import EmulatorConfig
from bunq_connect.emulator.faults import FaultRegistry
from bunq_connect.emulator.ratelimit import SlidingWindowLimiter
from bunq_connect.emulator.state import EmulatorState, Notification
from bunq_connect.wire import signing

logger = logging.getLogger("bunq_connect.emulator")


def _random_for(seed: int | None) -> random.Random:
    # Unseeded: os.urandom, so tokens stay unguessable; seeded: reproducible, not secret.
    return random.SystemRandom() if seed is None else random.Random(seed)  # noqa: S311


@dataclass(slots=True)
class Emulator:
    config: EmulatorConfig
    clock: Clock
    state: EmulatorState
    server_key: signing.RSAPrivateKey = field(repr=False)
    server_public_pem: str = field(init=False, repr=False)
    random: random.Random = field(default_factory=random.SystemRandom, repr=False)
    rate_limiter: SlidingWindowLimiter = field(default_factory=SlidingWindowLimiter, repr=False)
    faults: FaultRegistry = field(default_factory=FaultRegistry, repr=False)
    store: persistence.StateStore | None = field(default=None, repr=False)
    # Called (from any thread) whenever a notification is queued: wakes the delivery engine.
    notification_listeners: list[Callable[[], None]] = field(default_factory=list, repr=False)
    _listeners_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self.server_public_pem = signing.public_key_to_pem(self.server_key.public_key())

    @classmethod
    def create(
        cls,
        config: EmulatorConfig | None = None,
        *,
        clock: Clock | None = None,
        server_key: signing.RSAPrivateKey | None = None,
    ) -> Emulator:
        """A fresh instance; the server key is generated unless one is passed (tests reuse).

        With ``config.state_path`` the saved state is loaded, and the saved server key wins
        over ``server_key`` (clients keep the public key they were given at installation).
        """
        config = config or EmulatorConfig()
        store = snapshot = None
        if config.state_path is not None:
            store = persistence.StateStore(config.state_path)
            snapshot = store.load()
        if snapshot is not None:
            server_key = snapshot.server_key
        emu = cls(
            config=config,
            clock=clock or Clock(),
            state=EmulatorState(),
            server_key=server_key or signing.generate_private_key(),
            random=_random_for(config.seed),
            faults=FaultRegistry(config.seed),
            store=store,
        )
        if snapshot is not None:
            persistence.restore(emu, snapshot)
        elif store is not None:
            store.save(emu)  # the key is on disk before any client sees it
        return emu

    def reset(self, seed: int | None = None) -> None:
        """Forget all state, rate-limit windows and faults; reseed (``seed`` or the config's).

        The server key and the clock stay.
        """
        seed = self.config.seed if seed is None else seed
        with self.state.lock:
            self.state.reset()
            self.random = _random_for(seed)
        self.rate_limiter.clear()
        self.faults.clear(seed)

    def persist(self) -> None:
        """Write the state to the state file, if there is one (no-op in memory).

        A failed save is logged, not raised: the request it follows has happened (in memory)
        and its answer must not say otherwise; the file keeps the last good snapshot.
        """
        if self.store is None:
            return
        try:
            self.store.save(self)
        except persistence.PersistenceError:
            logger.exception("saving the emulator state failed")

    def add_notification_listener(self, listener: Callable[[], None]) -> None:
        with self._listeners_lock:
            self.notification_listeners.append(listener)

    def remove_notification_listener(self, listener: Callable[[], None]) -> None:
        with self._listeners_lock:
            if listener in self.notification_listeners:
                self.notification_listeners.remove(listener)

    def now(self) -> datetime:
        return self.clock.now()

    def sign(self, body: bytes) -> str:
        return signing.sign(body, self.server_key)

    def emit_notification(
        self,
        *,
        user_id: int,
        monetary_account_id: int | None,
        category: str,
        event_type: str,
        obj: dict[str, Any],
    ) -> list[Notification]:
        """Queue a callback for every filter of ``user_id`` (and of the account) in ``category``.

        Rules call this inside their state transaction; delivery (signed POSTs with retries)
        happens outside it, in the delivery engine. Returns the queued notifications.
        """
        queued: list[Notification] = []
        with self.state.lock:
            for flt in list(self.state.notification_filters.values()):
                if flt.user_id != user_id or flt.category != category:
                    continue
                if flt.monetary_account_id not in (None, monetary_account_id):
                    continue
                note = Notification(
                    id=self.state.next_id("notification"),
                    target_url=flt.notification_target,
                    category=category,
                    event_type=event_type,
                    object=obj,
                    created=self.now(),
                )
                self.state.notifications[note.id] = note
                queued.append(note)
        if queued:
            with self._listeners_lock:
                listeners = list(self.notification_listeners)
            for listener in listeners:
                listener()
        return queued
