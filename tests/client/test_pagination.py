"""Pagination against the emulator over loopback HTTP: pages, lazy iteration, polling.

The collection paged here is the app's OAuth callback URLs (the emulator lists them with
bunq's id-based pagination), reached through ``client.operations`` - the same generic
machinery every list resource uses - and the customer's accounts through
``client.monetary_accounts``. The page-walk edge cases are checked on the pure state machine.
"""

from __future__ import annotations

import httpx
import pytest

from bunq_connect.client import AsyncBunqClient, BunqClient, Page
from bunq_connect.client._base_client import RequestOptions
from bunq_connect.client._pagination import NewItemsPoll, older_options
from bunq_connect.client._ratelimit import RateLimiter
from bunq_connect.environments import Environment
from bunq_connect.errors import UsageError
from bunq_connect.wire.envelope import Pagination
from tests.client.flow import App, make_app

LIST_URLS = "List_all_CallbackUrl_for_User_OauthClient"


def _client(app: App) -> BunqClient:
    return BunqClient(app.context, rate_limiter=RateLimiter(enabled=False))


def _add_urls(app: App, n: int, start: int) -> list[int]:
    with _client(app) as client:
        return [
            client.oauth_clients.add_callback_url(
                app.registration.id, f"https://app.example/cb/{start + i}"
            )
            for i in range(n)
        ]


@pytest.fixture
def app(env: Environment) -> App:
    return make_app(env)  # one callback URL already registered


def test_iter_walks_every_page_newest_first(app: App) -> None:
    _add_urls(app, 6, 0)
    with _client(app) as client:
        every = [
            u.id
            for u in client.operations.iter(LIST_URLS, count=3, oauth_client_id=app.registration.id)
        ]
        pages = list(
            client.operations.iter_pages(LIST_URLS, count=3, oauth_client_id=app.registration.id)
        )
        newest = client.operations.list(LIST_URLS, count=3, oauth_client_id=app.registration.id)
    assert len(every) == 7
    assert every == sorted(every, reverse=True)
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [i for p in pages for i in p.ids] == every
    assert newest.ids == every[:3]
    assert newest.has_older()
    assert not pages[-1].has_older()
    # every later page was asked for with bunq's older_id, on the same path
    assert pages[1].response is not None
    assert pages[1].response.http.request.url.params["older_id"] == str(every[2])


def test_poll_new_returns_only_newer_items_oldest_first_and_a_high_water_mark(app: App) -> None:
    first = _add_urls(app, 3, 0)
    with _client(app) as client:
        everything = client.operations.poll_new(
            LIST_URLS, since_id=0, count=2, oauth_client_id=app.registration.id
        )
        assert [u.id for u in everything] == sorted([u.id for u in everything])
        assert len(everything) == 4
        assert everything.newest_id == first[-1]
        assert everything.pages >= 2  # count=2 forced it to follow newer_url

        nothing = client.operations.poll_new(
            LIST_URLS, since_id=everything.newest_id, oauth_client_id=app.registration.id
        )
        assert nothing.items == []
        assert nothing.newest_id == everything.newest_id

        later = _add_urls(app, 3, 10)
        new = client.operations.poll_new(
            LIST_URLS, since_id=everything.newest_id, count=2, oauth_client_id=app.registration.id
        )
    assert [u.id for u in new] == later
    assert new.newest_id == later[-1]


def test_count_above_200_is_refused_before_sending(app: App) -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    with (
        httpx.Client(transport=httpx.MockTransport(record)) as http,
        BunqClient(app.context, http_client=http) as client,
    ):
        for call in (
            lambda: client.operations.list(LIST_URLS, count=201, oauth_client_id=1),
            lambda: client.operations.iter(LIST_URLS, count=0, oauth_client_id=1),
            lambda: client.operations.iter_pages(LIST_URLS, count=500, oauth_client_id=1),
            lambda: client.operations.poll_new(LIST_URLS, since_id=0, count=201, oauth_client_id=1),
            lambda: client.monetary_accounts.list(count=201),
            lambda: client.payments.list(1, count=201),
            lambda: client.operations.poll_new(LIST_URLS, since_id=-1, oauth_client_id=1),
        ):
            with pytest.raises(UsageError):
                call()
    assert sent == []


def test_monetary_accounts_iter_and_poll(env: Environment, app: App) -> None:
    with BunqClient(app.context, rate_limiter=RateLimiter(enabled=False)) as client:
        listed = client.monetary_accounts.list(count=1)
        every = list(client.monetary_accounts.iter(count=1))
        polled = client.monetary_accounts.poll_new(since_id=0)
    assert every
    assert listed.ids == [every[0].id]
    assert sorted(a.id for a in every) == [a.id for a in polled]
    assert polled.newest_id == max(a.id for a in every)


@pytest.mark.anyio
async def test_async_twins_page_and_poll_the_same(app: App) -> None:
    ids = _add_urls(app, 4, 0)
    async with AsyncBunqClient(app.context, rate_limiter=RateLimiter(enabled=False)) as client:
        every = [
            u.id
            async for u in client.operations.iter(
                LIST_URLS, count=2, oauth_client_id=app.registration.id
            )
        ]
        pages = [
            p
            async for p in client.operations.iter_pages(
                LIST_URLS, count=2, oauth_client_id=app.registration.id
            )
        ]
        polled = await client.operations.poll_new(
            LIST_URLS, since_id=ids[1], count=1, oauth_client_id=app.registration.id
        )
        accounts = [a async for a in client.monetary_accounts.iter(count=1)]
    assert len(every) == 5
    assert every == sorted(every, reverse=True)
    assert [len(p) for p in pages] == [2, 2, 1]
    assert [u.id for u in polled] == ids[2:]
    assert polled.newest_id == ids[-1]
    assert accounts


# --- the state machine's edge cases (no HTTP) ----------------------------------------------


class _Item:
    def __init__(self, id_: int) -> None:
        self.id = id_


def _page(ids: list[int], **links: str | None) -> Page[_Item]:
    return Page(items=[_Item(i) for i in ids], pagination=Pagination(**links))


def test_walk_stops_on_an_empty_page_even_with_an_older_link() -> None:
    first = RequestOptions("GET", "user/1/x", params={"count": 2})
    assert older_options(first, _page([], older_url="/v1/user/1/x?count=2&older_id=5")) is None
    nxt = older_options(first, _page([9, 8], older_url="/v1/user/1/x?count=2&older_id=8&f=a"))
    assert nxt is not None
    assert (nxt.path, dict(nxt.params or {})) == (
        "user/1/x",
        {"count": "2", "older_id": "8", "f": "a"},
    )


def test_poll_stops_when_a_newer_link_does_not_move_forward() -> None:
    poll: NewItemsPoll[_Item] = NewItemsPoll("user/1/x", 10, count=2)
    assert dict(poll.start().params or {}) == {"count": 2, "newer_id": 10}
    nxt = poll.feed(_page([12, 11], newer_url="/v1/user/1/x?count=2&newer_id=12"))
    assert nxt is not None
    assert dict(nxt.params or {})["newer_id"] == 12
    # a misbehaving server repeating the same page must not loop forever
    assert poll.feed(_page([12, 11], newer_url="/v1/user/1/x?count=2&newer_id=12")) is None
    result = poll.result()
    assert result.newest_id == 12
    assert [i.id for i in result.items][:2] == [11, 12]


def test_poll_takes_the_high_water_mark_from_future_url() -> None:
    poll: NewItemsPoll[_Item] = NewItemsPoll("user/1/x", 10)
    assert poll.feed(_page([], future_url="/v1/user/1/x?count=200&newer_id=10")) is None
    assert poll.result().newest_id == 10
    assert poll.result().items == []
