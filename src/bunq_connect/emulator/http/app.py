"""The Starlette application of one emulator instance.

    >>> app = create_app()                        # a fresh Emulator with its own server key
    >>> app.state.emulator.config.strict_request_ids
    False

Run it with uvicorn (see ``emulator.server``) or hand it to ``httpx.ASGITransport``. Its
lifespan runs the callback delivery engine (``app.state.delivery``); without a lifespan (plain
``ASGITransport``) callbacks go out only on ``POST /_emulator/notifications/flush``.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute

from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.config import EmulatorConfig
from bunq_connect.emulator.delivery import DeliveryEngine
from bunq_connect.emulator.errors import BunqRuleError, ConsentError, OAuthRuleError
from bunq_connect.emulator.http import api, control, oauth, spec_routes
from bunq_connect.emulator.http.middleware import (
    BunqSigningMiddleware,
    FaultMiddleware,
    PersistMiddleware,
    RateLimitMiddleware,
    is_api_path,
)
from bunq_connect.emulator.http.responses import bunq_error
from bunq_connect.wire import signing


async def _rule_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, BunqRuleError)
    return bunq_error(exc.status, exc.description)


async def _oauth_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, OAuthRuleError)
    return JSONResponse(
        {"error": exc.error, "error_description": exc.description},
        status_code=exc.status,
        headers=oauth.NO_STORE,
    )


async def _consent_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ConsentError)
    return oauth.consent_error_page(exc)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if not is_api_path(request.url.path):
        return PlainTextResponse(exc.detail, status_code=exc.status_code, headers=exc.headers)
    if exc.status_code == 404:
        description = f"Route not found: {request.method} {request.url.path} is not an endpoint."
    elif exc.status_code == 405:
        description = f"Method {request.method} is not allowed for this endpoint."
    else:
        description = str(exc.detail)
    response = bunq_error(exc.status_code, description)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


def create_app(
    config: EmulatorConfig | None = None,
    *,
    emulator: Emulator | None = None,
    server_key: signing.RSAPrivateKey | None = None,
) -> Starlette:
    """A new app with its own state; pass ``emulator`` to share one (tests, in-process)."""
    emu = emulator or Emulator.create(config, server_key=server_key)
    routes: list[BaseRoute] = [*api.routes, *oauth.routes, *control.routes]
    routes += spec_routes.fallback_routes(routes)  # last: never shadows a real route

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        engine = DeliveryEngine(emu)
        app.state.delivery = engine
        task = asyncio.create_task(engine.run(), name="bunq-emulator-callbacks")
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            app.state.delivery = None

    app = Starlette(
        routes=routes,
        # Outermost first; the order is explained in http/middleware.py.
        middleware=[
            Middleware(PersistMiddleware, emulator=emu),
            Middleware(FaultMiddleware, emulator=emu),
            Middleware(BunqSigningMiddleware, emulator=emu),
            Middleware(RateLimitMiddleware, emulator=emu),
        ],
        lifespan=lifespan,
        exception_handlers={
            BunqRuleError: _rule_error,
            OAuthRuleError: _oauth_error,
            ConsentError: _consent_error,
            HTTPException: _http_error,
        },
    )
    app.state.emulator = emu
    app.state.delivery = None
    return app
