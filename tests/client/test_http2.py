"""HTTP/2 end to end: the client negotiates h2 over TLS with the emulator's app.

uvicorn speaks HTTP/1.1 only, so this test serves the same emulator app with hypercorn, which
speaks HTTP/2, behind a local CA made by trustme.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trustme
from hypercorn.asyncio import serve
from hypercorn.config import Config

from bunq_connect.client import BunqClient
from bunq_connect.context import ApiContext
from bunq_connect.emulator import EmulatorConfig
from bunq_connect.emulator.http.app import create_app
from bunq_connect.environments import Environment, discover
from bunq_connect.sandbox import create_sandbox_user


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def h2_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    folder = tmp_path_factory.mktemp("tls")
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    cert.cert_chain_pems[0].write_to_path(str(cert_file))
    cert.private_key_pem.write_to_path(str(key_file))

    port = _free_port()
    config = Config()
    config.bind = [f"127.0.0.1:{port}"]
    config.certfile, config.keyfile = str(cert_file), str(key_file)
    config.alpn_protocols = ["h2", "http/1.1"]
    config.accesslog = None
    config.errorlog = None
    app = create_app(EmulatorConfig(rate_limits=False))
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(serve(app, config, shutdown_trigger=stop.wait))  # type: ignore[arg-type]

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    base = f"https://127.0.0.1:{port}"
    deadline = time.monotonic() + 15
    while True:
        try:
            httpx.get(base + "/_emulator/health", verify=ssl.create_default_context(cafile=ca_file))
            break
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    yield base, ca_file
    loop.call_soon_threadsafe(stop.set)
    thread.join(10)


def test_client_speaks_http2_when_asked(
    h2_server: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    base, ca_file = h2_server
    # The client builds its own httpx.Client; it trusts the local CA the standard way.
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    env: Environment = discover(base)
    context = ApiContext.create(env, create_sandbox_user(env))
    with BunqClient(context, http2=True) as client:
        page = client.monetary_accounts.list()
        assert page.response is not None
        assert page.response.http.http_version == "HTTP/2"
        assert page.items[0].iban
    with BunqClient(context) as client:  # HTTP/1.1 unless asked
        page = client.monetary_accounts.list()
        assert page.response is not None
        assert page.response.http.http_version == "HTTP/1.1"
