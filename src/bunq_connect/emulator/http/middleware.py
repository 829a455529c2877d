"""The emulator's ASGI middleware, outermost first (see ``http.app``)::

    PersistMiddleware       state file written before the answer goes out (``--state``)
    FaultMiddleware         injected faults: 500/491/429 answers, hang, drop, drop_after
    BunqSigningMiddleware   every /v1 answer signed, with bunq's id headers
    RateLimitMiddleware     bunq's per IP and endpoint limits, 429 (signed: it is inside)
    (Starlette routing and exception handlers)

Signing sits outside Starlette's routing and exception handling, so errors, 404s for unknown
paths, 405s and even crashes (answered as a bunq 500) are signed like any answer: the body is
buffered, signed with the server key over its exact bytes into ``X-Bunq-Server-Signature``,
and sent with a fresh ``X-Bunq-Client-Response-Id`` and the request's
``X-Bunq-Client-Request-Id`` echoed back.

Dropping a connection needs the socket: ``server.py`` runs uvicorn with a protocol that puts
the connection's asyncio transport into ``scope["state"][TRANSPORT_KEY]``; closing it is a
real connection error for the client (``httpx.RemoteProtocolError``). Without a transport
(``httpx.ASGITransport``) a drop raises :class:`ConnectionDropped` instead.
"""

from __future__ import annotations

import asyncio
import logging
import uuid

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bunq_connect.emulator import faults, observe, ratelimit
from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.http.responses import bunq_error
from bunq_connect.wire import envelope, headers

logger = logging.getLogger("bunq_connect.emulator")

API_PREFIX = "/v1"
CONTROL_PREFIX = "/_emulator"
TRANSPORT_KEY = "bunq_emulator.transport"
READ_ONLY_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class ConnectionDropped(Exception):
    """A fault dropped the connection where there is no socket to close (in-process ASGI)."""


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


class RateLimitMiddleware:
    """bunq's rate limits on ``/v1``: per client IP, method and concrete path, sliding window."""

    def __init__(self, app: ASGIApp, emulator: Emulator) -> None:
        self.app = app
        self.emulator = emulator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        config = self.emulator.config
        if scope["type"] != "http" or not config.rate_limits or not is_api_path(scope["path"]):
            await self.app(scope, receive, send)
            return
        method: str = scope["method"]
        endpoint = ratelimit.endpoint_of(scope["path"])
        client = scope.get("client")
        ip = client[0] if client else "unknown"
        limit = ratelimit.limit_for(method, endpoint, config.rate_limit_scope)
        if self.emulator.rate_limiter.hit((ip, method, endpoint), limit) > 0:
            await bunq_error(429, limit.description())(scope, receive, send)
            return
        await self.app(scope, receive, send)


async def drop_connection(scope: Scope, receive: Receive) -> None:
    """Close the client's connection without an answer (a FIN, no status line)."""
    transport = scope.get("state", {}).get(TRANSPORT_KEY)
    if transport is None:
        raise ConnectionDropped(f"connection dropped by a fault on {scope['path']}")
    transport.close()
    # Wait until uvicorn has seen the connection go, or it would answer a 500 of its own
    # ("ASGI callable returned without starting response").
    try:
        async with asyncio.timeout(2.0):
            while (await receive())["type"] != "http.disconnect":
                pass
    except TimeoutError:  # pragma: no cover - uvicorn reports the close at once
        logger.warning("connection close on %s was not reported", scope["path"])


async def _buffered(receive: Receive) -> Receive:
    """Read the request body now; the returned ``receive`` replays it, then waits as usual."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return receive  # disconnected already: the handler will see it
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        return await receive()

    return replay


async def _discard(message: Message) -> None:
    """``send`` for drop_after: the handler answers, nobody hears it."""


class FaultMiddleware:
    """Applies the emulator's fault rules to every request outside the control plane."""

    def __init__(self, app: ASGIApp, emulator: Emulator) -> None:
        self.app = app
        self.emulator = emulator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(CONTROL_PREFIX):
            await self.app(scope, receive, send)
            return
        fault = self.emulator.faults.take(scope["method"], scope["path"])
        if fault is None:
            await self.app(scope, receive, send)
            return
        spec = fault.spec
        if spec.mode == "drop_after":
            await self.app(scope, receive, _discard)  # the state change is committed
            await asyncio.sleep(spec.delay)
            await drop_connection(scope, receive)
            return
        if spec.mode == "hang":
            # Take the whole request first, as a slow server would: the handler then runs
            # even if the client gave up meanwhile (and its answer goes nowhere).
            receive = await _buffered(receive)
            await asyncio.sleep(spec.delay)
            await self.app(scope, receive, send)
            return
        await asyncio.sleep(spec.delay)  # a slow failure
        if spec.mode == "drop":
            await drop_connection(scope, receive)
        else:
            status = int(spec.mode)
            description = spec.description or (
                ratelimit.limit_for(scope["method"], scope["path"]).description()
                if status == 429
                else faults.STATUS_DESCRIPTIONS[status]
            )
            # Through the signing middleware: a fault answer is signed like any /v1 answer.
            answer = bunq_error(status, description)
            await BunqSigningMiddleware(answer, self.emulator)(scope, receive, send)


class PersistMiddleware:
    """With a state file: save after every request that may have changed the state.

    That is every ``/v1`` call (a GET extends a session) and every other non-GET request. The
    save happens before the answer is sent, so an answered request survives a crash.
    """

    def __init__(self, app: ASGIApp, emulator: Emulator) -> None:
        self.app = app
        self.emulator = emulator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        emu = self.emulator
        if (
            scope["type"] != "http"
            or emu.store is None
            or not (is_api_path(scope["path"]) or scope["method"] not in READ_ONLY_METHODS)
        ):
            await self.app(scope, receive, send)
            return
        saved = False

        async def save_then_send(message: Message) -> None:
            nonlocal saved
            if message["type"] == "http.response.start" and not saved:
                saved = True
                emu.persist()
            await send(message)

        try:
            await self.app(scope, receive, save_then_send)
        finally:
            if not saved:  # no answer (dropped) or an error: the state may still have changed
                emu.persist()
