"""The developer's commands: a sandbox user, and a saved context's accounts, payments, events.

    bunq-connect sandbox-user --save me.context        # a test user, its context saved
    bunq-connect accounts --context me.context         # or BUNQ_CONTEXT=me.context
    bunq-connect payments 2003 --count 20 --json
    bunq-connect events --all

Each command takes its client from the shared :class:`~bunq_connect.cli._state.CliState`
(``ctx.obj``); a session renewed on the way is saved back into the context file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from bunq_connect.cli._output import (
    amount_json,
    amount_text,
    print_json,
    print_table,
    user_json,
)
from bunq_connect.cli._state import check_writable, save_context, state
from bunq_connect.context import ApiContext
from bunq_connect.sandbox import create_sandbox_user

if TYPE_CHECKING:
    from bunq_connect.models._generated import EventRead, LabelMonetaryAccount, PaymentRead

__all__ = ["accounts", "events", "payments", "sandbox_user"]

ContextOption = Annotated[
    Path | None,
    typer.Option(
        "--context",
        envvar="BUNQ_CONTEXT",
        show_envvar=True,
        metavar="PATH",
        help="The saved context to use (from `sandbox-user --save`, `context create` or "
        "`oauth exchange`).",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document.")]
CountOption = Annotated[
    int, typer.Option("--count", min=1, max=200, help="How many of the newest (1-200).")
]
AllOption = Annotated[
    bool, typer.Option("--all", help="Every item, page by page (200 a page), newest first.")
]


def sandbox_user(
    ctx: typer.Context,
    save: Annotated[
        Path,
        typer.Option("--save", metavar="PATH", help="Where to save the new user's API context."),
    ],
    company: Annotated[
        bool, typer.Option("--company", help="A company (UserCompany) instead of a person.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace PATH if it exists.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Create a sandbox user and save its API context, encrypted, to PATH.

    Runs against the environment of BUNQ_ENVIRONMENT: the local emulator at BUNQ_EMULATOR_URL
    (the default) or bunq's sandbox (never production). The context is encrypted with
    BUNQ_CONTEXT_KEY (required; `bunq-connect context new-key` makes one). Prints the user's
    id, display name and email alias; the user's API key stays in the encrypted file.

    Reads: BUNQ_ENVIRONMENT, BUNQ_EMULATOR_URL, BUNQ_CONTEXT_KEY.
    """
    cli = state(ctx)
    key = cli.context_key  # refuse before the user is made, not after
    check_writable(save, force=force)
    env = cli.environment
    api_key = create_sandbox_user(env, kind="company" if company else "person")
    context = ApiContext.create(env, api_key, description="bunq-connect sandbox-user")
    save_context(context, save, key)
    assert context.session is not None
    assert context.session.user is not None
    data: dict[str, Any] = {
        "environment": env.name,
        "user": user_json(context.session.user),
        "saved_to": str(save),
    }
    if as_json:
        print_json(data)
        return
    user = data["user"]
    typer.echo(f"Created a {user['type']} on the {env.name} environment:")
    print_table(
        ("user id", "display name", "email"),
        [(user["id"], user["display_name"], user["email"] or "(no EMAIL alias)")],
    )
    typer.echo(f"API context saved, encrypted, to {save}")


def accounts(
    ctx: typer.Context, context: ContextOption = None, as_json: JsonOption = False
) -> None:
    """List the monetary accounts of the saved context's user.

    Reads: BUNQ_CONTEXT (when --context is not given), BUNQ_CONTEXT_KEY.
    """
    cli = state(ctx)
    client = cli.client(cli.context_path(context))
    rows: list[dict[str, Any]] = [
        {
            "id": account.id,
            "type": account.type_name,
            "description": account.description,
            "iban": account.iban,
            "status": account.status,
            "balance": amount_json(account.balance),
        }
        for account in client.monetary_accounts.iter()
    ]
    if as_json:
        print_json(rows)
        return
    print_table(
        ("id", "description", "IBAN", "status", "balance"),
        [
            (r["id"], r["description"], r["iban"], r["status"], amount_text(r["balance"]))
            for r in rows
        ],
        title=f"Monetary accounts of user {client.user_id}",
        empty="No monetary accounts.",
    )


def _label(label: LabelMonetaryAccount | None) -> dict[str, Any] | None:
    if label is None:
        return None
    return {"iban": label.iban, "display_name": label.display_name}


def _payment_json(payment: PaymentRead) -> dict[str, Any]:
    return {
        "id": payment.id,
        "created": payment.created.isoformat() if payment.created else None,
        "amount": amount_json(payment.amount),
        "counterparty": _label(payment.counterparty_alias),
        "description": payment.description,
        "type": payment.type,
        "sub_type": payment.sub_type,
    }


def payments(
    ctx: typer.Context,
    account_id: Annotated[
        int, typer.Argument(metavar="ACCOUNT_ID", help="The monetary account's id (see accounts).")
    ],
    context: ContextOption = None,
    count: CountOption = 10,
    all_: AllOption = False,
    as_json: JsonOption = False,
) -> None:
    """List a monetary account's payments, newest first (the newest --count, or --all).

    Reads: BUNQ_CONTEXT (when --context is not given), BUNQ_CONTEXT_KEY.
    """
    cli = state(ctx)
    client = cli.client(cli.context_path(context))
    found = (
        client.payments.iter(account_id) if all_ else client.payments.list(account_id, count=count)
    )
    rows = [_payment_json(payment) for payment in found]
    if as_json:
        print_json(rows)
        return
    print_table(
        ("id", "created", "amount", "counterparty", "description"),
        [
            (
                r["id"],
                r["created"],
                amount_text(r["amount"]),
                (r["counterparty"] or {}).get("display_name")
                or (r["counterparty"] or {}).get("iban"),
                r["description"],
            )
            for r in rows
        ],
        title=f"Payments of account {account_id}",
        empty=f"No payments on account {account_id}.",
    )


def _event_json(event: EventRead) -> dict[str, Any]:
    kind: str | None = None
    object_id: Any = None
    if event.object is not None:
        for name, value in event.object.model_dump(exclude_none=True).items():
            kind = name.removesuffix("_1")
            object_id = value.get("id") if isinstance(value, dict) else None
            break
    return {
        "id": event.id,
        "created": event.created.isoformat() if event.created else None,
        "action": event.action,
        "status": event.status,
        "monetary_account_id": int(event.monetary_account_id)
        if event.monetary_account_id
        else None,
        "object": {"type": kind, "id": object_id} if kind else None,
    }


def events(
    ctx: typer.Context,
    context: ContextOption = None,
    account: Annotated[
        int | None,
        typer.Option("--account", metavar="ID", help="Only this monetary account's events."),
    ] = None,
    count: CountOption = 10,
    all_: AllOption = False,
    as_json: JsonOption = False,
) -> None:
    """List the user's events (payments, requests, drafts, ...), newest first.

    Reads: BUNQ_CONTEXT (when --context is not given), BUNQ_CONTEXT_KEY.
    """
    cli = state(ctx)
    client = cli.client(cli.context_path(context))
    params = {"monetary_account_id": str(account)} if account is not None else None
    found = (
        client.events.iter(params=params)
        if all_
        else client.events.list(count=count, params=params)
    )
    rows = [_event_json(event) for event in found]
    if as_json:
        print_json(rows)
        return
    print_table(
        ("id", "created", "action", "status", "account", "object"),
        [
            (
                r["id"],
                r["created"],
                r["action"],
                r["status"],
                r["monetary_account_id"],
                f"{r['object']['type']} {r['object']['id'] or ''}".strip() if r["object"] else "",
            )
            for r in rows
        ],
        title=f"Events of user {client.user_id}",
        empty="No events.",
    )
