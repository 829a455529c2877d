"""``client.notification_filters``: URL callbacks on the user or on one monetary account.

    filters = client.notification_filters.get_user()               # list[NotificationFilter]
    client.notification_filters.replace_user([
        {"category": "PAYMENT", "notification_target": "https://app.example/bunq/callback"},
    ])
    client.notification_filters.get_account(account_id)
    client.notification_filters.replace_account(account_id, [...])

bunq's ``notification-filter-url`` POST **replaces** every URL filter of its owner: pass the
complete list you want. (Adding one filter is a read-modify-write on top of these two calls.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from bunq_connect.client._base_client import APIResponse, RequestOptions
from bunq_connect.client._raw import Plan, async_to_raw_response_wrapper, to_raw_response_wrapper
from bunq_connect.client.resources._base import AsyncResource, SyncResource
from bunq_connect.client.resources._common import account_path
from bunq_connect.errors import UsageError

if TYPE_CHECKING:
    from bunq_connect.models._generated import NotificationFilter

__all__ = [
    "AsyncNotificationFilters",
    "AsyncNotificationFiltersWithRawResponse",
    "NotificationFilters",
    "NotificationFiltersWithRawResponse",
]

FilterLike = Mapping[str, Any]
COLLECTION = "notification-filter-url"


def _filter(payload: Mapping[str, Any]) -> NotificationFilter:
    from bunq_connect.models._generated import NotificationFilter

    return NotificationFilter.model_validate(payload)


def _flatten(payloads: Iterable[Any]) -> list[NotificationFilter]:
    # bunq answers either one item per filter or one item holding "notification_filters".
    out: list[NotificationFilter] = []
    for payload in payloads:
        if not isinstance(payload, Mapping):
            continue
        nested = payload.get("notification_filters")
        if isinstance(nested, list):
            for inner in nested:
                if isinstance(inner, Mapping):
                    out.extend(_flatten([inner.get("NotificationFilterUrl", inner)]))
        elif "category" in payload:
            out.append(_filter(payload))
    return out


def parse_filters(response: APIResponse) -> list[NotificationFilter]:
    return _flatten(payload for _, payload in response.envelope.items)


def _body(filters: Sequence[FilterLike]) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    for f in filters:
        data = f.model_dump(exclude_none=True) if hasattr(f, "model_dump") else dict(f)
        if not data.get("category"):
            raise UsageError("each notification filter needs a 'category'")
        items.append({k: v for k, v in data.items() if v is not None})
    return {"notification_filters": items}


def _replace(path: str, filters: Sequence[FilterLike]) -> Plan[list[NotificationFilter]]:
    body = _body(filters)

    def parse(response: APIResponse) -> list[NotificationFilter]:
        parsed = parse_filters(response)
        # An answer that only acknowledges ({"Id": ...}) means: stored as sent.
        return parsed or _flatten(body["notification_filters"])

    return Plan(RequestOptions("POST", path, json_body=body), parse)


# bunq allows at most 2 URLs per category (under 40 in all), so one page of the maximum size
# always holds the complete list: a read-modify-write never drops a filter it did not see.
FULL_LIST_COUNT = 200


def _get(path: str) -> Plan[list[NotificationFilter]]:
    return Plan(RequestOptions("GET", path, params={"count": FULL_LIST_COUNT}), parse_filters)


def _user_path(user_id: int) -> str:
    return f"user/{user_id}/{COLLECTION}"


class NotificationFilters(SyncResource):
    def get_user(self) -> list[NotificationFilter]:
        return self._run(_get(_user_path(self._user_id)))

    def replace_user(self, filters: Sequence[FilterLike]) -> list[NotificationFilter]:
        """Set the user's URL filters to exactly ``filters`` (``[]`` removes them all)."""
        return self._run(_replace(_user_path(self._user_id), filters))

    def get_account(self, account_id: int) -> list[NotificationFilter]:
        return self._run(_get(account_path(self._user_id, account_id, COLLECTION)))

    def replace_account(
        self, account_id: int, filters: Sequence[FilterLike]
    ) -> list[NotificationFilter]:
        return self._run(_replace(account_path(self._user_id, account_id, COLLECTION), filters))

    @property
    def with_raw_response(self) -> NotificationFiltersWithRawResponse:
        return NotificationFiltersWithRawResponse(self)


class AsyncNotificationFilters(AsyncResource):
    async def get_user(self) -> list[NotificationFilter]:
        return await self._run(_get(_user_path(self._user_id)))

    async def replace_user(self, filters: Sequence[FilterLike]) -> list[NotificationFilter]:
        return await self._run(_replace(_user_path(self._user_id), filters))

    async def get_account(self, account_id: int) -> list[NotificationFilter]:
        return await self._run(_get(account_path(self._user_id, account_id, COLLECTION)))

    async def replace_account(
        self, account_id: int, filters: Sequence[FilterLike]
    ) -> list[NotificationFilter]:
        return await self._run(
            _replace(account_path(self._user_id, account_id, COLLECTION), filters)
        )

    @property
    def with_raw_response(self) -> AsyncNotificationFiltersWithRawResponse:
        return AsyncNotificationFiltersWithRawResponse(self)


class NotificationFiltersWithRawResponse:
    def __init__(self, resource: NotificationFilters) -> None:
        raw = resource._raw_twin()
        self.get_user = to_raw_response_wrapper(raw.get_user)
        self.replace_user = to_raw_response_wrapper(raw.replace_user)
        self.get_account = to_raw_response_wrapper(raw.get_account)
        self.replace_account = to_raw_response_wrapper(raw.replace_account)


class AsyncNotificationFiltersWithRawResponse:
    def __init__(self, resource: AsyncNotificationFilters) -> None:
        raw = resource._raw_twin()
        self.get_user = async_to_raw_response_wrapper(raw.get_user)
        self.replace_user = async_to_raw_response_wrapper(raw.replace_user)
        self.get_account = async_to_raw_response_wrapper(raw.get_account)
        self.replace_account = async_to_raw_response_wrapper(raw.replace_account)
