"""bunq's pagination on a real resource listing (payments): counts, older/newer/future URLs."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from bunq_connect.emulator import EmulatorServer
from bunq_connect.emulator.services import payments
from tests.emulator.people import Person, created_id, pay, person
from tests.emulator.raw import Bunq, error_of, items


def page(bunq: Bunq, who: Person, url: str, **params: Any) -> tuple[list[int], dict[str, Any]]:
    path = url.removeprefix("/v1")
    response = bunq.get(who.ctx, path, params=params or None)
    assert response.status_code == 200, response.text
    return [i["Payment"]["id"] for i in items(response)], response.json()["Pagination"]


@pytest.fixture
def rich(bunq: Bunq, shared_server: EmulatorServer) -> tuple[Person, list[int]]:
    """A person with 11 incoming payments (ids ascending)."""
    who = person(bunq)
    ids = [
        payments.fund(shared_server.emulator, who.user_id, Decimal("1.00")).id for _ in range(11)
    ]
    return who, ids


def test_pages_back_and_forth(bunq: Bunq, rich: tuple[Person, list[int]]) -> None:
    who, ids = rich
    base = f"/v1{who.account_path}/payment"
    first, urls = page(bunq, who, base, count=5)
    assert first == ids[::-1][:5]
    assert urls == {
        "future_url": f"{base}?count=5&newer_id={ids[-1]}",
        "newer_url": None,
        "older_url": f"{base}?count=5&older_id={first[-1]}",
    }
    second, urls2 = page(bunq, who, urls["older_url"])
    assert second == ids[::-1][5:10]
    assert urls2["future_url"] is None  # only the newest page has one
    assert urls2["newer_url"] == f"{base}?count=5&newer_id={second[0]}"
    last, urls3 = page(bunq, who, urls2["older_url"])
    assert last == [ids[0]]
    assert urls3["older_url"] is None
    back, _ = page(bunq, who, urls2["newer_url"])
    assert back == first


def test_future_url_finds_only_new_items(bunq: Bunq, rich: tuple[Person, list[int]]) -> None:
    who, ids = rich
    _, urls = page(bunq, who, f"/v1{who.account_path}/payment", count=3)
    assert urls["future_url"].endswith(f"newer_id={ids[-1]}")
    nothing, still = page(bunq, who, urls["future_url"])
    assert nothing == []
    assert still["future_url"] == urls["future_url"]
    new = created_id(pay(bunq, who.ctx, who.account_path, person(bunq).alias(), "0.50"))
    found, moved = page(bunq, who, urls["future_url"])
    assert found == [new]
    assert moved["future_url"].endswith(f"newer_id={new}")


@pytest.mark.parametrize(("count", "expected"), [("1", 1), ("10", 10), ("200", 11), (None, 10)])
def test_counts(
    bunq: Bunq, rich: tuple[Person, list[int]], count: str | None, expected: int
) -> None:
    who, _ = rich
    params = {} if count is None else {"count": count}
    got, urls = page(bunq, who, f"/v1{who.account_path}/payment", **params)
    assert len(got) == expected
    assert (urls["older_url"] is None) == (expected == 11)


@pytest.mark.parametrize("count", ["0", "201", "-1", "ten"])
def test_bad_counts_are_400(bunq: Bunq, rich: tuple[Person, list[int]], count: str) -> None:
    who, _ = rich
    response = bunq.get(who.ctx, f"{who.account_path}/payment", params={"count": count})
    assert response.status_code == 400
    assert "count" in error_of(response)
