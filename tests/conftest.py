"""Shared fixtures: a real emulator on a free loopback port, and the environment it serves."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from bunq_connect.emulator import EmulatorConfig, EmulatorServer
from bunq_connect.environments import Environment, discover

# Every /v1 answer the emulator gives in this run is checked against bunq's spec at the end
# (pytester: tests/spec proves that check fails a run).
pytest_plugins = ["tests.spec.plugin", "pytester"]


# bunq's rate limits (on by default) would make tests wait or fail on the 4th GET in 3 s: the
# shared fixtures switch them off; `rate_limited_emulator` keeps them, as bunq has them.
NO_RATE_LIMITS = EmulatorConfig(rate_limits=False)


@pytest.fixture(scope="session")
def emulator() -> Iterator[EmulatorServer]:
    """One emulator for the session: tests that need their own clock use ``fresh_emulator``."""
    with EmulatorServer(NO_RATE_LIMITS) as server:
        yield server


@pytest.fixture
def fresh_emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer(NO_RATE_LIMITS) as server:
        yield server


@pytest.fixture
def rate_limited_emulator() -> Iterator[EmulatorServer]:
    """An emulator with bunq's rate limits on (the default outside the test suite)."""
    with EmulatorServer(EmulatorConfig()) as server:
        yield server


@pytest.fixture(scope="session")
def env(emulator: EmulatorServer) -> Environment:
    return discover(emulator.base_url)


@pytest.fixture
def fresh_env(fresh_emulator: EmulatorServer) -> Environment:
    return discover(fresh_emulator.base_url)


def advance_clock(server: EmulatorServer, seconds: float) -> None:
    """Move the emulator's clock through its control API (as an outside test would)."""
    response = httpx.post(f"{server.base_url}/_emulator/clock/advance", json={"seconds": seconds})
    response.raise_for_status()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
