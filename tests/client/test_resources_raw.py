"""``with_raw_response`` and the on-behalf resources, against the emulator over loopback HTTP."""

from __future__ import annotations

import pytest

from bunq_connect.client import AsyncBunqClient, BunqClient
from bunq_connect.client._ratelimit import RateLimiter
from bunq_connect.context import ApiContext
from bunq_connect.environments import Environment
from bunq_connect.models.unions import REGISTRY
from bunq_connect.wire import headers
from tests.client.flow import connect, make_app, make_customer


@pytest.fixture(scope="module")
def on_behalf(env: Environment) -> ApiContext:
    return connect(env, make_app(env), make_customer(env))


def _client(context: ApiContext) -> BunqClient:
    return BunqClient(context, rate_limiter=RateLimiter(enabled=False))


def test_raw_list_and_get_expose_the_answer_and_parse_to_the_plain_result(
    on_behalf: ApiContext,
) -> None:
    with _client(on_behalf) as client:
        plain = client.monetary_accounts.list()
        raw = client.monetary_accounts.with_raw_response.list()
        account_id = plain.items[0].id
        raw_one = client.monetary_accounts.with_raw_response.get(account_id)
    assert raw.status_code == 200
    assert raw.response_id
    assert raw.response_id == raw.headers[headers.CLIENT_RESPONSE_ID]
    assert raw.request_id == raw.http.request.headers[headers.CLIENT_REQUEST_ID]
    assert raw.headers[headers.SERVER_SIGNATURE]
    assert raw.http.request.url.path == f"/v1/user/{client.user_id}/monetary-account"
    page = raw.parse()
    assert page is raw.parse()  # parsed once
    assert [a.id for a in page] == [a.id for a in plain]
    assert raw_one.parse().id == account_id
    assert raw_one.http.request.url.path.endswith(f"/monetary-account/{account_id}")
    assert "token" not in repr(raw).lower()


def test_operations_decode_by_wire_type_and_offer_raw(on_behalf: ApiContext) -> None:
    assert on_behalf.session is not None
    with _client(on_behalf) as client:
        me = client.operations.one("READ_User", item_id=client.user_id)
        accounts = client.operations.list("list_all_monetary_account_for_user")
        raw = client.operations.with_raw_response.one("READ_User", item_id=client.user_id)
        plain = client.monetary_accounts.list()
    assert isinstance(me, REGISTRY["UserApiKey"])
    assert me.id == on_behalf.session.user_id  # type: ignore[attr-defined]
    assert [a.id for a in accounts] == [a.id for a in plain]  # type: ignore[attr-defined]
    assert isinstance(accounts.items[0], REGISTRY[accounts.response.envelope.items[0][0]])  # type: ignore[union-attr]
    assert raw.status_code == 200
    assert isinstance(raw.parse(), REGISTRY["UserApiKey"])


@pytest.mark.anyio
async def test_async_raw_response(on_behalf: ApiContext) -> None:
    async with AsyncBunqClient(on_behalf, rate_limiter=RateLimiter(enabled=False)) as client:
        raw = await client.monetary_accounts.with_raw_response.list(count=1)
        plain = await client.monetary_accounts.list(count=1)
        raw_op = await client.operations.with_raw_response.list(
            "List_all_MonetaryAccount_for_User", count=1
        )
    assert raw.status_code == 200
    assert raw.response_id
    assert [a.id for a in raw.parse()] == [a.id for a in plain]
    assert raw_op.parse().ids == plain.ids
