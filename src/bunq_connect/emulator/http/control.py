"""The control plane under ``/_emulator`` (like moto's ``/moto-api``), plain JSON, unsigned.

- ``GET  /_emulator/health``        -> ``{"status": "ok"}``
- ``POST /_emulator/reset``         -> forget all state (the server key and clock stay)
- ``GET  /_emulator/clock``         -> ``{"now": ts, "offset_seconds": s}``
- ``POST /_emulator/clock/advance`` with ``{"seconds": N}`` -> the new ``now``
- ``GET  /_emulator/users``         -> users with ids, names, aliases and accounts; never
  API keys, tokens or secrets.

- ``POST /_emulator/draft-payments/{id}/approve|reject``, ``POST /_emulator/psp-draft-payments/
  {id}/approve|reject``, ``POST /_emulator/grants/{user_api_key_id}/revoke``,
  ``POST /_emulator/users/{id}/fund``, and the pages ``GET /_emulator/draft-payments/{id}``,
  ``GET /oauth/account``: see ``http.customer``.

New control operations (seed, revoke, faults, drafts) are new routes appended to ``routes``.
Errors are ``{"error": "..."}`` with status 400.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bunq_connect.emulator import views
from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.http import customer
from bunq_connect.emulator.http.responses import emulator_of
from bunq_connect.emulator.jsonbody import json_object

PREFIX = "/_emulator"


def control_error(description: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": description}, status_code=status)


async def health(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def reset(request: Request) -> Response:
    emulator_of(request).state.reset()
    return JSONResponse({"status": "reset"})


def _clock_json(request: Request) -> dict[str, Any]:
    clock = emulator_of(request).clock
    return {"now": views.ts(clock.now()), "offset_seconds": clock.offset_seconds}


async def clock_get(request: Request) -> Response:
    return JSONResponse(_clock_json(request))


async def clock_advance(request: Request) -> Response:
    try:
        body = json_object(await request.body())
    except BunqRuleError as exc:
        return control_error(exc.description)
    seconds = body.get("seconds")
    if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
        return control_error("'seconds' must be a non-negative number.")
    emulator_of(request).clock.advance(float(seconds))
    return JSONResponse(_clock_json(request))


async def users_list(request: Request) -> Response:
    emu = emulator_of(request)
    with emu.state.lock:
        result = [
            {
                "id": user.id,
                "type": views.user_type_name(user),
                "display_name": user.display_name,
                "session_timeout": user.session_timeout,
                "aliases": [views.pointer(a) for a in user.aliases],
                "monetary_accounts": [
                    {
                        "id": a.id,
                        "iban": a.iban,
                        "balance": views.amount(a.balance, a.currency),
                        "description": a.description,
                    }
                    for a in sorted(emu.state.monetary_accounts.values(), key=lambda a: a.id)
                    if a.user_id == user.id
                ],
            }
            for user in sorted(emu.state.users.values(), key=lambda u: u.id)
        ]
        grants = [
            {
                "user_api_key_id": uak.id,
                "requested_by_user_id": uak.requested_by_user_id,
                "granted_by_user_id": uak.granted_by_user_id,
                "revoked": uak.revoked_at is not None,
            }
            for uak in sorted(emu.state.user_api_keys.values(), key=lambda u: u.id)
        ]
    return JSONResponse({"users": result, "user_api_keys": grants})


routes: list[Route] = [
    Route(PREFIX + "/health", health, methods=["GET"]),
    Route(PREFIX + "/reset", reset, methods=["POST"]),
    Route(PREFIX + "/clock", clock_get, methods=["GET"]),
    Route(PREFIX + "/clock/advance", clock_advance, methods=["POST"]),
    Route(PREFIX + "/users", users_list, methods=["GET"]),
    # drafts approve/reject (and their pages), grants revoke, fund, the customer's account view
    *customer.routes,
]
