"""Shared steps of the ``/v1`` resource handlers: authenticate, resolve the URL's user, page.

call = await user_call(request)              # 401 / 403 as bunq, before anything else
call.require_signature()                     # 466 for calls that move money
body = call.body()                           # the JSON object (400 otherwise)
return listing(request, items, key=lambda p: p.id, render=lambda p: views.payment_item(p, s))
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from starlette.requests import Request
from starlette.responses import Response

from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.http.responses import (
    bunq_response,
    emulator_of,
    json_object,
    request_meta,
)
from bunq_connect.emulator.pagination import PageQuery, paginate
from bunq_connect.emulator.services import accounts, auth
from bunq_connect.emulator.services.auth import RequestMeta, SessionContext
from bunq_connect.emulator.state import User

T = TypeVar("T")


def path_int(request: Request, name: str) -> int:
    value = request.path_params[name]
    assert isinstance(value, int)  # the route's ":int" convertor guarantees it
    return value


@dataclass(frozen=True, slots=True)
class UserCall:
    """An authenticated call under ``/user/{user_id}``: ``owner`` is whose data it reaches."""

    emu: Emulator
    meta: RequestMeta
    ctx: SessionContext
    owner: User

    def body(self) -> dict[str, Any]:
        return json_object(self.meta.body)

    def require_signature(self) -> None:
        auth.require_signature(self.meta)


async def user_call(request: Request) -> UserCall:
    emu = emulator_of(request)
    meta = await request_meta(request)
    ctx = auth.authenticate(emu, meta)
    owner = accounts.check_user_path(emu, ctx, path_int(request, "user_id"))
    return UserCall(emu=emu, meta=meta, ctx=ctx, owner=owner)


def listing(
    request: Request,
    items: Iterable[T],
    *,
    key: Callable[[T], int],
    render: Callable[[T], dict[str, Any]],
) -> Response:
    """One page of ``items`` as bunq lists them, newest first, with Pagination URLs."""
    emu = emulator_of(request)
    query = PageQuery.from_params(request.query_params)
    page = paginate(items, key=key, query=query, path=request.url.path)
    with emu.state.lock:
        rendered = [render(item) for item in page.items]
    return bunq_response(rendered, pagination=page.pagination)


def created(item_id: int) -> Response:
    return bunq_response([{"Id": {"id": item_id}}])
