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

from bunq_connect.emulator.clock import Clock
from bunq_connect.emulator.config import EmulatorConfig
from bunq_connect.emulator.state import EmulatorState
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
