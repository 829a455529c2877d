"""Output of the commands: rich tables for people, one JSON document for machines.

Every command builds plain JSON data first and renders it one way or the other, so the two
outputs never disagree. Values from bunq (names, descriptions) are shown as plain text, never
as rich markup.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from bunq_connect.models.common import Amount
from bunq_connect.models.session import SessionInfo, UserSummary

__all__ = [
    "amount_json",
    "amount_text",
    "console",
    "print_json",
    "print_session_parts",
    "print_table",
    "session_json",
    "user_json",
]

_RIGHT = frozenset({"id", "user id", "amount", "balance", "account"})


def console() -> Console:
    """A console on stdout."""
    return Console()


def print_json(data: object) -> None:
    """One JSON document on stdout."""
    typer.echo(json.dumps(data, indent=2))


def print_table(
    columns: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    title: str | None = None,
    empty: str | None = None,
) -> None:
    """A table on stdout; ``None`` cells are empty. With no rows, ``empty`` instead if given."""
    if not rows and empty is not None:
        typer.echo(empty)
        return
    table = Table(show_header=True, header_style="bold", title=title)
    for column in columns:
        table.add_column(column, justify="right" if column in _RIGHT else "left")
    for row in rows:
        table.add_row(*(Text("" if cell is None else str(cell)) for cell in row))
    console().print(table)


def amount_json(amount: Amount | None) -> dict[str, str] | None:
    """``{"value": "12.50", "currency": "EUR"}`` (a string keeps the decimal exact)."""
    if amount is None:
        return None
    return {"value": f"{amount.value:.2f}", "currency": amount.currency}


def amount_text(amount: dict[str, str] | None) -> str:
    """``12.50 EUR`` from :func:`amount_json`'s shape."""
    return f"{amount['value']} {amount['currency']}" if amount else ""


def user_json(user: UserSummary) -> dict[str, Any]:
    """A user as the commands print it (no secrets in a :class:`UserSummary`)."""
    return {
        "type": user.type_name,
        "id": user.id,
        "display_name": user.display_name,
        "email": user.alias_value("EMAIL"),
        "session_timeout": user.session_timeout,
    }


def session_json(session: SessionInfo, *, now: datetime | None = None) -> dict[str, Any]:
    """Who a session acts as and when it expires; never its token.

    On behalf of a customer (an OAuth access token) the session-server answer is a UserApiKey
    in three parts, all kept; for a plain API key it is the key's own user.
    """
    moment = now or datetime.now(UTC)
    data: dict[str, Any] = {
        "id": session.session_id,
        "user_id": session.user_id,
        "created_at": session.created_at.isoformat(),
        "expires_at": session.expires_at.isoformat(),
        "expired": session.expires_at <= moment,
    }
    if session.user_api_key is not None:
        uak = session.user_api_key
        data["user_api_key"] = {"id": uak.id}
        data["requested_by"] = user_json(uak.requested_by)
        data["granted_by"] = user_json(uak.granted_by)
    elif session.user is not None:
        data["user"] = user_json(session.user)
    return data


def print_session_parts(session: dict[str, Any]) -> None:
    """The user ids of a session as a table: the three UserApiKey parts, or the one user."""
    if "user_api_key" in session:
        requested, granted = session["requested_by"], session["granted_by"]
        print_table(
            ("part", "user id", "display name", "what it is"),
            [
                ("UserApiKey", session["user_api_key"]["id"], "", "the user id every URL uses"),
                (
                    "requested_by_user",
                    requested["id"],
                    requested["display_name"],
                    "the app",
                ),
                (
                    "granted_by_user",
                    granted["id"],
                    granted["display_name"],
                    "the customer who consented (never in a URL)",
                ),
            ],
        )
    else:
        user = session["user"]
        print_table(
            ("part", "user id", "display name", "what it is"),
            [(user["type"], user["id"], user["display_name"], "the API key's own user")],
        )
