"""Sandbox users: a person or company, a funded EUR account and a fresh API key.

>>> emu = Emulator.create()
>>> user, api_key = create_sandbox_user(emu, "person")
>>> api_key.startswith("sandbox_"), user.email()
(True, 'sanne.de.vries.1@bunq.example')
"""

from __future__ import annotations

from decimal import Decimal

from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.services import identity
from bunq_connect.emulator.state import Alias, Card, Credential, MonetaryAccount, User, UserKind


def create_sandbox_user(
    emu: Emulator,
    kind: UserKind,
    *,
    first_name: str | None = None,
    last_name: str | None = None,
    company_name: str | None = None,
) -> tuple[User, str]:
    """Create the user, its first monetary account and an API key; returns (user, api key)."""
    state = emu.state
    now = emu.now()
    with state.lock:
        state.sandbox_user_count += 1
        n = state.sandbox_user_count
        user_id = state.next_id("user")
        if kind == "person":
            default_first, default_last = identity.person_name(n)
            first = first_name or default_first
            last = last_name or default_last
            display_name = f"{first} {last}"
            nick = first
            local = identity.email_local_part(first, last)
            name_company = ""
        else:
            first = last = ""
            name_company = company_name or identity.company_name(n)
            display_name = name_company
            nick = name_company.split()[0]
            local = identity.email_local_part(name_company)
        email = f"{local}.{n}@{emu.config.email_domain}"
        user = User(
            id=user_id,
            kind=kind,
            created=now,
            updated=now,
            display_name=display_name,
            public_nick_name=nick,
            public_uuid=identity.uuid4(emu.random),
            aliases=[
                Alias("EMAIL", email, email),
                Alias("PHONE_NUMBER", identity.phone_number(n), identity.phone_number(n)),
            ],
            session_timeout=emu.config.default_session_timeout,
            first_name=first,
            last_name=last,
            company_name=name_company,
            chamber_of_commerce_number=f"{70_000_000 + n:08d}" if kind == "company" else "",
        )
        state.users[user.id] = user
        account = create_monetary_account(emu, user, description="Main account")
        create_card(emu, user, account)
        api_key = identity.sandbox_api_key(emu.random)
        credential = Credential(
            id=state.next_id("credential"),
            kind="api_key",
            secret=api_key,
            user_id=user.id,
            created=now,
        )
        state.credentials[credential.id] = credential
        state.credential_by_secret[api_key] = credential.id
        return user, api_key


def create_monetary_account(
    emu: Emulator,
    user: User,
    *,
    description: str,
    currency: str = "EUR",
    balance: Decimal | None = None,
) -> MonetaryAccount:
    """An ACTIVE MonetaryAccountBank; opening balance ``balance`` or the configured one."""
    state = emu.state
    now = emu.now()
    with state.lock:
        account_id = state.next_id("monetary_account")
        account = MonetaryAccount(
            id=account_id,
            user_id=user.id,
            created=now,
            updated=now,
            currency=currency,
            description=description,
            iban=identity.make_iban("BUNQ", account_id),
            balance=emu.config.initial_balance if balance is None else balance,
            daily_limit=emu.config.daily_limit,
            public_uuid=identity.uuid4(emu.random),
        )
        state.monetary_accounts[account.id] = account
        return account


def create_card(emu: Emulator, user: User, account: MonetaryAccount) -> Card:
    """The debit card every sandbox user has: ACTIVE, on their first account."""
    state = emu.state
    now = emu.now()
    with state.lock:
        card_id = state.next_id("card")
        card = Card(
            id=card_id,
            user_id=user.id,
            monetary_account_id=account.id,
            created=now,
            public_uuid=identity.uuid4(emu.random),
            name_on_card=user.display_name.upper()[:26],
            second_line="",
            four_digits=f"{card_id % 10_000:04d}",
            expiry_date=f"{now.year + 5}-{now.month:02d}-28",
        )
        state.cards[card.id] = card
        return card


def find_user_by_email(emu: Emulator, email: str) -> User | None:
    if not email.strip():
        return None
    return emu.state.user_by_email(email)
