"""The read-modify-write rules of notification filters, against an in-memory stand-in for bunq.

The stand-in answers ``client.request`` with bunq's envelopes and replaces the whole list on
POST, as bunq does. End-to-end behaviour over HTTP is in ``test_callbacks_e2e.py``.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from bunq_connect import callbacks
from bunq_connect.callbacks import (
    NotificationFilter,
    NotificationFilterConflictError,
    add_notification_filter,
    add_notification_filter_async,
    list_notification_filters,
    list_notification_filters_async,
    remove_notification_filter,
    remove_notification_filter_async,
    validate_target,
)
from bunq_connect.client._base_client import APIResponse, RequestOptions
from bunq_connect.errors import UsageError
from bunq_connect.wire import envelope

A = "https://app.example/bunq/a"
B = "https://app.example/bunq/b"
C = "https://app.example/bunq/c"


class FakeBunq:
    """Holds filter lists per path; POST replaces the list (bunq's semantics)."""

    def __init__(self, user_id: int = 7, *, flat: bool = True) -> None:
        self.user_id = user_id
        self.context = SimpleNamespace(environment=SimpleNamespace(api_base="https://fake/v1"))
        self.flat = flat  # live-API shape (one item per filter) or the spec's nested shape
        self.lists: dict[str, list[dict[str, str]]] = {}
        self.calls: list[tuple[str, str]] = []

    page_size: int | None = None  # serve lists in pages of this many, linked by older_url

    def _answer(
        self, items: list[dict[str, Any]], pagination: envelope.Pagination | None = None
    ) -> APIResponse:
        body = envelope.encode_response(items, pagination)
        return APIResponse(http=httpx.Response(200, content=body), envelope=envelope.parse(body))

    def request(self, options: RequestOptions) -> APIResponse:
        self.calls.append((options.method, options.path))
        current = self.lists.setdefault(options.path, [])
        if options.method == "POST":
            self.lists[options.path] = list(options.json_body["notification_filters"])
            return self._answer([{"Id": {"id": 1}}])
        if not self.flat:
            return self._answer([{"NotificationFilterUrl": {"notification_filters": current}}])
        params = dict(options.params or {})
        start = int(params.get("older_id", 0))
        size = self.page_size or int(params.get("count", 10))
        page = current[start : start + size]
        older = None
        if start + size < len(current):
            older = f"/v1/{options.path}?count={size}&older_id={start + size}"
        return self._answer(
            [{"NotificationFilterUrl": {"id": i, **f}} for i, f in enumerate(page, start)],
            envelope.Pagination(older_url=older),
        )


class AsyncFakeBunq:
    def __init__(self, fake: FakeBunq) -> None:
        self.fake = fake
        self.user_id = fake.user_id
        self.context = fake.context

    async def request(self, options: RequestOptions) -> APIResponse:
        return self.fake.request(options)


USER_PATH = "user/7/notification-filter-url"


@pytest.mark.parametrize("flat", [True, False], ids=["live-shape", "spec-shape"])
def test_add_keeps_what_is_there_and_is_idempotent(flat: bool) -> None:
    bunq = FakeBunq(flat=flat)
    bunq.lists[USER_PATH] = [{"category": "MUTATION", "notification_target": A}]
    after = add_notification_filter(bunq, "payment", B)  # type: ignore[arg-type]
    assert after == [NotificationFilter("MUTATION", A), NotificationFilter("PAYMENT", B)]
    assert bunq.lists[USER_PATH] == [
        {"category": "MUTATION", "notification_target": A},
        {"category": "PAYMENT", "notification_target": B},
    ]
    assert bunq.calls == [("GET", USER_PATH), ("POST", USER_PATH), ("GET", USER_PATH)]

    bunq.calls.clear()
    again = add_notification_filter(bunq, "PAYMENT", B)  # type: ignore[arg-type]
    assert again == after
    assert bunq.calls == [("GET", USER_PATH)]  # read only: nothing written


def test_account_filters_use_the_account_path() -> None:
    bunq = FakeBunq()
    add_notification_filter(bunq, "MUTATION", A, monetary_account_id=12)  # type: ignore[arg-type]
    path = "user/7/monetary-account/12/notification-filter-url"
    assert bunq.lists[path] == [{"category": "MUTATION", "notification_target": A}]
    assert bunq.lists.get(USER_PATH, []) == []
    assert list_notification_filters(bunq, monetary_account_id=12) == [  # type: ignore[arg-type]
        NotificationFilter("MUTATION", A)
    ]


def test_a_third_url_in_one_category_is_refused_before_writing() -> None:
    bunq = FakeBunq()
    bunq.lists[USER_PATH] = [
        {"category": "PAYMENT", "notification_target": A},
        {"category": "PAYMENT", "notification_target": B},
    ]
    with pytest.raises(UsageError, match="at most 2 callback URLs per category") as info:
        add_notification_filter(bunq, "PAYMENT", C)  # type: ignore[arg-type]
    assert "remove one first" in str(info.value)
    assert [m for m, _ in bunq.calls] == ["GET"]
    # Another category still has room.
    add_notification_filter(bunq, "MUTATION", C)  # type: ignore[arg-type]
    assert len(bunq.lists[USER_PATH]) == 3


def test_remove_one_target_or_a_whole_category() -> None:
    bunq = FakeBunq()
    bunq.lists[USER_PATH] = [
        {"category": "PAYMENT", "notification_target": A},
        {"category": "PAYMENT", "notification_target": B},
        {"category": "MUTATION", "notification_target": A},
    ]
    after = remove_notification_filter(bunq, "PAYMENT", A)  # type: ignore[arg-type]
    assert after == [NotificationFilter("PAYMENT", B), NotificationFilter("MUTATION", A)]
    after = remove_notification_filter(bunq, "PAYMENT")  # type: ignore[arg-type]
    assert after == [NotificationFilter("MUTATION", A)]
    bunq.calls.clear()
    assert remove_notification_filter(bunq, "PAYMENT") == after  # type: ignore[arg-type]
    assert bunq.calls == [("GET", USER_PATH)]


def test_removing_the_last_filter_writes_an_empty_list() -> None:
    bunq = FakeBunq()
    bunq.lists[USER_PATH] = [{"category": "PAYMENT", "notification_target": A}]
    assert remove_notification_filter(bunq, "PAYMENT", A) == []  # type: ignore[arg-type]
    assert bunq.lists[USER_PATH] == []


def test_a_concurrent_writer_is_detected_and_our_change_applied_again() -> None:
    bunq = FakeBunq()
    rounds = {"n": 0}

    # Simulate "their write lands after ours": wrap POST so theirs overwrites ours once.
    real_request = bunq.request

    def request(options: RequestOptions) -> APIResponse:
        answer = real_request(options)
        if options.method == "POST" and rounds["n"] == 0:
            rounds["n"] += 1
            bunq.lists[options.path] = [{"category": "MUTATION", "notification_target": B}]
        return answer

    bunq.request = request  # type: ignore[method-assign]
    after = add_notification_filter(bunq, "PAYMENT", A)  # type: ignore[arg-type]
    assert after == [NotificationFilter("MUTATION", B), NotificationFilter("PAYMENT", A)]
    assert [m for m, _ in bunq.calls] == ["GET", "POST", "GET", "GET", "POST", "GET"]


def test_a_list_that_never_settles_raises_a_conflict() -> None:
    bunq = FakeBunq()
    real_request = bunq.request

    def request(options: RequestOptions) -> APIResponse:
        answer = real_request(options)
        if options.method == "POST":
            bunq.lists[options.path] = []  # someone always wipes the list right after us
        return answer

    bunq.request = request  # type: ignore[method-assign]
    with pytest.raises(NotificationFilterConflictError, match="another writer"):
        add_notification_filter(bunq, "PAYMENT", A)  # type: ignore[arg-type]
    assert [m for m, _ in bunq.calls].count("POST") == callbacks.MAX_ATTEMPTS


def test_lists_are_read_whole_across_pages_before_rewriting() -> None:
    bunq = FakeBunq()
    bunq.page_size = 3
    categories = ["PAYMENT", "MUTATION", "REQUEST", "DRAFT_PAYMENT", "OAUTH", "SHARE", "CHAT"]
    bunq.lists[USER_PATH] = [{"category": c, "notification_target": A} for c in categories]
    after = add_notification_filter(bunq, "BILLING", B)  # type: ignore[arg-type]
    assert len(after) == 8
    assert [f["category"] for f in bunq.lists[USER_PATH]] == [*categories, "BILLING"]
    # GET 3 pages, POST, GET 3 pages.
    assert [m for m, _ in bunq.calls] == ["GET"] * 3 + ["POST"] + ["GET"] * 3


def test_the_first_read_asks_for_the_largest_page() -> None:
    seen: list[RequestOptions] = []
    bunq = FakeBunq()
    real_request = bunq.request

    def request(options: RequestOptions) -> APIResponse:
        seen.append(options)
        return real_request(options)

    bunq.request = request  # type: ignore[method-assign]
    list_notification_filters(bunq)  # type: ignore[arg-type]
    assert seen[0].params == {"count": 200}


def test_push_filters_without_a_target_are_ignored() -> None:
    bunq = FakeBunq(flat=False)
    bunq.lists[USER_PATH] = [{"category": "SCHEDULE_RESULT"}]  # type: ignore[list-item]
    assert list_notification_filters(bunq) == []  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_async_twins_run_the_same_plan() -> None:
    fake = FakeBunq()
    bunq = AsyncFakeBunq(fake)
    await add_notification_filter_async(bunq, "PAYMENT", A)  # type: ignore[arg-type]
    await add_notification_filter_async(bunq, "PAYMENT", B)  # type: ignore[arg-type]
    with pytest.raises(UsageError):
        await add_notification_filter_async(bunq, "PAYMENT", C)  # type: ignore[arg-type]
    assert await remove_notification_filter_async(bunq, "PAYMENT", A) == [  # type: ignore[arg-type]
        NotificationFilter("PAYMENT", B)
    ]
    assert await list_notification_filters_async(bunq) == [  # type: ignore[arg-type]
        NotificationFilter("PAYMENT", B)
    ]


# --- targets and categories ------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://app.example/cb",
        "https://app.example:8443/cb?token=x",
        "http://127.0.0.1:8000/cb",
        "http://127.5.0.1/cb",
        "http://[::1]:9000/cb",
        "http://localhost:8000/cb",
    ],
)
def test_valid_targets(url: str) -> None:
    assert validate_target(url) == url


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://app.example/cb", "bunq calls HTTPS targets only"),
        ("http://10.0.0.1/cb", "bunq calls HTTPS targets only"),
        ("ftp://app.example/cb", "not an https URL"),
        ("app.example/cb", "has no host"),
        ("https:///cb", "has no host"),
        ("https://app.example:99999/cb", "not a valid URL"),
        ("", "non-empty"),
        (" https://app.example/cb", "non-empty"),
    ],
)
def test_invalid_targets(url: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        validate_target(url)


def test_errors_and_reprs_do_not_show_a_secret_in_the_query() -> None:
    secret_url = "http://app.example/cb?token=s3cret"
    with pytest.raises(UsageError) as info:
        validate_target(secret_url)
    assert "s3cret" not in str(info.value)
    assert "app.example/cb" in str(info.value)
    assert "s3cret" not in repr(
        NotificationFilter("PAYMENT", "https://app.example/cb?token=s3cret")
    )

    bunq = FakeBunq()
    bunq.lists[USER_PATH] = [
        {"category": "PAYMENT", "notification_target": "https://a.example/?k=s3cret"},
        {"category": "PAYMENT", "notification_target": "https://b.example/?k=s3cret"},
    ]
    with pytest.raises(UsageError) as info:
        add_notification_filter(bunq, "PAYMENT", C)  # type: ignore[arg-type]
    assert "s3cret" not in str(info.value)
    assert "a.example" in str(info.value)


@pytest.mark.parametrize("category", ["", "pay ment", "PAYMENT;", "1PAYMENT"])
def test_invalid_categories(category: str) -> None:
    with pytest.raises(UsageError, match="not a notification category"):
        add_notification_filter(FakeBunq(), category, A)  # type: ignore[arg-type]
