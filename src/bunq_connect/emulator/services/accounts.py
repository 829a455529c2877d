"""Monetary accounts as a session sees them, with the on-behalf-of rule for user ids.

ctx = auth.authenticate(emu, meta)
owner = check_user_path(emu, ctx, user_id_from_url)      # BunqRuleError 403 when wrong
accounts = list_accounts(emu, owner)                     # newest first
account = create_account(emu, ctx, owner, "MonetaryAccountSavings", body)
account = update_account(emu, ctx, owner, "MonetaryAccountBank", account_id, body)   # PUT

A user holds the accounts they own and the joint accounts they co-own; both list and both can
pay. New accounts start empty (money arrives by payment or by a request to sugardaddy).

Updates (the file's field descriptions): ``description`` and ``daily_limit`` (the account's
currency, at most 10000 EUR); or, alone in the request, ``status`` CANCELLED (close it:
``sub_status`` REDEMPTION_VOLUNTARY, ``reason`` OTHER, optional ``reason_description``; an
account that still holds money is refused) or PENDING_REOPEN (a cancelled account asks to be
reopened). ``null`` fields count as absent (bunq's SDK sends every field).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Protocol, TypeVar

from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.services import money, scope, users
from bunq_connect.emulator.services.auth import SessionContext
from bunq_connect.emulator.services.scope import Operation
from bunq_connect.emulator.state import MonetaryAccount, User

ACCOUNT_KINDS = ("MonetaryAccountBank", "MonetaryAccountSavings", "MonetaryAccountJoint")
MAX_DAILY_LIMIT_EUR = Decimal("10000.00")
_STATUS_FIELDS = ("status", "sub_status", "reason", "reason_description")
_UPDATABLE = ("description", "daily_limit")
# Fields of the file's update body the emulator keeps no state for: refused, not ignored.
_NOT_EMULATED = (
    "avatar_uuid",
    "display_name",
    "setting",
    "savings_goal",
    "all_co_owner",
    "currency",
)


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


def update_account(
    emu: Emulator,
    ctx: SessionContext,
    owner: User,
    kind: str,
    account_id: int,
    body: dict[str, object],
) -> MonetaryAccount:
    """PUT monetary-account-bank|-savings|-joint/{id}: description, daily limit, or status."""
    fields = {k: v for k, v in body.items() if v is not None}
    state = emu.state
    with state.lock:
        account = get_account(emu, owner, account_id, kind)
        scope.check(emu, ctx, Operation.UPDATE_ACCOUNT)
        for name in _NOT_EMULATED:
            if name in fields:
                raise BunqRuleError(
                    400,
                    f"Error in field '{name}': updating it is not emulated by the bunq-connect "
                    "emulator.",
                )
        if any(name in fields for name in _STATUS_FIELDS):
            others = sorted(name for name in fields if name in _UPDATABLE)
            if others:
                raise BunqRuleError(
                    400,
                    f"Error in field '{others[0]}': when updating the status no other fields "
                    "can be updated in the same request.",
                )
            _update_status(account, fields)
        else:
            _update_fields(account, fields)
        account.updated = emu.now()
        return account


def _update_fields(account: MonetaryAccount, fields: dict[str, object]) -> None:
    if "description" in fields:
        description = money.optional_text(fields, "description", max_length=255)
        if not description:
            raise BunqRuleError(400, "Error in field 'description': it cannot be empty.")
        account.description = description
    if "daily_limit" in fields:
        limit, currency = money.parse_amount(fields["daily_limit"], "daily_limit")
        if currency != account.currency:
            raise BunqRuleError(
                400,
                f"Error in field 'daily_limit.currency': the monetary account holds "
                f"{account.currency}, not {currency}.",
            )
        if currency == "EUR" and limit > MAX_DAILY_LIMIT_EUR:
            raise BunqRuleError(
                400, "Error in field 'daily_limit': the daily limit is at most 10000 EUR."
            )
        account.daily_limit = limit


def _update_status(account: MonetaryAccount, fields: dict[str, object]) -> None:
    status = fields.get("status")
    if status == "CANCELLED":
        sub_status = fields.get("sub_status", "REDEMPTION_VOLUNTARY")
        if sub_status != "REDEMPTION_VOLUNTARY":
            raise BunqRuleError(
                400,
                "Error in field 'sub_status': with status CANCELLED it can only be "
                "REDEMPTION_VOLUNTARY.",
            )
        if fields.get("reason") != "OTHER":
            raise BunqRuleError(
                400, "Error in field 'reason': closing an account needs the reason OTHER."
            )
        reason_description = money.optional_text(fields, "reason_description", max_length=255)
        if account.status != "ACTIVE":
            raise BunqRuleError(
                400, f"The monetary account is {account.status} and cannot be closed."
            )
        if account.balance != 0:
            raise BunqRuleError(
                400,
                f"The monetary account still holds {account.balance} {account.currency}: move "
                "the money to another account before closing it.",
            )
        account.status, account.sub_status = "CANCELLED", "REDEMPTION_VOLUNTARY"
        account.reason, account.reason_description = "OTHER", reason_description or ""
    elif status == "PENDING_REOPEN":
        if fields.get("sub_status", "NONE") != "NONE" or "reason" in fields:
            raise BunqRuleError(
                400,
                "Error in field 'sub_status': with status PENDING_REOPEN it can only be NONE "
                "(and no reason is given).",
            )
        if account.status != "CANCELLED":
            raise BunqRuleError(
                400, f"The monetary account is {account.status}: only a cancelled one reopens."
            )
        account.status, account.sub_status = "PENDING_REOPEN", "NONE"
        account.reason, account.reason_description = "NONE", ""
    else:
        raise BunqRuleError(
            400,
            "Error in field 'status': an update can set CANCELLED (close the account) or "
            "PENDING_REOPEN (reopen a cancelled one).",
        )


class _InAccount(Protocol):
    id: int
    monetary_account_id: int


ItemT = TypeVar("ItemT", bound=_InAccount)


def items_in_account(
    emu: Emulator, owner: User, account_id: int, table: Mapping[int, ItemT]
) -> list[ItemT]:
    """The items of one of ``owner``'s accounts (404 for an account that is not theirs)."""
    with emu.state.lock:
        account = get_account(emu, owner, account_id)
        return [item for item in table.values() if item.monetary_account_id == account.id]


def item_in_account(
    emu: Emulator,
    owner: User,
    account_id: int,
    table: Mapping[int, ItemT],
    item_id: int,
    type_name: str,
) -> ItemT:
    """One item of one of ``owner``'s accounts, or bunq's 404 naming its type."""
    with emu.state.lock:
        account = get_account(emu, owner, account_id)
        item = table.get(item_id)
        if item is None or item.monetary_account_id != account.id:
            raise BunqRuleError(404, f"{type_name} not found.")
        return item
