"""Monetary accounts for a plain session and on behalf of a customer (the UserApiKey id rule)."""

from __future__ import annotations

import pytest

from bunq_connect.emulator import EmulatorServer
from bunq_connect.emulator.services import users
from tests.emulator.raw import Bunq, Context, error_of, items


@pytest.fixture
def on_behalf(bunq: Bunq) -> tuple[Context, Context]:
    """(UserApiKey session of an app, the customer's own API-key session)."""
    app = bunq.oauth_app("http://127.0.0.1:9/cb")
    customer = bunq.context(bunq.sandbox_user("person"))
    return bunq.context(bunq.access_token(app, bunq.user_email(customer))), customer


def test_accounts_via_the_user_api_key_id_are_the_customers(
    bunq: Bunq, on_behalf: tuple[Context, Context]
) -> None:
    session, customer = on_behalf
    mine = items(bunq.get(customer, f"/user/{customer.user_id}/monetary-account"))
    theirs = items(bunq.get(session, f"/user/{session.user_id}/monetary-account"))
    assert theirs == mine
    account = theirs[0]["MonetaryAccountBank"]
    assert account["user_id"] == customer.user_id
    (one,) = items(bunq.get(session, f"/user/{session.user_id}/monetary-account/{account['id']}"))
    assert one["MonetaryAccountBank"]["id"] == account["id"]
    bank = items(bunq.get(session, f"/user/{session.user_id}/monetary-account-bank"))
    assert bank == theirs
    path = f"/user/{session.user_id}/monetary-account-bank/{account['id']}"
    assert bunq.get(session, path).status_code == 200


def test_the_customers_own_id_is_refused(bunq: Bunq, on_behalf: tuple[Context, Context]) -> None:
    session, customer = on_behalf
    for path in (
        f"/user/{customer.user_id}/monetary-account",
        f"/user/{customer.user_id}/monetary-account-bank",
        f"/user/{customer.user_id}",
    ):
        response = bunq.get(session, path)
        assert response.status_code == 403, path
        assert "UserApiKey id" in error_of(response)


def test_any_other_user_id_is_refused(bunq: Bunq, on_behalf: tuple[Context, Context]) -> None:
    session, customer = on_behalf
    for uid in (customer.user_id + 999_999, 1):
        assert bunq.get(session, f"/user/{uid}/monetary-account").status_code == 403
    # a plain session is held to its own id as well
    assert bunq.get(customer, f"/user/{session.user_id}/monetary-account").status_code == 403


def test_an_account_of_someone_else_is_not_found(
    bunq: Bunq, on_behalf: tuple[Context, Context]
) -> None:
    session, _ = on_behalf
    stranger = bunq.context(bunq.sandbox_user())
    their_account = items(bunq.get(stranger, f"/user/{stranger.user_id}/monetary-account"))[0]
    account_id = their_account["MonetaryAccountBank"]["id"]
    response = bunq.get(session, f"/user/{session.user_id}/monetary-account/{account_id}")
    assert response.status_code == 404


def test_listing_pages_newest_first(own_bunq: Bunq, server: EmulatorServer) -> None:
    ctx = own_bunq.context(own_bunq.sandbox_user())
    emu = server.emulator
    owner = emu.state.users[ctx.user_id]
    for n in range(4):
        users.create_monetary_account(emu, owner, description=f"extra {n}")
    path = f"/user/{ctx.user_id}/monetary-account"
    first = own_bunq.get(ctx, path, params={"count": 2})
    ids = [i["MonetaryAccountBank"]["id"] for i in items(first)]
    assert ids == sorted(ids, reverse=True)
    pagination = first.json()["Pagination"]
    assert pagination["newer_url"] is None
    assert pagination["future_url"] == f"/v1{path}?count=2&newer_id={ids[0]}"
    assert pagination["older_url"] == f"/v1{path}?count=2&older_id={ids[-1]}"
    seen = list(ids)
    older_url = pagination["older_url"]
    while older_url:
        page = own_bunq.get(ctx, older_url.removeprefix("/v1"))
        seen += [i["MonetaryAccountBank"]["id"] for i in items(page)]
        assert page.json()["Pagination"]["future_url"] is None
        assert page.json()["Pagination"]["newer_url"] is not None
        older_url = page.json()["Pagination"]["older_url"]
    assert len(seen) == 5
    assert seen == sorted(seen, reverse=True)


@pytest.mark.parametrize("count", ["0", "201", "many"])
def test_bad_count_is_400(bunq: Bunq, count: str) -> None:
    ctx = bunq.context(bunq.sandbox_user())
    response = bunq.get(ctx, f"/user/{ctx.user_id}/monetary-account", params={"count": count})
    assert response.status_code == 400
    assert "count" in error_of(response)
