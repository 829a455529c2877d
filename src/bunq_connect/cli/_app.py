from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from bunq_connect.cli._commands import accounts, events, payments, sandbox_user
from bunq_connect.cli._context_cmds import context_app
from bunq_connect.cli._oauth_cmds import oauth_app
from bunq_connect.cli._state import CliState
from bunq_connect.environments import Environment, discover, from_env
from bunq_connect.errors import (
    APIConnectionError,
    APIStatusError,
    BunqConnectError,
    OAuthError,
    ResponseVerificationError,
    UsageError,
)

app = typer.Typer(
    name="bunq-connect",
    help="Act on behalf of bunq users: OAuth, API contexts, a typed client, a local emulator.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
)

EXIT_CODES: list[tuple[type[BunqConnectError], int]] = [
    (UsageError, 2),
    (APIStatusError, 3),
    (APIConnectionError, 4),
    (OAuthError, 5),
    (ResponseVerificationError, 6),
    (BunqConnectError, 1),
]


def exit_code_for(error: BunqConnectError) -> int:
    """The exit code for one of our errors (the first matching class of ``EXIT_CODES``)."""
    for cls, code in EXIT_CODES:
        if isinstance(error, cls):
            return code
    return 1


@app.callback()
def _root(ctx: typer.Context) -> None:
    # One shared state per run on ctx.obj: the environment, the context key and the client
    # are built lazily, once, by the commands that need them; the client is closed at the end.
    if not isinstance(ctx.obj, CliState):
        ctx.obj = CliState()
    ctx.call_on_close(ctx.obj.close)


@contextmanager
def _environment() -> Iterator[Environment]:
    """The environment named by BUNQ_ENVIRONMENT; ``local`` starts an embedded emulator unless
    BUNQ_EMULATOR_URL points at a running one."""
    name = os.environ.get("BUNQ_ENVIRONMENT", "local").lower()
    if name != "local" or os.environ.get("BUNQ_EMULATOR_URL"):
        yield from_env()
        return
    from bunq_connect.emulator import EmulatorServer

    with EmulatorServer() as server:
        yield discover(server.base_url)


@app.command()
def demo(
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Run the whole on-behalf-of flow: consent, code exchange, API context, accounts.

    With BUNQ_ENVIRONMENT=local (the default) it starts an emulator in-process, or uses the one
    at BUNQ_EMULATOR_URL; with sandbox it runs against bunq's sandbox (a person consents).

    Reads: BUNQ_ENVIRONMENT, BUNQ_EMULATOR_URL.
    """
    from bunq_connect.cli._demo import run_on_behalf_flow
    from bunq_connect.playground import prompt_consent

    with _environment() as env:
        # On the emulator the consent page is driven automatically; bunq needs a person.
        result = run_on_behalf_flow(env, consent=None if env.name == "local" else prompt_consent)
    if as_json:
        typer.echo(json.dumps(result.to_json(), indent=2))
        return
    _print_demo(result.to_json())


def _print_demo(data: dict[str, object]) -> None:
    console = Console()
    session = data["session"]
    assert isinstance(session, dict)
    uak, requested, granted = (
        session["user_api_key"],
        session["requested_by"],
        session["granted_by"],
    )
    console.print(f"[bold]On-behalf-of flow against the {data['environment']} environment[/]")
    console.print("Session-server answered with a [bold]UserApiKey[/] in three parts:")
    table = Table(show_header=True, header_style="bold")
    table.add_column("part")
    table.add_column("user id", justify="right")
    table.add_column("display name")
    table.add_column("what it is")
    table.add_row("UserApiKey", str(uak["id"]), "", "the user id every URL must use")
    table.add_row(
        "requested_by_user",
        str(requested["id"]),
        str(requested["display_name"]),
        f"the app (session timeout {requested['session_timeout']} s)",
    )
    table.add_row(
        "granted_by_user",
        str(granted["id"]),
        str(granted["display_name"]),
        "the customer who consented (never in a URL)",
    )
    console.print(table)
    console.print(f"Session expires at {session['expires_at']}")
    console.print(f"\nThe customer's accounts, fetched from [bold]{data['request_path']}[/]:")
    accounts = Table(show_header=True, header_style="bold")
    for column in ("id", "description", "IBAN", "balance"):
        accounts.add_column(column, justify="right" if column in ("id", "balance") else "left")
    for account in data["monetary_accounts"]:  # type: ignore[attr-defined]
        balance = account["balance"]
        accounts.add_row(
            str(account["id"]),
            str(account["description"] or ""),
            str(account["iban"]),
            f"{balance['value']} {balance['currency']}" if balance else "",
        )
    console.print(accounts)


@app.command()
def emulator(
    host: Annotated[
        str, typer.Option(help="Interface to bind (loopback by default).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8080,
    strict_request_ids: Annotated[
        bool, typer.Option(help="Refuse a reused X-Bunq-Client-Request-Id, as bunq documents.")
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(
            help="Every strict mode: reused request ids refused, session-server 1 per 30 s "
            "per IP (not per API key)."
        ),
    ] = False,
    no_rate_limits: Annotated[
        bool,
        typer.Option(
            "--no-rate-limits",
            help="No 429s: neither the per IP/endpoint limits nor the 30 s between sessions.",
        ),
    ] = False,
    state: Annotated[
        Path | None,
        typer.Option(help="Keep the state (and the server key) in this SQLite file."),
    ] = None,
    seed: Annotated[
        int | None, typer.Option(help="Reproducible ids, names, IBANs and tokens.")
    ] = None,
) -> None:
    """Run the local bunq emulator until interrupted (port 0: a free port)."""
    from bunq_connect.emulator import EmulatorConfig, EmulatorUrls, serve
    from bunq_connect.emulator.persistence import PersistenceError

    config = EmulatorConfig(strict_request_ids=strict_request_ids, state_path=state, seed=seed)
    if strict:
        config = config.with_strict_modes()
    if no_rate_limits:
        config = replace(config, rate_limits=False, session_server_interval=0.0)

    def ready(urls: EmulatorUrls) -> None:  # the real bound port, also for --port 0
        typer.echo(f"bunq emulator on {urls.base_url}")
        typer.echo(f"  API base:         {urls.api_url}")
        typer.echo(f"  OAuth metadata:   {urls.metadata_url}")
        typer.echo(f"  control plane:    {urls.control_url}")
        if state is not None:
            typer.echo(f"  state file:       {state}")
        typer.echo(f"  use it with:      BUNQ_ENVIRONMENT=local BUNQ_EMULATOR_URL={urls.base_url}")

    try:
        serve(host=host, port=port, config=config, on_ready=ready)
    except PersistenceError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from error


# The developer's commands, after demo and emulator (their order in --help).
app.command("sandbox-user")(sandbox_user)
app.add_typer(context_app)
app.command("accounts")(accounts)
app.command("payments")(payments)
app.command("events")(events)
app.add_typer(oauth_app)


def main() -> None:
    """Entry point: run the app, turning our errors into a one-line message and an exit code.

    typer runs standalone: it reports its own usage errors (exit 2), turns Ctrl-C into exit
    130 and exits with the command's code. Our errors are not typer's, so they come out here.
    (Recent typer ships its own copy of click: ``click``'s exception classes miss its errors.)
    """
    try:
        app()
    except BunqConnectError as error:
        typer.echo(f"error: {error}", err=True)
        sys.exit(exit_code_for(error))
