"""OAuth in the browser and for the app's back end, plus RFC 8414 metadata.

- ``GET /.well-known/oauth-authorization-server``: where everything is (absolute URLs);
- ``GET /oauth/authorize``: the consent page (plain HTML form, no JavaScript);
- ``POST /oauth/authorize``: the form's target; Approve/Deny redirect back to the app;
- ``POST /oauth/token``: code exchange, parameters in the query string as on bunq.

Form fields of the consent page: hidden ``response_type``, ``client_id``, ``redirect_uri``,
``state``; text ``email`` (the customer's EMAIL alias); submit ``decision`` = ``approve`` or
``deny``. An unknown client or unregistered redirect URI gets an HTML error page (400), never
a redirect, so the page cannot be used to bounce users to arbitrary sites.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from bunq_connect.emulator.errors import ConsentError, OAuthRuleError
from bunq_connect.emulator.http.responses import emulator_of
from bunq_connect.emulator.services import oauth, psd2, scope, users
from bunq_connect.emulator.state import OAuthClient

AUTHORIZE_PATH = "/oauth/authorize"
TOKEN_PATH = "/oauth/token"  # noqa: S105 - a path, not a password
METADATA_PATH = "/.well-known/oauth-authorization-server"

_templates = Environment(
    loader=FileSystemLoader(Path(__file__).resolve().parent.parent / "templates"),
    autoescape=select_autoescape(["html"]),
)

# OAuth responses must never be cached (RFC 6749 section 5.1).
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _html(template: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(_templates.get_template(template).render(**context), status_code=status)


def consent_error_page(error: ConsentError) -> HTMLResponse:
    return _html("error.html", status=400, error=error.description)


def _redirect(redirect_uri: str, **params: str | None) -> RedirectResponse:
    """``redirect_uri`` with ``params`` added to its query (keeping any query it has)."""
    parts = urlsplit(redirect_uri)
    extra = urlencode({k: v for k, v in params.items() if v})
    query = f"{parts.query}&{extra}" if parts.query else extra
    return RedirectResponse(urlunsplit(parts._replace(query=query)), status_code=302)


def _consent_page(
    request: Request,
    client: OAuthClient,
    fields: dict[str, str],
    *,
    error: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    emu = emulator_of(request)
    return _html(
        "consent.html",
        status=status,
        app_name=oauth.app_user(emu, client).display_name,
        permissions=scope.consent_permissions(emu, client.user_id),
        provider_roles=psd2.roles_of(emu, client.user_id),
        action=AUTHORIZE_PATH,
        error=error,
        response_type=fields.get("response_type", ""),
        client_id=fields.get("client_id", ""),
        redirect_uri=fields.get("redirect_uri", ""),
        state=fields.get("state", ""),
        email=fields.get("email", ""),
    )


async def authorize_get(request: Request) -> Response:
    fields = {
        k: request.query_params.get(k, "")
        for k in ("response_type", "client_id", "redirect_uri", "state")
    }
    emu = emulator_of(request)
    try:
        client = oauth.check_authorization_request(emu, fields["client_id"], fields["redirect_uri"])
    except ConsentError as exc:
        return consent_error_page(exc)
    if fields["response_type"] != "code":
        # The redirect URI is trusted now, so errors go back to the app (RFC 6749 4.1.2.1).
        return _redirect(
            fields["redirect_uri"], error="unsupported_response_type", state=fields["state"]
        )
    return _consent_page(request, client, fields)


async def authorize_post(request: Request) -> Response:
    form = await request.form()
    fields = {
        k: str(form.get(k) or "")
        for k in ("response_type", "client_id", "redirect_uri", "state", "email", "decision")
    }
    emu = emulator_of(request)
    try:
        client = oauth.check_authorization_request(emu, fields["client_id"], fields["redirect_uri"])
    except ConsentError as exc:
        return consent_error_page(exc)
    redirect_uri, state = fields["redirect_uri"], fields["state"] or None
    if fields["response_type"] != "code":
        return _redirect(redirect_uri, error="unsupported_response_type", state=state)
    if fields["decision"] == "deny":
        return _redirect(redirect_uri, error="access_denied", state=state)
    if fields["decision"] != "approve":
        return _consent_page(request, client, fields, error="Choose Approve or Deny.", status=400)
    customer = users.find_user_by_email(emu, fields["email"])
    if customer is None:
        return _consent_page(
            request,
            client,
            fields,
            error="No bunq user has this email address. Check it and try again.",
            status=400,
        )
    if customer.id == client.user_id:
        return _consent_page(
            request,
            client,
            fields,
            error="An app cannot be connected to its own user.",
            status=400,
        )
    code = oauth.approve(emu, client, redirect_uri, state, customer)
    return _redirect(redirect_uri, code=code, state=state)


async def token(request: Request) -> Response:
    params = request.query_params
    try:
        access_token, state = oauth.exchange_code(
            emulator_of(request),
            grant_type=params.get("grant_type"),
            code=params.get("code"),
            redirect_uri=params.get("redirect_uri"),
            client_id=params.get("client_id"),
            client_secret=params.get("client_secret"),
        )
    except OAuthRuleError as exc:
        return JSONResponse(
            {"error": exc.error, "error_description": exc.description},
            status_code=exc.status,
            headers=NO_STORE,
        )
    return JSONResponse(
        {"access_token": access_token, "token_type": "bearer", "state": state},
        headers=NO_STORE,
    )


async def metadata(request: Request) -> Response:
    base = base_url(request)
    return JSONResponse(
        {
            "issuer": base,
            "authorization_endpoint": base + AUTHORIZE_PATH,
            "token_endpoint": base + TOKEN_PATH,
            "response_types_supported": ["code"],
            "grant_types_supported": ["authorization_code"],
            # bunq reads client_id and client_secret from the token request's query string.
            "token_endpoint_auth_methods_supported": ["client_secret_post"],
            "bunq_api_base": base + "/v1",
        }
    )


routes: list[Route] = [
    Route(METADATA_PATH, metadata, methods=["GET"]),
    Route(AUTHORIZE_PATH, authorize_get, methods=["GET"]),
    Route(AUTHORIZE_PATH, authorize_post, methods=["POST"]),
    Route(TOKEN_PATH, token, methods=["POST"]),
]
