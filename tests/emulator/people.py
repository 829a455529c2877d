"""Helpers for the resource tests: people with a session and an account, signed money calls.

Built on ``tests.emulator.raw`` (every answer's server signature is verified there).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx

from bunq_connect.emulator import EmulatorServer
from tests.emulator.raw import Bunq, Context, items


@dataclass
class Person:
    ctx: Context
    account_id: int
    iban: str
    email: str
    phone: str
    name: str

    @property
    def user_id(self) -> int:
        return self.ctx.user_id

    @property
    def account_path(self) -> str:
        return f"/user/{self.user_id}/monetary-account/{self.account_id}"

    def alias(self, kind: str = "IBAN") -> dict[str, str]:
        value = {"IBAN": self.iban, "EMAIL": self.email, "PHONE_NUMBER": self.phone}[kind]
        return {"type": kind, "value": value, "name": self.name}


def person(bunq: Bunq, kind: str = "person") -> Person:
    ctx = bunq.context(bunq.sandbox_user(kind))
    (account,) = items(bunq.get(ctx, f"/user/{ctx.user_id}/monetary-account"))
    bank = account["MonetaryAccountBank"]
    aliases = {a["type"]: a["value"] for a in ctx.user["alias"]}
    return Person(
        ctx=ctx,
        account_id=bank["id"],
        iban=bank["alias"][0]["value"],
        email=aliases["EMAIL"],
        phone=aliases["PHONE_NUMBER"],
        name=ctx.user["display_name"],
    )


def eur(value: str) -> dict[str, str]:
    return {"value": value, "currency": "EUR"}


def well_known(name: str) -> dict[str, str]:
    return {"type": "EMAIL", "value": f"{name}@bunq.com", "name": name}


def pay(
    bunq: Bunq,
    ctx: Context,
    account_path: str,
    to: dict[str, str],
    value: str,
    *,
    sign: bool = True,
    **extra: Any,
) -> httpx.Response:
    body = {"amount": eur(value), "counterparty_alias": to, "description": "test", **extra}
    return bunq.post(ctx, account_path + "/payment", body, sign=sign)


def put(
    bunq: Bunq, ctx: Context, path: str, body: dict[str, Any], *, sign: bool = True
) -> httpx.Response:
    return bunq.call("PUT", path, body, token=ctx.session_token, sign=sign)


def balance(bunq: Bunq, ctx: Context, account_path: str) -> Decimal:
    (item,) = items(bunq.get(ctx, account_path))
    ((_, account),) = item.items()
    assert account["balance"]["currency"] == "EUR"
    return Decimal(account["balance"]["value"])


def created_id(response: httpx.Response) -> int:
    assert response.status_code == 200, response.text
    return int(items(response)[0]["Id"]["id"])


def one(response: httpx.Response, type_name: str) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    (item,) = items(response)
    return dict(item[type_name])


@dataclass
class OnBehalf:
    """An app's UserApiKey session for ``customer``."""

    app: Context
    session: Context
    customer: Person

    @property
    def account_path(self) -> str:
        return f"/user/{self.session.user_id}/monetary-account/{self.customer.account_id}"


def connect(bunq: Bunq, customer: Person | None = None) -> OnBehalf:
    app = bunq.oauth_app("https://app.example/oauth/callback")
    customer = customer or person(bunq)
    session = bunq.context(bunq.access_token(app, customer.email))
    assert session.user_type == "UserApiKey"
    return OnBehalf(app=app.context, session=session, customer=customer)


def notifications(server: EmulatorServer, since: int = 0) -> list[tuple[str, str, str, int]]:
    """(target, category, event_type, object id) of the callbacks queued after id ``since``."""
    with server.state.lock:
        queued = [n for n in server.state.notifications.values() if n.id > since]
    result = []
    for note in queued:
        ((_, payload),) = note.object.items()
        result.append((note.target_url, note.category, note.event_type, int(payload["id"])))
    return result


def last_notification_id(server: EmulatorServer) -> int:
    with server.state.lock:
        return max(server.state.notifications, default=0)
