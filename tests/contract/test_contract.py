"""What bunq promises, checked against whichever target runs (see conftest)."""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

import httpx
import pytest

from bunq_connect.client import BunqClient
from bunq_connect.context import ApiContext
from bunq_connect.errors import BadRequestError, ForbiddenError, WrongUserIdError
from tests.contract.conftest import Target

T = TypeVar("T")
SUGARDADDY = {"type": "EMAIL", "value": "sugardaddy@bunq.com", "name": "Sugar Daddy"}
BRAVO = {"type": "EMAIL", "value": "bravo@bunq.com", "name": "Bravo"}


def eventually(probe: Callable[[], T | None], *, seconds: float = 30.0) -> T:
    """bunq settles some things asynchronously (sugardaddy's payment): poll, then fail."""
    deadline = time.monotonic() + seconds
    while True:
        value = probe()
        if value is not None:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"nothing after {seconds} s")
        time.sleep(0.5)


def test_a_sandbox_person_has_a_funded_eur_account_with_an_iban(person: ApiContext) -> None:
    assert person.session is not None
    assert person.session.user is not None
    assert person.session.user.type_name == "UserPerson"
    assert person.session.user.alias_value("EMAIL")
    with BunqClient(person) as client:
        accounts = list(client.monetary_accounts.iter())
    assert accounts
    main = accounts[0]
    assert main.iban
    assert main.iban[:2].isalpha()
    assert main.balance is not None
    assert main.balance.currency == "EUR"
    assert main.balance.value >= 0


def test_money_from_sugardaddy_arrives_and_shows_as_a_payment(person: ApiContext) -> None:
    with BunqClient(person) as client:
        account = client.monetary_accounts.list()[0]
        assert account.balance is not None
        before = account.balance.value
        newest = client.payments.list(account.id, count=1).ids
        client.request_inquiries.create(
            account.id,
            amount_inquired="100.00",
            counterparty_alias=SUGARDADDY,
            description="contract: sugardaddy",
        )

        def arrived() -> Decimal | None:
            now = client.monetary_accounts.get(account.id).balance
            assert now is not None
            return now.value if now.value == before + Decimal("100.00") else None

        eventually(arrived)
        fresh = client.payments.poll_new(account.id, since_id=newest[0] if newest else 0)
    incoming = [p for p in fresh if p.amount is not None and p.amount.value == Decimal("100.00")]
    assert len(incoming) == 1


def test_a_payment_moves_the_balance_exactly_once_and_pages_back(person: ApiContext) -> None:
    with BunqClient(person) as client:
        account = client.monetary_accounts.list()[0]
        assert account.balance is not None
        start = account.balance.value
        ids = [
            client.payments.create(
                account.id,
                amount="1.10",
                counterparty_alias=BRAVO,
                description=f"contract payment {n}",
            )
            for n in range(3)
        ]
        after = client.monetary_accounts.get(account.id).balance
        pages = list(client.payments.iter_pages(account.id, count=2))
        one = client.payments.get(account.id, ids[-1])
    assert after is not None
    assert after.value == start - Decimal("3.30")
    seen = [p.id for page in pages for p in page]
    assert len(seen) == len(set(seen))  # no item on two pages
    assert seen[:3] == ids[::-1]  # newest first
    assert all(len(page) <= 2 for page in pages)
    assert one.amount is not None
    assert one.amount.value == Decimal("-1.10")
    assert str(one.merchant_reference).startswith("bc-")  # the client's marker came back


def test_an_unknown_api_key_is_refused(target: Target) -> None:
    with pytest.raises(BadRequestError) as raised:
        ApiContext.create(target.env, "sandbox_" + "0" * 48)
    assert raised.value.response_id


def test_sustained_reads_stay_within_the_rate_limit(person: ApiContext) -> None:
    """Seven GETs of one endpoint: bunq allows 3 per 3 s; the client spaces them, no 429."""
    answers: list[int] = []

    def hook(response: httpx.Response) -> None:
        answers.append(response.status_code)

    with (
        httpx.Client(event_hooks={"response": [hook]}) as http,
        BunqClient(person, http_client=http) as client,
    ):
        started = time.monotonic()
        for _ in range(7):
            client.monetary_accounts.list()
        elapsed = time.monotonic() - started
    assert 429 not in answers
    assert elapsed >= 6.0  # three windows: the limiter really waited


@pytest.fixture(scope="module")
def on_behalf(target: Target) -> ApiContext:
    if target.on_behalf is not None:
        return target.on_behalf
    if target.access_token is None:
        pytest.skip("needs BUNQ_SANDBOX_ACCESS_TOKEN (an access token a person approved)")
    return ApiContext.create(target.env, target.access_token, description="contract on behalf")


def test_on_behalf_uses_the_user_api_key_id_and_not_the_customers(on_behalf: ApiContext) -> None:
    session = on_behalf.session
    assert session is not None
    assert session.user_api_key is not None
    assert session.granted_by is not None
    assert session.requested_by is not None
    assert session.user_id == session.user_api_key.id != session.granted_by.id
    with BunqClient(on_behalf) as client:
        page = client.monetary_accounts.list()
        assert page.response is not None
        assert f"/user/{session.user_api_key.id}/" in page.response.http.request.url.path
        with pytest.raises(WrongUserIdError):
            client.operations.list(
                "List_all_MonetaryAccount_for_User", user_id=session.granted_by.id
            )


def test_on_behalf_may_not_pay_a_third_party_directly(on_behalf: ApiContext) -> None:
    with BunqClient(on_behalf) as client:
        account = client.monetary_accounts.list()[0]
        with pytest.raises(ForbiddenError):
            client.payments.create(
                account.id, amount="1.00", counterparty_alias=BRAVO, description="not allowed"
            )
