"""Knobs of one emulator instance.

    >>> from bunq_connect.emulator import EmulatorConfig
    >>> EmulatorConfig(strict_request_ids=True).session_server_interval
    30.0

Where bunq's documentation and bunq's observed behaviour differ, the default follows the
observed behaviour and a switch rehearses the documented one (``strict_request_ids``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class EmulatorConfig:
    # bunq documents that a reused X-Bunq-Client-Request-Id is refused on the same device, yet
    # its own tools reuse one id for every call and work: accept reuse unless asked otherwise.
    strict_request_ids: bool = False
    # Auto-logout of newly created sandbox users, in seconds (bunq's default is one hour).
    default_session_timeout: int = 3600
    # Lifetime of an OAuth authorization code, in seconds.
    code_ttl: float = 600.0
    # bunq allows one POST /session-server per 30 s for the same API key.
    session_server_interval: float = 30.0
    # Opening balance of a sandbox user's first EUR account.
    initial_balance: Decimal = Decimal("1000.00")
    # Daily limit reported on new monetary accounts.
    daily_limit: Decimal = Decimal("1000.00")
    # Domain of generated EMAIL aliases (``firstname.lastname.N@<domain>``).
    email_domain: str = "bunq.example"
