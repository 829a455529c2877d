"""``bunq-connect context``: make, inspect and key saved API contexts.

bunq-connect context new-key                    # a fresh BUNQ_CONTEXT_KEY
BUNQ_API_KEY=... bunq-connect context create --save me.context
bunq-connect context show me.context            # ids and expiry, never a secret
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from bunq_connect.cli._output import print_json, print_session_parts, print_table, session_json
from bunq_connect.cli._state import check_writable, save_context, state
from bunq_connect.context import ApiContext, generate_context_key

__all__ = ["context_app"]

context_app = typer.Typer(
    name="context",
    help="Make, inspect and key saved (encrypted) API contexts. "
    "Reads BUNQ_CONTEXT_KEY, and BUNQ_API_KEY for `create`.",
    no_args_is_help=True,
)


@context_app.command("new-key")
def new_key() -> None:
    """Print a fresh key for encrypting saved contexts.

    This prints a secret, on purpose: the key you asked for is the one secret any bunq-connect
    command writes to stdout. Keep it in a secret store and hand it over as BUNQ_CONTEXT_KEY,
    e.g. `export BUNQ_CONTEXT_KEY=$(bunq-connect context new-key)`.

    Reads no BUNQ_* variable.
    """
    typer.echo(generate_context_key())


@context_app.command("create")
def create(
    ctx: typer.Context,
    save: Annotated[
        Path, typer.Option("--save", metavar="PATH", help="Where to save the API context.")
    ],
    description: Annotated[
        str, typer.Option(help="The device description bunq shows the user.")
    ] = "bunq-connect",
    force: Annotated[bool, typer.Option("--force", help="Replace PATH if it exists.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
) -> None:
    """Create an API context (installation, device, session) and save it encrypted to PATH.

    The API key or OAuth access token comes from BUNQ_API_KEY only (never the command line,
    so it stays out of shell history). The environment is BUNQ_ENVIRONMENT's (the local
    emulator at BUNQ_EMULATOR_URL by default); the file is encrypted with BUNQ_CONTEXT_KEY.

    Reads: BUNQ_API_KEY, BUNQ_ENVIRONMENT, BUNQ_EMULATOR_URL, BUNQ_CONTEXT_KEY.
    """
    cli = state(ctx)
    key = cli.context_key
    secret = cli.require("BUNQ_API_KEY", "the API key or OAuth access token")
    check_writable(save, force=force)
    context = ApiContext.create(cli.environment, secret, description=description)
    save_context(context, save, key)
    _show(context, save, as_json=as_json, verb="Created")


@context_app.command("show")
def show(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="The saved context.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
) -> None:
    """Show a saved context: environment, installation and device ids, the session's user ids
    (the three UserApiKey parts when it acts on behalf of a customer) and its expiry.

    Prints no secret: no API key, token or key material. Makes no call to bunq.

    Reads: BUNQ_CONTEXT_KEY.
    """
    cli = state(ctx)
    _show(cli.load_context(path), path, as_json=as_json, verb="Saved")


def context_json(context: ApiContext, path: Path) -> dict[str, Any]:
    """A context's public facts: what ``context show`` prints."""
    return {
        "path": str(path),
        "environment": {"name": context.environment.name, "api_base": context.environment.api_base},
        "installation_id": context.installation_id,
        "device_id": context.device_id,
        "description": context.description,
        "on_behalf": bool(context.session and context.session.user_api_key),
        "session": session_json(context.session) if context.session else None,
    }


def _expiry(session: dict[str, Any] | None) -> str:
    if session is None:
        return ""
    if session["expired"]:
        return f"{session['expires_at']} (expired: renewed on next use)"
    return str(session["expires_at"])


def _show(context: ApiContext, path: Path, *, as_json: bool, verb: str) -> None:
    data = context_json(context, path)
    if as_json:
        print_json(data)
        return
    environment = data["environment"]
    session = data["session"]
    typer.echo(f"{verb} API context at {path}")
    print_table(
        ("what", "value"),
        [
            ("environment", f"{environment['name']} ({environment['api_base']})"),
            ("installation id", data["installation_id"]),
            ("device id", data["device_id"]),
            ("description", data["description"]),
            ("session id", session["id"] if session else "no session"),
            ("session expires", _expiry(session)),
            ("user id for URLs", session["user_id"] if session else ""),
        ],
    )
    if session:
        print_session_parts(session)
