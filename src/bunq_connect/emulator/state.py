"""The emulator's in-memory world: plain dataclasses plus one lock.

Rules (``emulator.services``) read and change it; the HTTP layer never touches it directly.
Every mutation happens under ``state.lock`` (an ``RLock``, so a rule may call another rule),
which makes each bunq operation atomic although uvicorn serves requests concurrently and tests
poke the state from their own thread.

    >>> state = EmulatorState()
    >>> state.user_by_email("sugardaddy@bunq.com").display_name
    'Sugar Daddy'
    >>> with state.lock:
    ...     uid = state.next_id("user")
    >>> uid
    1003

Ids come from one sequence per kind of object with distinct starting points, so an id of the
wrong kind in a URL (a user id where an account id belongs) never collides by accident.
Secret fields are excluded from reprs. A fresh (or reset) state already holds bunq's sandbox
counterparties ``sugardaddy@bunq.com`` and ``bravo@bunq.com`` (ids 1001 and 1002), users with
funded accounts that can be paid and asked for money like anyone else.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Literal

from bunq_connect.wire.signing import RSAPublicKey

UserKind = Literal["person", "company", "payment_service_provider"]
CredentialKind = Literal["api_key", "access_token", "psd2_credential"]

# First id handed out per kind of object (see the module docstring).
ID_STARTS: dict[str, int] = {
    "user": 1001,  # persons, companies, PSD2 providers and UserApiKeys share one id space
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
    "card": 12001,
    "payment": 13001,
    "request_inquiry": 14001,
    "request_response": 15001,
    "draft_payment": 16001,
    "draft_payment_entry": 17001,
    "psp_draft_payment": 18001,
    "event": 19001,
    "confirmation_of_funds": 20001,
    "payment_batch": 21001,
}

# bunq's sandbox counterparties: (email, display name, first, last, opening balance).
SUGARDADDY_EMAIL = "sugardaddy@bunq.com"
BRAVO_EMAIL = "bravo@bunq.com"
WELL_KNOWN_USERS: tuple[tuple[str, str, str, str, Decimal], ...] = (
    # Sugar Daddy pays every request up to 500 EUR: a balance no test can exhaust.
    (SUGARDADDY_EMAIL, "Sugar Daddy", "Sugar", "Daddy", Decimal("1000000000.00")),
    (BRAVO_EMAIL, "Bravo", "Bravo", "bunq", Decimal("1000.00")),
)
# Their creation time: fixed, so a reset state is the same every time (they predate everyone).
WELL_KNOWN_CREATED = datetime(2015, 1, 1, tzinfo=UTC)


@dataclass(slots=True)
class Alias:
    type: str  # EMAIL | PHONE_NUMBER | IBAN
    value: str
    name: str


@dataclass(slots=True)
class User:
    """A UserPerson, UserCompany or UserPaymentServiceProvider (a registered PSD2 provider)."""

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
    # A PSD2 provider only: its certificate's subject (RFC 4514), which identifies it.
    certificate_distinguished_name: str = ""

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
class ProviderCredential:
    """``payment-service-provider-credential``: a PSD2 certificate registered on an installation.

    Its ``id`` is the :class:`Credential`'s (whose secret is the ``token_value``, the provider's
    API key). The certificate itself is not kept, only what the rules need from it.
    """

    id: int
    user_id: int  # the UserPaymentServiceProvider
    installation_id: int
    created: datetime
    certificate_subject: str
    certificate_sha256: str
    certificate_not_after: datetime
    roles: tuple[str, ...]  # AISP, PISP, CBPII
    sessions_opened: int = 0  # the first session lasts 1 hour, later ones 90 days


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
    kind: str = "MonetaryAccountBank"  # | MonetaryAccountSavings | MonetaryAccountJoint
    # Other users who hold a joint account with the owner (they see and use it too).
    co_owner_ids: list[int] = field(default_factory=list)
    # Why the holder closed it (status CANCELLED): "OTHER" and their own words.
    reason: str = "NONE"
    reason_description: str = ""

    def is_held_by(self, user_id: int) -> bool:
        return self.user_id == user_id or user_id in self.co_owner_ids

    def is_solely_held_by(self, user_id: int) -> bool:
        """The user's own account and nobody else's: a joint account is shared with others."""
        return self.user_id == user_id and not self.co_owner_ids


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


@dataclass(frozen=True, slots=True)
class Label:
    """A LabelMonetaryAccount as it was when an object was made (bunq snapshots labels)."""

    iban: str | None
    display_name: str
    user_uuid: str | None
    public_nick_name: str
    country: str = "NL"


@dataclass(slots=True)
class Payment:
    """One side of a transfer: every transfer makes two (debit negative, credit positive)."""

    id: int
    monetary_account_id: int
    user_id: int  # the account owner
    created: datetime
    updated: datetime
    amount: Decimal  # signed: negative on the debit side
    currency: str
    description: str
    merchant_reference: str | None
    alias: Label
    counterparty_alias: Label
    balance_after_mutation: Decimal
    counterparty_monetary_account_id: int | None
    type: str = "BUNQ"
    sub_type: str = "PAYMENT"  # PAYMENT | REQUEST
    batch_id: int | None = None  # the PaymentBatch this payment was part of


@dataclass(slots=True)
class PaymentBatch:
    """``payment-batch``: payments made from one account in one atomic call."""

    id: int
    monetary_account_id: int
    user_id: int  # the account owner
    created: datetime
    updated: datetime
    payment_ids: list[int]  # the debit sides, in the order sent


@dataclass(slots=True)
class RequestInquiry:
    """A request for money, on the requesting account."""

    id: int
    monetary_account_id: int
    user_id: int
    created: datetime
    updated: datetime
    amount_inquired: Decimal
    currency: str
    description: str
    merchant_reference: str | None
    redirect_url: str | None
    counterparty_alias: Label
    user_alias_created: Label
    status: str = "PENDING"  # PENDING | ACCEPTED | REJECTED | REVOKED
    time_responded: datetime | None = None
    amount_responded: Decimal | None = None
    request_response_id: int | None = None
    payment_id: int | None = None  # the requester's (credit) side once paid


@dataclass(slots=True)
class RequestResponse:
    """The counterparty's side of a request inquiry, on the account asked to pay."""

    id: int
    monetary_account_id: int
    user_id: int
    request_inquiry_id: int
    created: datetime
    updated: datetime
    amount_inquired: Decimal
    currency: str
    description: str
    alias: Label  # the payer (this side)
    counterparty_alias: Label  # the requester
    redirect_url: str | None
    status: str = "PENDING"  # PENDING | ACCEPTED | REJECTED | REVOKED
    time_responded: datetime | None = None
    amount_responded: Decimal | None = None
    payment_id: int | None = None  # the payer's (debit) side once paid


@dataclass(slots=True)
class DraftPaymentEntry:
    id: int
    amount: Decimal
    currency: str
    counterparty_alias: Label
    counterparty_monetary_account_id: int
    description: str
    merchant_reference: str | None


@dataclass(slots=True)
class DraftPayment:
    """Payments prepared (by an app, typically) that the account holder approves or rejects."""

    id: int
    monetary_account_id: int
    user_id: int  # the account owner
    created_by_user_id: int  # the session's user: the owner, or the UserApiKey of an app
    created: datetime
    updated: datetime
    entries: list[DraftPaymentEntry]
    user_alias_created: Label
    status: str = "PENDING"  # PENDING | ACCEPTED | REJECTED | CANCELLED
    # Why an approval did not go through (insufficient funds), for the control plane.
    status_reason: str | None = None
    responded_by_user_id: int | None = None
    payment_ids: list[int] = field(default_factory=list)  # debit sides, once accepted


@dataclass(slots=True)
class PspDraftPayment:
    """``payment-service-provider-draft-payment``: a PISP's payment, approved by the payer."""

    id: int
    user_id: int  # the payment service provider (the session's user)
    created: datetime
    updated: datetime
    sender_iban: str
    sender_name: str | None
    counterparty_iban: str
    counterparty_name: str
    description: str
    amount: Decimal
    currency: str
    status: str = "PENDING"  # PENDING | ACCEPTED | REJECTED | CANCELLED
    status_reason: str | None = None
    payment_ids: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Card:
    id: int
    user_id: int
    monetary_account_id: int
    created: datetime
    public_uuid: str
    name_on_card: str
    second_line: str
    four_digits: str
    expiry_date: str
    type: str = "MASTERCARD"
    sub_type: str = "NONE"
    product_type: str = "MASTERCARD_DEBIT"
    status: str = "ACTIVE"


@dataclass(slots=True)
class Event:
    """An entry of ``/user/{id}/event``: something happened to an object of the user."""

    id: int
    user_id: int  # the account owner the event belongs to
    monetary_account_id: int | None
    created: datetime
    action: str  # CREATE | UPDATE
    object_type: str  # Payment | RequestInquiry | RequestResponse | DraftPayment
    object_id: int
    status: str = "FINALIZED"  # FINALIZED | AWAITING_REPLY


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
        self.provider_credentials: dict[int, ProviderCredential] = {}
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
        self.cards: dict[int, Card] = {}
        self.payments: dict[int, Payment] = {}
        self.payment_batches: dict[int, PaymentBatch] = {}
        self.request_inquiries: dict[int, RequestInquiry] = {}
        self.request_responses: dict[int, RequestResponse] = {}
        self.draft_payments: dict[int, DraftPayment] = {}
        self.psp_draft_payments: dict[int, PspDraftPayment] = {}
        self.events: dict[int, Event] = {}
        self._seed_well_known_users()

    def _seed_well_known_users(self) -> None:
        # IBAN with the same formula as services.identity.make_iban (kept here: the state
        # must not import the rules).
        for email, display, first, last, balance in WELL_KNOWN_USERS:
            uid = self.next_id("user")
            account_id = self.next_id("monetary_account")
            user = User(
                id=uid,
                kind="person",
                created=WELL_KNOWN_CREATED,
                updated=WELL_KNOWN_CREATED,
                display_name=display,
                public_nick_name=first,
                public_uuid=f"00000000-0000-4000-8000-{uid:012d}",
                aliases=[Alias("EMAIL", email, email)],
                session_timeout=3600,
                first_name=first,
                last_name=last,
            )
            self.users[uid] = user
            self.monetary_accounts[account_id] = MonetaryAccount(
                id=account_id,
                user_id=uid,
                created=WELL_KNOWN_CREATED,
                updated=WELL_KNOWN_CREATED,
                currency="EUR",
                description="Main account",
                iban=_iban("BUNQ", account_id),
                balance=balance,
                daily_limit=Decimal("1000000000.00"),
                public_uuid=f"00000000-0000-4000-8001-{account_id:012d}",
            )

    def reset(self) -> None:
        """Forget everything (ids start over); the server key and the clock stay."""
        with self.lock:
            self._init()

    def next_id(self, kind: str) -> int:
        with self.lock:
            # .get: a state file written before a kind existed lacks its sequence
            value = self._sequences.get(kind, ID_STARTS[kind])
            self._sequences[kind] = value + 1
            return value

    def is_user_id(self, user_id: int) -> bool:
        return user_id in self.users or user_id in self.user_api_keys

    def user_by_email(self, email: str) -> User | None:
        wanted = email.strip().lower()
        with self.lock:
            for user in self.users.values():
                if any(a.type == "EMAIL" and a.value.lower() == wanted for a in user.aliases):
                    return user
        return None


def _iban(bank_code: str, number: int, country: str = "NL") -> str:
    bban = f"{bank_code}{2_000_000_000 + number:010d}"
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"
