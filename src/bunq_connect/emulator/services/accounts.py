"""Monetary accounts as a session sees them, with the on-behalf-of rule for user ids.

ctx = auth.authenticate(emu, meta)
owner = check_user_path(emu, ctx, user_id_from_url)      # BunqRuleError 403 when wrong
accounts = list_accounts(emu, owner)                     # newest first
account = create_account(emu, ctx, owner, "MonetaryAccountSavings", body)

A user holds the accounts they own and the joint accounts they co-own; both list and both can
pay. New accounts start empty (money arrives by payment or by a request to sugardaddy).
"""

from __future__ import annotations

from decimal import Decimal

from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.services import money, scope, users
from bunq_connect.emulator.services.auth import SessionContext
from bunq_connect.emulator.services.scope import Operation
from bunq_connect.emulator.state import MonetaryAccount, User

ACCOUNT_KINDS = ("MonetaryAccountBank", "MonetaryAccountSavings", "MonetaryAccountJoint")


def check_user_path(emu: Emulator, ctx: SessionContext, user_id: int) -> User:
    """The user whose data ``/user/{user_id}/...`` reaches for this session.

    The URL must carry the session's own user id: the person/company id for an API key, the
    UserApiKey id for an OAuth session (whose data is then the granting customer's). Any
    other id, the customer's own id included, gets 403 rather than 404: the session is not
    allowed there whether or not the user exists, and the answer does not reveal which.
    """
    state = emu.state
    with state.lock:
        if user_id != ctx.user_id:
            uak = state.user_api_keys.get(ctx.user_id)
            if uak is not None and user_id == uak.granted_by_user_id:
                raise BunqRuleError(
                    403,
                    "Insufficient authorisation. This session acts through a UserApiKey: put "
                    f"the UserApiKey id ({uak.id}) in the URL, not the granting user's own id.",
                )
            raise BunqRuleError(
                403,
                "Insufficient authorisation. The user id in the URL is not the user of this "
                "session.",
            )
        uak = state.user_api_keys.get(user_id)
        return state.users[uak.granted_by_user_id if uak is not None else user_id]


def require_own_user(emu: Emulator, ctx: SessionContext, user_id: int) -> User:
    """For the app's own resources (OAuth clients): a person/company session on its own id."""
    owner = check_user_path(emu, ctx, user_id)
    if ctx.user_id in emu.state.user_api_keys:
        raise BunqRuleError(
            403, "Insufficient authorisation. This operation is not allowed through OAuth."
        )
    return owner


def list_accounts(emu: Emulator, owner: User, kind: str | None = None) -> list[MonetaryAccount]:
    """The owner's accounts, newest first (optionally only those of one type)."""
    with emu.state.lock:
        accounts = [
            a
            for a in emu.state.monetary_accounts.values()
            if a.is_held_by(owner.id) and (kind is None or a.kind == kind)
        ]
    return sorted(accounts, key=lambda a: a.id, reverse=True)


def get_account(
    emu: Emulator, owner: User, account_id: int, kind: str | None = None
) -> MonetaryAccount:
    with emu.state.lock:
        account = emu.state.monetary_accounts.get(account_id)
        if account is None or not account.is_held_by(owner.id) or (kind and account.kind != kind):
            raise BunqRuleError(404, "Monetary account not found.")
        return account


def create_account(
    emu: Emulator, ctx: SessionContext, owner: User, kind: str, body: dict[str, object]
) -> MonetaryAccount:
    """POST monetary-account-bank / -savings / -joint: a new, empty account of the owner."""
    if kind not in ACCOUNT_KINDS:  # pragma: no cover - routes pass one of them
        raise ValueError(kind)
    scope.check(emu, ctx, Operation.CREATE_ACCOUNT)
    currency = money.parse_currency(body.get("currency", "EUR"))
    description = money.optional_text(body, "description", max_length=255) or "bunq account"
    co_owner_ids: list[int] = []
    state = emu.state
    with state.lock:
        if kind == "MonetaryAccountJoint":
            co_owner_ids = _co_owners(emu, owner, body.get("all_co_owner"))
        account = users.create_monetary_account(
            emu, owner, description=description, currency=currency, balance=Decimal("0.00")
        )
        account.kind = kind
        account.co_owner_ids = co_owner_ids
        return account


def _co_owners(emu: Emulator, owner: User, value: object) -> list[int]:
    """``all_co_owner``: [{"alias": Pointer}], every one an emulator user other than the owner."""
    if not isinstance(value, list) or not value:
        raise BunqRuleError(
            400, "Error in field 'all_co_owner': a joint account needs at least one co-owner."
        )
    found: list[int] = []
    for n, item in enumerate(value):
        pointer = item.get("alias") if isinstance(item, dict) else None
        if not isinstance(pointer, dict) or pointer.get("type") not in ("EMAIL", "PHONE_NUMBER"):
            raise BunqRuleError(
                400,
                f"Error in field 'all_co_owner[{n}].alias': expected an EMAIL or PHONE_NUMBER "
                "pointer.",
            )
        user = money.find_user_by_alias(
            emu.state, str(pointer["type"]), str(pointer.get("value", "")).strip()
        )
        if user is None or user.id == owner.id:
            raise BunqRuleError(
                400, f"Error in field 'all_co_owner[{n}].alias': no other bunq user has it."
            )
        if user.id not in found:
            found.append(user.id)
    return found
