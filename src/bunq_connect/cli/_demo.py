"""The main job: one complete on-behalf-of flow, as an app would run it.

Against the local emulator every step is automatic, the consent page included (it is driven
like a browser would: GET the page, POST the form). Against bunq's sandbox the customer's
consent needs a person, so the consent URL is printed and the callback URL is read back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin

import httpx

from bunq_connect import oauth
from bunq_connect.client import BunqClient
from bunq_connect.context import ApiContext
from bunq_connect.environments import Environment
from bunq_connect.errors import OAuthError, UsageError
from bunq_connect.models.accounts import MonetaryAccount
from bunq_connect.models.session import SessionInfo
from bunq_connect.sandbox import create_sandbox_user

ConsentDriver = Callable[[oauth.AuthorizationRequest, str], str]
"""Given the consent request and the customer's email alias, return the callback URL."""

DEMO_REDIRECT_URI = "http://127.0.0.1:8765/oauth/callback"


@dataclass(frozen=True, slots=True)
class DemoResult:
    environment: str
    app_display_name: str | None
    oauth_client_id: str
    session: SessionInfo
    monetary_accounts: list[MonetaryAccount]
    request_path: str

    def to_json(self) -> dict[str, Any]:
        session = self.session
        assert session.user_api_key is not None
        uak = session.user_api_key

        def user(summary: Any) -> dict[str, Any]:
            return {
                "type": summary.type_name,
                "id": summary.id,
                "display_name": summary.display_name,
                "session_timeout": summary.session_timeout,
            }

        return {
            "environment": self.environment,
            "oauth_client_id": self.oauth_client_id,
            "session": {
                "id": session.session_id,
                "expires_at": session.expires_at.isoformat(),
                "user_api_key": {"id": uak.id},
                "requested_by": user(uak.requested_by),
                "granted_by": user(uak.granted_by),
            },
            "monetary_accounts": [
                {
                    "id": account.id,
                    "type": account.type_name,
                    "description": account.description,
                    "iban": account.iban,
                    "balance": {
                        "value": f"{account.balance.value:.2f}",
                        "currency": account.balance.currency,
                    }
                    if account.balance
                    else None,
                }
                for account in self.monetary_accounts
            ],
            "request_path": self.request_path,
        }


class _FormFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.action: str | None = None
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "form" and self.action is None:
            self.action = values.get("action", "")
        elif tag == "input" and values.get("type") == "hidden" and "name" in values:
            self.fields[values["name"]] = values.get("value", "")


def drive_local_consent(
    request: oauth.AuthorizationRequest,
    email: str,
    *,
    decision: str = "approve",
    http: httpx.Client | None = None,
) -> str:
    """Act as the customer's browser on the emulator's consent page; returns the callback URL."""
    client = http or httpx.Client(timeout=30.0)
    try:
        page = client.get(request.url)
        if page.status_code != 200:
            raise OAuthError(
                f"the consent page answered HTTP {page.status_code}", error="invalid_request"
            )
        form = _FormFinder()
        form.feed(page.text)
        action = urljoin(str(page.url), form.action or "")
        answer = client.post(
            action,
            data={**form.fields, "email": email, "decision": decision},
            follow_redirects=False,
        )
        location = answer.headers.get("location")
        if answer.status_code not in (302, 303) or not location:
            raise OAuthError(
                f"the consent page did not redirect (HTTP {answer.status_code})",
                error="invalid_request",
            )
        return str(location)
    finally:
        if http is None:
            client.close()


def prompt_consent(request: oauth.AuthorizationRequest, email: str) -> str:
    print("Open this URL as the customer and approve:")
    print(request.url)
    return input("Paste the URL you were redirected to: ").strip()


def run_on_behalf_flow(
    env: Environment,
    *,
    consent: ConsentDriver,
    redirect_uri: str = DEMO_REDIRECT_URI,
    http: httpx.Client | None = None,
) -> DemoResult:
    """App user and customer, OAuth client, consent, code exchange, context, accounts."""
    client = http or httpx.Client(timeout=30.0)
    try:
        app_key = create_sandbox_user(env, kind="company", http=client)
        app_context = ApiContext.create(
            env, app_key, description="bunq-connect demo app", http=client
        )
        with BunqClient(app_context, http_client=client) as app:
            oauth_client_id = app.oauth_clients.create()
            app.oauth_clients.add_callback_url(oauth_client_id, redirect_uri)
            registration = app.oauth_clients.get(oauth_client_id)
        app_name = (
            app_context.session.user.display_name
            if app_context.session and app_context.session.user
            else None
        )

        # The customer: a second sandbox user, whose own login tells us their email alias.
        customer_key = create_sandbox_user(env, kind="person", http=client)
        customer_context = ApiContext.create(
            env, customer_key, description="customer phone", http=client
        )
        assert customer_context.session is not None
        assert customer_context.session.user
        email = customer_context.session.user.alias_value("EMAIL")
        if not email:
            raise UsageError("the customer has no EMAIL alias to identify with")

        request = oauth.authorization_request(env, registration.client_id, redirect_uri)
        callback_url = consent(request, email)
        code = oauth.parse_callback(callback_url, expected_state=request.state)
        token = oauth.exchange_code(
            env,
            oauth.OAuthClientCredentials(registration.client_id, registration.secret),
            code,
            redirect_uri=redirect_uri,
            http=client,
        )
        context = ApiContext.create(
            env, token.access_token, description="bunq-connect demo", http=client
        )
        assert context.session is not None
        with BunqClient(context, http_client=client) as on_behalf:
            page = on_behalf.monetary_accounts.list()
        assert page.response is not None
        return DemoResult(
            environment=env.name,
            app_display_name=app_name,
            oauth_client_id=registration.client_id,
            session=context.session,
            monetary_accounts=page.items,
            request_path=page.response.http.request.url.path,
        )
    finally:
        if http is None:
            client.close()
