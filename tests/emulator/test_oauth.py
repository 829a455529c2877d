"""OAuth end to end: client registration, consent page, code exchange, UserApiKey session."""

from __future__ import annotations

import re

import pytest

from bunq_connect.emulator import EmulatorServer
from tests.emulator.raw import Bunq, OAuthApp, error_of, items, query_of

REDIRECT = "https://app.example/callback"


@pytest.fixture
def app(bunq: Bunq) -> OAuthApp:
    return bunq.oauth_app(REDIRECT)


@pytest.fixture
def customer_email(bunq: Bunq) -> str:
    return bunq.user_email(bunq.context(bunq.sandbox_user("person")))


def test_oauth_client_shape(bunq: Bunq, app: OAuthApp) -> None:
    uid = app.context.user_id
    (item,) = items(bunq.get(app.context, f"/user/{uid}/oauth-client/{app.oauth_client_id}"))
    client = item["OauthClient"]
    assert set(client) >= {"id", "status", "display_name", "client_id", "secret", "callback_url"}
    assert client["status"] == "ACTIVE"
    assert client["display_name"] == app.context.user["display_name"]
    assert re.fullmatch(r"[0-9a-f]{64}", client["client_id"])
    assert re.fullmatch(r"[0-9a-f]{64}", client["secret"])
    assert [cb["url"] for cb in client["callback_url"]] == [REDIRECT]
    assert all(isinstance(cb["id"], int) for cb in client["callback_url"])
    listing = bunq.get(app.context, f"/user/{uid}/oauth-client")
    assert [i["OauthClient"]["id"] for i in items(listing)] == [app.oauth_client_id]
    assert "Pagination" in listing.json()


def test_oauth_client_with_empty_body_and_one_per_user(bunq: Bunq) -> None:
    ctx = bunq.context(bunq.sandbox_user("company"))
    first = bunq.post(ctx, f"/user/{ctx.user_id}/oauth-client", {})
    assert first.status_code == 200
    assert isinstance(items(first)[0]["Id"]["id"], int)
    second = bunq.post(ctx, f"/user/{ctx.user_id}/oauth-client", {})
    assert second.status_code == 400


def test_callback_url_must_be_absolute(bunq: Bunq, app: OAuthApp) -> None:
    path = f"/user/{app.context.user_id}/oauth-client/{app.oauth_client_id}/callback-url"
    assert bunq.post(app.context, path, {"url": "not a url"}).status_code == 400


def test_consent_page_shows_app_and_form(bunq: Bunq, app: OAuthApp) -> None:
    page = bunq.consent_form(
        response_type="code", client_id=app.client_id, redirect_uri=REDIRECT, state="s1"
    )
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    assert app.display_name in html
    assert "Read and create monetary accounts" in html
    assert "payment service provider" not in html
    assert 'action="/oauth/authorize"' in html
    for name in ("response_type", "client_id", "redirect_uri", "state", "email"):
        assert f'name="{name}"' in html
    assert 'name="decision" value="approve"' in html
    assert 'name="decision" value="deny"' in html
    assert f'value="{app.client_id}"' in html
    assert "<script" not in html


def test_approve_redirects_with_code_and_state(
    bunq: Bunq, app: OAuthApp, customer_email: str, shared_server: EmulatorServer
) -> None:
    answer = bunq.consent(app, customer_email, state="xyz 1/2")
    assert answer.status_code == 302
    location = answer.headers["location"]
    assert location.startswith(REDIRECT + "?")
    query = query_of(location)
    assert query["state"] == "xyz 1/2"
    assert re.fullmatch(r"[0-9a-f]{64}", query["code"])
    grants = shared_server.state.user_api_keys.values()
    assert any(g.requested_by_user_id == app.context.user_id for g in grants)


def test_deny_redirects_with_access_denied(bunq: Bunq, app: OAuthApp, customer_email: str) -> None:
    answer = bunq.consent(app, customer_email, decision="deny", state="s2")
    assert answer.status_code == 302
    assert query_of(answer.headers["location"]) == {"error": "access_denied", "state": "s2"}


def test_unregistered_redirect_uri_gets_an_error_page(bunq: Bunq, app: OAuthApp) -> None:
    for uri in ("https://evil.example/callback", REDIRECT + "/", REDIRECT + "?x=1"):
        page = bunq.consent_form(
            response_type="code", client_id=app.client_id, redirect_uri=uri, state="s"
        )
        assert page.status_code == 400
        assert "location" not in page.headers
        assert "redirect_uri" in page.text
    posted = bunq.http.post(
        bunq.base_url + "/oauth/authorize",
        data={"response_type": "code", "client_id": app.client_id,
              "redirect_uri": "https://evil.example/", "state": "s", "email": "x",
              "decision": "deny"},
    )  # fmt: skip
    assert posted.status_code == 400
    assert "location" not in posted.headers


def test_unknown_client_gets_an_error_page(bunq: Bunq) -> None:
    page = bunq.consent_form(
        response_type="code", client_id="0" * 64, redirect_uri=REDIRECT, state="s"
    )
    assert page.status_code == 400
    assert "location" not in page.headers


def test_unknown_email_rerenders_the_form(bunq: Bunq, app: OAuthApp) -> None:
    answer = bunq.consent(app, "nobody@nowhere.example")
    assert answer.status_code == 400
    assert "location" not in answer.headers
    assert "No bunq user has this email address" in answer.text
    assert 'name="decision" value="approve"' in answer.text
    assert "nobody@nowhere.example" in answer.text  # what the customer typed stays


def test_wrong_response_type_goes_back_to_the_app(bunq: Bunq, app: OAuthApp) -> None:
    page = bunq.consent_form(
        response_type="token", client_id=app.client_id, redirect_uri=REDIRECT, state="s"
    )
    assert page.status_code == 302
    assert query_of(page.headers["location"])["error"] == "unsupported_response_type"


def test_token_exchange(bunq: Bunq, app: OAuthApp, customer_email: str) -> None:
    code = bunq.authorization_code(app, customer_email, state="the-state")
    answer = bunq.exchange(app, code)
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == {"access_token", "token_type", "state"}
    assert body["token_type"] == "bearer"
    assert body["state"] == "the-state"
    assert re.fullmatch(r"[0-9a-f]{64}", body["access_token"])
    assert answer.headers["cache-control"] == "no-store"


def test_a_code_is_single_use(bunq: Bunq, app: OAuthApp, customer_email: str) -> None:
    code = bunq.authorization_code(app, customer_email)
    assert bunq.exchange(app, code).status_code == 200
    again = bunq.exchange(app, code)
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"


def test_an_expired_code_is_invalid_grant(own_bunq: Bunq, server: EmulatorServer) -> None:
    app = own_bunq.oauth_app(REDIRECT)
    email = own_bunq.user_email(own_bunq.context(own_bunq.sandbox_user()))
    code = own_bunq.authorization_code(app, email)
    server.clock.advance(server.config.code_ttl)
    answer = own_bunq.exchange(app, code)
    assert answer.status_code == 400
    assert answer.json() == {
        "error": "invalid_grant",
        "error_description": "The authorization code is invalid or expired.",
    }


def test_redirect_uri_mismatch_is_invalid_grant(
    bunq: Bunq, app: OAuthApp, customer_email: str
) -> None:
    code = bunq.authorization_code(app, customer_email)
    answer = bunq.exchange(app, code, redirect_uri=REDIRECT + "/other")
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_grant"


def test_wrong_secret_or_client_is_invalid_client(
    bunq: Bunq, app: OAuthApp, customer_email: str
) -> None:
    code = bunq.authorization_code(app, customer_email)
    wrong_secret = bunq.exchange(app, code, client_secret="0" * 64)
    assert wrong_secret.status_code == 401
    assert wrong_secret.json()["error"] == "invalid_client"
    wrong_client = bunq.exchange(app, code, client_id="0" * 64)
    assert wrong_client.status_code == 401
    assert wrong_client.json()["error"] == "invalid_client"
    # neither attempt used the code up
    assert bunq.exchange(app, code).status_code == 200


def test_token_errors_for_bad_requests(bunq: Bunq, app: OAuthApp, customer_email: str) -> None:
    code = bunq.authorization_code(app, customer_email)
    assert bunq.exchange(app, code, grant_type="client_credentials").json()["error"] == (
        "unsupported_grant_type"
    )
    missing = bunq.token(grant_type="authorization_code", code=code)
    assert missing.status_code == 400
    assert missing.json()["error"] == "invalid_request"
    # parameters in a form body instead of the query string are not read, as on bunq
    in_body = bunq.http.post(
        bunq.base_url + "/oauth/token",
        data={"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT,
              "client_id": app.client_id, "client_secret": app.client_secret},
    )  # fmt: skip
    assert in_body.status_code == 400
    assert in_body.json()["error"] == "invalid_request"


def test_access_token_opens_a_user_api_key_session(bunq: Bunq, app: OAuthApp) -> None:
    customer = bunq.context(bunq.sandbox_user("person"))
    access_token = bunq.access_token(app, bunq.user_email(customer))
    session = bunq.context(access_token)
    assert session.user_type == "UserApiKey"
    uak = session.user
    assert set(uak) == {"id", "created", "updated", "requested_by_user", "granted_by_user"}
    assert list(uak["requested_by_user"]) == ["UserCompany"]
    assert uak["requested_by_user"]["UserCompany"]["id"] == app.context.user_id
    assert list(uak["granted_by_user"]) == ["UserPerson"]
    assert uak["granted_by_user"]["UserPerson"]["id"] == customer.user_id
    assert uak["id"] not in (app.context.user_id, customer.user_id)
    # GET /user and /user/{uak id} answer with the UserApiKey too
    (listed,) = items(bunq.get(session, "/user"))
    assert listed["UserApiKey"]["id"] == uak["id"]
    (got,) = items(bunq.get(session, f"/user/{uak['id']}"))
    assert got["UserApiKey"]["granted_by_user"]["UserPerson"]["id"] == customer.user_id
    assert bunq.get(session, f"/user/{customer.user_id}").status_code == 403


def test_user_api_key_session_timeout_is_the_app_users(
    own_bunq: Bunq, server: EmulatorServer
) -> None:
    app = own_bunq.oauth_app(REDIRECT)
    customer = own_bunq.context(own_bunq.sandbox_user())
    with server.state.lock:
        server.state.users[app.context.user_id].session_timeout = 600
        server.state.users[customer.user_id].session_timeout = 7200
    session = own_bunq.context(own_bunq.access_token(app, own_bunq.user_email(customer)))
    server.clock.advance(600)
    assert own_bunq.get(session, "/user").status_code == 401


def test_a_user_api_key_session_cannot_manage_oauth_clients(bunq: Bunq, app: OAuthApp) -> None:
    customer = bunq.context(bunq.sandbox_user())
    session = bunq.context(bunq.access_token(app, bunq.user_email(customer)))
    uak_id = session.user_id
    response = bunq.post(session, f"/user/{uak_id}/oauth-client", {})
    assert response.status_code == 403
    assert "OAuth" in error_of(response)
