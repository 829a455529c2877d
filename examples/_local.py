"""Where the examples run: the emulator at BUNQ_EMULATOR_URL, or an embedded one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from bunq_connect.emulator import EmulatorConfig, EmulatorServer
from bunq_connect.environments import Environment, discover


@contextmanager
def local_environment() -> Iterator[tuple[Environment, str]]:
    """The environment and the emulator's base URL (for its control API)."""
    url = os.environ.get("BUNQ_EMULATOR_URL")
    if url:
        yield discover(url), url.rstrip("/")
        return
    with EmulatorServer(EmulatorConfig()) as server:
        yield discover(server.base_url), server.base_url
