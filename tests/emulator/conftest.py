"""Emulator fixtures: real servers on free loopback ports, keys generated once per run."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bunq_connect.emulator import EmulatorConfig, EmulatorServer
from bunq_connect.wire import signing
from tests.conftest import NO_RATE_LIMITS
from tests.emulator.raw import Bunq


@pytest.fixture(scope="session")
def server_key() -> signing.RSAPrivateKey:
    return signing.generate_private_key()


@pytest.fixture(scope="session")
def client_key() -> signing.RSAPrivateKey:
    return signing.generate_private_key()


@pytest.fixture(scope="module")
def shared_server(server_key: signing.RSAPrivateKey) -> Iterator[EmulatorServer]:
    """One server per test module: tests there create their own users and never move time."""
    with EmulatorServer(NO_RATE_LIMITS, server_key=server_key) as server:
        yield server


@pytest.fixture
def server(server_key: signing.RSAPrivateKey) -> Iterator[EmulatorServer]:
    """A server of the test's own, for clock and configuration changes."""
    with EmulatorServer(NO_RATE_LIMITS, server_key=server_key) as server:
        yield server


@pytest.fixture
def rate_limited_server(server_key: signing.RSAPrivateKey) -> Iterator[EmulatorServer]:
    """A server of the test's own with bunq's rate limits on, as outside the test suite."""
    with EmulatorServer(EmulatorConfig(), server_key=server_key) as server:
        yield server


def make_bunq(server: EmulatorServer, client_key: signing.RSAPrivateKey) -> Iterator[Bunq]:
    bunq = Bunq(
        base_url=server.base_url,
        server_public_key=signing.load_public_key(server.server_public_key_pem),
        client_key=client_key,
    )
    try:
        yield bunq
    finally:
        bunq.http.close()


@pytest.fixture
def bunq(shared_server: EmulatorServer, client_key: signing.RSAPrivateKey) -> Iterator[Bunq]:
    yield from make_bunq(shared_server, client_key)


@pytest.fixture
def own_bunq(server: EmulatorServer, client_key: signing.RSAPrivateKey) -> Iterator[Bunq]:
    """Raw calls to the test's own ``server``."""
    yield from make_bunq(server, client_key)


@pytest.fixture
def strict_server(server_key: signing.RSAPrivateKey) -> Iterator[EmulatorServer]:
    config = EmulatorConfig(strict_request_ids=True, rate_limits=False)
    with EmulatorServer(config, server_key=server_key) as s:
        yield s
