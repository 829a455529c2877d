"""OAuth connections (UserApiKeys) from the customer's side: list and revoke.

    grants = list_grants(emu, customer)        # the apps connected to this customer
    revoke(emu, user_api_key_id)               # the customer disconnects one app

After a revocation the access token opens no session (400, bunq's wrong-key answer), calls
on sessions opened before fail with 401 "Insufficient authorisation." (``auth`` checks
``revoked_at``), and an OAUTH category callback goes to the app: to the filters of the app's
own user and to those it set through the UserApiKey session.
"""

from __future__ import annotations

from bunq_connect.emulator import views
from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.state import User, UserApiKey

OAUTH_REVOKED = "OAUTH_REVOKED"


def list_grants(emu: Emulator, customer: User) -> list[UserApiKey]:
    with emu.state.lock:
        return sorted(
            (u for u in emu.state.user_api_keys.values() if u.granted_by_user_id == customer.id),
            key=lambda u: u.id,
        )


def revoke(emu: Emulator, user_api_key_id: int) -> UserApiKey:
    """Idempotent: revoking a revoked connection changes nothing and sends nothing."""
    state = emu.state
    with state.lock:
        uak = state.user_api_keys.get(user_api_key_id)
        if uak is None:
            raise BunqRuleError(404, "No OAuth connection (UserApiKey) has this id.")
        if uak.revoked_at is not None:
            return uak
        now = emu.now()
        uak.revoked_at = now
        uak.updated = now
        obj = views.wrap("UserApiKey", views.user_api_key_payload(uak, state))
        for user_id in (uak.requested_by_user_id, uak.id):
            emu.emit_notification(
                user_id=user_id,
                monetary_account_id=None,
                category="OAUTH",
                event_type=OAUTH_REVOKED,
                obj=obj,
            )
        return uak
