"""``notification-filter-url`` on a user and on a monetary account: replace-all, 2 per category.

    filters = replace_filters(emu, ctx, account_id=None, body=body)   # POST: the new full set
    filters = list_filters(emu, ctx, account_id=None)                 # GET

A POST replaces every URL filter of that user (or that account) with the body's
``notification_filters`` (an empty list removes them all), as bunq's SDKs use it. Filters are
stored under the session's user id: the UserApiKey id when an app sets them through its OAuth
session, so callbacks about the customer reach the app's filters and not the customer's own.
At most 2 URLs per category (bunq's documented limit): more is a 400 and nothing changes.
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

import httpx

from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.services import scope
from bunq_connect.emulator.services.auth import SessionContext
from bunq_connect.emulator.services.scope import Operation
from bunq_connect.emulator.state import NotificationFilter

# bunq's callback categories (its guide's table).
CATEGORIES = frozenset(
    {
        "BILLING", "CARD_TRANSACTION_SUCCESSFUL", "CARD_TRANSACTION_FAILED", "CHAT",
        "DRAFT_PAYMENT", "IDEAL", "SOFORT", "MUTATION", "OAUTH", "PAYMENT", "REQUEST",
        "SCHEDULE_RESULT", "SCHEDULE_STATUS", "SHARE", "TAB_RESULT", "BUNQME_TAB", "SUPPORT",
    }
)  # fmt: skip
MAX_PER_CATEGORY = 2


def _valid_target(target: object) -> bool:
    """An absolute http(s) URL that an HTTP client can actually call (port, host and all)."""
    if not isinstance(target, str):
        return False
    try:
        parts = urlsplit(target)
        _ = parts.port  # a port that is no number or out of range raises here
        httpx.URL(target)
    except (ValueError, httpx.InvalidURL):
        return False
    return parts.scheme in ("https", "http") and bool(parts.hostname)


def _parse(value: object) -> list[tuple[str, str]]:
    if not isinstance(value, list):
        raise BunqRuleError(
            400,
            "Error in field 'notification_filters': expected a list of "
            '{"category", "notification_target"} objects.',
        )
    parsed: list[tuple[str, str]] = []
    for n, item in enumerate(value):
        field = f"notification_filters[{n}]"
        if not isinstance(item, dict):
            raise BunqRuleError(400, f"Error in field '{field}': expected an object.")
        category, target = item.get("category"), item.get("notification_target")
        if not isinstance(category, str) or category not in CATEGORIES:
            raise BunqRuleError(
                400, f"Error in field '{field}.category': not a notification category."
            )
        # bunq demands HTTPS; the emulator also takes plain http so tests can receive
        # callbacks on loopback.
        if not _valid_target(target):
            raise BunqRuleError(
                400, f"Error in field '{field}.notification_target': an absolute URL is required."
            )
        parsed.append((str(category), str(target)))
    too_many = [c for c, k in Counter(c for c, _ in set(parsed)).items() if k > MAX_PER_CATEGORY]
    if too_many:
        raise BunqRuleError(
            400,
            f"Too many callback URLs for category {too_many[0]}: at most {MAX_PER_CATEGORY} "
            "URLs per notification category.",
        )
    return parsed


def replace_filters(
    emu: Emulator, ctx: SessionContext, account_id: int | None, body: dict[str, object]
) -> list[NotificationFilter]:
    scope.check(emu, ctx, Operation.MANAGE_NOTIFICATION_FILTERS)
    wanted = _parse(body.get("notification_filters"))
    state = emu.state
    with state.lock:
        for flt in list(state.notification_filters.values()):
            if flt.user_id == ctx.user_id and flt.monetary_account_id == account_id:
                del state.notification_filters[flt.id]
        now = emu.now()
        created: list[NotificationFilter] = []
        for category, target in dict.fromkeys(wanted):  # duplicates collapse, order kept
            flt = NotificationFilter(
                id=state.next_id("notification_filter"),
                user_id=ctx.user_id,
                monetary_account_id=account_id,
                category=category,
                notification_target=target,
                created=now,
            )
            state.notification_filters[flt.id] = flt
            created.append(flt)
        return created


def list_filters(
    emu: Emulator, ctx: SessionContext, account_id: int | None
) -> list[NotificationFilter]:
    scope.check(emu, ctx, Operation.MANAGE_NOTIFICATION_FILTERS)
    with emu.state.lock:
        return [
            f
            for f in emu.state.notification_filters.values()
            if f.user_id == ctx.user_id and f.monetary_account_id == account_id
        ]
