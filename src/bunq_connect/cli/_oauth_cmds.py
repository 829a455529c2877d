"""``bunq-connect oauth``: the consent URL, and the code exchange into a saved context.

    bunq-connect oauth url --client-id ID --redirect-uri https://app.example/callback
    # the customer approves; bunq redirects to the callback with ?code=...&state=...
    BUNQ_CLIENT_ID=... BUNQ_CLIENT_SECRET=... \\
        bunq-connect oauth exchange --code CODE --redirect-uri https://app.example/callback \\
        --save customer.context
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bunq_connect import oauth
from bunq_connect.cli._output import print_json, print_session_parts, session_json
from bunq_connect.cli._state import check_writable, save_context, state
from bunq_connect.context import ApiContext

__all__ = ["oauth_app"]

oauth_app = typer.Typer(
    name="oauth",
    help="Connect a customer with OAuth: the consent URL, then the code exchange. "
    "Reads BUNQ_ENVIRONMENT, BUNQ_EMULATOR_URL, BUNQ_CLIENT_ID, BUNQ_CLIENT_SECRET "
    "(exchange) and BUNQ_CONTEXT_KEY (exchange).",
    no_args_is_help=True,
)

ClientIdOption = Annotated[
    str,
    typer.Option(
        "--client-id",
        envvar="BUNQ_CLIENT_ID",
        show_envvar=True,
        metavar="ID",
        help="The OAuth client's id (not secret).",
    ),
]
RedirectOption = Annotated[
    str,
    typer.Option(
        "--redirect-uri",
        metavar="URI",
        help="A redirect URL registered for the OAuth client.",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document.")]


@oauth_app.command("url")
def url(
    ctx: typer.Context,
    client_id: ClientIdOption,
    redirect_uri: RedirectOption,
    as_json: JsonOption = False,
) -> None:
    """Print the consent URL to send the customer to, and its state.

    Keep the state: the callback must carry the same one (check it before `oauth exchange`).

    Reads: BUNQ_ENVIRONMENT, BUNQ_EMULATOR_URL, BUNQ_CLIENT_ID (when --client-id is not given).
    """
    request = oauth.authorization_request(state(ctx).environment, client_id, redirect_uri)
    if as_json:
        print_json({"url": request.url, "state": request.state})
        return
    typer.echo("Send the customer to:")
    typer.echo(request.url)
    typer.echo(f"state: {request.state}")


@oauth_app.command("exchange")
def exchange(
    ctx: typer.Context,
    code: Annotated[
        str,
        typer.Option("--code", metavar="CODE", help="The code from the callback (single use)."),
    ],
    redirect_uri: RedirectOption,
    save: Annotated[
        Path,
        typer.Option("--save", metavar="PATH", help="Where to save the on-behalf API context."),
    ],
    client_id: ClientIdOption,
    force: Annotated[bool, typer.Option("--force", help="Replace PATH if it exists.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Exchange the code for an access token, create the on-behalf API context, save it to PATH.

    The client secret comes from BUNQ_CLIENT_SECRET only (never the command line). Everything
    is checked before the code is spent. Prints the three parts of the session answer (the
    UserApiKey id for URLs, the app, the customer); the access token stays in the encrypted
    file.

    Reads: BUNQ_CLIENT_ID (when --client-id is not given), BUNQ_CLIENT_SECRET,
    BUNQ_CONTEXT_KEY, BUNQ_ENVIRONMENT, BUNQ_EMULATOR_URL.
    """
    cli = state(ctx)
    key = cli.context_key
    secret = cli.require("BUNQ_CLIENT_SECRET", "the OAuth client's secret")
    check_writable(save, force=force)
    env = cli.environment
    credentials = oauth.OAuthClientCredentials.of(client_id, secret)
    token = oauth.exchange_code(env, credentials, code, redirect_uri=redirect_uri)
    context = ApiContext.create(env, token.access_token, description="bunq-connect on behalf")
    save_context(context, save, key)
    assert context.session is not None
    session = session_json(context.session)
    if as_json:
        print_json({"environment": env.name, "saved_to": str(save), "session": session})
        return
    typer.echo("Session-server answered with a UserApiKey in three parts:")
    print_session_parts(session)
    typer.echo(f"On-behalf API context saved, encrypted, to {save}")
