"""OAuth: the app's client and callback URLs, the customer's consent, the code exchange.

client = create_oauth_client(emu, app_user_id)
add_callback_url(emu, app_user_id, client.id, "https://app.example/callback")
client = check_authorization_request(emu, client.client_id, redirect_uri)  # ConsentError
code = approve(emu, client, redirect_uri, state, customer)
access_token, state = exchange_code(emu, code=..., redirect_uri=..., client_id=...,
                                    client_secret=...)                   # OAuthRuleError
"""

from __future__ import annotations

import hmac
from datetime import timedelta
from urllib.parse import urlsplit

from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.errors import BunqRuleError, ConsentError, OAuthRuleError
from bunq_connect.emulator.services import identity
from bunq_connect.emulator.state import (
    AuthorizationCode,
    CallbackUrl,
    Credential,
    OAuthClient,
    User,
    UserApiKey,
)

# What bunq's default OAuth permission lets an app do (shown on the consent page).
DEFAULT_PERMISSIONS: tuple[str, ...] = (
    "Read and create monetary accounts",
    "Read payments and transactions",
    "Make payments between your own accounts",
    "Create draft payments (you approve each one in the app)",
    "Assign a monetary account to a card; read, create and manage cards",
    "Read and create payment requests (request-inquiries)",
    "Read request-responses",
)

CLIENT_STATUSES = ("ACTIVE", "CANCELLED", "CANCELLED_PENDING")


def create_oauth_client(emu: Emulator, user_id: int, status: object = None) -> OAuthClient:
    if status is None:
        status = "ACTIVE"
    if status not in CLIENT_STATUSES:
        raise BunqRuleError(
            400, f"Error in field 'status': must be one of {', '.join(CLIENT_STATUSES)}."
        )
    state = emu.state
    with state.lock:
        # bunq: "You can have 1 OAuth Client at a time."
        if any(c.user_id == user_id and c.status == "ACTIVE" for c in state.oauth_clients.values()):
            raise BunqRuleError(
                400, "You can have only one OAuth client at a time; reuse the existing one."
            )
        client = OAuthClient(
            id=state.next_id("oauth_client"),
            user_id=user_id,
            client_id=identity.hex_secret(emu.random),
            secret=identity.hex_secret(emu.random),
            status=str(status),
            created=emu.now(),
        )
        state.oauth_clients[client.id] = client
        state.oauth_client_by_client_id[client.client_id] = client.id
        return client


def get_oauth_client(emu: Emulator, user_id: int, oauth_client_id: int) -> OAuthClient:
    with emu.state.lock:
        client = emu.state.oauth_clients.get(oauth_client_id)
        if client is None or client.user_id != user_id:
            raise BunqRuleError(404, "OauthClient not found.")
        return client


def list_oauth_clients(emu: Emulator, user_id: int) -> list[OAuthClient]:
    with emu.state.lock:
        return [c for c in emu.state.oauth_clients.values() if c.user_id == user_id]


def _valid_redirect_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        _ = parts.port  # a port that is no number or out of range raises here
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and bool(parts.netloc) and not parts.fragment


def add_callback_url(emu: Emulator, user_id: int, oauth_client_id: int, url: object) -> CallbackUrl:
    if not isinstance(url, str) or not _valid_redirect_url(url):
        raise BunqRuleError(
            400, "Error in field 'url': an absolute http(s) URL without fragment is required."
        )
    with emu.state.lock:
        client = get_oauth_client(emu, user_id, oauth_client_id)
        callback = CallbackUrl(id=emu.state.next_id("callback_url"), url=url, created=emu.now())
        client.callback_urls.append(callback)
        return callback


def check_authorization_request(emu: Emulator, client_id: str, redirect_uri: str) -> OAuthClient:
    """The client and redirect URI of a consent request, or ConsentError (never a redirect)."""
    with emu.state.lock:
        internal_id = emu.state.oauth_client_by_client_id.get(client_id)
        client = emu.state.oauth_clients.get(internal_id) if internal_id is not None else None
        if client is None or client.status != "ACTIVE":
            raise ConsentError("Unknown client_id: no active OAuth client has this id.")
        # Exact string match, as bunq: no normalisation, no prefix matching.
        if not any(cb.url == redirect_uri for cb in client.callback_urls):
            raise ConsentError(
                "The redirect_uri is not registered for this OAuth client; it must match "
                "a registered callback URL exactly."
            )
        return client


def app_user(emu: Emulator, client: OAuthClient) -> User:
    return emu.state.users[client.user_id]


def approve(
    emu: Emulator, client: OAuthClient, redirect_uri: str, state_param: str | None, customer: User
) -> str:
    """The customer consents: create the UserApiKey and a single-use, short-lived code."""
    state = emu.state
    now = emu.now()
    with state.lock:
        uak = UserApiKey(
            id=state.next_id("user"),
            created=now,
            updated=now,
            requested_by_user_id=client.user_id,
            granted_by_user_id=customer.id,
            oauth_client_id=client.id,
        )
        state.user_api_keys[uak.id] = uak
        code = AuthorizationCode(
            code=identity.hex_secret(emu.random),
            oauth_client_id=client.id,
            redirect_uri=redirect_uri,
            state=state_param,
            user_api_key_id=uak.id,
            created=now,
            expires_at=now + timedelta(seconds=emu.config.code_ttl),
        )
        state.authorization_codes[code.code] = code
        return code.code


def exchange_code(
    emu: Emulator,
    *,
    grant_type: str | None,
    code: str | None,
    redirect_uri: str | None,
    client_id: str | None,
    client_secret: str | None,
) -> tuple[str, str | None]:
    """Token endpoint: returns (access token, state of the authorization request)."""
    missing = [
        name
        for name, value in (
            ("grant_type", grant_type),
            ("code", code),
            ("redirect_uri", redirect_uri),
            ("client_id", client_id),
            ("client_secret", client_secret),
        )
        if not value
    ]
    if missing:
        raise OAuthRuleError(
            "invalid_request",
            f"Missing parameter(s): {', '.join(missing)}. The token endpoint takes its "
            "parameters in the query string, not in the body.",
        )
    if grant_type != "authorization_code":
        raise OAuthRuleError(
            "unsupported_grant_type", "Only the authorization_code grant type is supported."
        )
    code, client_id, client_secret = code or "", client_id or "", client_secret or ""
    state = emu.state
    with state.lock:
        internal_id = state.oauth_client_by_client_id.get(client_id)
        client = state.oauth_clients.get(internal_id) if internal_id is not None else None
        if (
            client is None
            or client.status != "ACTIVE"
            or not hmac.compare_digest(client.secret.encode(), client_secret.encode())
        ):
            raise OAuthRuleError("invalid_client", "Client authentication failed.", status=401)
        grant = state.authorization_codes.get(code)
        now = emu.now()
        if (
            grant is None
            or grant.oauth_client_id != client.id
            or grant.used_at is not None
            or now >= grant.expires_at
        ):
            raise OAuthRuleError("invalid_grant", "The authorization code is invalid or expired.")
        if grant.redirect_uri != redirect_uri:
            raise OAuthRuleError(
                "invalid_grant",
                "The redirect_uri does not match the one of the authorization request.",
            )
        grant.used_at = now
        access_token = identity.hex_secret(emu.random)
        credential = Credential(
            id=state.next_id("credential"),
            kind="access_token",
            secret=access_token,
            user_id=grant.user_api_key_id,
            created=now,
        )
        state.credentials[credential.id] = credential
        state.credential_by_secret[access_token] = credential.id
        return access_token, grant.state
