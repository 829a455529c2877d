"""Cards as a session sees them: every sandbox user has one ACTIVE debit card.

cards = list_cards(emu, ctx, owner)
card = get_card(emu, ctx, owner, card_id)
"""

from __future__ import annotations

from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.services import scope
from bunq_connect.emulator.services.auth import SessionContext
from bunq_connect.emulator.services.scope import Operation
from bunq_connect.emulator.state import Card, User


def list_cards(emu: Emulator, ctx: SessionContext, owner: User) -> list[Card]:
    scope.check(emu, ctx, Operation.MANAGE_CARDS)
    with emu.state.lock:
        return [c for c in emu.state.cards.values() if c.user_id == owner.id]


def get_card(emu: Emulator, ctx: SessionContext, owner: User, card_id: int) -> Card:
    scope.check(emu, ctx, Operation.MANAGE_CARDS)
    with emu.state.lock:
        card = emu.state.cards.get(card_id)
        if card is None or card.user_id != owner.id:
            raise BunqRuleError(404, "Card not found.")
        return card
