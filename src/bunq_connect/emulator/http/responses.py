"""bunq envelopes as Starlette responses and small request helpers for the handlers.

return bunq_response([{"Id": {"id": 42}}])
return bunq_response(items, pagination=page.pagination)
raise BunqRuleError(404, "Monetary account not found.")   # -> bunq_error via the app
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from starlette.requests import Request
from starlette.responses import Response

from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.jsonbody import json_object
from bunq_connect.emulator.services.auth import RequestMeta
from bunq_connect.wire import envelope, headers

__all__ = ["bunq_error", "bunq_response", "emulator_of", "json_object", "request_meta"]

JSON_TYPE = "application/json"


def bunq_response(
    items: Sequence[Mapping[str, Any]],
    *,
    pagination: envelope.Pagination | None = None,
    status: int = 200,
) -> Response:
    return Response(
        envelope.encode_response(items, pagination), status_code=status, media_type=JSON_TYPE
    )


def bunq_error(status: int, description: str) -> Response:
    return Response(envelope.encode_error(description), status_code=status, media_type=JSON_TYPE)


def emulator_of(request: Request) -> Emulator:
    return cast(Emulator, request.app.state.emulator)


async def request_meta(request: Request) -> RequestMeta:
    return RequestMeta(
        body=await request.body(),
        authentication=request.headers.get(headers.CLIENT_AUTHENTICATION),
        signature=request.headers.get(headers.CLIENT_SIGNATURE),
        request_id=request.headers.get(headers.CLIENT_REQUEST_ID),
        client_ip=request.client.host if request.client else None,
    )
