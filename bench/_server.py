"""One server for the benchmarks, in its own process: the emulator, or a bare Starlette route.

    .venv/bin/python bench/_server.py --app emulator [--certfile F --keyfile F]
        [--config-json '{"session_server_interval": 0}']
    .venv/bin/python bench/_server.py --app bare --body-file body.json

Binds a free loopback port, prints one JSON line ``{"base_url": ...}`` on stdout once bound,
then serves until SIGINT/SIGTERM. Both apps run under the emulator's own uvicorn settings
(no access log, no lifespan, no server header; TCP_NODELAY-capable socket), so the only
difference between them is what the application does per request.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import socket
import sys
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from bunq_connect.emulator import EmulatorConfig
from bunq_connect.emulator.http.app import create_app

BARE_PATH = "/v1/user/{user_id:int}/monetary-account"


def bare_app(body: bytes) -> Starlette:
    """The same body, unsigned, from one route at the same path: the floor for the emulator."""

    async def endpoint(request: Request) -> Response:
        return Response(body, media_type="application/json")

    return Starlette(routes=[Route(BARE_PATH, endpoint)])


def emulator_config(overrides: dict[str, Any]) -> EmulatorConfig:
    """EmulatorConfig with the overrides this emulator version knows; others are reported."""
    known = {f.name: f for f in dataclasses.fields(EmulatorConfig)}
    kwargs: dict[str, Any] = {}
    for name, value in overrides.items():
        if name in known:
            kwargs[name] = value
        else:
            print(f"_server.py: EmulatorConfig has no {name!r}; ignored", file=sys.stderr)
    return EmulatorConfig(**kwargs)


def bind_loopback() -> socket.socket:
    # As the emulator's server does: proto=IPPROTO_TCP lets asyncio set TCP_NODELAY on
    # accepted sockets (else every answer may wait ~40 ms for a delayed ACK).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.set_inheritable(True)
    sock.listen(2048)  # connections made before uvicorn's loop runs wait in the backlog
    return sock


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", choices=["emulator", "bare"], required=True)
    parser.add_argument("--body-file", type=Path)
    parser.add_argument("--certfile")
    parser.add_argument("--keyfile")
    parser.add_argument("--config-json", default="{}")
    args = parser.parse_args(argv)

    app: ASGIApp
    if args.app == "bare":
        if args.body_file is None:
            parser.error("--app bare needs --body-file")
        app = bare_app(args.body_file.read_bytes())
    else:
        app = create_app(emulator_config(json.loads(args.config_json)))
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="off",
        server_header=False,
        timeout_graceful_shutdown=2,
        ssl_certfile=args.certfile,
        ssl_keyfile=args.keyfile,
    )
    server = uvicorn.Server(config)
    sock = bind_loopback()
    scheme = "https" if args.certfile else "http"
    print(json.dumps({"base_url": f"{scheme}://127.0.0.1:{sock.getsockname()[1]}"}), flush=True)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # uvicorn re-raises the SIGINT it shut down for
    finally:
        sock.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
