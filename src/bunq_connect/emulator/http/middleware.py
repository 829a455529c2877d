"""Every response under ``/v1`` leaves signed, with bunq's id headers.

The middleware sits outside Starlette's routing and exception handling, so errors, 404s for
unknown paths, 405s and even crashes (answered as a bunq 500) are signed like any answer:
the body is buffered, signed with the server key over its exact bytes into
``X-Bunq-Server-Signature``, and sent with a fresh ``X-Bunq-Client-Response-Id`` and the
request's ``X-Bunq-Client-Request-Id`` echoed back.
"""

from __future__ import annotations

import logging
import uuid

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bunq_connect.emulator import observe
from bunq_connect.emulator.backend import Emulator
from bunq_connect.wire import envelope, headers

logger = logging.getLogger("bunq_connect.emulator")

API_PREFIX = "/v1"


def is_api_path(path: str) -> bool:
    return path == API_PREFIX or path.startswith(API_PREFIX + "/")


class BunqSigningMiddleware:
    def __init__(self, app: ASGIApp, emulator: Emulator) -> None:
        self.app = app
        self.emulator = emulator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_api_path(scope["path"]):
            await self.app(scope, receive, send)
            return
        request_id = Headers(scope=scope).get(headers.CLIENT_REQUEST_ID)
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        try:
            await self.app(scope, receive, capture)
        except Exception:
            # Log the error type and place only: request bodies may carry secrets.
            logger.exception("unhandled error on %s %s", scope["method"], scope["path"])
            start = None
        if start is None:
            status = 500
            raw_headers: list[tuple[bytes, bytes]] = [(b"content-type", b"application/json")]
            body = envelope.encode_error("Internal server error.")
        else:
            status = start["status"]
            raw_headers = list(start.get("headers", []))
            body = b"".join(chunks)
        observe.notify(scope["method"], scope["path"], status, body)
        out = MutableHeaders(raw=raw_headers)
        out["content-length"] = str(len(body))
        out[headers.SERVER_SIGNATURE] = self.emulator.sign(body)
        out[headers.CLIENT_RESPONSE_ID] = str(uuid.uuid4())
        if request_id is not None:
            out[headers.CLIENT_REQUEST_ID] = request_id
        await send({"type": "http.response.start", "status": status, "headers": out.raw})
        await send({"type": "http.response.body", "body": body, "more_body": False})
