"""Shared pieces of the benchmarks: server subprocesses, local TLS, the on-behalf setup, tables.

Not a benchmark itself. The scripts in ``bench/`` import it as ``_common`` (they run as
``.venv/bin/python bench/<name>.py``, so this directory is first on ``sys.path``).
"""

from __future__ import annotations

import json
import os
import signal
import ssl
import statistics
import subprocess
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from bunq_connect import oauth
from bunq_connect.client import BunqClient
from bunq_connect.client._ratelimit import RateLimiter
from bunq_connect.context import ApiContext
from bunq_connect.environments import Environment, discover
from bunq_connect.playground import drive_local_consent
from bunq_connect.sandbox import create_sandbox_user

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
SERVER_SCRIPT = BENCH_DIR / "_server.py"
# bunq's official SDK in its own venv (``make sdk-venv``); ``make test`` names it BUNQ_SDK_PYTHON.
SDK_PYTHON = Path(os.environ.get("BUNQ_SDK_PYTHON") or REPO / ".venv-sdk" / "bin" / "python")
REDIRECT_URI = "https://bench.example/oauth/callback"
STARTUP_TIMEOUT = 30.0


# --- servers in their own process -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tls:
    """A throw-away local CA (trustme) and a server certificate for 127.0.0.1 / localhost."""

    ca_file: Path
    cert_file: Path
    key_file: Path

    @classmethod
    def create(cls, directory: Path) -> Tls:
        import trustme

        ca = trustme.CA()
        server_cert = ca.issue_cert("127.0.0.1", "localhost")
        tls = cls(directory / "ca.pem", directory / "server.pem", directory / "server.key")
        ca.cert_pem.write_to_path(str(tls.ca_file))
        server_cert.cert_chain_pems[0].write_to_path(str(tls.cert_file))
        server_cert.private_key_pem.write_to_path(str(tls.key_file))
        return tls

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))


class ServerProcess:
    """``bench/_server.py`` in a subprocess (its own interpreter, its own GIL).

    ``app`` is ``emulator`` (the real emulator app) or ``bare`` (one unsigned Starlette route
    answering ``body``). Both run under the same uvicorn settings on a loopback socket.
    """

    def __init__(
        self,
        app: str,
        *,
        tls: Tls | None = None,
        body: bytes | None = None,
        config: dict[str, Any] | None = None,
        workdir: Path | None = None,
    ) -> None:
        self.app = app
        self.tls = tls
        self.body = body
        self.config = config or {}
        self.workdir = workdir
        self.base_url = ""
        self._proc: subprocess.Popen[str] | None = None

    @property
    def pid(self) -> int:
        assert self._proc is not None
        return self._proc.pid

    def __enter__(self) -> ServerProcess:
        cmd = [sys.executable, str(SERVER_SCRIPT), "--app", self.app]
        if self.tls is not None:
            cmd += ["--certfile", str(self.tls.cert_file), "--keyfile", str(self.tls.key_file)]
        if self.body is not None:
            assert self.workdir is not None, "a bare server needs a workdir for its body file"
            body_file = self.workdir / f"body-{id(self)}.json"
            body_file.write_bytes(self.body)
            cmd += ["--body-file", str(body_file)]
        if self.config:
            cmd += ["--config-json", json.dumps(self.config)]
        self._proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=str(REPO))
        ready: dict[str, Any] = {}

        def read_ready() -> None:
            assert self._proc is not None
            assert self._proc.stdout is not None
            line = self._proc.stdout.readline()
            if line:
                ready.update(json.loads(line))

        reader = threading.Thread(target=read_ready, daemon=True)
        reader.start()
        reader.join(STARTUP_TIMEOUT)
        if "base_url" not in ready:
            self.__exit__(None, None, None)
            raise RuntimeError(f"the {self.app} server did not start")
        self.base_url = str(ready["base_url"])
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)  # uvicorn's graceful exit
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


# --- the on-behalf setup, with the public API -----------------------------------------------


@dataclass(slots=True)
class OnBehalf:
    """An app connected to one customer: the context the app uses on the customer's behalf."""

    env: Environment
    context: ApiContext
    access_token: str  # only ever handed to a subprocess on stdin, never printed

    @property
    def user_id(self) -> int:
        assert self.context.session is not None
        return self.context.session.user_id

    @property
    def session_token(self) -> str:
        assert self.context.session is not None
        return self.context.session.token.get_secret_value()

    @property
    def accounts_url(self) -> str:
        return self.env.api_url(f"user/{self.user_id}/monetary-account")


def connect_customer(base_url: str, *, verify: ssl.SSLContext | bool = True) -> OnBehalf:
    """App user, OAuth client, customer, consent, code exchange, context (as tests/client/flow)."""
    with httpx.Client(timeout=30.0, verify=verify) as http:
        env = discover(base_url, http=http)
        app_context = ApiContext.create(
            env, create_sandbox_user(env, kind="company", http=http), http=http
        )
        unlimited = RateLimiter(enabled=False)
        with BunqClient(app_context, http_client=http, rate_limiter=unlimited) as app:
            client_id = app.oauth_clients.create()
            app.oauth_clients.add_callback_url(client_id, REDIRECT_URI)
            registration = app.oauth_clients.get(client_id)
        customer = ApiContext.create(
            env, create_sandbox_user(env, kind="person", http=http), http=http
        )
        assert customer.session is not None
        assert customer.session.user is not None
        email = customer.session.user.alias_value("EMAIL")
        assert email
        request = oauth.authorization_request(env, registration.client_id, REDIRECT_URI)
        callback = drive_local_consent(request, email, http=http)
        code = oauth.parse_callback(callback, expected_state=request.state)
        token = oauth.exchange_code(
            env,
            oauth.OAuthClientCredentials(registration.client_id, registration.secret),
            code,
            redirect_uri=REDIRECT_URI,
            http=http,
        )
        context = ApiContext.create(env, token.access_token, description="bench", http=http)
    return OnBehalf(env, context, token.access_token.get_secret_value())


# --- figures --------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sequence."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)),
        "  ".join("-" * w for w in widths),
    ]
    lines += [
        "  ".join(
            c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in rows
    ]
    return "\n".join(lines)


def machine() -> str:
    return f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, {sys.platform}"
