"""The generated route table and coverage document are current; fallbacks never shadow.

Offline (no server): route matching is asked directly, like Starlette does it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route

from bunq_connect.emulator.http import spec_routes
from bunq_connect.emulator.http._spec_paths import SPEC_PATHS
from bunq_connect.emulator.http.app import create_app
from tests.spec.adapter import SpecAdapter, default_spec_file

REPO = Path(__file__).resolve().parents[2]


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_route_table_is_generated_from_the_current_spec() -> None:
    generator = _script("generate_emulator_routes")
    committed = (REPO / "src/bunq_connect/emulator/http/_spec_paths.py").read_text("utf-8")
    assert generator.generate(default_spec_file()) == committed, (
        "run scripts/generate_emulator_routes.py"
    )


def test_route_table_holds_every_path_and_method_of_the_spec() -> None:
    adapter = SpecAdapter.load()
    table = {(m, p.path) for p in SPEC_PATHS for m in p.methods}
    assert len(SPEC_PATHS) == 271
    assert table == {(op.method, op.path) for op in adapter.operations}


def test_coverage_document_is_current() -> None:
    committed = (REPO / "docs/emulator-coverage.md").read_text("utf-8")
    assert _script("emulator_coverage").render() == committed, (
        "an emulator route was added or removed: run scripts/emulator_coverage.py"
    )


def test_every_operation_is_served_by_its_real_route_or_else_a_fallback() -> None:
    app = create_app()
    real = [r for r in app.routes if not spec_routes.is_fallback(r)]
    first_fallback = next(i for i, r in enumerate(app.routes) if spec_routes.is_fallback(r))
    assert all(spec_routes.is_fallback(r) for r in app.routes[first_fallback:]), "mounted last"
    implemented = 0
    for spec in SPEC_PATHS:
        for method in spec.methods:
            route = spec_routes.serving_route(app.routes, method, spec.path)
            assert route is not None, (method, spec.path)
            if spec_routes.serving_route(real, method, spec.path) is not None:
                implemented += 1
                # The real handler answers: the one Starlette picks first is no fallback.
                assert not spec_routes.is_fallback(route), (method, spec.path)
            else:
                assert spec_routes.is_fallback(route), (method, spec.path)
    assert implemented >= 16  # the core's endpoints at least


async def _ok(request: object) -> PlainTextResponse:
    return PlainTextResponse("real")


def test_fallbacks_cover_only_the_methods_no_route_serves() -> None:
    routes = [
        Route("/v1/user/{user_id:int}/card", _ok, methods=["GET"]),
        # A Mount only serves what a route inside it serves.
        Mount("/v1/user/{user_id:int}/card-debit", routes=[Route("/x", _ok)]),
    ]
    fallbacks = {(r.path, m) for r in spec_routes.fallback_routes(routes) for m in r.methods or ()}
    assert ("/v1/user/{p0}/card", "GET") not in fallbacks
    assert ("/v1/user/{p0}/card-debit", "POST") in fallbacks
    rows = {(c.method, c.path): c.implemented for c in spec_routes.coverage(routes)}
    assert rows[("GET", "/user/{userID}/card")] is True
    assert rows[("POST", "/user/{userID}/card-debit")] is False


def test_sample_paths_put_one_in_every_placeholder() -> None:
    assert spec_routes.sample_path("/user/{userID}/card") == "/v1/user/1/card"
    deep = "/user/{userID}/monetary-account/{monetary-accountID}/payment/{itemId}"
    assert spec_routes.sample_path(deep) == "/v1/user/1/monetary-account/1/payment/1"
