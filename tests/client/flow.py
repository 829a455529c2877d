"""The on-behalf-of steps, spelled out with the public API, for the tests to reuse."""

from __future__ import annotations

from dataclasses import dataclass

from bunq_connect import oauth
from bunq_connect.client import BunqClient
from bunq_connect.context import ApiContext
from bunq_connect.environments import Environment
from bunq_connect.models.oauth import OAuthClientInfo
from bunq_connect.playground import drive_local_consent
from bunq_connect.sandbox import create_sandbox_user

REDIRECT_URI = "https://app.example/oauth/callback"


@dataclass
class App:
    context: ApiContext
    registration: OAuthClientInfo

    @property
    def credentials(self) -> oauth.OAuthClientCredentials:
        return oauth.OAuthClientCredentials(self.registration.client_id, self.registration.secret)


@dataclass
class Customer:
    context: ApiContext
    email: str

    @property
    def user_id(self) -> int:
        assert self.context.session is not None
        return self.context.session.user_id


def make_app(env: Environment, redirect_uri: str = REDIRECT_URI) -> App:
    context = ApiContext.create(env, create_sandbox_user(env, kind="company"))
    with BunqClient(context) as client:
        oauth_client_id = client.oauth_clients.create()
        client.oauth_clients.add_callback_url(oauth_client_id, redirect_uri)
        registration = client.oauth_clients.get(oauth_client_id)
    return App(context, registration)


def make_customer(env: Environment) -> Customer:
    context = ApiContext.create(env, create_sandbox_user(env, kind="person"))
    assert context.session is not None
    assert context.session.user is not None
    email = context.session.user.alias_value("EMAIL")
    assert email
    return Customer(context, email)


def consent(
    env: Environment,
    app: App,
    customer: Customer,
    *,
    decision: str = "approve",
    redirect_uri: str = REDIRECT_URI,
) -> tuple[oauth.AuthorizationRequest, str]:
    """Returns the consent request and the callback URL the browser was sent to."""
    request = oauth.authorization_request(env, app.registration.client_id, redirect_uri)
    return request, drive_local_consent(request, customer.email, decision=decision)


def connect(env: Environment, app: App, customer: Customer) -> ApiContext:
    request, callback = consent(env, app, customer)
    code = oauth.parse_callback(callback, expected_state=request.state)
    token = oauth.exchange_code(env, app.credentials, code, redirect_uri=request.redirect_uri)
    return ApiContext.create(env, token.access_token, description="on-behalf test")
