"""The control plane under ``/_emulator`` (like moto's ``/moto-api``), plain JSON, unsigned.

- ``GET  /_emulator/health``        -> ``{"status": "ok"}``
- ``POST /_emulator/reset``         -> forget all state (the server key and clock stay)
- ``GET  /_emulator/clock``         -> ``{"now": ts, "offset_seconds": s}``
- ``POST /_emulator/clock/advance`` with ``{"seconds": N}`` -> the new ``now``
- ``GET  /_emulator/users``         -> users with ids, names, aliases and accounts; never
  API keys, tokens or secrets.
- ``POST /_emulator/seed`` with ``{"seed": N}`` -> reset; ids, names, IBANs, tokens repeat
- ``GET|POST /_emulator/config``    -> the switches; POST ``{"rate_limits": false}``,
  ``{"rate_limit_scope": "ip"}``, ``{"strict_request_ids": true}``, ``{"strict": true}``, ...
- ``GET|POST|DELETE /_emulator/faults`` -> list, add (``{"method", "path", "mode", "count" |
  "fraction", "delay"}``, see ``emulator.faults``), clear the injected faults
- ``GET  /_emulator/notifications`` -> every callback with attempts, delivered_at, last_error
- ``POST /_emulator/notifications/flush`` -> attempt every pending callback now, wait, list

- ``POST /_emulator/draft-payments/{id}/approve|reject``, ``POST /_emulator/psp-draft-payments/
  {id}/approve|reject``, ``POST /_emulator/grants/{user_api_key_id}/revoke``,
  ``POST /_emulator/users/{id}/fund``, and the pages ``GET /_emulator/draft-payments/{id}``,
  ``GET /oauth/account``: see ``http.customer``.

New control operations (seed, revoke, faults, drafts) are new routes appended to ``routes``.
Errors are ``{"error": "..."}`` with status 400.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bunq_connect.emulator import delivery, faults, views
from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.config import LENIENT_MODES, STRICT_MODES, EmulatorConfig
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
    # State, rate-limit windows and faults; the server key and the clock stay.
    emulator_of(request).reset()
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


# --- seed, switches, faults, callbacks ------------------------------------------------------


async def _control_body(request: Request) -> dict[str, Any]:
    try:
        return json_object(await request.body())
    except BunqRuleError as exc:
        raise _ControlError(exc.description) from exc


class _ControlError(Exception):
    pass


async def seed(request: Request) -> Response:
    try:
        body = await _control_body(request)
    except _ControlError as exc:
        return control_error(str(exc))
    value = body.get("seed")
    if isinstance(value, bool) or not isinstance(value, int):
        return control_error("'seed' must be an integer.")
    emulator_of(request).reset(seed=value)
    return JSONResponse({"status": "reset", "seed": value})


# Switches a running emulator may change; callback_allow_remote is deliberately not among them
# (the control plane has no authentication: it must not open outbound calls to anywhere).
_SWITCHES: dict[str, tuple[type, ...]] = {
    "rate_limits": (bool,),
    "rate_limit_scope": (str,),
    "strict_request_ids": (bool,),
    "session_server_interval": (int, float),
    "session_extend_window": (int, float),
    "callback_retry_interval": (int, float),
    "callback_max_retries": (int,),
}


def _config_json(config: EmulatorConfig) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in dataclasses.fields(config):
        value = getattr(config, item.name)
        out[item.name] = (
            value if value is None or isinstance(value, bool | int | float) else str(value)
        )
    return out


async def config_get(request: Request) -> Response:
    return JSONResponse(_config_json(emulator_of(request).config))


async def config_set(request: Request) -> Response:
    emu = emulator_of(request)
    try:
        body = await _control_body(request)
    except _ControlError as exc:
        return control_error(str(exc))
    unknown = set(body) - set(_SWITCHES) - {"strict"}
    if unknown:
        return control_error(f"Not switchable: {', '.join(sorted(unknown))}.")
    changes: dict[str, Any] = {}
    strict = body.get("strict")
    if strict is not None:
        if not isinstance(strict, bool):
            return control_error("'strict' must be true or false.")
        changes.update(STRICT_MODES if strict else LENIENT_MODES)
    for name, value in body.items():
        if name == "strict":
            continue
        types = _SWITCHES[name]
        if (isinstance(value, bool) and bool not in types) or not isinstance(value, types):
            return control_error(f"'{name}' has the wrong type.")
        changes[name] = value
    try:
        new = dataclasses.replace(emu.config, **changes)
    except (TypeError, ValueError) as exc:
        return control_error(str(exc))
    emu.config = new  # one assignment: requests see the old or the new config, never a mix
    return JSONResponse(_config_json(new))


async def faults_list(request: Request) -> Response:
    return JSONResponse({"faults": [f.to_json() for f in emulator_of(request).faults.list()]})


async def faults_add(request: Request) -> Response:
    try:
        spec = faults.parse_fault(await _control_body(request))
    except (_ControlError, faults.FaultError) as exc:
        return control_error(str(exc))
    fault = emulator_of(request).faults.add(spec)
    return JSONResponse(fault.to_json(), status_code=201)


async def faults_clear(request: Request) -> Response:
    emulator_of(request).faults.clear()
    return JSONResponse({"faults": []})


def _notifications(emu: Emulator) -> list[dict[str, Any]]:
    with emu.state.lock:
        notes = sorted(emu.state.notifications.values(), key=lambda n: n.id)
        return [delivery.notification_json(emu, n) for n in notes]


async def notifications_list(request: Request) -> Response:
    return JSONResponse({"notifications": _notifications(emulator_of(request))})


async def notifications_flush(request: Request) -> Response:
    emu = emulator_of(request)
    engine: delivery.DeliveryEngine | None = getattr(request.app.state, "delivery", None)
    if engine is not None:
        await engine.flush()
    else:  # no lifespan (in-process ASGI): deliver with a one-off engine
        one_off = delivery.DeliveryEngine(emu)
        try:
            await one_off.flush()
        finally:
            await one_off.aclose()
    return JSONResponse({"notifications": _notifications(emu)})


routes: list[Route] = [
    Route(PREFIX + "/seed", seed, methods=["POST"]),
    Route(PREFIX + "/config", config_get, methods=["GET"]),
    Route(PREFIX + "/config", config_set, methods=["POST"]),
    Route(PREFIX + "/faults", faults_list, methods=["GET"]),
    Route(PREFIX + "/faults", faults_add, methods=["POST"]),
    Route(PREFIX + "/faults", faults_clear, methods=["DELETE"]),
    Route(PREFIX + "/notifications", notifications_list, methods=["GET"]),
    Route(PREFIX + "/notifications/flush", notifications_flush, methods=["POST"]),
    Route(PREFIX + "/health", health, methods=["GET"]),
    Route(PREFIX + "/reset", reset, methods=["POST"]),
    Route(PREFIX + "/clock", clock_get, methods=["GET"]),
    Route(PREFIX + "/clock/advance", clock_advance, methods=["POST"]),
    Route(PREFIX + "/users", users_list, methods=["GET"]),
    # drafts approve/reject (and their pages), grants revoke, fund, the customer's account view
    *customer.routes,
]
