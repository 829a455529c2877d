"""What the rules leave behind when something happens: events and callbacks.

    record_event(emu, account, "CREATE", "Payment", payment.id)
    notify(emu, account, "PAYMENT", "PAYMENT_CREATED", {"Payment": views.payment_payload(p)})

Callbacks go to every holder of the account (owner and joint co-owners) and to every active
(non-revoked) UserApiKey those holders granted, so apps acting on their behalf get them too:
the filters an app sets through its UserApiKey session are stored under the UserApiKey id.
Both functions are called inside the rule's state transaction.
"""

from __future__ import annotations

from typing import Any

from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.state import Event, MonetaryAccount, User


def holders(account: MonetaryAccount) -> list[int]:
    return [account.user_id, *account.co_owner_ids]


def audience(emu: Emulator, user_ids: list[int]) -> list[int]:
    """The users themselves and the active UserApiKeys they granted."""
    state = emu.state
    with state.lock:
        grants = [
            uak.id
            for uak in sorted(state.user_api_keys.values(), key=lambda u: u.id)
            if uak.granted_by_user_id in user_ids and uak.revoked_at is None
        ]
    return [*user_ids, *grants]


def notify(
    emu: Emulator,
    account: MonetaryAccount,
    category: str,
    event_type: str,
    obj: dict[str, Any],
) -> None:
    for user_id in audience(emu, holders(account)):
        emu.emit_notification(
            user_id=user_id,
            monetary_account_id=account.id,
            category=category,
            event_type=event_type,
            obj=obj,
        )


def record_event(
    emu: Emulator,
    account: MonetaryAccount,
    action: str,
    object_type: str,
    object_id: int,
    *,
    status: str = "FINALIZED",
) -> Event:
    state = emu.state
    with state.lock:
        event = Event(
            id=state.next_id("event"),
            user_id=account.user_id,
            monetary_account_id=account.id,
            created=emu.now(),
            action=action,
            object_type=object_type,
            object_id=object_id,
            status=status,
        )
        state.events[event.id] = event
        return event


def list_events(
    emu: Emulator,
    owner: User,
    *,
    monetary_account_id: int | None = None,
    status: str | None = None,
) -> list[Event]:
    """The events on the accounts ``owner`` holds (optionally of one account or status)."""
    state = emu.state
    with state.lock:
        held = {a.id for a in state.monetary_accounts.values() if a.is_held_by(owner.id)}
        return [
            e
            for e in state.events.values()
            if (e.monetary_account_id in held or e.user_id == owner.id)
            and (monetary_account_id is None or e.monetary_account_id == monetary_account_id)
            and (status is None or e.status == status)
        ]
