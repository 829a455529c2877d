"""notification-filter-url: replace-all, 2 URLs per category, per user / account / UserApiKey."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from bunq_connect.emulator import EmulatorServer
from tests.emulator.people import (
    Person,
    connect,
    created_id,
    last_notification_id,
    notifications,
    pay,
    person,
)
from tests.emulator.raw import Bunq, Context, error_of, items


def filters(*pairs: tuple[str, str]) -> dict[str, Any]:
    return {"notification_filters": [{"category": c, "notification_target": t} for c, t in pairs]}


def listed(bunq: Bunq, ctx: Context, path: str) -> list[tuple[str, str]]:
    return [
        (i["NotificationFilterUrl"]["category"], i["NotificationFilterUrl"]["notification_target"])
        for i in items(bunq.get(ctx, path))
    ]


@pytest.fixture
def me(bunq: Bunq) -> Person:
    return person(bunq)


def test_post_replaces_all_filters(bunq: Bunq, me: Person) -> None:
    path = f"/user/{me.user_id}/notification-filter-url"
    assert listed(bunq, me.ctx, path) == []
    first = filters(("PAYMENT", "https://a.example/1"), ("MUTATION", "https://a.example/2"))
    answer = bunq.post(me.ctx, path, first)
    assert answer.status_code == 200
    assert len(items(answer)) == 2
    assert sorted(listed(bunq, me.ctx, path)) == sorted(
        [("PAYMENT", "https://a.example/1"), ("MUTATION", "https://a.example/2")]
    )
    assert bunq.post(me.ctx, path, filters(("REQUEST", "https://b.example"))).status_code == 200
    assert listed(bunq, me.ctx, path) == [("REQUEST", "https://b.example")]
    assert bunq.post(me.ctx, path, {"notification_filters": []}).status_code == 200
    assert listed(bunq, me.ctx, path) == []


def test_at_most_two_urls_per_category(bunq: Bunq, me: Person) -> None:
    path = f"/user/{me.user_id}/notification-filter-url"
    two = filters(("PAYMENT", "https://a.example/1"), ("PAYMENT", "https://a.example/2"))
    assert bunq.post(me.ctx, path, two).status_code == 200
    three = filters(*[("PAYMENT", f"https://a.example/{n}") for n in range(3)])
    refused = bunq.post(me.ctx, path, three)
    assert refused.status_code == 400
    assert "at most 2 URLs" in error_of(refused)
    assert len(listed(bunq, me.ctx, path)) == 2  # nothing changed


@pytest.mark.parametrize(
    "body",
    [
        filters(("NOT_A_CATEGORY", "https://a.example")),
        filters(("PAYMENT", "not a url")),
        {"notification_filters": "PAYMENT"},
        {"notification_filters": ["PAYMENT"]},
    ],
)
def test_bad_filters_are_400(bunq: Bunq, me: Person, body: dict[str, Any]) -> None:
    path = f"/user/{me.user_id}/notification-filter-url"
    assert bunq.post(me.ctx, path, body).status_code == 400


def test_account_filters_are_their_own_set(
    bunq: Bunq, shared_server: EmulatorServer, me: Person
) -> None:
    user_path = f"/user/{me.user_id}/notification-filter-url"
    account_path = me.account_path + "/notification-filter-url"
    bunq.post(me.ctx, user_path, filters(("MUTATION", "https://user.example")))
    bunq.post(me.ctx, account_path, filters(("MUTATION", "https://account.example")))
    assert listed(bunq, me.ctx, user_path) == [("MUTATION", "https://user.example")]
    assert listed(bunq, me.ctx, account_path) == [("MUTATION", "https://account.example")]
    since = last_notification_id(shared_server)
    created_id(pay(bunq, me.ctx, me.account_path, person(bunq).alias(), "1.00"))
    assert {t for t, _, _, _ in notifications(shared_server, since)} == {
        "https://user.example",
        "https://account.example",
    }
    stranger = person(bunq)
    elsewhere = f"/user/{me.user_id}/monetary-account/{stranger.account_id}/notification-filter-url"
    assert bunq.get(me.ctx, elsewhere).status_code == 404


def test_app_filters_are_kept_under_the_user_api_key_and_get_the_customers_callbacks(
    bunq: Bunq, shared_server: EmulatorServer
) -> None:
    link = connect(bunq)
    customer = link.customer
    app_path = f"/user/{link.session.user_id}/notification-filter-url"
    assert (
        bunq.post(
            link.session, app_path, filters(("PAYMENT", "https://app.example/cb"))
        ).status_code
        == 200
    )
    with shared_server.state.lock:
        stored = [f for f in shared_server.state.notification_filters.values()
                  if f.notification_target == "https://app.example/cb"]  # fmt: skip
    assert [f.user_id for f in stored] == [link.session.user_id]
    # the customer's own list is separate
    assert listed(bunq, customer.ctx, f"/user/{customer.user_id}/notification-filter-url") == []
    since = last_notification_id(shared_server)
    pid = created_id(pay(bunq, customer.ctx, customer.account_path, person(bunq).alias(), "2.00"))
    assert notifications(shared_server, since) == [
        ("https://app.example/cb", "PAYMENT", "PAYMENT_CREATED", pid)
    ]
    # once revoked, the app hears nothing more about the customer
    httpx.post(f"{shared_server.base_url}/_emulator/grants/{link.session.user_id}/revoke")
    since = last_notification_id(shared_server)
    created_id(pay(bunq, customer.ctx, customer.account_path, person(bunq).alias(), "2.00"))
    assert notifications(shared_server, since) == []
