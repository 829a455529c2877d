"""Run the emulator: in-process for tests and demos, or in the foreground for the CLI.

    with EmulatorServer() as emu:                 # a free loopback port, a background thread
        httpx.post(emu.api_url + "/sandbox-user-person")
        emu.clock.advance(3600)                   # expire sessions without waiting
        emu.state                                 # the live state, for assertions

    serve("127.0.0.1", 8000, on_ready=lambda urls: print(urls.base_url))   # blocks until ^C

uvicorn stays quiet (warnings only, no access log): request lines would show tokens in
query strings (the OAuth token endpoint takes its secret there). It runs the h11 protocol
with one addition: each connection's transport is put into ``scope["state"]``, so a fault
can really drop the connection. The app's lifespan runs the callback delivery engine.

With ``EmulatorConfig(state_path=...)`` the state is loaded at start, saved after every
mutating request and once more at stop.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.clock import Clock
from bunq_connect.emulator.config import EmulatorConfig
from bunq_connect.emulator.http import control, oauth
from bunq_connect.emulator.http.app import create_app
from bunq_connect.emulator.http.middleware import TRANSPORT_KEY
from bunq_connect.emulator.state import EmulatorState
from bunq_connect.wire import signing

__all__ = ["EmulatorServer", "EmulatorUrls", "serve"]

STARTUP_TIMEOUT = 15.0


@dataclass(frozen=True, slots=True)
class EmulatorUrls:
    base_url: str  # http://127.0.0.1:54321

    @property
    def api_url(self) -> str:
        return self.base_url + "/v1"

    @property
    def authorization_endpoint(self) -> str:
        return self.base_url + oauth.AUTHORIZE_PATH

    @property
    def token_endpoint(self) -> str:
        return self.base_url + oauth.TOKEN_PATH

    @property
    def metadata_url(self) -> str:
        return self.base_url + oauth.METADATA_PATH

    @property
    def control_url(self) -> str:
        return self.base_url + control.PREFIX


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted sockets whose proto
    # says TCP, and without it every response waits ~40 ms for a delayed ACK (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def _urls_for(host: str, sock: socket.socket) -> EmulatorUrls:
    port = sock.getsockname()[1]
    # A wildcard bind is reached through loopback from this machine.
    shown = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(host, host)
    if ":" in shown:
        shown = f"[{shown}]"
    return EmulatorUrls(f"http://{shown}:{port}")


class _TransportInScope(H11Protocol):
    """uvicorn's h11 protocol, with the connection's transport in every request's state."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        # app_state is copied into scope["state"] for each request of this connection.
        self.app_state = {**self.app_state, TRANSPORT_KEY: transport}


def _uvicorn_server(emulator: Emulator, *, in_thread: bool) -> uvicorn.Server:
    app = create_app(emulator=emulator)
    config = uvicorn.Config(
        app,
        http=_TransportInScope,
        log_level="warning",
        access_log=False,
        lifespan="on",
        server_header=False,
        # Shut down promptly: keep-alive clients must not hold a test run hostage.
        timeout_graceful_shutdown=2 if in_thread else 10,
    )
    return uvicorn.Server(config)


class EmulatorServer:
    """The emulator on a loopback port in a background thread; a context manager."""

    def __init__(
        self,
        config: EmulatorConfig | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        server_key: signing.RSAPrivateKey | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.emulator = Emulator.create(config, clock=clock, server_key=server_key)
        self.host = host
        self.port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._urls: EmulatorUrls | None = None

    # -- what tests use ------------------------------------------------------------------

    @property
    def urls(self) -> EmulatorUrls:
        if self._urls is None:
            raise RuntimeError("the emulator is not running")
        return self._urls

    @property
    def base_url(self) -> str:
        return self.urls.base_url

    @property
    def api_url(self) -> str:
        return self.urls.api_url

    @property
    def config(self) -> EmulatorConfig:
        return self.emulator.config

    @property
    def state(self) -> EmulatorState:
        return self.emulator.state

    @property
    def clock(self) -> Clock:
        return self.emulator.clock

    @property
    def server_public_key_pem(self) -> str:
        return self.emulator.server_public_pem

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> EmulatorServer:
        if self._thread is not None:
            raise RuntimeError("the emulator is already running")
        sock = _bind(self.host, self.port)
        server = _uvicorn_server(self.emulator, in_thread=True)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="bunq-emulator", daemon=True
        )
        self._socket, self._server, self._thread = sock, server, thread
        thread.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the emulator did not start")
            time.sleep(0.005)
        self._urls = _urls_for(self.host, sock)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=STARTUP_TIMEOUT)
        if self._socket is not None:
            self._socket.close()
        running = self._server is not None
        self._server = self._thread = self._socket = None
        self._urls = None
        if running:
            self.emulator.persist()  # changes made in-process (tests poking the state)

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def serve(
    host: str = "127.0.0.1",
    port: int = 0,
    config: EmulatorConfig | None = None,
    *,
    on_ready: Callable[[EmulatorUrls], None] | None = None,
) -> None:
    """Run in the foreground until interrupted. ``on_ready`` gets the URLs once bound."""
    emulator = Emulator.create(config)
    sock = _bind(host, port)
    try:
        server = _uvicorn_server(emulator, in_thread=False)
        if on_ready is not None:
            on_ready(_urls_for(host, sock))
        server.run(sockets=[sock])
    finally:
        sock.close()
        emulator.persist()
