"""Requests for money: request-inquiry (the asker's side) and request-response (the payer's).

    inquiry = create_inquiry(emu, ctx, owner, account_id, body)     # POST request-inquiry
    revoke_inquiry(emu, ctx, owner, account_id, inquiry_id, body)   # PUT {"status": "REVOKED"}
    respond(emu, ctx, owner, account_id, response_id, body)         # PUT {"status": "ACCEPTED"}

A request to ``sugardaddy@bunq.com`` of at most 500 EUR is accepted and paid at once, as in
bunq's sandbox; a larger one is rejected at once (the inquiry is created, status REJECTED).
A request to any other emulator user creates a PENDING RequestResponse on the account the
alias reaches; that user accepts (the payment runs from the response's account, signed) or
rejects, and the asker may revoke while it is pending. Payments that settle a request have
``sub_type`` REQUEST and raise MUTATION callbacks; the request objects raise REQUEST ones.
"""

from __future__ import annotations

from decimal import Decimal

from bunq_connect.emulator import views
from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.services import accounts, activity, money, payments, scope
from bunq_connect.emulator.services.auth import SessionContext
from bunq_connect.emulator.services.scope import Operation
from bunq_connect.emulator.state import (
    SUGARDADDY_EMAIL,
    MonetaryAccount,
    RequestInquiry,
    RequestResponse,
    User,
)

# bunq's sandbox: sugardaddy pays requests up to this amount (EUR) and refuses larger ones.
SUGARDADDY_LIMIT = Decimal("500.00")


def _notify_inquiry(emu: Emulator, inquiry: RequestInquiry, event_type: str) -> None:
    state = emu.state
    account = state.monetary_accounts[inquiry.monetary_account_id]
    obj = views.wrap("RequestInquiry", views.request_inquiry_payload(inquiry, state))
    activity.notify(emu, account, "REQUEST", event_type, obj)


def _notify_response(emu: Emulator, response: RequestResponse, event_type: str) -> None:
    state = emu.state
    account = state.monetary_accounts[response.monetary_account_id]
    obj = views.wrap("RequestResponse", views.request_response_payload(response, state))
    activity.notify(emu, account, "REQUEST", event_type, obj)


def _is_sugardaddy(emu: Emulator, account: MonetaryAccount) -> bool:
    user = emu.state.users[account.user_id]
    return user.email() == SUGARDADDY_EMAIL


def create_inquiry(
    emu: Emulator, ctx: SessionContext, owner: User, account_id: int, body: dict[str, object]
) -> RequestInquiry:
    scope.check(emu, ctx, Operation.CREATE_REQUEST_INQUIRY)
    state = emu.state
    with state.lock:
        account = accounts.get_account(emu, owner, account_id)
        amount, currency = money.parse_amount(body.get("amount_inquired"), "amount_inquired")
        if currency != account.currency:
            raise BunqRuleError(
                400,
                f"Error in field 'amount_inquired.currency': the monetary account holds "
                f"{account.currency}, not {currency}.",
            )
        description = money.optional_text(body, "description") or ""
        merchant_reference = money.optional_text(body, "merchant_reference", max_length=255)
        redirect_url = money.optional_text(body, "redirect_url", max_length=2048)
        payer = money.resolve_counterparty(emu, body.get("counterparty_alias"), currency)
        if payer.is_held_by(owner.id):
            raise BunqRuleError(
                400, "Error in field 'counterparty_alias': you cannot request money from yourself."
            )
        now = emu.now()
        inquiry = RequestInquiry(
            id=state.next_id("request_inquiry"),
            monetary_account_id=account.id,
            user_id=account.user_id,
            created=now,
            updated=now,
            amount_inquired=amount,
            currency=currency,
            description=description,
            merchant_reference=merchant_reference,
            redirect_url=redirect_url,
            counterparty_alias=money.label_of(state, payer),
            user_alias_created=money.label_of(state, account),
        )
        state.request_inquiries[inquiry.id] = inquiry
        response = RequestResponse(
            id=state.next_id("request_response"),
            monetary_account_id=payer.id,
            user_id=payer.user_id,
            request_inquiry_id=inquiry.id,
            created=now,
            updated=now,
            amount_inquired=amount,
            currency=currency,
            description=description,
            alias=money.label_of(state, payer),
            counterparty_alias=inquiry.user_alias_created,
            redirect_url=redirect_url,
        )
        state.request_responses[response.id] = response
        inquiry.request_response_id = response.id
        activity.record_event(
            emu, account, "CREATE", "RequestInquiry", inquiry.id, status="AWAITING_REPLY"
        )
        activity.record_event(
            emu, payer, "CREATE", "RequestResponse", response.id, status="AWAITING_REPLY"
        )
        _notify_inquiry(emu, inquiry, "REQUEST_INQUIRY_CREATED")
        _notify_response(emu, response, "REQUEST_RESPONSE_CREATED")
        if _is_sugardaddy(emu, payer):
            # The sandbox answers at once: paid up to the limit, refused above it.
            if currency == "EUR" and amount <= SUGARDADDY_LIMIT:
                _accept(emu, response, amount)
            else:
                _close(emu, response, "REJECTED")
        return inquiry


def _accept(emu: Emulator, response: RequestResponse, amount: Decimal) -> None:
    """Pay a request from the response's account (the caller holds the lock)."""
    state = emu.state
    inquiry = state.request_inquiries[response.request_inquiry_id]
    payer = state.monetary_accounts[response.monetary_account_id]
    asker = state.monetary_accounts[inquiry.monetary_account_id]
    paid, received = payments.transfer(
        emu,
        debit=payer,
        credit=asker,
        amount=amount,
        description=inquiry.description,
        merchant_reference=inquiry.merchant_reference,
        sub_type="REQUEST",
    )
    now = emu.now()
    for item in (response, inquiry):
        item.status = "ACCEPTED"
        item.amount_responded = amount
        item.time_responded = now
        item.updated = now
    response.payment_id, inquiry.payment_id = paid.id, received.id
    _finish(emu, inquiry, response, "ACCEPTED")


def _close(emu: Emulator, response: RequestResponse, status: str) -> None:
    """REJECTED (by the payer) or REVOKED (by the asker): no money moves."""
    state = emu.state
    inquiry = state.request_inquiries[response.request_inquiry_id]
    now = emu.now()
    for item in (response, inquiry):
        item.status = status
        item.time_responded = now
        item.updated = now
    _finish(emu, inquiry, response, status)


def _finish(emu: Emulator, inquiry: RequestInquiry, response: RequestResponse, status: str) -> None:
    state = emu.state
    for item, kind in ((inquiry, "RequestInquiry"), (response, "RequestResponse")):
        account = state.monetary_accounts[item.monetary_account_id]
        activity.record_event(emu, account, "UPDATE", kind, item.id)
    _notify_inquiry(emu, inquiry, f"REQUEST_INQUIRY_{status}")
    _notify_response(emu, response, f"REQUEST_RESPONSE_{status}")


def _status(body: dict[str, object], allowed: tuple[str, ...]) -> str:
    status = body.get("status")
    if status not in allowed:
        raise BunqRuleError(400, f"Error in field 'status': must be one of {', '.join(allowed)}.")
    return str(status)


def revoke_inquiry(
    emu: Emulator,
    ctx: SessionContext,
    owner: User,
    account_id: int,
    inquiry_id: int,
    body: dict[str, object],
) -> RequestInquiry:
    """PUT request-inquiry/{id} {"status": "REVOKED"}: only while it is pending."""
    scope.check(emu, ctx, Operation.REVOKE_REQUEST_INQUIRY)
    _status(body, ("REVOKED",))
    state = emu.state
    with state.lock:
        inquiry = get_inquiry(emu, owner, account_id, inquiry_id)
        if inquiry.status != "PENDING":
            raise BunqRuleError(
                400, f"The request is {inquiry.status} and can no longer be revoked."
            )
        assert inquiry.request_response_id is not None
        _close(emu, state.request_responses[inquiry.request_response_id], "REVOKED")
        return inquiry


def respond(
    emu: Emulator,
    ctx: SessionContext,
    owner: User,
    account_id: int,
    response_id: int,
    body: dict[str, object],
) -> RequestResponse:
    """PUT request-response/{id}: ACCEPTED pays from this account (490 without funds)."""
    scope.check(emu, ctx, Operation.RESPOND_REQUEST_RESPONSE)
    status = _status(body, ("ACCEPTED", "REJECTED"))
    state = emu.state
    with state.lock:
        response = get_response(emu, owner, account_id, response_id)
        if response.status != "PENDING":
            raise BunqRuleError(
                400, f"The request is {response.status} and can no longer be answered."
            )
        if status == "REJECTED":
            _close(emu, response, "REJECTED")
            return response
        amount = response.amount_inquired
        if body.get("amount_responded") is not None:
            amount, currency = money.parse_amount(body["amount_responded"], "amount_responded")
            if amount != response.amount_inquired or currency != response.currency:
                raise BunqRuleError(
                    400,
                    "Error in field 'amount_responded': must equal the amount inquired.",
                )
        _accept(emu, response, amount)
        return response


def list_inquiries(emu: Emulator, owner: User, account_id: int) -> list[RequestInquiry]:
    return accounts.items_in_account(emu, owner, account_id, emu.state.request_inquiries)


def get_inquiry(emu: Emulator, owner: User, account_id: int, inquiry_id: int) -> RequestInquiry:
    return accounts.item_in_account(
        emu, owner, account_id, emu.state.request_inquiries, inquiry_id, "RequestInquiry"
    )


def list_responses(emu: Emulator, owner: User, account_id: int) -> list[RequestResponse]:
    return accounts.items_in_account(emu, owner, account_id, emu.state.request_responses)


def get_response(emu: Emulator, owner: User, account_id: int, response_id: int) -> RequestResponse:
    return accounts.item_in_account(
        emu, owner, account_id, emu.state.request_responses, response_id, "RequestResponse"
    )
