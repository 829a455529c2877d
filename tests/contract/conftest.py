"""One contract suite, two targets (like moto's): the local emulator, or bunq's sandbox.

    .venv/bin/pytest tests/contract                                   # the emulator (default)
    BUNQ_CONTRACT_TARGET=sandbox .venv/bin/pytest tests/contract      # bunq's hosted sandbox

The tests use only the public client API and bunq's documented behaviour, so they say the
same thing about both targets: where the emulator and bunq would disagree, one of them fails.
Against the sandbox they need network access to bunq (never in CI); the on-behalf tests
also need an access token a person approved, in ``BUNQ_SANDBOX_ACCESS_TOKEN``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pydantic import SecretStr

from bunq_connect.context import ApiContext
from bunq_connect.environments import SANDBOX, Environment, discover
from bunq_connect.sandbox import create_sandbox_user


@dataclass(frozen=True)
class Target:
    name: str  # "emulator" | "sandbox"
    env: Environment
    access_token: SecretStr | None  # an approved OAuth access token, for on-behalf tests
    # On the emulator the consent is driven here, and its context reused: a second
    # session-server call for the same token within 30 s is a 429, on bunq as on the emulator.
    on_behalf: ApiContext | None = None


@pytest.fixture(scope="session")
def target() -> Iterator[Target]:
    chosen = os.environ.get("BUNQ_CONTRACT_TARGET", "emulator").lower()
    if chosen == "sandbox":
        token = os.environ.get("BUNQ_SANDBOX_ACCESS_TOKEN")
        yield Target("sandbox", SANDBOX, SecretStr(token) if token else None)
        return
    if chosen != "emulator":
        raise pytest.UsageError("BUNQ_CONTRACT_TARGET must be 'emulator' or 'sandbox'")
    from bunq_connect.emulator import EmulatorConfig, EmulatorServer
    from bunq_connect.playground import connect_customer

    # bunq's rate limits stay on: the contract includes living within them.
    with EmulatorServer(EmulatorConfig()) as server:
        env = discover(server.base_url)
        connection = connect_customer(env)
        yield Target("emulator", env, connection.on_behalf.api_key, connection.on_behalf)


@pytest.fixture(scope="session")
def person(target: Target) -> ApiContext:
    """A fresh sandbox person with an API context (one per run: session-server is 1 per 30 s)."""
    return ApiContext.create(target.env, create_sandbox_user(target.env, kind="person"))
