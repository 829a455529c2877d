"""``/v1`` handlers for the resources with state and rules: thin, one rule call each.

Monetary accounts (create, update/close; savings and joint listings), payments, payment batches,
request-inquiry and
request-response, draft payments, payment-service-provider draft payments,
confirmation-of-funds, events, cards and notification-filter-url. Every handler
authenticates first (401), resolves the URL's user (403), demands a signature where bunq does
(466), then calls one rule from ``emulator.services``. Mounted by ``http.api``.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bunq_connect.emulator import views
from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.http._common import created, listing, path_int, user_call
from bunq_connect.emulator.http.responses import bunq_response
from bunq_connect.emulator.services import (
    accounts,
    activity,
    cards,
    drafts,
    filters,
    payments,
    requests,
    scope,
)
from bunq_connect.emulator.services.scope import Operation
from bunq_connect.emulator.state import NotificationFilter

USER = "/v1/user/{user_id:int}"
ACCOUNT = USER + "/monetary-account/{account_id:int}"
ITEM = "/{item_id:int}"

# --- monetary accounts ---------------------------------------------------------------------

_KIND_BY_SEGMENT = {
    "monetary-account-bank": "MonetaryAccountBank",
    "monetary-account-savings": "MonetaryAccountSavings",
    "monetary-account-joint": "MonetaryAccountJoint",
}


def account_kind(request: Request) -> str | None:
    """The account type a path is about; None for the generic ``/monetary-account``."""
    segment = request.url.path.split("/")[4]  # /v1/user/{id}/<segment>/...
    return _KIND_BY_SEGMENT.get(segment)


async def monetary_account_create(request: Request) -> Response:
    call = await user_call(request)
    kind = account_kind(request)
    assert kind is not None  # only mounted on typed paths
    account = accounts.create_account(call.emu, call.ctx, call.owner, kind, call.body())
    return created(account.id)


async def monetary_account_update(request: Request) -> Response:
    call = await user_call(request)
    kind = account_kind(request)
    assert kind is not None  # only mounted on typed paths
    account = accounts.update_account(
        call.emu, call.ctx, call.owner, kind, path_int(request, "account_id"), call.body()
    )
    return created(account.id)


# --- payments ------------------------------------------------------------------------------


async def payment_create(request: Request) -> Response:
    call = await user_call(request)
    call.require_signature()
    payment = payments.create_payment(
        call.emu, call.ctx, call.owner, path_int(request, "account_id"), call.body()
    )
    return created(payment.id)


async def payment_list(request: Request) -> Response:
    call = await user_call(request)
    scope.check(call.emu, call.ctx, Operation.READ_PAYMENTS)
    found = payments.list_payments(call.emu, call.owner, path_int(request, "account_id"))
    state = call.emu.state
    return listing(
        request, found, key=lambda p: p.id, render=lambda p: views.payment_item(p, state)
    )


async def payment_get(request: Request) -> Response:
    call = await user_call(request)
    scope.check(call.emu, call.ctx, Operation.READ_PAYMENTS)
    payment = payments.get_payment(
        call.emu, call.owner, path_int(request, "account_id"), path_int(request, "item_id")
    )
    with call.emu.state.lock:
        return bunq_response([views.payment_item(payment, call.emu.state)])


async def payment_batch_create(request: Request) -> Response:
    call = await user_call(request)
    call.require_signature()
    batch = payments.create_payment_batch(
        call.emu, call.ctx, call.owner, path_int(request, "account_id"), call.body()
    )
    return created(batch.id)


async def payment_batch_list(request: Request) -> Response:
    call = await user_call(request)
    scope.check(call.emu, call.ctx, Operation.READ_PAYMENTS)
    found = payments.list_payment_batches(call.emu, call.owner, path_int(request, "account_id"))
    state = call.emu.state
    return listing(
        request,
        found,
        key=lambda b: b.id,
        render=lambda b: views.wrap("PaymentBatch", views.payment_batch_payload(b, state)),
    )


async def payment_batch_get(request: Request) -> Response:
    call = await user_call(request)
    scope.check(call.emu, call.ctx, Operation.READ_PAYMENTS)
    batch = payments.get_payment_batch(
        call.emu, call.owner, path_int(request, "account_id"), path_int(request, "item_id")
    )
    with call.emu.state.lock:
        payload = views.payment_batch_payload(batch, call.emu.state)
    return bunq_response([views.wrap("PaymentBatch", payload)])


async def confirmation_of_funds(request: Request) -> Response:
    call = await user_call(request)
    sufficient = payments.confirm_funds(call.emu, call.ctx, call.owner, call.body())
    # What bunq's SDKs read from this answer (the OpenAPI file's Id answer says nothing).
    return bunq_response([{"ConfirmationOfFunds": {"has_sufficient_funds": sufficient}}])


# --- requests ------------------------------------------------------------------------------


async def request_inquiry_create(request: Request) -> Response:
    call = await user_call(request)
    inquiry = requests.create_inquiry(
        call.emu, call.ctx, call.owner, path_int(request, "account_id"), call.body()
    )
    return created(inquiry.id)


async def request_inquiry_list(request: Request) -> Response:
    call = await user_call(request)
    scope.check(call.emu, call.ctx, Operation.READ_REQUEST_INQUIRIES)
    found = requests.list_inquiries(call.emu, call.owner, path_int(request, "account_id"))
    state = call.emu.state
    return listing(
        request,
        found,
        key=lambda r: r.id,
        render=lambda r: views.wrap("RequestInquiry", views.request_inquiry_payload(r, state)),
    )


async def request_inquiry_get(request: Request) -> Response:
    call = await user_call(request)
    scope.check(call.emu, call.ctx, Operation.READ_REQUEST_INQUIRIES)
    inquiry = requests.get_inquiry(
        call.emu, call.owner, path_int(request, "account_id"), path_int(request, "item_id")
    )
    with call.emu.state.lock:
        payload = views.request_inquiry_payload(inquiry, call.emu.state)
    return bunq_response([views.wrap("RequestInquiry", payload)])


async def request_inquiry_update(request: Request) -> Response:
    call = await user_call(request)
    inquiry = requests.revoke_inquiry(
        call.emu,
        call.ctx,
        call.owner,
        path_int(request, "account_id"),
        path_int(request, "item_id"),
        call.body(),
    )
    with call.emu.state.lock:
        payload = views.request_inquiry_payload(inquiry, call.emu.state)
    return bunq_response([views.wrap("RequestInquiry", payload)])


async def request_response_list(request: Request) -> Response:
    call = await user_call(request)
    scope.check(call.emu, call.ctx, Operation.READ_REQUEST_RESPONSES)
    found = requests.list_responses(call.emu, call.owner, path_int(request, "account_id"))
    state = call.emu.state
    return listing(
        request,
        found,
        key=lambda r: r.id,
        render=lambda r: views.wrap("RequestResponse", views.request_response_payload(r, state)),
    )


async def request_response_get(request: Request) -> Response:
    call = await user_call(request)
    scope.check(call.emu, call.ctx, Operation.READ_REQUEST_RESPONSES)
    response = requests.get_response(
        call.emu, call.owner, path_int(request, "account_id"), path_int(request, "item_id")
    )
    with call.emu.state.lock:
        payload = views.request_response_payload(response, call.emu.state)
    return bunq_response([views.wrap("RequestResponse", payload)])


async def request_response_update(request: Request) -> Response:
    call = await user_call(request)
    body = call.body()
    if body.get("status") == "ACCEPTED":
        call.require_signature()  # accepting pays
    response = requests.respond(
        call.emu,
        call.ctx,
        call.owner,
        path_int(request, "account_id"),
        path_int(request, "item_id"),
        body,
    )
    with call.emu.state.lock:
        payload = views.request_response_payload(response, call.emu.state)
    return bunq_response([views.wrap("RequestResponse", payload)])


# --- draft payments ------------------------------------------------------------------------


async def draft_payment_create(request: Request) -> Response:
    call = await user_call(request)
    call.require_signature()
    draft = drafts.create_draft(
        call.emu, call.ctx, call.owner, path_int(request, "account_id"), call.body()
    )
    return created(draft.id)


async def draft_payment_list(request: Request) -> Response:
    call = await user_call(request)
    scope.check(call.emu, call.ctx, Operation.READ_DRAFT_PAYMENTS)
    found = drafts.list_drafts(call.emu, call.owner, path_int(request, "account_id"))
    state = call.emu.state
    return listing(
        request,
        found,
        key=lambda d: d.id,
        render=lambda d: views.wrap("DraftPayment", views.draft_payment_payload(d, state)),
    )


async def draft_payment_get(request: Request) -> Response:
    call = await user_call(request)
    scope.check(call.emu, call.ctx, Operation.READ_DRAFT_PAYMENTS)
    draft = drafts.get_draft(
        call.emu, call.owner, path_int(request, "account_id"), path_int(request, "item_id")
    )
    with call.emu.state.lock:
        payload = views.draft_payment_payload(draft, call.emu.state)
    return bunq_response([views.wrap("DraftPayment", payload)])


async def draft_payment_update(request: Request) -> Response:
    call = await user_call(request)
    body = call.body()
    if body.get("status") == "ACCEPTED":
        call.require_signature()  # accepting pays
    draft = drafts.update_draft(
        call.emu,
        call.ctx,
        call.owner,
        path_int(request, "account_id"),
        path_int(request, "item_id"),
        body,
    )
    return created(draft.id)


async def psp_draft_create(request: Request) -> Response:
    call = await user_call(request)
    draft = drafts.create_psp_draft(call.emu, call.ctx, call.ctx.user_id, call.body())
    return created(draft.id)


async def psp_draft_list(request: Request) -> Response:
    call = await user_call(request)
    found = drafts.list_psp_drafts(call.emu, call.ctx.user_id)
    return listing(
        request,
        found,
        key=lambda d: d.id,
        render=lambda d: views.wrap(
            "PaymentServiceProviderDraftPayment", views.psp_draft_payment_payload(d)
        ),
    )


async def psp_draft_get(request: Request) -> Response:
    call = await user_call(request)
    draft = drafts.get_psp_draft(call.emu, call.ctx.user_id, path_int(request, "item_id"))
    payload = views.psp_draft_payment_payload(draft)
    return bunq_response([views.wrap("PaymentServiceProviderDraftPayment", payload)])


async def psp_draft_update(request: Request) -> Response:
    call = await user_call(request)
    draft = drafts.update_psp_draft(
        call.emu, call.ctx, call.ctx.user_id, path_int(request, "item_id"), call.body()
    )
    return created(draft.id)


# --- events and cards ----------------------------------------------------------------------


def _optional_int_param(request: Request, name: str) -> int | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return None
    try:
        return int(raw)
    except ValueError:
        raise BunqRuleError(400, f"Error in parameter '{name}': not an integer.") from None


async def event_list(request: Request) -> Response:
    call = await user_call(request)
    scope.check(call.emu, call.ctx, Operation.READ_EVENTS)
    found = activity.list_events(
        call.emu,
        call.owner,
        monetary_account_id=_optional_int_param(request, "monetary_account_id"),
        status=request.query_params.get("status") or None,
    )
    state = call.emu.state
    return listing(
        request,
        found,
        key=lambda e: e.id,
        render=lambda e: views.wrap("Event", views.event_payload(e, state)),
    )


async def event_get(request: Request) -> Response:
    call = await user_call(request)
    scope.check(call.emu, call.ctx, Operation.READ_EVENTS)
    wanted = path_int(request, "item_id")
    event = next((e for e in activity.list_events(call.emu, call.owner) if e.id == wanted), None)
    if event is None:
        raise BunqRuleError(404, "Event not found.")
    with call.emu.state.lock:
        payload = views.event_payload(event, call.emu.state)
    return bunq_response([views.wrap("Event", payload)])


async def card_list(request: Request) -> Response:
    call = await user_call(request)
    found = cards.list_cards(call.emu, call.ctx, call.owner)
    state = call.emu.state
    return listing(
        request,
        found,
        key=lambda c: c.id,
        render=lambda c: views.wrap("Card", views.card_payload(c, state)),
    )


async def card_get(request: Request) -> Response:
    call = await user_call(request)
    card = cards.get_card(call.emu, call.ctx, call.owner, path_int(request, "item_id"))
    with call.emu.state.lock:
        payload = views.card_payload(card, call.emu.state)
    return bunq_response([views.wrap("Card", payload)])


# --- notification filters ------------------------------------------------------------------


def _filters_response(found: list[NotificationFilter]) -> Response:
    items = [
        views.wrap("NotificationFilterUrl", views.notification_filter_payload(f)) for f in found
    ]
    return bunq_response(items)


def _filter_account(request: Request) -> int | None:
    return path_int(request, "account_id") if "account_id" in request.path_params else None


async def notification_filter_replace(request: Request) -> Response:
    call = await user_call(request)
    account_id = _filter_account(request)
    if account_id is not None:
        accounts.get_account(call.emu, call.owner, account_id)  # 404 for someone else's
    replaced = filters.replace_filters(call.emu, call.ctx, account_id, call.body())
    return _filters_response(replaced)


async def notification_filter_list(request: Request) -> Response:
    call = await user_call(request)
    account_id = _filter_account(request)
    if account_id is not None:
        accounts.get_account(call.emu, call.owner, account_id)
    found = filters.list_filters(call.emu, call.ctx, account_id)
    return listing(
        request,
        found,
        key=lambda f: f.id,
        render=lambda f: views.wrap("NotificationFilterUrl", views.notification_filter_payload(f)),
    )


routes: list[Route] = [
    *(
        Route(USER + "/" + segment, monetary_account_create, methods=["POST"])
        for segment in _KIND_BY_SEGMENT
    ),
    *(
        Route(USER + "/" + segment + "/{account_id:int}", monetary_account_update, methods=["PUT"])
        for segment in _KIND_BY_SEGMENT
    ),
    Route(ACCOUNT + "/payment", payment_create, methods=["POST"]),
    Route(ACCOUNT + "/payment", payment_list, methods=["GET"]),
    Route(ACCOUNT + "/payment" + ITEM, payment_get, methods=["GET"]),
    Route(ACCOUNT + "/payment-batch", payment_batch_create, methods=["POST"]),
    Route(ACCOUNT + "/payment-batch", payment_batch_list, methods=["GET"]),
    Route(ACCOUNT + "/payment-batch" + ITEM, payment_batch_get, methods=["GET"]),
    Route(USER + "/confirmation-of-funds", confirmation_of_funds, methods=["POST"]),
    Route(ACCOUNT + "/request-inquiry", request_inquiry_create, methods=["POST"]),
    Route(ACCOUNT + "/request-inquiry", request_inquiry_list, methods=["GET"]),
    Route(ACCOUNT + "/request-inquiry" + ITEM, request_inquiry_get, methods=["GET"]),
    Route(ACCOUNT + "/request-inquiry" + ITEM, request_inquiry_update, methods=["PUT"]),
    Route(ACCOUNT + "/request-response", request_response_list, methods=["GET"]),
    Route(ACCOUNT + "/request-response" + ITEM, request_response_get, methods=["GET"]),
    Route(ACCOUNT + "/request-response" + ITEM, request_response_update, methods=["PUT"]),
    Route(ACCOUNT + "/draft-payment", draft_payment_create, methods=["POST"]),
    Route(ACCOUNT + "/draft-payment", draft_payment_list, methods=["GET"]),
    Route(ACCOUNT + "/draft-payment" + ITEM, draft_payment_get, methods=["GET"]),
    Route(ACCOUNT + "/draft-payment" + ITEM, draft_payment_update, methods=["PUT"]),
    Route(USER + "/payment-service-provider-draft-payment", psp_draft_create, methods=["POST"]),
    Route(USER + "/payment-service-provider-draft-payment", psp_draft_list, methods=["GET"]),
    Route(USER + "/payment-service-provider-draft-payment" + ITEM, psp_draft_get, methods=["GET"]),
    Route(
        USER + "/payment-service-provider-draft-payment" + ITEM, psp_draft_update, methods=["PUT"]
    ),
    Route(USER + "/event", event_list, methods=["GET"]),
    Route(USER + "/event" + ITEM, event_get, methods=["GET"]),
    Route(USER + "/card", card_list, methods=["GET"]),
    Route(USER + "/card" + ITEM, card_get, methods=["GET"]),
    Route(USER + "/notification-filter-url", notification_filter_replace, methods=["POST"]),
    Route(USER + "/notification-filter-url", notification_filter_list, methods=["GET"]),
    Route(ACCOUNT + "/notification-filter-url", notification_filter_replace, methods=["POST"]),
    Route(ACCOUNT + "/notification-filter-url", notification_filter_list, methods=["GET"]),
]
