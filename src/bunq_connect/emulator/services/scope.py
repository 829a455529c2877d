"""What an OAuth connection (a UserApiKey session) may do: bunq's default permission, once.

    scope.check(emu, ctx, Operation.PAY_OWN_ACCOUNTS)      # passes for every session
    scope.check(emu, ctx, Operation.PAY_THIRD_PARTY)       # 403 for a UserApiKey session

Sessions of an API key (the customer's own) may do everything; a UserApiKey session only what
bunq's default OAuth permission lists (read and create monetary accounts; read payments and
transactions; pay between the user's own accounts; create draft payments; manage cards; read
and create request-inquiries; read request-responses). The rest is a bunq-style 403.

PSD2 providers (``services.psd2``) are narrower: an OAuth connection a provider made may
only do what its roles allow as well (``PSD2_ROLE_SCOPE``), and the provider's own session,
which has no bank account behind it, only ``PSD2_PROVIDER_OWN``.

The consent page says the same: ``consent_permissions(emu, app_user_id)`` is bunq's default
list for an ordinary app, and for a provider's app the lines of ``CONSENT_LINES`` its roles
allow (the operations in both ``OAUTH_DEFAULT`` and its roles' ``PSD2_ROLE_SCOPE``).
"""

from __future__ import annotations

from enum import StrEnum

from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.services import oauth, psd2
from bunq_connect.emulator.services.auth import SessionContext


class Operation(StrEnum):
    READ_ACCOUNTS = "read monetary accounts"
    CREATE_ACCOUNT = "create monetary accounts"
    UPDATE_ACCOUNT = "update or close monetary accounts"
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

# PSD2 (bunq's guide, "Connect as a PSD2 service provider"): "As a PSD2-licensed developer,
# you are limited to the permission scopes of your role." An OAuth connection made by a
# provider may do what the default permission allows AND what one of its roles allows.
PSD2_ROLE_SCOPE: dict[str, frozenset[Operation]] = {
    # "access (read) ... legal name, IBAN, nationality, card validity data, transaction
    # history, account balance"
    "AISP": frozenset(
        {
            Operation.READ_ACCOUNTS,
            Operation.READ_PAYMENTS,
            Operation.READ_EVENTS,
            Operation.MANAGE_CARDS,  # the card routes only read (card validity data)
            Operation.MANAGE_NOTIFICATION_FILTERS,
        }
    ),
    # "read account information (legal name, IBAN); initiate payments (draft-payment or
    # payment-service-provider-draft-payment) and read their statuses; confirm funds"
    "PISP": frozenset(
        {
            Operation.READ_ACCOUNTS,
            Operation.CREATE_DRAFT_PAYMENT,
            Operation.READ_DRAFT_PAYMENTS,
            Operation.CANCEL_DRAFT_PAYMENT,
            Operation.CREATE_PSP_DRAFT_PAYMENT,
            Operation.CONFIRM_FUNDS,
            Operation.MANAGE_NOTIFICATION_FILTERS,
        }
    ),
    # Card based payment instrument issuers: the confirmation of funds
    "CBPII": frozenset({Operation.CONFIRM_FUNDS, Operation.MANAGE_NOTIFICATION_FILTERS}),
}
# A provider's own session: it has no bank account ("As a PSD2 user, you cannot log in to the
# bunq app"); besides its OAuth client (not scope-checked) it keeps its callbacks and, as a
# PISP, initiates payment-service-provider-draft-payments. Anything else is 403.
PSD2_PROVIDER_OWN: dict[str, frozenset[Operation]] = {
    "AISP": frozenset({Operation.MANAGE_NOTIFICATION_FILTERS}),
    "PISP": frozenset({Operation.MANAGE_NOTIFICATION_FILTERS, Operation.CREATE_PSP_DRAFT_PAYMENT}),
    "CBPII": frozenset({Operation.MANAGE_NOTIFICATION_FILTERS}),
}

# What the consent page says a provider's app may do, per operation, in the table's order;
# operations that share a line are listed once. None: nothing for the customer to consent to
# (an app's own callbacks).
CONSENT_LINES: dict[Operation, str | None] = {
    Operation.READ_ACCOUNTS: "Read your monetary accounts (name, IBAN and balance)",
    Operation.READ_PAYMENTS: "Read payments and transactions",
    Operation.READ_EVENTS: "Read payments and transactions",
    Operation.MANAGE_CARDS: "Read your cards (card validity data)",
    Operation.CREATE_DRAFT_PAYMENT: (
        "Initiate payments as draft payments (you approve each one in the app) and read "
        "their status"
    ),
    Operation.READ_DRAFT_PAYMENTS: (
        "Initiate payments as draft payments (you approve each one in the app) and read "
        "their status"
    ),
    Operation.CANCEL_DRAFT_PAYMENT: (
        "Initiate payments as draft payments (you approve each one in the app) and read "
        "their status"
    ),
    Operation.CREATE_PSP_DRAFT_PAYMENT: (
        "Initiate payments as draft payments (you approve each one in the app) and read "
        "their status"
    ),
    Operation.CONFIRM_FUNDS: (
        "Confirm whether your account holds enough money for a payment (confirmation of funds)"
    ),
    Operation.MANAGE_NOTIFICATION_FILTERS: None,
}


def consent_permissions(emu: Emulator, app_user_id: int) -> tuple[str, ...]:
    """The permission lines the consent page lists for an OAuth client of ``app_user_id``."""
    roles = psd2.roles_of(emu, app_user_id)
    if roles is None:
        return oauth.DEFAULT_PERMISSIONS
    granted = OAUTH_DEFAULT & _by_roles(PSD2_ROLE_SCOPE, roles)
    lines: list[str] = []
    for operation in Operation:  # the enum's order: stable, and the default list's order
        line = CONSENT_LINES.get(operation) if operation in granted else None
        if line is not None and line not in lines:
            lines.append(line)
    return tuple(lines)


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


def _by_roles(table: dict[str, frozenset[Operation]], roles: tuple[str, ...]) -> set[Operation]:
    return {op for role in roles for op in table.get(role, frozenset())}


def allowed(emu: Emulator, ctx: SessionContext, operation: Operation) -> bool:
    uak = emu.state.user_api_keys.get(ctx.user_id)
    if uak is None:
        own_roles = psd2.roles_of(emu, ctx.user_id)
        return own_roles is None or operation in _by_roles(PSD2_PROVIDER_OWN, own_roles)
    roles = psd2.roles_of(emu, uak.requested_by_user_id)
    return operation in OAUTH_DEFAULT and (
        roles is None or operation in _by_roles(PSD2_ROLE_SCOPE, roles)
    )


def check(emu: Emulator, ctx: SessionContext, operation: Operation) -> None:
    """403 unless this session may perform ``operation``."""
    if allowed(emu, ctx, operation):
        return
    uak = emu.state.user_api_keys.get(ctx.user_id)
    if uak is None:  # a PSD2 provider's own session
        roles = ", ".join(psd2.roles_of(emu, ctx.user_id) or ()) or "none"
        raise BunqRuleError(
            403,
            f"Insufficient authorisation. A payment service provider (roles: {roles}) is not "
            f"allowed to {operation.value} itself; act on a bunq user's behalf through an "
            "OAuth connection, within the permission scopes of its roles.",
        )
    roles_of_app = psd2.roles_of(emu, uak.requested_by_user_id)
    hint = _HINTS.get(operation, "")
    if roles_of_app is not None and operation in OAUTH_DEFAULT:
        hint = (
            f" A PSD2 provider is limited to the permission scopes of its roles "
            f"({', '.join(roles_of_app) or 'none'})."
        )
    raise BunqRuleError(
        403,
        f"Insufficient authorisation. This OAuth connection is not allowed to "
        f"{operation.value}.{hint}",
    )
