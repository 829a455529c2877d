"""OAuth for apps acting on behalf of bunq users.

The three steps an app performs, each a small function::

    from bunq_connect import oauth

    request = oauth.authorization_request(env, client_id, "https://app.example/callback")
    # store request.state with the user's web session, redirect the browser to request.url
    code = oauth.parse_callback(callback_url, expected_state=request.state)
    token = oauth.exchange_code(env, credentials, code, redirect_uri=request.redirect_uri)
    # token.access_token works as an API key: create an API context with it

:func:`exchange_code` and :func:`exchange_code_async` share request building and answer parsing;
they differ only where they wait.
"""

from __future__ import annotations

import hmac
import logging
import re
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
from pydantic import SecretStr

from bunq_connect.client._flow import borrowed_async_client, borrowed_client, transport_error
from bunq_connect.environments import Environment
from bunq_connect.errors import (
    AccessDeniedError,
    OAuthError,
    OAuthStateMismatchError,
    UsageError,
    oauth_error,
)

__all__ = [
    "AccessToken",
    "AuthorizationRequest",
    "OAuthClientCredentials",
    "authorization_request",
    "exchange_code",
    "exchange_code_async",
    "parse_callback",
]


class _RedactTokenRequest(logging.Filter):
    """bunq takes the client secret and the code in the token URL's query string, and httpx
    logs request URLs at INFO: blank those values in any httpx log line."""

    _SECRET = re.compile(r"((?:client_secret|code)=)[^&\s\"']+")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "client_secret=" in message or "code=" in message:
            record.msg, record.args = self._SECRET.sub(r"\1***", message), None
        return True


# Installed once on import: every app that exchanges codes through this module is covered.
for _logger in ("httpx", "httpcore"):
    if not any(isinstance(f, _RedactTokenRequest) for f in logging.getLogger(_logger).filters):
        logging.getLogger(_logger).addFilter(_RedactTokenRequest())


@dataclass(frozen=True, slots=True)
class OAuthClientCredentials:
    client_id: str
    client_secret: SecretStr = field(repr=False)

    @classmethod
    def of(cls, client_id: str, client_secret: str) -> OAuthClientCredentials:
        return cls(client_id, SecretStr(client_secret))


@dataclass(frozen=True, slots=True)
class AuthorizationRequest:
    url: str
    state: str
    redirect_uri: str
    client_id: str


@dataclass(frozen=True, slots=True)
class AccessToken:
    access_token: SecretStr = field(repr=False)
    token_type: str
    state: str | None


def authorization_request(
    env: Environment, client_id: str, redirect_uri: str, *, state: str | None = None
) -> AuthorizationRequest:
    """The consent URL to send the customer's browser to, with a fresh random ``state``."""
    if not client_id:
        raise UsageError("client_id is empty: register an OAuth client first")
    parts = urlsplit(redirect_uri)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"redirect_uri must be an absolute http(s) URL, got {redirect_uri!r}")
    state = state or secrets.token_urlsafe(24)
    query = urlencode(
        {
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "state": state,
        }
    )
    separator = "&" if urlsplit(env.authorize_url).query else "?"
    return AuthorizationRequest(
        env.authorize_url + separator + query, state, redirect_uri, client_id
    )


def parse_callback(callback: str, *, expected_state: str) -> str:
    """Return the authorization code from the redirect bunq sent the browser to.

    ``callback`` is the full URL or its query string. The state is compared in constant time;
    a mismatch raises :class:`OAuthStateMismatchError` and the code is not returned.
    """
    query = urlsplit(callback).query if "://" in callback else callback.lstrip("?")
    params = {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}
    state = params.get("state", "")
    if not hmac.compare_digest(state.encode(), expected_state.encode()):
        raise OAuthStateMismatchError(
            "the callback's state does not match the one sent with the consent request; "
            "start the consent again (the code was not used)"
        )
    if "error" in params:
        if params["error"] == "access_denied":
            raise AccessDeniedError(
                params.get("error_description") or "the customer denied access",
                error="access_denied",
            )
        raise oauth_error(params["error"], params.get("error_description", "consent failed"))
    code = params.get("code")
    if not code:
        raise OAuthError(
            "the callback carries neither a code nor an error", error="invalid_request"
        )
    return code


def _token_request(
    env: Environment, credentials: OAuthClientCredentials, code: str, redirect_uri: str
) -> httpx.Request:
    # bunq takes every parameter in the query string and no body.
    params = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
        "client_id": credentials.client_id,
        "client_secret": credentials.client_secret.get_secret_value(),
    }
    return httpx.Request(
        "POST", env.token_url, params=params, headers={"Accept": "application/json"}
    )


def _token_response(response: httpx.Response) -> AccessToken:
    try:
        data: Any = response.json()
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise OAuthError(
            f"the token endpoint answered HTTP {response.status_code} without JSON",
            error="invalid_response",
            status_code=response.status_code,
        )
    if response.status_code != 200 or "error" in data:
        raise oauth_error(
            str(data.get("error", "invalid_response")),
            str(data.get("error_description", "token exchange failed")),
            response.status_code,
        )
    token = data.get("access_token")
    if not isinstance(token, str) or not token:
        raise OAuthError(
            "the token answer has no access_token",
            error="invalid_response",
            status_code=response.status_code,
        )
    return AccessToken(SecretStr(token), str(data.get("token_type", "bearer")), data.get("state"))


def exchange_code(
    env: Environment,
    credentials: OAuthClientCredentials,
    code: str,
    *,
    redirect_uri: str,
    http: httpx.Client | None = None,
) -> AccessToken:
    """Exchange a single-use authorization code for an access token."""
    request = _token_request(env, credentials, code, redirect_uri)
    with borrowed_client(http) as client:
        try:
            response = client.send(request)
        except httpx.HTTPError as exc:
            # (the error names the URL without its query: the secret and the code stay out)
            raise transport_error(exc, request) from exc
    return _token_response(response)


async def exchange_code_async(
    env: Environment,
    credentials: OAuthClientCredentials,
    code: str,
    *,
    redirect_uri: str,
    http: httpx.AsyncClient | None = None,
) -> AccessToken:
    request = _token_request(env, credentials, code, redirect_uri)
    async with borrowed_async_client(http) as client:
        try:
            response = await client.send(request)
        except httpx.HTTPError as exc:
            # (the error names the URL without its query: the secret and the code stay out)
            raise transport_error(exc, request) from exc
    return _token_response(response)
