"""Monetary accounts as a session sees them, with the on-behalf-of rule for user ids.

ctx = auth.authenticate(emu, meta)
owner = check_user_path(emu, ctx, user_id_from_url)      # BunqRuleError 403 when wrong
accounts = list_accounts(emu, owner)                     # newest first
"""

from __future__ import annotations

from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.services.auth import SessionContext
from bunq_connect.emulator.state import MonetaryAccount, User


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
            if a.user_id == owner.id and (kind is None or a.kind == kind)
        ]
    return sorted(accounts, key=lambda a: a.id, reverse=True)


def get_account(
    emu: Emulator, owner: User, account_id: int, kind: str | None = None
) -> MonetaryAccount:
    with emu.state.lock:
        account = emu.state.monetary_accounts.get(account_id)
        if account is None or account.user_id != owner.id or (kind and account.kind != kind):
            raise BunqRuleError(404, "Monetary account not found.")
        return account
