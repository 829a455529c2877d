"""A local bunq: a bunq-compatible API server for development and tests.

It serves bunq's ``/v1`` API (signed responses, installation, device-server, session-server,
users, monetary accounts, OAuth clients), an OAuth consent page and token endpoint, RFC 8414
metadata and a control plane, all from one loopback port::

    from bunq_connect.emulator import EmulatorServer, EmulatorConfig

    with EmulatorServer(EmulatorConfig(strict_request_ids=True)) as emu:
        emu.base_url            # http://127.0.0.1:54321
        emu.api_url             # http://127.0.0.1:54321/v1
        emu.clock.advance(600)  # expire codes and sessions

    serve("127.0.0.1", 8000)    # what ``bunq-connect emulator`` runs; blocks

Layout: ``state`` (dataclasses), ``services`` (bunq's rules, no HTTP), ``http`` (thin
Starlette handlers, signing middleware), ``server`` (uvicorn). It imports nothing from the
client side of this project, only ``bunq_connect.wire``.
"""

from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.clock import Clock
from bunq_connect.emulator.config import EmulatorConfig
from bunq_connect.emulator.http.app import create_app
from bunq_connect.emulator.server import EmulatorServer, EmulatorUrls, serve

__all__ = [
    "Clock",
    "Emulator",
    "EmulatorConfig",
    "EmulatorServer",
    "EmulatorUrls",
    "create_app",
    "serve",
]
