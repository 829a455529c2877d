"""Every one of the spec's 271 paths, with each of its methods, answers over HTTP.

With a valid session and dummy ids: never a 5xx, always a signed bunq envelope (``Bunq.call``
checks the signature), and either a real answer or the not-emulated error - the latter exactly
for the operations no real route serves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from bunq_connect.emulator import EmulatorConfig, EmulatorServer
from bunq_connect.emulator.http import spec_routes
from bunq_connect.emulator.http._spec_paths import SPEC_PATHS
from bunq_connect.emulator.http.app import create_app
from bunq_connect.wire import envelope, signing
from tests.emulator.conftest import make_bunq
from tests.emulator.raw import Bunq, Context

OPERATIONS = [(m, p.path) for p in SPEC_PATHS for m in p.methods]
IMPLEMENTED = {
    (c.method, c.path) for c in spec_routes.coverage(create_app().routes) if c.implemented
}


@pytest.fixture(scope="module")
def unlimited_server(server_key: signing.RSAPrivateKey) -> Iterator[EmulatorServer]:
    # 480 calls in a few seconds: bunq's rate limits would answer most of them 429.
    with EmulatorServer(EmulatorConfig(rate_limits=False), server_key=server_key) as server:
        yield server


@pytest.fixture(scope="module")
def caller(
    unlimited_server: EmulatorServer, client_key: signing.RSAPrivateKey
) -> Iterator[tuple[Bunq, Context]]:
    for bunq in make_bunq(unlimited_server, client_key):
        yield bunq, bunq.context(bunq.sandbox_user())


def _concrete(spec_path: str, user_id: int) -> str:
    path = spec_path.replace("{userID}", str(user_id))
    return re.sub(r"\{[^}]+\}", "1", path)


@pytest.mark.parametrize(
    ("method", "spec_path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS]
)
def test_every_spec_operation_answers(
    caller: tuple[Bunq, Context], method: str, spec_path: str
) -> None:
    bunq, ctx = caller
    body: dict[str, object] | None = {} if method in ("POST", "PUT") else None
    response = bunq.call(
        method,
        _concrete(spec_path, ctx.user_id),
        body,
        token=ctx.session_token,
        sign=body is not None,
    )
    assert response.status_code < 500, response.text
    parsed = envelope.parse(response.content)  # raises on anything but a bunq envelope
    not_emulated = spec_routes.not_emulated_description(method, spec_path)
    if (method, spec_path) in IMPLEMENTED:
        assert not parsed.is_error or parsed.errors[0].description != not_emulated
    else:
        assert response.status_code == spec_routes.NOT_EMULATED_STATUS
        assert parsed.errors[0].description == not_emulated


def test_the_table_is_the_whole_spec() -> None:
    assert len(SPEC_PATHS) == 271
    assert len(OPERATIONS) == 480
