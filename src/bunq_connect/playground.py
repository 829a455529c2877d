"""A playground connection: an app, a customer and the consent between them, in a sandbox.

Against the local emulator (or bunq's sandbox) this does what a developer would do by hand:
make the app's user and an OAuth client with a redirect URL, make a customer, have the
customer approve the consent page, exchange the code and open the on-behalf API context::

    from bunq_connect.playground import connect_customer

    connection = connect_customer(env)               # env: the emulator's Environment
    with BunqClient(connection.on_behalf) as client:
        client.monetary_accounts.list()

On the emulator the consent page is driven like a browser would (GET the page, POST the form);
against bunq's sandbox a person has to approve, so pass ``consent=prompt_consent``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin

import httpx

from bunq_connect import oauth
from bunq_connect.client import BunqClient
from bunq_connect.client._flow import borrowed_client
from bunq_connect.context import ApiContext
from bunq_connect.environments import Environment
from bunq_connect.errors import OAuthError, UsageError
from bunq_connect.models.oauth import OAuthClientInfo
from bunq_connect.sandbox import create_sandbox_user

__all__ = [
    "App",
    "Connection",
    "ConsentDriver",
    "Customer",
    "connect_customer",
    "create_app",
    "create_customer",
    "drive_local_consent",
    "prompt_consent",
]

ConsentDriver = Callable[[oauth.AuthorizationRequest, str], str]
"""Given the consent request and the customer's email alias, return the callback URL."""

DEFAULT_REDIRECT_URI = "http://127.0.0.1:8765/oauth/callback"


@dataclass(slots=True)
class App:
    context: ApiContext
    registration: OAuthClientInfo
    redirect_uri: str

    @property
    def credentials(self) -> oauth.OAuthClientCredentials:
        return oauth.OAuthClientCredentials(self.registration.client_id, self.registration.secret)


@dataclass(slots=True)
class Customer:
    context: ApiContext
    email: str


@dataclass(slots=True)
class Connection:
    app: App
    customer: Customer
    on_behalf: ApiContext


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
    with borrowed_client(http) as client:
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


def prompt_consent(request: oauth.AuthorizationRequest, email: str) -> str:
    print("Open this URL as the customer and approve:")
    print(request.url)
    return input("Paste the URL you were redirected to: ").strip()


def create_app(
    env: Environment,
    *,
    redirect_uri: str = DEFAULT_REDIRECT_URI,
    http: httpx.Client | None = None,
) -> App:
    """A company user with an OAuth client and one registered redirect URL."""
    key = create_sandbox_user(env, kind="company", http=http)
    context = ApiContext.create(env, key, description="bunq-connect playground app", http=http)
    with BunqClient(context, http_client=http) as client:
        oauth_client_id = client.oauth_clients.create()
        client.oauth_clients.add_callback_url(oauth_client_id, redirect_uri)
        registration = client.oauth_clients.get(oauth_client_id)
    return App(context, registration, redirect_uri)


def create_customer(env: Environment, *, http: httpx.Client | None = None) -> Customer:
    """A person with a funded account; their own login tells us their email alias."""
    key = create_sandbox_user(env, kind="person", http=http)
    context = ApiContext.create(env, key, description="customer phone", http=http)
    user = context.session.user if context.session else None
    email = user.alias_value("EMAIL") if user else None
    if not email:
        raise UsageError("the customer has no EMAIL alias to identify with")
    return Customer(context, email)


def connect_customer(
    env: Environment,
    *,
    app: App | None = None,
    customer: Customer | None = None,
    consent: ConsentDriver | None = None,
    http: httpx.Client | None = None,
) -> Connection:
    """App (made unless given), customer (likewise), consent, code exchange, on-behalf context."""
    app = app or create_app(env, http=http)
    customer = customer or create_customer(env, http=http)
    drive = consent or (lambda request, email: drive_local_consent(request, email, http=http))
    request = oauth.authorization_request(env, app.registration.client_id, app.redirect_uri)
    code = oauth.parse_callback(drive(request, customer.email), expected_state=request.state)
    token = oauth.exchange_code(
        env, app.credentials, code, redirect_uri=app.redirect_uri, http=http
    )
    on_behalf = ApiContext.create(env, token.access_token, description="on behalf", http=http)
    return Connection(app, customer, on_behalf)
