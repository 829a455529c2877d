"""One emulator instance: configuration, clock, state and the server's RSA key, bundled.

Rules in ``emulator.services`` take an :class:`Emulator` as their first argument (like a moto
backend); the HTTP app holds exactly one.

    >>> emu = Emulator.create()
    >>> emu.server_public_pem.startswith("-----BEGIN PUBLIC KEY-----")
    True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bunq_connect.emulator.clock import Clock
from bunq_connect.emulator.config import EmulatorConfig
from bunq_connect.emulator.state import EmulatorState, Notification
from bunq_connect.wire import signing


@dataclass(slots=True)
class Emulator:
    config: EmulatorConfig
    clock: Clock
    state: EmulatorState
    server_key: signing.RSAPrivateKey = field(repr=False)
    server_public_pem: str = field(init=False, repr=False)

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
        """A fresh instance; the server key is generated unless one is passed (tests reuse)."""
        return cls(
            config=config or EmulatorConfig(),
            clock=clock or Clock(),
            state=EmulatorState(),
            server_key=server_key or signing.generate_private_key(),
        )

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
        return queued
