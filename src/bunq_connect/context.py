"""API contexts: installation, device and session for one API key or OAuth access token.

    from bunq_connect.context import ApiContext

    ctx = ApiContext.create(env, access_token, description="my-app")
    ctx.session.user_api_key.id      # user id for URLs on the customer's behalf
    ctx.save("customer-42.context", key=context_key)     # encrypted, mode 0600
    ctx = ApiContext.load("customer-42.context", key=context_key)

A context owns its RSA key pair, the installation token and bunq's server public key (every
answer is verified against it). Creation is one sans-I/O flow run by a sync or an async driver.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from cryptography.fernet import Fernet, InvalidToken
from pydantic import SecretStr

from bunq_connect.client._auth import BunqAuth, verify_response
from bunq_connect.client._base_client import RequestOptions, default_headers
from bunq_connect.client._flow import (
    Flow,
    Step,
    borrowed_async_client,
    borrowed_client,
    run_async,
    run_sync,
)
from bunq_connect.environments import Environment
from bunq_connect.errors import ContextFileError, ResponseParseError, UsageError
from bunq_connect.models.session import SessionInfo, session_from_items
from bunq_connect.wire import envelope, signing

__all__ = ["ApiContext", "generate_context_key"]

CONTEXT_FORMAT = "bunq-connect-context/1"


def generate_context_key() -> str:
    """A new key for encrypting saved contexts.

    Keep it in a secret store (for example the ``BUNQ_CONTEXT_KEY`` variable), not beside the file.
    """
    return Fernet.generate_key().decode("ascii")


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class ApiContext:
    environment: Environment
    api_key: SecretStr = field(repr=False)
    private_key: signing.RSAPrivateKey = field(repr=False)
    installation_id: int
    installation_token: SecretStr = field(repr=False)
    server_public_key: signing.RSAPublicKey = field(repr=False)
    device_id: int
    description: str
    session: SessionInfo | None = None

    def __repr__(self) -> str:
        session = f"user_id={self.session.user_id}" if self.session else "no session"
        return (
            f"ApiContext(environment={self.environment.name!r}, "
            f"installation_id={self.installation_id}, device_id={self.device_id}, {session})"
        )

    # --- creation ------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        environment: Environment,
        secret: str | SecretStr,
        *,
        description: str = "bunq-connect",
        permitted_ips: list[str] | None = None,
        http: httpx.Client | None = None,
        private_key: signing.RSAPrivateKey | None = None,
    ) -> ApiContext:
        """Installation, device and session for an API key or an OAuth access token."""
        flow = _create_flow(
            environment, _secret(secret), description, permitted_ips or ["*"], private_key
        )
        with borrowed_client(http) as client:
            return run_sync(flow, client, environment.api_base, default_headers())

    @classmethod
    async def create_async(
        cls,
        environment: Environment,
        secret: str | SecretStr,
        *,
        description: str = "bunq-connect",
        permitted_ips: list[str] | None = None,
        http: httpx.AsyncClient | None = None,
        private_key: signing.RSAPrivateKey | None = None,
    ) -> ApiContext:
        flow = _create_flow(
            environment, _secret(secret), description, permitted_ips or ["*"], private_key
        )
        async with borrowed_async_client(http) as client:
            return await run_async(flow, client, environment.api_base, default_headers())

    def session_flow(self) -> Flow[SessionInfo]:
        """The flow that opens a new session on this context (used for renewal)."""
        return _session_flow(self)

    def open_session(self, *, http: httpx.Client | None = None) -> SessionInfo:
        with borrowed_client(http) as client:
            self.session = run_sync(
                _session_flow(self), client, self.environment.api_base, default_headers()
            )
        return self.session

    async def open_session_async(self, *, http: httpx.AsyncClient | None = None) -> SessionInfo:
        async with borrowed_async_client(http) as client:
            self.session = await run_async(
                _session_flow(self), client, self.environment.api_base, default_headers()
            )
        return self.session

    def auth(self) -> BunqAuth:
        return BunqAuth(private_key=self.private_key, server_public_key=self.server_public_key)

    # --- persistence ---------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Everything, secrets included, as plain JSON types. Never log this."""
        session: dict[str, Any] | None = None
        if self.session is not None:
            session = self.session.model_dump(mode="json")
            session["token"] = self.session.token.get_secret_value()
        return {
            "environment": {
                "name": self.environment.name,
                "api_base": self.environment.api_base,
                "authorize_url": self.environment.authorize_url,
                "token_url": self.environment.token_url,
            },
            "api_key": self.api_key.get_secret_value(),
            "private_key": signing.private_key_to_pem(self.private_key),
            "installation_id": self.installation_id,
            "installation_token": self.installation_token.get_secret_value(),
            "server_public_key": signing.public_key_to_pem(self.server_public_key),
            "device_id": self.device_id,
            "description": self.description,
            "session": session,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ApiContext:
        try:
            env = data["environment"]
            session = data.get("session")
            return cls(
                environment=Environment(
                    env["name"], env["api_base"], env["authorize_url"], env["token_url"]
                ),
                api_key=SecretStr(data["api_key"]),
                private_key=signing.load_private_key(data["private_key"]),
                installation_id=int(data["installation_id"]),
                installation_token=SecretStr(data["installation_token"]),
                server_public_key=signing.load_public_key(data["server_public_key"]),
                device_id=int(data["device_id"]),
                description=str(data.get("description", "bunq-connect")),
                session=SessionInfo.model_validate(session) if session else None,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ContextFileError(
                f"the saved context is incomplete or malformed ({type(exc).__name__}); "
                "create a new context"
            ) from exc

    def save(self, path: str | os.PathLike[str], *, key: str | bytes) -> Path:
        """Write the context encrypted with ``key`` (see :func:`generate_context_key`),
        atomically, readable by the owner only (0600)."""
        target = Path(path)
        fernet = _fernet(key)
        document = {
            "format": CONTEXT_FORMAT,
            "environment": self.environment.name,
            "user_id": self.session.user_id if self.session else None,
            "ciphertext": fernet.encrypt(json.dumps(self.to_dict()).encode()).decode("ascii"),
        }
        # A temporary file of this call's own (several threads may save at once), flushed to
        # disk, then renamed over the target: readers see the old file or the new one.
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(document, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return target

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, key: str | bytes) -> ApiContext:
        source = Path(path)
        try:
            document = json.loads(source.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ContextFileError(f"no saved context at {source}") from exc
        except (OSError, ValueError) as exc:
            raise ContextFileError(f"{source} is not a saved bunq-connect context") from exc
        if not isinstance(document, dict) or document.get("format") != CONTEXT_FORMAT:
            raise ContextFileError(f"{source} is not a saved bunq-connect context")
        try:
            plain = _fernet(key).decrypt(str(document["ciphertext"]).encode("ascii"))
        except (InvalidToken, KeyError, TypeError, ValueError) as exc:
            raise ContextFileError(
                f"{source} could not be decrypted: wrong context key, or the file was altered"
            ) from exc
        return cls.from_dict(json.loads(plain))


def _fernet(key: str | bytes) -> Fernet:
    try:
        return Fernet(key)
    except (ValueError, TypeError) as exc:
        raise UsageError(
            "the context key is not a valid key; make one with "
            "bunq_connect.context.generate_context_key()"
        ) from exc


def _secret(secret: str | SecretStr) -> SecretStr:
    value = secret if isinstance(secret, SecretStr) else SecretStr(secret)
    if not value.get_secret_value():
        raise UsageError("the API key or access token is empty")
    return value


def _create_flow(
    environment: Environment,
    secret: SecretStr,
    description: str,
    permitted_ips: list[str],
    private_key: signing.RSAPrivateKey | None,
) -> Flow[ApiContext]:
    key = private_key or signing.generate_private_key()
    installation = yield from installation_flow(key)
    return (
        yield from device_and_session_flow(
            environment, installation, key, secret, description, permitted_ips
        )
    )


# --- flow pieces, also used by other registrations (bunq_connect.psd2) -----------------------


@dataclass(frozen=True, slots=True)
class Installation:
    """What ``POST /installation`` answered: its id, the installation token, bunq's key."""

    id: int
    token: SecretStr = field(repr=False)
    server_public_key: signing.RSAPublicKey = field(repr=False)


def installation_flow(key: signing.RSAPrivateKey) -> Flow[Installation]:
    """``POST /installation`` with ``key``'s public half; the answer must be signed by the key
    it names."""
    unsigned = BunqAuth(private_key=None, server_public_key=None)
    options = RequestOptions(
        "POST",
        "installation",
        json_body={"client_public_key": signing.public_key_to_pem(key.public_key())},
        auth="none",
    )
    answer = yield Step(options, None, unsigned)
    try:
        installation_id = int(answer.envelope.first("Id")["id"])
        installation_token = str(answer.envelope.first("Token")["token"])
        server_key = signing.load_public_key(
            answer.envelope.first("ServerPublicKey")["server_public_key"]
        )
    except (envelope.EnvelopeError, KeyError, TypeError, ValueError) as exc:
        raise ResponseParseError(
            f"unexpected installation answer ({exc})",
            status_code=answer.status_code,
            response_id=answer.response_id,
        ) from exc
    # The installation answer is the first we can check: it must be signed by the key it names.
    verify_response(answer.http, server_key)
    return Installation(installation_id, SecretStr(installation_token), server_key)


def device_and_session_flow(
    environment: Environment,
    installation: Installation,
    key: signing.RSAPrivateKey,
    secret: SecretStr,
    description: str,
    permitted_ips: list[str],
) -> Flow[ApiContext]:
    """``POST /device-server`` for ``secret``, then the first session: the finished context."""
    installation_token = installation.token.get_secret_value()
    auth = BunqAuth(private_key=key, server_public_key=installation.server_public_key)
    device = yield Step(
        RequestOptions(
            "POST",
            "device-server",
            json_body={
                "description": description,
                "secret": secret.get_secret_value(),
                "permitted_ips": permitted_ips,
            },
            auth="installation",
        ),
        installation_token,
        auth,
    )
    try:
        device_id = int(device.envelope.first("Id")["id"])
    except (envelope.EnvelopeError, KeyError, TypeError, ValueError) as exc:
        raise ResponseParseError(
            f"unexpected device-server answer ({exc})",
            status_code=device.status_code,
            response_id=device.response_id,
        ) from exc
    context = ApiContext(
        environment=environment,
        api_key=secret,
        private_key=key,
        installation_id=installation.id,
        installation_token=installation.token,
        server_public_key=installation.server_public_key,
        device_id=device_id,
        description=description,
    )
    context.session = yield from _session_flow(context)
    return context


def _session_flow(context: ApiContext) -> Flow[SessionInfo]:
    answer = yield Step(
        RequestOptions(
            "POST",
            "session-server",
            json_body={"secret": context.api_key.get_secret_value()},
            auth="installation",
        ),
        context.installation_token.get_secret_value(),
        context.auth(),
    )
    try:
        return session_from_items(answer.envelope.items, now=_utcnow())
    except (KeyError, TypeError, ValueError) as exc:
        raise ResponseParseError(
            f"unexpected session-server answer ({exc})",
            status_code=answer.status_code,
            response_id=answer.response_id,
        ) from exc
