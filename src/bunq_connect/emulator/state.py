"""The emulator's in-memory world: plain dataclasses plus one lock.

Rules (``emulator.services``) read and change it; the HTTP layer never touches it directly.
Every mutation happens under ``state.lock`` (an ``RLock``, so a rule may call another rule),
which makes each bunq operation atomic although uvicorn serves requests concurrently and tests
poke the state from their own thread.

    >>> state = EmulatorState()
    >>> with state.lock:
    ...     uid = state.next_id("user")
    >>> uid
    1001

Ids come from one sequence per kind of object with distinct starting points, so an id of the
wrong kind in a URL (a user id where an account id belongs) never collides by accident.
Secret fields are excluded from reprs.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Literal

from bunq_connect.wire.signing import RSAPublicKey

UserKind = Literal["person", "company"]
CredentialKind = Literal["api_key", "access_token"]

# First id handed out per kind of object (see the module docstring).
ID_STARTS: dict[str, int] = {
    "user": 1001,  # persons, companies and UserApiKeys share bunq's user id space
    "monetary_account": 2001,
    "installation": 3001,
    "token": 4001,  # installation and session tokens
    "device": 5001,
    "session": 6001,
    "oauth_client": 7001,
    "callback_url": 8001,
    "credential": 9001,
    "notification_filter": 10001,
    "notification": 11001,
}


@dataclass(slots=True)
class Alias:
    type: str  # EMAIL | PHONE_NUMBER | IBAN
    value: str
    name: str


@dataclass(slots=True)
class User:
    """A UserPerson or UserCompany."""

    id: int
    kind: UserKind
    created: datetime
    updated: datetime
    display_name: str
    public_nick_name: str
    public_uuid: str
    aliases: list[Alias]
    session_timeout: int
    first_name: str = ""
    last_name: str = ""
    company_name: str = ""
    chamber_of_commerce_number: str = ""
    status: str = "ACTIVE"
    sub_status: str = "NONE"
    language: str = "en_US"
    region: str = "nl_NL"

    def email(self) -> str | None:
        return next((a.value for a in self.aliases if a.type == "EMAIL"), None)


@dataclass(slots=True)
class UserApiKey:
    """The user object bunq creates when a customer approves an app (OAuth consent)."""

    id: int
    created: datetime
    updated: datetime
    requested_by_user_id: int  # the app's own user
    granted_by_user_id: int  # the customer who consented
    oauth_client_id: int
    revoked_at: datetime | None = None


@dataclass(slots=True)
class Credential:
    """Something that can open an API context: a sandbox API key or an OAuth access token."""

    id: int
    kind: CredentialKind
    secret: str = field(repr=False)
    # The user a session opened with it acts as: a person/company id for an API key, the
    # UserApiKey id for an access token.
    user_id: int
    created: datetime
    revoked_at: datetime | None = None


@dataclass(slots=True)
class Installation:
    id: int
    token_id: int
    token: str = field(repr=False)
    client_public_key: RSAPublicKey = field(repr=False)
    created: datetime
    # Request ids seen on this installation, for the strict request-id mode.
    used_request_ids: set[str] = field(default_factory=set, repr=False)


@dataclass(slots=True)
class Device:
    id: int
    installation_id: int
    credential_id: int
    description: str
    permitted_ips: list[str]  # ["*"] for a wildcard key
    created: datetime

    def allows(self, ip: str | None) -> bool:
        return "*" in self.permitted_ips or (ip is not None and ip in self.permitted_ips)


@dataclass(slots=True)
class Session:
    id: int
    token_id: int
    token: str = field(repr=False)
    installation_id: int
    credential_id: int
    user_id: int  # the acting user: person/company id or UserApiKey id
    timeout: int  # seconds of inactivity before expiry
    created: datetime
    expires_at: datetime


@dataclass(slots=True)
class MonetaryAccount:
    id: int
    user_id: int
    created: datetime
    updated: datetime
    currency: str
    description: str
    iban: str
    balance: Decimal
    daily_limit: Decimal
    public_uuid: str
    status: str = "ACTIVE"
    sub_status: str = "NONE"
    kind: str = "MonetaryAccountBank"


@dataclass(slots=True)
class CallbackUrl:
    id: int
    url: str
    created: datetime


@dataclass(slots=True)
class OAuthClient:
    id: int
    user_id: int  # the app's user
    client_id: str
    secret: str = field(repr=False)
    status: str
    created: datetime
    callback_urls: list[CallbackUrl] = field(default_factory=list)


@dataclass(slots=True)
class AuthorizationCode:
    code: str = field(repr=False)
    oauth_client_id: int
    redirect_uri: str
    state: str | None
    user_api_key_id: int
    created: datetime
    expires_at: datetime
    used_at: datetime | None = None


@dataclass(slots=True)
class NotificationFilter:
    """A ``notification-filter-url`` entry: where bunq POSTs callbacks of one category."""

    id: int
    user_id: int  # the user (or UserApiKey) whose filter list this is
    monetary_account_id: int | None  # None: a user-level filter
    category: str  # MUTATION, PAYMENT, REQUEST, DRAFT_PAYMENT, OAUTH, ...
    notification_target: str
    created: datetime


@dataclass(slots=True)
class Notification:
    """One callback to deliver: the ``NotificationUrl`` body and where it goes."""

    id: int
    target_url: str
    category: str
    event_type: str
    object: dict[str, object]  # {"Payment": {...}}: an object type indication
    created: datetime
    attempts: int = 0
    delivered_at: datetime | None = None
    last_error: str | None = None


class EmulatorState:
    """Every object of one emulator instance, indexed the ways the rules look them up."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self._init()

    def _init(self) -> None:
        self._sequences: dict[str, int] = dict(ID_STARTS)
        self.users: dict[int, User] = {}
        self.user_api_keys: dict[int, UserApiKey] = {}
        self.credentials: dict[int, Credential] = {}
        self.credential_by_secret: dict[str, int] = {}
        self.installations: dict[int, Installation] = {}
        self.installation_by_token: dict[str, int] = {}
        self.devices: dict[int, Device] = {}
        self.sessions: dict[int, Session] = {}
        self.session_by_token: dict[str, int] = {}
        self.monetary_accounts: dict[int, MonetaryAccount] = {}
        self.oauth_clients: dict[int, OAuthClient] = {}
        self.oauth_client_by_client_id: dict[str, int] = {}
        self.authorization_codes: dict[str, AuthorizationCode] = {}
        # credential id -> moment of the last POST /session-server counted against it
        self.session_server_calls: dict[int, datetime] = {}
        # how many sandbox users were made, for the N in generated names and aliases
        self.sandbox_user_count = 0
        self.notification_filters: dict[int, NotificationFilter] = {}
        # callbacks emitted by the rules, in order; the delivery engine drains it
        self.notifications: dict[int, Notification] = {}

    def reset(self) -> None:
        """Forget everything (ids start over); the server key and the clock stay."""
        with self.lock:
            self._init()

    def next_id(self, kind: str) -> int:
        with self.lock:
            value = self._sequences[kind]
            self._sequences[kind] = value + 1
            return value

    def is_user_id(self, user_id: int) -> bool:
        return user_id in self.users or user_id in self.user_api_keys
