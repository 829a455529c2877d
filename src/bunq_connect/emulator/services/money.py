"""Money and counterparties in request bodies: exact amounts, currencies, aliases, labels.

    value, currency = parse_amount(body.get("amount"))          # Decimal('12.50'), 'EUR'
    account = resolve_counterparty(emu, body.get("counterparty_alias"))
    label = label_of(emu.state, account)                        # LabelMonetaryAccount snapshot

Amounts are ``{"value": "12.50", "currency": "EUR"}`` with the value a decimal string of at
most two decimals, strictly positive; anything else is a 400 naming the field. A counterparty
is an emulator account found by IBAN, or an emulator user's first active account in the
currency found by EMAIL or PHONE_NUMBER: the sandbox makes no external transfers.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.state import EmulatorState, Label, MonetaryAccount, User

# Currencies a bunq account can hold (bunq's multi-currency offer).
CURRENCIES = frozenset({"EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN"})
CENT = Decimal("0.01")
_AMOUNT = re.compile(r"\d{1,12}(\.\d{1,2})?")
ALIAS_TYPES = ("IBAN", "EMAIL", "PHONE_NUMBER")


def parse_currency(value: object, field: str = "currency") -> str:
    if not isinstance(value, str) or value not in CURRENCIES:
        raise BunqRuleError(
            400,
            f"Error in field '{field}': must be an ISO 4217 currency code bunq supports "
            f"({', '.join(sorted(CURRENCIES))}).",
        )
    return value


def parse_amount(value: object, field: str = "amount") -> tuple[Decimal, str]:
    """A strictly positive amount with at most two decimals, and its currency."""
    if not isinstance(value, dict):
        raise BunqRuleError(
            400, f'Error in field \'{field}\': expected {{"value": "12.50", "currency": "EUR"}}.'
        )
    raw = value.get("value")
    # A string only: a JSON number may already have lost exactness on the way.
    if not isinstance(raw, str) or not _AMOUNT.fullmatch(raw.strip()):
        raise BunqRuleError(
            400,
            f"Error in field '{field}': the value must be a decimal string with at most two "
            'decimals, like "12.50".',
        )
    try:
        amount = Decimal(raw.strip()).quantize(CENT)
    except InvalidOperation:  # pragma: no cover - the pattern already excludes it
        raise BunqRuleError(400, f"Error in field '{field}': not a number.") from None
    if amount <= 0:
        raise BunqRuleError(400, f"Error in field '{field}': the amount must be more than 0.")
    return amount, parse_currency(value.get("currency"), f"{field}.currency")


def optional_text(
    body: dict[str, object], field: str, *, max_length: int = 9000, prefix: str = ""
) -> str | None:
    """``body[field]`` if a string (None when absent); errors name ``prefix + field``."""
    value = body.get(field)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BunqRuleError(400, f"Error in field '{prefix}{field}': expected a string.")
    if len(value) > max_length:
        raise BunqRuleError(
            400, f"Error in field '{prefix}{field}': at most {max_length} characters are allowed."
        )
    return value


def normalise_iban(value: str) -> str:
    return value.replace(" ", "").upper()


def _pointer(value: object, field: str) -> tuple[str, str, str | None]:
    if not isinstance(value, dict):
        raise BunqRuleError(
            400,
            f'Error in field \'{field}\': expected a pointer {{"type", "value", "name"}}.',
        )
    kind, target, name = value.get("type"), value.get("value"), value.get("name")
    if kind not in ALIAS_TYPES:
        raise BunqRuleError(
            400, f"Error in field '{field}.type': must be one of {', '.join(ALIAS_TYPES)}."
        )
    if not isinstance(target, str) or not target.strip():
        raise BunqRuleError(400, f"Error in field '{field}.value': this field is required.")
    if name is not None and not isinstance(name, str):
        raise BunqRuleError(400, f"Error in field '{field}.name': expected a string.")
    if kind == "IBAN" and not name:
        raise BunqRuleError(
            400, f"Error in field '{field}.name': a name is required with an IBAN alias."
        )
    return str(kind), target.strip(), name


def find_user_by_alias(state: EmulatorState, kind: str, value: str) -> User | None:
    if kind == "EMAIL":
        return state.user_by_email(value)
    for user in state.users.values():
        if any(a.type == kind and a.value == value for a in user.aliases):
            return user
    return None


def primary_account(state: EmulatorState, user: User, currency: str | None) -> MonetaryAccount:
    """Where money sent to a user's email or phone lands: their oldest active account."""
    candidates = sorted(
        (
            a
            for a in state.monetary_accounts.values()
            if a.user_id == user.id
            and a.status == "ACTIVE"
            and (currency is None or a.currency == currency)
        ),
        key=lambda a: a.id,
    )
    if not candidates:
        raise BunqRuleError(
            400,
            f"The counterparty has no active {currency or ''} account to receive this.".replace(
                "  ", " "
            ),
        )
    return candidates[0]


def resolve_counterparty(
    emu: Emulator, value: object, currency: str | None, field: str = "counterparty_alias"
) -> MonetaryAccount:
    """The emulator account a pointer reaches (400 when it reaches none)."""
    kind, target, _ = _pointer(value, field)
    state = emu.state
    with state.lock:
        if kind == "IBAN":
            iban = normalise_iban(target)
            account = next((a for a in state.monetary_accounts.values() if a.iban == iban), None)
            if account is None or account.status != "ACTIVE":
                raise BunqRuleError(
                    400,
                    f"Error in field '{field}': no active bunq account has this IBAN. The "
                    "sandbox makes no transfers to other banks.",
                )
            return account
        user = find_user_by_alias(state, kind, target)
        if user is None:
            raise BunqRuleError(
                400, f"Error in field '{field}': no bunq user has this {kind.lower()} alias."
            )
        return primary_account(state, user, currency)


def account_by_iban(state: EmulatorState, iban: object, field: str) -> MonetaryAccount:
    if not isinstance(iban, str) or not iban.strip():
        raise BunqRuleError(400, f"Error in field '{field}': an IBAN is required.")
    wanted = normalise_iban(iban)
    with state.lock:
        account = next((a for a in state.monetary_accounts.values() if a.iban == wanted), None)
    if account is None:
        raise BunqRuleError(
            400, f"Error in field '{field}': no bunq account has this IBAN in the emulator."
        )
    return account


def label_of(state: EmulatorState, account: MonetaryAccount) -> Label:
    owner = state.users[account.user_id]
    return Label(
        iban=account.iban,
        display_name=owner.display_name,
        user_uuid=owner.public_uuid,
        public_nick_name=owner.public_nick_name,
    )


def user_label(user: User) -> Label:
    return Label(
        iban=None,
        display_name=user.display_name,
        user_uuid=user.public_uuid,
        public_nick_name=user.public_nick_name,
    )
