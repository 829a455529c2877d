"""The generic pagination rules, without HTTP."""

from __future__ import annotations

import pytest

from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.pagination import PageQuery, paginate

PATH = "/v1/user/1/monetary-account/2/payment"


def page(ids: list[int], **params: str) -> tuple[list[int], dict[str, str | None]]:
    result = paginate(ids, key=lambda i: i, query=PageQuery.from_params(params), path=PATH)
    return result.items, result.pagination.to_json()


def test_default_is_the_newest_ten() -> None:
    items, urls = page(list(range(1, 26)))
    assert items == list(range(25, 15, -1))
    assert urls == {
        "future_url": f"{PATH}?count=10&newer_id=25",
        "newer_url": None,
        "older_url": f"{PATH}?count=10&older_id=16",
    }


def test_older_page_and_back() -> None:
    items, urls = page(list(range(1, 26)), count="10", older_id="16")
    assert items == list(range(15, 5, -1))
    assert urls["newer_url"] == f"{PATH}?count=10&newer_id=15"
    assert urls["future_url"] is None
    newer, newer_urls = page(list(range(1, 26)), count="10", newer_id="15")
    assert newer == list(range(25, 15, -1))
    assert newer_urls["newer_url"] is None
    assert newer_urls["future_url"] == f"{PATH}?count=10&newer_id=25"


def test_newer_page_takes_the_items_right_after_the_anchor() -> None:
    items, urls = page(list(range(1, 26)), count="5", newer_id="3")
    assert items == [8, 7, 6, 5, 4]
    assert urls["older_url"] == f"{PATH}?count=5&older_id=4"
    assert urls["newer_url"] == f"{PATH}?count=5&newer_id=8"


def test_last_page_has_no_older_url() -> None:
    items, urls = page([1, 2, 3], count="3")
    assert items == [3, 2, 1]
    assert urls["older_url"] is None


def test_empty_listing_still_has_a_future_url() -> None:
    items, urls = page([])
    assert items == []
    assert urls == {"future_url": f"{PATH}?count=10&newer_id=0", "newer_url": None,
                    "older_url": None}  # fmt: skip


def test_polling_future_url_finds_new_items() -> None:
    _, urls = page([1, 2])
    assert urls["future_url"] == f"{PATH}?count=10&newer_id=2"
    items, _ = page([1, 2, 3], newer_id="2")
    assert items == [3]


def test_other_query_parameters_are_kept() -> None:
    _, urls = page(list(range(1, 30)), status="ACTIVE", count="5")
    assert urls["older_url"] == f"{PATH}?status=ACTIVE&count=5&older_id=25"


@pytest.mark.parametrize(
    "params",
    [{"count": "0"}, {"count": "201"}, {"count": "x"}, {"older_id": "1", "newer_id": "2"}],
)
def test_bad_parameters(params: dict[str, str]) -> None:
    with pytest.raises(BunqRuleError) as caught:
        PageQuery.from_params(params)
    assert caught.value.status == 400


def test_count_200_is_allowed() -> None:
    assert PageQuery.from_params({"count": "200"}).count == 200
