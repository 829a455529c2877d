"""Knobs of one emulator instance.

    >>> from bunq_connect.emulator import EmulatorConfig
    >>> EmulatorConfig(strict_request_ids=True).session_server_interval
    30.0
    >>> strict = EmulatorConfig().with_strict_modes()        # every documented rule, to the letter
    >>> strict.strict_request_ids, strict.rate_limit_scope, strict.rate_limits
    (True, 'ip', True)
    >>> EmulatorConfig(rate_limits=False, seed=42, state_path="emulator.sqlite").seed
    42

Where bunq's documentation and bunq's observed behaviour differ, the default follows the
observed behaviour and a switch rehearses the documented one (``strict_request_ids``,
``rate_limit_scope="ip"``); ``docs/emulator.md`` ("Strict modes") has the evidence for both.
A running emulator's switches can be changed through ``POST /_emulator/config``.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from decimal import Decimal

from bunq_connect.emulator.ratelimit import RateLimitScope

# The switches that rehearse bunq's documented behaviour where it differs from what is observed.
STRICT_MODES: dict[str, object] = {"strict_request_ids": True, "rate_limit_scope": "ip"}
LENIENT_MODES: dict[str, object] = {"strict_request_ids": False, "rate_limit_scope": "api_key"}


@dataclass(frozen=True, slots=True)
class EmulatorConfig:
    # bunq documents that a reused X-Bunq-Client-Request-Id is refused on the same device, yet
    # its own tools reuse one id for every call and work: accept reuse unless asked otherwise.
    strict_request_ids: bool = False
    # Auto-logout of newly created sandbox users, in seconds (bunq's default is one hour).
    default_session_timeout: int = 3600
    # bunq: "If a request is made 30 minutes before a session expires, the session will
    # automatically be extended" (to now + the user's session timeout); earlier calls do not.
    session_extend_window: float = 1800.0
    # Lifetime of an OAuth authorization code, in seconds.
    code_ttl: float = 600.0
    # bunq allows one POST /session-server per 30 s for the same API key (0 switches it off).
    session_server_interval: float = 30.0
    # Per IP and endpoint: GET 3, POST 5, PUT 2 calls per 3 s (real time), answered 429.
    rate_limits: bool = True
    # "api_key": session-server counted per API key (above) and otherwise like any POST;
    # "ip": also 1 per 30 s per IP address, bunq's documented worst case.
    rate_limit_scope: RateLimitScope = "api_key"
    # Callbacks: a failed delivery is tried again up to this many times, this far apart (s).
    callback_retry_interval: float = 60.0
    callback_max_retries: int = 5
    # Seconds a callback target gets to answer before the attempt counts as failed.
    callback_timeout: float = 10.0
    # Deliver callbacks to hosts other than loopback (off: a test never calls out).
    callback_allow_remote: bool = False
    # A SQLite file that keeps the state (and the server key) across restarts; None: memory.
    state_path: str | os.PathLike[str] | None = None
    # Seed for reproducible runs: ids, names, IBANs, tokens and UUIDs repeat; None: random.
    seed: int | None = None
    # Opening balance of a sandbox user's first EUR account.
    initial_balance: Decimal = Decimal("1000.00")
    # Daily limit reported on new monetary accounts.
    daily_limit: Decimal = Decimal("1000.00")
    # Domain of generated EMAIL aliases (``firstname.lastname.N@<domain>``).
    email_domain: str = "bunq.example"

    def with_strict_modes(self, strict: bool = True) -> EmulatorConfig:
        """This config with every strict switch on (or back to the observed behaviour)."""
        changes = STRICT_MODES if strict else LENIENT_MODES
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def __post_init__(self) -> None:
        if self.rate_limit_scope not in ("api_key", "ip"):
            raise ValueError("rate_limit_scope must be 'api_key' or 'ip'")
        if self.callback_retry_interval < 0 or self.callback_max_retries < 0:
            raise ValueError("callback retries need a non-negative interval and count")
        if self.callback_timeout <= 0:
            raise ValueError("callback_timeout must be positive")
