"""What a UserApiKey session may do (bunq's default OAuth permission) and revoking it."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from bunq_connect.emulator import EmulatorServer
from bunq_connect.emulator.services import scope
from tests.emulator.people import (
    OnBehalf,
    balance,
    connect,
    created_id,
    eur,
    last_notification_id,
    notifications,
    pay,
    person,
    put,
    well_known,
)
from tests.emulator.raw import Bunq, error_of, items


@pytest.fixture
def app(bunq: Bunq) -> OnBehalf:
    return connect(bunq)


def test_the_table_is_bunqs_default_permission() -> None:
    op = scope.Operation
    refused = set(op) - scope.OAUTH_DEFAULT
    assert refused == {
        op.PAY_THIRD_PARTY,
        op.UPDATE_ACCOUNT,  # "read and create monetary accounts": not update or close
        op.ACCEPT_DRAFT_PAYMENT,
        op.RESPOND_REQUEST_RESPONSE,
    }


def test_paying_a_third_party_directly_is_403_and_moves_nothing(bunq: Bunq, app: OnBehalf) -> None:
    start = balance(bunq, app.customer.ctx, app.customer.account_path)
    stranger = person(bunq)
    for to in (stranger.alias(), well_known("bravo")):
        response = pay(bunq, app.session, app.account_path, to, "1.00")
        assert response.status_code == 403
        assert "draft payment" in error_of(response)
    assert balance(bunq, app.customer.ctx, app.customer.account_path) == start


def test_paying_between_the_customers_own_accounts_is_allowed(bunq: Bunq, app: OnBehalf) -> None:
    uid = app.session.user_id
    sid = created_id(
        bunq.post(app.session, f"/user/{uid}/monetary-account-savings", {"currency": "EUR"})
    )
    (item,) = items(bunq.get(app.session, f"/user/{uid}/monetary-account-savings/{sid}"))
    iban = item["MonetaryAccountSavings"]["alias"][0]["value"]
    to = {"type": "IBAN", "value": iban, "name": app.customer.name}
    created_id(pay(bunq, app.session, app.account_path, to, "30.00"))
    assert balance(
        bunq, app.customer.ctx, f"/user/{app.customer.user_id}/monetary-account/{sid}"
    ) == (Decimal("30.00"))
    # the customer's own email reaches their oldest account: the one paying, so refused as such
    assert (
        pay(bunq, app.session, app.account_path, app.customer.alias("EMAIL"), "1").status_code
        == 400
    )


def test_reads_and_request_creation_are_allowed(bunq: Bunq, app: OnBehalf) -> None:
    uid = app.session.user_id
    for path in (
        f"/user/{uid}/monetary-account",
        app.account_path + "/payment",
        app.account_path + "/request-inquiry",
        app.account_path + "/request-response",
        app.account_path + "/draft-payment",
        f"/user/{uid}/event",
        f"/user/{uid}/card",
        f"/user/{uid}/notification-filter-url",
    ):
        assert bunq.get(app.session, path).status_code == 200, path
    body = {"amount_inquired": eur("5.00"), "counterparty_alias": well_known("sugardaddy")}
    created_id(bunq.post(app.session, app.account_path + "/request-inquiry", body))
    funds = {"pointer_iban": app.customer.alias(), "amount": eur("1.00")}
    assert bunq.post(app.session, f"/user/{uid}/confirmation-of-funds", funds).status_code == 200


def test_answering_requests_is_403_revoking_its_own_is_not(bunq: Bunq, app: OnBehalf) -> None:
    asker = person(bunq)
    body = {"amount_inquired": eur("2.00"), "counterparty_alias": app.customer.alias()}
    created_id(bunq.post(asker.ctx, asker.account_path + "/request-inquiry", body))
    (item,) = items(bunq.get(app.session, app.account_path + "/request-response"))
    path = f"{app.account_path}/request-response/{item['RequestResponse']['id']}"
    for status in ("ACCEPTED", "REJECTED"):
        refused = put(bunq, app.session, path, {"status": status})
        assert refused.status_code == 403
        assert "Insufficient authorisation" in error_of(refused)
    mine = {"amount_inquired": eur("2.00"), "counterparty_alias": asker.alias()}
    rid = created_id(bunq.post(app.session, app.account_path + "/request-inquiry", mine))
    revoke = put(
        bunq, app.session, f"{app.account_path}/request-inquiry/{rid}", {"status": "REVOKED"}
    )
    assert revoke.status_code == 200


def test_revocation_closes_the_connection_and_tells_the_app(
    bunq: Bunq, shared_server: EmulatorServer, app: OnBehalf
) -> None:
    target = "https://app.example/oauth-events"
    oauth_filter = {"notification_filters": [{"category": "OAUTH", "notification_target": target}]}
    app_path = f"/user/{app.app.user_id}/notification-filter-url"
    assert bunq.post(app.app, app_path, oauth_filter).status_code == 200
    # a second app of the same customer stays connected
    other = connect(bunq, app.customer)
    since = last_notification_id(shared_server)
    url = f"{shared_server.base_url}/_emulator/grants/{app.session.user_id}/revoke"
    answer = httpx.post(url)
    assert answer.status_code == 200
    assert answer.json()["revoked"] is True
    # calls on the open session fail as bunq's do
    refused = bunq.get(app.session, app.account_path + "/payment")
    assert refused.status_code == 401
    assert error_of(refused) == "Insufficient authorisation."
    # the app is told, once
    assert notifications(shared_server, since) == [
        (target, "OAUTH", "OAUTH_REVOKED", app.session.user_id)
    ]
    assert httpx.post(url).status_code == 200
    assert notifications(shared_server, since) == [
        (target, "OAUTH", "OAUTH_REVOKED", app.session.user_id)
    ]
    assert bunq.get(other.session, other.account_path + "/payment").status_code == 200
    assert httpx.post(f"{shared_server.base_url}/_emulator/grants/999999/revoke").status_code == 404


def test_a_revoked_access_token_opens_no_session(bunq: Bunq, shared_server: EmulatorServer) -> None:
    oauth_app = bunq.oauth_app("https://app.example/oauth/callback")
    customer = person(bunq)
    token = bunq.access_token(oauth_app, customer.email)
    session = bunq.context(token)
    httpx.post(f"{shared_server.base_url}/_emulator/grants/{session.user_id}/revoke")
    installation = bunq.installation()
    device = bunq.call(
        "POST",
        "/device-server",
        {"description": "after revoke", "secret": token, "permitted_ips": ["*"]},
        token=installation,
    )
    assert device.status_code == 400
    assert "Incorrect API key" in error_of(device)


def test_the_customer_revokes_from_the_account_page(
    bunq: Bunq, shared_server: EmulatorServer, app: OnBehalf
) -> None:
    base = shared_server.base_url + "/oauth/account"
    page = httpx.get(base, params={"email": app.customer.email})
    assert page.status_code == 200
    assert f'name="user_api_key_id" value="{app.session.user_id}"' in page.text
    assert "<script" not in page.text
    assert httpx.get(base).status_code == 200  # the email form
    assert httpx.get(base, params={"email": "nobody@nowhere.example"}).status_code == 404
    # another customer cannot revoke this connection
    intruder = person(bunq)
    wrong = {"email": intruder.email, "user_api_key_id": str(app.session.user_id)}
    assert httpx.post(base + "/revoke", data=wrong).status_code == 404
    assert bunq.get(app.session, app.account_path).status_code == 200
    form = {"email": app.customer.email, "user_api_key_id": str(app.session.user_id)}
    clicked = httpx.post(base + "/revoke", data=form)
    assert clicked.status_code == 303
    after = httpx.get(shared_server.base_url + clicked.headers["location"])
    assert "revoked" in after.text
    assert bunq.get(app.session, app.account_path).status_code == 401
