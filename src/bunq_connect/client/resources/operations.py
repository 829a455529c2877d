"""``client.operations``: every operation of bunq's API, driven by the generated table.

    page = client.operations.list(
        "List_all_Payment_for_User_MonetaryAccount", monetary_account_id=12, count=50
    )
    payment = client.operations.one(
        "READ_Payment_for_User_MonetaryAccount", monetary_account_id=12, item_id=34
    )
    created = client.operations.call(
        "create_payment_for_user_monetary_account",      # the snake_case name works too
        monetary_account_id=12,
        body={"amount": {"value": "1.00", "currency": "EUR"}, ...},
    )                                                     # -> [BunqId(id=...)]
    raw = client.operations.with_raw_response.one("READ_User", item_id=client.user_id)

Path parameters are keywords (``monetary-accountID`` -> ``monetary_account_id``, ``itemId`` ->
``item_id``); ``user_id`` defaults to ``client.user_id`` (the UserApiKey id on behalf of a
customer). Items decode by their wire type name (``models.unions.decode_item``), falling back to
the operation's own response schema. A call that moves money is sent as such
(``moves_money=True``) and, where the body has a ``merchant_reference``, always with a marker.
List operations also have ``iter``, ``iter_pages`` and ``poll_new`` (see ``_pagination``).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from bunq_connect.client._base_client import APIResponse, RequestOptions
from bunq_connect.client._operations import OPERATIONS, Operation, by_name
from bunq_connect.client._pagination import MAX_COUNT, Page, PollResult, check_count
from bunq_connect.client._raw import (
    Plan,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from bunq_connect.client.resources._base import AsyncResource, Listing, SyncResource
from bunq_connect.client.resources._money import apply_marker
from bunq_connect.errors import UsageError

if TYPE_CHECKING:
    from bunq_connect.models.common import BunqModel

__all__ = [
    "AsyncOperations",
    "AsyncOperationsWithRawResponse",
    "Operations",
    "OperationsWithRawResponse",
    "operation",
]

PathValue = int | str
Params = Mapping[str, str | int] | None

_PLACEHOLDER = re.compile(r"\{([^}]+)\}")


def operation(name: str) -> Operation:
    """The table row for an operationId or its snake_case name (UsageError if unknown)."""
    try:
        return by_name(name)
    except KeyError:
        raise UsageError(
            f"unknown operation {name!r}: use an operationId of bunq's OpenAPI file or its "
            "snake_case name"
        ) from None


def build_path(op: Operation, user_id: int, values: Mapping[str, PathValue]) -> str:
    """Fill the path template; ``user_id`` fills ``{userID}`` unless given."""
    given = dict(values)
    keywords = [kw for _, kw in op.path_params]
    unknown = sorted(set(given) - set(keywords))
    if unknown:
        raise UsageError(f"{op.operation_id} takes the path parameters {keywords}, not {unknown}")
    if "user_id" in keywords:
        given.setdefault("user_id", user_id)
    missing = [kw for kw in keywords if kw not in given]
    if missing:
        raise UsageError(f"{op.operation_id} needs the path parameters {missing}")
    by_placeholder = dict(op.path_params)

    def fill(match: re.Match[str]) -> str:
        value = given[by_placeholder[match.group(1)]]
        if isinstance(value, bool) or not isinstance(value, int | str) or value == "":
            raise UsageError(f"path parameter {match.group(1)!r} must be an id, got {value!r}")
        return quote(str(value), safe="")

    return _PLACEHOLDER.sub(fill, op.path)


def decoder(op: Operation) -> Callable[[str, Any], BunqModel]:
    """Decode ``(wire type name, payload)``: by the wire name, else the operation's schema."""

    def decode(type_name: str, payload: Any) -> BunqModel:
        from bunq_connect.models import _generated
        from bunq_connect.models.common import BunqModel
        from bunq_connect.models.unions import REGISTRY

        model = REGISTRY.get(type_name)
        if model is None:
            fallback: type[BunqModel] = getattr(_generated, op.response_schema, BunqModel)
            model = fallback
        if not isinstance(payload, Mapping):
            return BunqModel.model_validate({"value": payload})
        return model.model_validate(payload)

    return decode


def call_options(
    op: Operation, user_id: int, path: Mapping[str, PathValue], body: Any, params: Params
) -> RequestOptions:
    if op.lists:
        raise UsageError(f"{op.operation_id} answers a list: use operations.list() or iter()")
    marker, fresh = None, False
    if op.moves_money and op.marker_field is not None:
        if body is not None and not isinstance(body, Mapping):
            raise UsageError(f"{op.operation_id} takes a JSON object body")
        body, marker, fresh = apply_marker(body, op.marker_field)
    if body is not None and op.method in ("GET", "DELETE"):
        raise UsageError(f"{op.operation_id} ({op.method}) takes no body")
    if body is None and op.method in ("POST", "PUT"):
        body = {}
    return RequestOptions(
        op.method,
        build_path(op, user_id, path),
        params=dict(params) if params else None,
        json_body=body,
        moves_money=op.moves_money,
        marker=marker,
        marker_is_fresh=fresh,
    )


def _items(op: Operation) -> Callable[[APIResponse], list[BunqModel]]:
    decode = decoder(op)

    def parse(response: APIResponse) -> list[BunqModel]:
        return [decode(name, payload) for name, payload in response.envelope.items]

    return parse


def _one(op: Operation) -> Callable[[APIResponse], BunqModel]:
    decode = decoder(op)

    def parse(response: APIResponse) -> BunqModel:
        from bunq_connect.errors import ResponseParseError

        if not response.envelope.items:
            raise ResponseParseError(
                f"{op.operation_id} answered no item",
                status_code=response.status_code,
                response_id=response.response_id,
            )
        name, payload = response.envelope.items[0]
        return decode(name, payload)

    return parse


def listing(
    op: Operation, user_id: int, path: Mapping[str, PathValue], params: Params
) -> Listing[BunqModel]:
    if not op.lists:
        raise UsageError(f"{op.operation_id} does not answer a list: use operations.call()")
    if op.method != "GET":
        raise UsageError(f"{op.operation_id} is not a GET")
    return Listing(build_path(op, user_id, path), decoder(op), params)


def call_plan(
    name: str, user_id: int, path: Mapping[str, PathValue], body: Any, params: Params
) -> Plan[list[BunqModel]]:
    op = operation(name)
    return Plan(call_options(op, user_id, path, body, params), _items(op))


def one_plan(
    name: str, user_id: int, path: Mapping[str, PathValue], body: Any, params: Params
) -> Plan[BunqModel]:
    op = operation(name)
    return Plan(call_options(op, user_id, path, body, params), _one(op))


class Operations(SyncResource):
    """Any of the spec's operations by operationId or snake_case name."""

    @property
    def all(self) -> tuple[Operation, ...]:
        return OPERATIONS

    def call(
        self,
        name: str,
        /,
        *,
        body: Any = None,
        params: Params = None,
        **path: PathValue,
    ) -> list[BunqModel]:
        """Send a non-list operation; the decoded items (``[]`` for a DELETE)."""
        return self._run(call_plan(name, self._user_id, path, body, params))

    def one(
        self, name: str, /, *, body: Any = None, params: Params = None, **path: PathValue
    ) -> BunqModel:
        """Send a non-list operation; its first item (a READ's object, a CREATE's ``Id``)."""
        return self._run(one_plan(name, self._user_id, path, body, params))

    def list(
        self, name: str, /, *, count: int | None = None, params: Params = None, **path: PathValue
    ) -> Page[BunqModel]:
        """The newest page of a list operation (``count`` up to 200)."""
        return self._list(listing(operation(name), self._user_id, path, params), count)

    def iter(
        self, name: str, /, *, count: int = MAX_COUNT, params: Params = None, **path: PathValue
    ) -> Iterator[BunqModel]:
        check_count(count)
        return self._iter(listing(operation(name), self._user_id, path, params), count)

    def iter_pages(
        self, name: str, /, *, count: int = MAX_COUNT, params: Params = None, **path: PathValue
    ) -> Iterator[Page[BunqModel]]:
        check_count(count)
        return self._iter_pages(listing(operation(name), self._user_id, path, params), count)

    def poll_new(
        self,
        name: str,
        /,
        *,
        since_id: int,
        count: int = MAX_COUNT,
        params: Params = None,
        **path: PathValue,
    ) -> PollResult[BunqModel]:
        """Items with an id above ``since_id``, oldest first, and the new high-water mark."""
        lst = listing(operation(name), self._user_id, path, params)
        return self._poll_new(lst, since_id, count)

    @property
    def with_raw_response(self) -> OperationsWithRawResponse:
        return OperationsWithRawResponse(self)


class AsyncOperations(AsyncResource):
    @property
    def all(self) -> tuple[Operation, ...]:
        return OPERATIONS

    async def call(
        self, name: str, /, *, body: Any = None, params: Params = None, **path: PathValue
    ) -> list[BunqModel]:
        return await self._run(call_plan(name, self._user_id, path, body, params))

    async def one(
        self, name: str, /, *, body: Any = None, params: Params = None, **path: PathValue
    ) -> BunqModel:
        return await self._run(one_plan(name, self._user_id, path, body, params))

    async def list(
        self, name: str, /, *, count: int | None = None, params: Params = None, **path: PathValue
    ) -> Page[BunqModel]:
        return await self._list(listing(operation(name), self._user_id, path, params), count)

    def iter(
        self, name: str, /, *, count: int = MAX_COUNT, params: Params = None, **path: PathValue
    ) -> AsyncIterator[BunqModel]:
        check_count(count)
        return self._iter(listing(operation(name), self._user_id, path, params), count)

    def iter_pages(
        self, name: str, /, *, count: int = MAX_COUNT, params: Params = None, **path: PathValue
    ) -> AsyncIterator[Page[BunqModel]]:
        check_count(count)
        return self._iter_pages(listing(operation(name), self._user_id, path, params), count)

    async def poll_new(
        self,
        name: str,
        /,
        *,
        since_id: int,
        count: int = MAX_COUNT,
        params: Params = None,
        **path: PathValue,
    ) -> PollResult[BunqModel]:
        lst = listing(operation(name), self._user_id, path, params)
        return await self._poll_new(lst, since_id, count)

    @property
    def with_raw_response(self) -> AsyncOperationsWithRawResponse:
        return AsyncOperationsWithRawResponse(self)


class OperationsWithRawResponse:
    def __init__(self, resource: Operations) -> None:
        raw = resource._raw_twin()
        self.call = to_raw_response_wrapper(raw.call)
        self.one = to_raw_response_wrapper(raw.one)
        self.list = to_raw_response_wrapper(raw.list)


class AsyncOperationsWithRawResponse:
    def __init__(self, resource: AsyncOperations) -> None:
        raw = resource._raw_twin()
        self.call = async_to_raw_response_wrapper(raw.call)
        self.one = async_to_raw_response_wrapper(raw.one)
        self.list = async_to_raw_response_wrapper(raw.list)
