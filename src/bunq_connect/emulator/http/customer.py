"""The customer's side, outside ``/v1``: approving drafts, revoking apps, adding money.

Control plane (JSON, like the rest of ``/_emulator``):

- ``POST /_emulator/draft-payments/{id}/approve`` | ``/reject`` -> the draft (status, payments)
- ``POST /_emulator/psp-draft-payments/{id}/approve`` | ``/reject``
- ``POST /_emulator/grants/{user_api_key_id}/revoke`` -> the connection, ``revoked: true``
- ``POST /_emulator/users/{id}/fund`` with ``{"amount": "100.00"}`` (and optionally
  ``"monetary_account_id"``) -> Sugar Daddy pays that into the account

Pages (HTML forms, no JavaScript):

- ``GET /_emulator/draft-payments/{id}`` (and ``/_emulator/psp-draft-payments/{id}``): the
  draft with Approve and Reject buttons, which post to the routes above and come back (303);
- ``GET /oauth/account?email=...``: the customer's connected apps, each with a Revoke button
  (``POST /oauth/account/revoke``, fields ``email`` and ``user_api_key_id``).

An approval that finds too little money sets the draft REJECTED (``status_reason`` says why)
and moves nothing. Errors are ``{"error": ...}`` with the rule's status (404 unknown id, 400
not pending).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from bunq_connect.emulator import views
from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.http.responses import emulator_of
from bunq_connect.emulator.jsonbody import json_object
from bunq_connect.emulator.services import drafts, grants, money, payments, users
from bunq_connect.emulator.state import DraftPayment, PspDraftPayment

PREFIX = "/_emulator"
ACCOUNT_PATH = "/oauth/account"

_templates = Environment(
    loader=FileSystemLoader(Path(__file__).resolve().parent.parent / "templates"),
    autoescape=select_autoescape(["html"]),
)


def _error(exc: BunqRuleError) -> JSONResponse:
    return JSONResponse({"error": exc.description}, status_code=exc.status)


def _from_form(request: Request) -> bool:
    return request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    )


def _html(template: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(_templates.get_template(template).render(**context), status_code=status)


def _path_int(request: Request, name: str) -> int:
    value = request.path_params[name]
    assert isinstance(value, int)
    return value


# --- draft payments ------------------------------------------------------------------------


def draft_json(emu: Emulator, draft: DraftPayment) -> dict[str, Any]:
    with emu.state.lock:
        payload = views.draft_payment_payload(draft, emu.state)
    return {**payload, "status_reason": draft.status_reason, "payment_ids": draft.payment_ids}


def psp_draft_json(draft: PspDraftPayment) -> dict[str, Any]:
    return {
        **views.psp_draft_payment_payload(draft),
        "status_reason": draft.status_reason,
        "payment_ids": draft.payment_ids,
    }


async def _decide(request: Request, *, psp: bool, approve: bool) -> Response:
    emu = emulator_of(request)
    draft_id = _path_int(request, "draft_id")
    try:
        if psp:
            psp_draft = (drafts.approve_psp if approve else drafts.reject_psp)(emu, draft_id)
            answer = psp_draft_json(psp_draft)
        else:
            draft = (drafts.approve if approve else drafts.reject)(emu, draft_id)
            answer = draft_json(emu, draft)
    except BunqRuleError as exc:
        if _from_form(request) and exc.status == 400:
            return RedirectResponse(str(request.url_for(_page_name(psp), draft_id=draft_id)), 303)
        return _error(exc)
    if _from_form(request):  # the page's buttons: back to the page, showing the outcome
        return RedirectResponse(str(request.url_for(_page_name(psp), draft_id=draft_id)), 303)
    return JSONResponse(answer)


def _page_name(psp: bool) -> str:
    return "psp_draft_page" if psp else "draft_page"


async def draft_approve(request: Request) -> Response:
    return await _decide(request, psp=False, approve=True)


async def draft_reject(request: Request) -> Response:
    return await _decide(request, psp=False, approve=False)


async def psp_draft_approve(request: Request) -> Response:
    return await _decide(request, psp=True, approve=True)


async def psp_draft_reject(request: Request) -> Response:
    return await _decide(request, psp=True, approve=False)


async def draft_page(request: Request) -> Response:
    emu = emulator_of(request)
    draft_id = _path_int(request, "draft_id")
    state = emu.state
    with state.lock:
        draft = state.draft_payments.get(draft_id)
        if draft is None:
            return HTMLResponse("<h1>No such draft payment</h1>", status_code=404)
        account = state.monetary_accounts[draft.monetary_account_id]
        context: dict[str, Any] = {
            "draft_id": draft.id,
            "creator": draft.user_alias_created.display_name,
            "account_description": account.description,
            "iban": account.iban,
            "balance": f"{account.balance:.2f} {account.currency}",
            "entries": [
                {
                    "to": e.counterparty_alias.display_name,
                    "iban": e.counterparty_alias.iban,
                    "amount": f"{e.amount:.2f} {e.currency}",
                    "description": e.description,
                }
                for e in draft.entries
            ],
            "draft_status": draft.status,
            "reason": draft.status_reason if draft.status == "REJECTED" else None,
        }
    return _html(
        "draft.html",
        approve_action=f"{PREFIX}/draft-payments/{draft_id}/approve",
        reject_action=f"{PREFIX}/draft-payments/{draft_id}/reject",
        **context,
    )


async def psp_draft_page(request: Request) -> Response:
    emu = emulator_of(request)
    draft_id = _path_int(request, "draft_id")
    state = emu.state
    with state.lock:
        draft = state.psp_draft_payments.get(draft_id)
        if draft is None:
            return HTMLResponse("<h1>No such draft payment</h1>", status_code=404)
        provider = state.users.get(draft.user_id)
        uak = state.user_api_keys.get(draft.user_id)
        if uak is not None:
            provider = state.users[uak.requested_by_user_id]
        sender = next(
            (a for a in state.monetary_accounts.values() if a.iban == draft.sender_iban), None
        )
        context: dict[str, Any] = {
            "draft_id": draft.id,
            "creator": provider.display_name if provider else "A payment service provider",
            "account_description": sender.description if sender else "your account",
            "iban": draft.sender_iban,
            "balance": f"{sender.balance:.2f} {sender.currency}" if sender else "unknown",
            "entries": [
                {
                    "to": draft.counterparty_name,
                    "iban": draft.counterparty_iban,
                    "amount": f"{draft.amount:.2f} {draft.currency}",
                    "description": draft.description,
                }
            ],
            "draft_status": draft.status,
            "reason": draft.status_reason if draft.status == "REJECTED" else None,
        }
    return _html(
        "draft.html",
        approve_action=f"{PREFIX}/psp-draft-payments/{draft_id}/approve",
        reject_action=f"{PREFIX}/psp-draft-payments/{draft_id}/reject",
        **context,
    )


# --- connections (grants) ------------------------------------------------------------------


def grant_json(emu: Emulator, user_api_key_id: int) -> dict[str, Any]:
    with emu.state.lock:
        uak = emu.state.user_api_keys[user_api_key_id]
        return {
            "id": uak.id,
            "requested_by_user_id": uak.requested_by_user_id,
            "granted_by_user_id": uak.granted_by_user_id,
            "revoked": uak.revoked_at is not None,
            "revoked_at": views.ts(uak.revoked_at) if uak.revoked_at else None,
        }


async def grant_revoke(request: Request) -> Response:
    emu = emulator_of(request)
    try:
        uak = grants.revoke(emu, _path_int(request, "user_api_key_id"))
    except BunqRuleError as exc:
        return _error(exc)
    return JSONResponse(grant_json(emu, uak.id))


def _account_page(
    request: Request, email: str, error: str | None = None, status: int = 200
) -> Response:
    emu = emulator_of(request)
    customer = users.find_user_by_email(emu, email) if email else None
    listed: list[dict[str, Any]] = []
    if customer is not None:
        with emu.state.lock:
            for uak in grants.list_grants(emu, customer):
                listed.append(
                    {
                        "id": uak.id,
                        "app": emu.state.users[uak.requested_by_user_id].display_name,
                        "created": views.ts(uak.created),
                        "revoked": uak.revoked_at is not None,
                    }
                )
    elif email and error is None:
        error, status = "No bunq user has this email address.", 404
    return _html(
        "account.html",
        status=status,
        customer=customer.display_name if customer else None,
        email=email,
        grants=listed,
        error=error,
        account_action=ACCOUNT_PATH,
        revoke_action=ACCOUNT_PATH + "/revoke",
    )


async def account_view(request: Request) -> Response:
    return _account_page(request, request.query_params.get("email", "").strip())


async def account_revoke(request: Request) -> Response:
    emu = emulator_of(request)
    form = await request.form()
    email = str(form.get("email") or "").strip()
    customer = users.find_user_by_email(emu, email)
    try:
        grant_id = int(str(form.get("user_api_key_id") or ""))
    except ValueError:
        return _account_page(request, email, "Choose a connection to revoke.", 400)
    with emu.state.lock:
        uak = emu.state.user_api_keys.get(grant_id)
        # Only the customer who granted a connection can revoke it from their page.
        if customer is None or uak is None or uak.granted_by_user_id != customer.id:
            return _account_page(request, email, "No such connection for this user.", 404)
    grants.revoke(emu, grant_id)
    return RedirectResponse(f"{ACCOUNT_PATH}?{urlencode({'email': email})}", status_code=303)


# --- money ---------------------------------------------------------------------------------


async def user_fund(request: Request) -> Response:
    emu = emulator_of(request)
    try:
        body = json_object(await request.body())
        amount, currency = money.parse_amount(
            {"value": body.get("amount"), "currency": body.get("currency", "EUR")}
        )
        if currency != "EUR":
            raise BunqRuleError(400, "Sugar Daddy pays in EUR only.")
        account_id = body.get("monetary_account_id")
        if account_id is not None and (
            isinstance(account_id, bool) or not isinstance(account_id, int)
        ):
            raise BunqRuleError(400, "'monetary_account_id' must be an integer.")
        payment = payments.fund(emu, _path_int(request, "user_id"), amount, account_id)
    except BunqRuleError as exc:
        return _error(exc)
    with emu.state.lock:
        account = emu.state.monetary_accounts[payment.monetary_account_id]
        return JSONResponse(
            {
                "payment_id": payment.id,
                "monetary_account_id": account.id,
                "balance": views.amount(account.balance, account.currency),
            }
        )


routes: list[Route] = [
    Route(
        PREFIX + "/draft-payments/{draft_id:int}", draft_page, methods=["GET"], name="draft_page"
    ),
    Route(PREFIX + "/draft-payments/{draft_id:int}/approve", draft_approve, methods=["POST"]),
    Route(PREFIX + "/draft-payments/{draft_id:int}/reject", draft_reject, methods=["POST"]),
    Route(
        PREFIX + "/psp-draft-payments/{draft_id:int}",
        psp_draft_page,
        methods=["GET"],
        name="psp_draft_page",
    ),
    Route(
        PREFIX + "/psp-draft-payments/{draft_id:int}/approve", psp_draft_approve, methods=["POST"]
    ),
    Route(PREFIX + "/psp-draft-payments/{draft_id:int}/reject", psp_draft_reject, methods=["POST"]),
    Route(PREFIX + "/grants/{user_api_key_id:int}/revoke", grant_revoke, methods=["POST"]),
    Route(PREFIX + "/users/{user_id:int}/fund", user_fund, methods=["POST"]),
    Route(ACCOUNT_PATH, account_view, methods=["GET"]),
    Route(ACCOUNT_PATH + "/revoke", account_revoke, methods=["POST"]),
]
