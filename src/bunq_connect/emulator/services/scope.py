"""What an OAuth connection (a UserApiKey session) may do: bunq's default permission, once.

    scope.check(emu, ctx, Operation.PAY_OWN_ACCOUNTS)      # passes for every session
    scope.check(emu, ctx, Operation.PAY_THIRD_PARTY)       # 403 for a UserApiKey session

Sessions of an API key (the customer's own) may do everything; a UserApiKey session only what
bunq's default OAuth permission lists (read and create monetary accounts; read payments and
transactions; pay between the user's own accounts; create draft payments; manage cards; read
and create request-inquiries; read request-responses). The rest is a bunq-style 403.
"""

from __future__ import annotations

from enum import StrEnum

from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.services.auth import SessionContext


class Operation(StrEnum):
    READ_ACCOUNTS = "read monetary accounts"
    CREATE_ACCOUNT = "create monetary accounts"
    READ_PAYMENTS = "read payments and transactions"
    PAY_OWN_ACCOUNTS = "pay between the user's own accounts"
    PAY_THIRD_PARTY = "pay someone else"
    CREATE_DRAFT_PAYMENT = "create draft payments"
    READ_DRAFT_PAYMENTS = "read draft payments"
    ACCEPT_DRAFT_PAYMENT = "accept draft payments"
    CANCEL_DRAFT_PAYMENT = "cancel draft payments"
    CREATE_PSP_DRAFT_PAYMENT = "create payment service provider draft payments"
    CONFIRM_FUNDS = "confirm the availability of funds"
    MANAGE_CARDS = "read, create and manage cards"
    READ_REQUEST_INQUIRIES = "read request-inquiries"
    CREATE_REQUEST_INQUIRY = "create request-inquiries"
    REVOKE_REQUEST_INQUIRY = "revoke request-inquiries"
    READ_REQUEST_RESPONSES = "read request-responses"
    RESPOND_REQUEST_RESPONSE = "accept or reject request-responses"
    READ_EVENTS = "read events"
    MANAGE_NOTIFICATION_FILTERS = "manage notification filters"


# The table: what bunq's default OAuth permission grants a UserApiKey session.
OAUTH_DEFAULT: frozenset[Operation] = frozenset(
    {
        Operation.READ_ACCOUNTS,
        Operation.CREATE_ACCOUNT,
        Operation.READ_PAYMENTS,
        Operation.READ_EVENTS,  # events are the transactions' timeline
        Operation.PAY_OWN_ACCOUNTS,
        Operation.CREATE_DRAFT_PAYMENT,
        Operation.READ_DRAFT_PAYMENTS,  # "... and read their statuses" (bunq's PISP guide)
        Operation.CANCEL_DRAFT_PAYMENT,  # withdrawing its own proposal moves no money
        Operation.CREATE_PSP_DRAFT_PAYMENT,
        Operation.CONFIRM_FUNDS,  # the PISP/CBPII check before a payment; reads a balance only
        Operation.MANAGE_CARDS,
        Operation.READ_REQUEST_INQUIRIES,
        Operation.CREATE_REQUEST_INQUIRY,
        # Withdrawing a request it made moves no money: part of "create request-inquiries".
        Operation.REVOKE_REQUEST_INQUIRY,
        Operation.READ_REQUEST_RESPONSES,
        Operation.MANAGE_NOTIFICATION_FILTERS,  # an app must be able to get its callbacks
    }
)

# Refusals that deserve a hint at the allowed way.
_HINTS: dict[Operation, str] = {
    Operation.PAY_THIRD_PARTY: (
        " An OAuth connection may only pay between the user's own accounts; create a "
        "draft payment for the user to approve instead."
    ),
    Operation.ACCEPT_DRAFT_PAYMENT: " Only the account holder can accept a draft payment.",
    Operation.RESPOND_REQUEST_RESPONSE: (
        " An OAuth connection may read request-responses but not accept or reject them."
    ),
}


def is_oauth(emu: Emulator, ctx: SessionContext) -> bool:
    return ctx.user_id in emu.state.user_api_keys


def allowed(emu: Emulator, ctx: SessionContext, operation: Operation) -> bool:
    return not is_oauth(emu, ctx) or operation in OAUTH_DEFAULT


def check(emu: Emulator, ctx: SessionContext, operation: Operation) -> None:
    """403 unless this session may perform ``operation``."""
    if not allowed(emu, ctx, operation):
        raise BunqRuleError(
            403,
            f"Insufficient authorisation. This OAuth connection is not allowed to "
            f"{operation.value}.{_HINTS.get(operation, '')}",
        )
