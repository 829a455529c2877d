"""Every path of bunq's spec answers: a real route, or a signed "not emulated" error.

``create_app`` mounts these last, after every real route:

    routes = [*api.routes, *oauth.routes, *control.routes]
    routes += fallback_routes(routes)      # only for (path, method) no real route serves

    >>> from bunq_connect.emulator.http import api
    >>> [c.state for c in coverage(api.routes) if c.path == "/user/{userID}/monetary-account"]
    ['implemented', 'not emulated']

A fallback answers 400 with ``Endpoint POST /v1/... is not emulated by the bunq-connect
emulator.``: bunq has no 501, and 400 is the one error status its spec documents for every
operation, so a client sees a documented, non-retryable answer (a 404 would read as "this item
does not exist", which an app may act on). The fallback answers before any session check: it
says what the emulator can do, whoever asks.

Whether a (path, method) is implemented is decided by asking the real routes to match a sample
concrete path (every placeholder ``1``), so the answer follows whatever routes exist; the
coverage document (``scripts/emulator_coverage.py``) is derived from the same function.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, Mount, Route

from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.http._spec_paths import SPEC_PATHS

__all__ = [
    "NOT_EMULATED_STATUS",
    "Coverage",
    "coverage",
    "fallback_routes",
    "is_fallback",
    "not_emulated_description",
    "sample_path",
]

API_PREFIX = "/v1"
NOT_EMULATED_STATUS = 400
_PLACEHOLDER = re.compile(r"\{[^}]+\}")


def not_emulated_description(method: str, spec_path: str) -> str:
    return (
        f"Endpoint {method} {API_PREFIX}{spec_path} is not emulated by the bunq-connect emulator."
    )


def sample_path(spec_path: str, value: str = "1") -> str:
    """``/user/{userID}/card`` -> ``/v1/user/1/card``: a concrete path the routes can match."""
    return API_PREFIX + _PLACEHOLDER.sub(value, spec_path)


def _starlette_path(spec_path: str) -> str:
    # Spec placeholders hold hyphens (``{monetary-accountID}``), which Starlette refuses.
    counter = iter(range(100))
    return API_PREFIX + _PLACEHOLDER.sub(lambda _: f"{{p{next(counter)}}}", spec_path)


def _matches(routes: Iterable[BaseRoute], scope: dict[str, Any]) -> BaseRoute | None:
    """The route Starlette would run for ``scope`` (first full match), looking into Mounts."""
    for route in routes:
        match, child_scope = route.matches(scope)
        if match is not Match.FULL:
            continue
        if isinstance(route, Mount):
            # A Mount matches a whole prefix: only a route inside it really serves the path.
            inner = _matches(route.routes, {**scope, **child_scope})
            if inner is not None:
                return inner
            continue
        return route
    return None


def _scope(method: str, path: str) -> dict[str, Any]:
    return {"type": "http", "method": method, "path": path, "root_path": "", "path_params": {}}


def serving_route(routes: Iterable[BaseRoute], method: str, spec_path: str) -> BaseRoute | None:
    return _matches(list(routes), _scope(method, sample_path(spec_path)))


def is_fallback(route: BaseRoute | None) -> bool:
    return isinstance(route, Route) and getattr(route.endpoint, "not_emulated", False)


def _endpoint(spec_path: str) -> Callable[[Request], Awaitable[Response]]:
    async def not_emulated(request: Request) -> Response:
        raise BunqRuleError(
            NOT_EMULATED_STATUS, not_emulated_description(request.method, spec_path)
        )

    not_emulated.not_emulated = True  # type: ignore[attr-defined]  # marks fallbacks for is_fallback
    return not_emulated


def fallback_routes(routes: Sequence[BaseRoute]) -> list[Route]:
    """A not-emulated route for every spec (path, method) that none of ``routes`` serves."""
    fallbacks: list[Route] = []
    for spec in SPEC_PATHS:
        missing = [m for m in spec.methods if serving_route(routes, m, spec.path) is None]
        if missing:
            fallbacks.append(
                Route(_starlette_path(spec.path), _endpoint(spec.path), methods=missing)
            )
    return fallbacks


@dataclass(frozen=True, slots=True)
class Coverage:
    path: str  # as in the spec, below /v1
    tag: str
    method: str
    implemented: bool

    @property
    def state(self) -> str:
        return "implemented" if self.implemented else "not emulated"


def coverage(routes: Iterable[BaseRoute]) -> list[Coverage]:
    """Every spec operation, implemented or not, judged against ``routes`` (fallbacks ignored)."""
    real = [r for r in routes if not is_fallback(r)]
    return [
        Coverage(spec.path, spec.tag, method, serving_route(real, method, spec.path) is not None)
        for spec in SPEC_PATHS
        for method in spec.methods
    ]
