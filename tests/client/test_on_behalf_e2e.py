"""The on-behalf-of flow end to end over real loopback HTTP, and every way it can go wrong."""

from __future__ import annotations

import stat
from pathlib import Path

import httpx
import pytest

from bunq_connect import oauth
from bunq_connect.client import BunqClient, RequestOptions
from bunq_connect.client._flow import Step, send_sync
from bunq_connect.context import ApiContext, generate_context_key
from bunq_connect.emulator import EmulatorServer
from bunq_connect.environments import Environment
from bunq_connect.errors import (
    AccessDeniedError,
    APIStatusError,
    BadRequestError,
    ContextFileError,
    InvalidClientError,
    InvalidGrantError,
    OAuthError,
    OAuthStateMismatchError,
    ResponseVerificationError,
    SessionExpiredError,
    UsageError,
    WrongUserIdError,
)
from bunq_connect.playground import drive_local_consent
from bunq_connect.wire import headers
from tests.client.flow import (
    REDIRECT_URI,
    App,
    Customer,
    connect,
    consent,
    make_app,
    make_customer,
)
from tests.conftest import advance_clock


@pytest.fixture(scope="module")
def app(env: Environment) -> App:
    return make_app(env)


@pytest.fixture
def customer(env: Environment) -> Customer:
    return make_customer(env)


def test_full_flow_session_has_three_parts_and_accounts_use_the_user_api_key_id(
    env: Environment, app: App, customer: Customer
) -> None:
    context = connect(env, app, customer)
    session = context.session
    assert session is not None
    assert session.user_api_key is not None
    assert session.user is None
    assert session.requested_by is not None
    assert session.granted_by is not None

    # The three parts, kept apart.
    assert session.granted_by.id == customer.user_id
    assert app.context.session is not None
    assert session.requested_by.id == app.context.session.user_id
    assert session.user_api_key.id not in (customer.user_id, session.requested_by.id)
    assert session.user_id == session.user_api_key.id
    assert session.granted_by.display_name
    assert session.requested_by.session_timeout
    assert session.expires_at > session.created_at

    with BunqClient(context) as client:
        page = client.monetary_accounts.list()
        assert page.response is not None
        assert page.response.http.request.url.path == (
            f"/v1/user/{session.user_api_key.id}/monetary-account"
        )
        kind, me = client.users.me()
    assert kind == "UserApiKey"
    assert me["id"] == session.user_api_key.id

    # They are the customer's accounts, the same the customer sees in their own session.
    with BunqClient(customer.context) as own:
        own_accounts = own.monetary_accounts.list().items
    assert [a.id for a in page.items] == [a.id for a in own_accounts]
    assert page.items[0].iban
    assert page.items[0].iban.startswith("NL")
    assert page.items[0].balance is not None
    assert page.items[0].balance.value > 0

    with BunqClient(context) as client:
        one = client.monetary_accounts.get(page.items[0].id)
    assert one.iban == page.items[0].iban


def test_customer_own_id_is_refused_before_sending_and_by_the_server(
    env: Environment, app: App, customer: Customer
) -> None:
    context = connect(env, app, customer)
    with BunqClient(context) as client:
        with pytest.raises(WrongUserIdError, match="UserApiKey id"):
            client.request(RequestOptions("GET", f"user/{customer.user_id}/monetary-account"))
        # bypassing the client's guard, bunq (the emulator) refuses it as well
        assert context.session is not None
        step = Step(
            RequestOptions("GET", f"user/{customer.user_id}/monetary-account"),
            context.session.token.get_secret_value(),
            context.auth(),
        )
        with httpx.Client() as http, pytest.raises(APIStatusError) as refused:
            send_sync(http, step, env.api_base, {})
    assert refused.value.status_code in (400, 403, 404)
    assert refused.value.response_id


def test_wrong_state_on_callback_is_refused_and_the_code_stays_unused(
    env: Environment, app: App, customer: Customer
) -> None:
    request, callback = consent(env, app, customer)
    with pytest.raises(OAuthStateMismatchError):
        oauth.parse_callback(callback, expected_state=request.state + "x")
    # nothing was exchanged: the right state still yields a working code
    code = oauth.parse_callback(callback, expected_state=request.state)
    token = oauth.exchange_code(env, app.credentials, code, redirect_uri=REDIRECT_URI)
    assert token.access_token.get_secret_value()


def test_deny_gives_access_denied(env: Environment, app: App, customer: Customer) -> None:
    request, callback = consent(env, app, customer, decision="deny")
    assert "code=" not in callback
    with pytest.raises(AccessDeniedError):
        oauth.parse_callback(callback, expected_state=request.state)


def test_reused_code_is_invalid_grant(env: Environment, app: App, customer: Customer) -> None:
    request, callback = consent(env, app, customer)
    code = oauth.parse_callback(callback, expected_state=request.state)
    oauth.exchange_code(env, app.credentials, code, redirect_uri=REDIRECT_URI)
    with pytest.raises(InvalidGrantError):
        oauth.exchange_code(env, app.credentials, code, redirect_uri=REDIRECT_URI)


def test_expired_code_is_invalid_grant(
    fresh_emulator: EmulatorServer, fresh_env: Environment
) -> None:
    app, customer = make_app(fresh_env), make_customer(fresh_env)
    request, callback = consent(fresh_env, app, customer)
    code = oauth.parse_callback(callback, expected_state=request.state)
    advance_clock(fresh_emulator, 3600)
    with pytest.raises(InvalidGrantError):
        oauth.exchange_code(fresh_env, app.credentials, code, redirect_uri=REDIRECT_URI)


def test_redirect_uri_mismatch(env: Environment, app: App, customer: Customer) -> None:
    # at the consent page: an error page, never a redirect to the unregistered URI
    request = oauth.authorization_request(
        env, app.registration.client_id, "https://evil.example/callback"
    )
    with pytest.raises(OAuthError, match="HTTP 400"):
        drive_local_consent(request, customer.email)
    # at the token endpoint: a code issued for one URI does not work with another
    request, callback = consent(env, app, customer)
    code = oauth.parse_callback(callback, expected_state=request.state)
    with pytest.raises(InvalidGrantError):
        oauth.exchange_code(
            env, app.credentials, code, redirect_uri="https://app.example/oauth/other"
        )


def test_wrong_client_secret(env: Environment, app: App, customer: Customer) -> None:
    request, callback = consent(env, app, customer)
    code = oauth.parse_callback(callback, expected_state=request.state)
    wrong = oauth.OAuthClientCredentials.of(app.registration.client_id, "not-the-secret")
    with pytest.raises(InvalidClientError) as raised:
        oauth.exchange_code(env, wrong, code, redirect_uri=REDIRECT_URI)
    assert "not-the-secret" not in str(raised.value)


class _Tamper(httpx.BaseTransport):
    """A man in the middle on a real connection: alters what the emulator really sent."""

    def __init__(self, mode: str) -> None:
        self._inner = httpx.HTTPTransport()
        self.mode = mode

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        body = response.read()
        response_headers = dict(response.headers)
        response_headers.pop("content-length", None)
        if self.mode == "body":
            body = body.replace(b'"value":"', b'"value":"9')
        elif self.mode == "strip":
            response_headers = {
                k: v
                for k, v in response_headers.items()
                if k.lower() != headers.SERVER_SIGNATURE.lower()
            }
        return httpx.Response(response.status_code, headers=response_headers, content=body)


@pytest.mark.parametrize(("mode", "match"), [("body", "does not match"), ("strip", "no X-Bunq")])
def test_tampered_or_unsigned_answer_is_never_parsed(
    env: Environment, customer: Customer, mode: str, match: str
) -> None:
    with (
        httpx.Client(transport=_Tamper(mode)) as http,
        BunqClient(customer.context, http_client=http) as client,
        pytest.raises(ResponseVerificationError, match=match) as raised,
    ):
        client.monetary_accounts.list()
    assert raised.value.response_id


def test_unknown_api_key_is_a_clear_error(env: Environment) -> None:
    with pytest.raises(BadRequestError) as raised:
        ApiContext.create(env, "sandbox_" + "0" * 48)
    assert "sandbox_000" not in str(raised.value)
    assert raised.value.response_id


def test_expired_session_is_renewed_once_and_handed_to_the_hook(
    fresh_emulator: EmulatorServer, fresh_env: Environment
) -> None:
    customer = make_customer(fresh_env)
    context = customer.context
    assert context.session is not None
    old_token = context.session.token.get_secret_value()
    advance_clock(fresh_emulator, 7200)

    # The bare answer to the expired token is bunq's 401, typed as an expired session.
    step = Step(RequestOptions("GET", f"user/{customer.user_id}"), old_token, context.auth())
    with httpx.Client() as http, pytest.raises(SessionExpiredError) as raised:
        send_sync(http, step, fresh_env.api_base, {})
    assert raised.value.status_code == 401

    renewed: list[str] = []
    with BunqClient(
        context,
        on_session_renewed=lambda ctx: renewed.append(ctx.session.token.get_secret_value()),  # type: ignore[union-attr]
    ) as client:
        accounts = client.monetary_accounts.list()
    assert accounts.items
    assert len(renewed) == 1
    assert renewed[0] != old_token
    assert context.session.token.get_secret_value() == renewed[0]


def test_context_save_and_restore(env: Environment, customer: Customer, tmp_path: Path) -> None:
    key = generate_context_key()
    path = customer.context.save(tmp_path / "customer.context", key=key)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_text()
    api_key = customer.context.api_key.get_secret_value()
    assert api_key not in raw
    assert "PRIVATE KEY" not in raw
    assert customer.context.session is not None
    assert customer.context.session.token.get_secret_value() not in raw

    restored = ApiContext.load(path, key=key)
    assert restored.session is not None
    assert restored.session.user_id == customer.user_id
    with BunqClient(restored) as client:
        assert client.monetary_accounts.list().items

    with pytest.raises(ContextFileError, match="wrong context key"):
        ApiContext.load(path, key=generate_context_key())
    with pytest.raises(ContextFileError, match="no saved context"):
        ApiContext.load(tmp_path / "missing", key=key)
    with pytest.raises(UsageError, match="not a valid key"):
        customer.context.save(tmp_path / "other", key="short")
    assert not (tmp_path / "other").exists()


def test_secrets_stay_out_of_reprs(customer: Customer) -> None:
    context = customer.context
    assert context.session is not None
    text = repr(context) + repr(context.session) + str(context.session)
    for secret in (
        context.api_key.get_secret_value(),
        context.installation_token.get_secret_value(),
        context.session.token.get_secret_value(),
    ):
        assert secret not in text
