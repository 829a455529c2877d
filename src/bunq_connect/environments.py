"""Where bunq lives: an environment is a bundle of three base URLs.

    >>> from bunq_connect.environments import SANDBOX
    >>> SANDBOX.api_base
    'https://public-api.sandbox.bunq.com/v1'

The ``local`` environment (the emulator) is not fixed: its URLs come from the emulator's RFC 8414
metadata at ``/.well-known/oauth-authorization-server`` (see :func:`discover`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

import httpx

from bunq_connect.errors import UsageError

__all__ = ["PRODUCTION", "SANDBOX", "Environment", "EnvironmentName", "discover", "from_env"]

EnvironmentName = Literal["local", "sandbox", "production"]


@dataclass(frozen=True, slots=True)
class Environment:
    name: str
    api_base: str
    """Base of the API, including ``/v1`` (no trailing slash)."""
    authorize_url: str
    """The consent page a customer's browser is sent to."""
    token_url: str
    """The token endpoint the app exchanges codes at."""

    def api_url(self, path: str) -> str:
        return self.api_base + "/" + path.lstrip("/")


PRODUCTION = Environment(
    name="production",
    api_base="https://api.bunq.com/v1",
    authorize_url="https://oauth.bunq.com/auth",
    token_url="https://api.oauth.bunq.com/v1/token",  # noqa: S106 (a URL)
)

SANDBOX = Environment(
    name="sandbox",
    api_base="https://public-api.sandbox.bunq.com/v1",
    authorize_url="https://oauth.sandbox.bunq.com/auth",
    token_url="https://api-oauth.sandbox.bunq.com/v1/token",  # noqa: S106 (a URL)
)


def discover(
    base_url: str, *, http: httpx.Client | None = None, name: str = "local"
) -> Environment:
    """Build an environment from a server's OAuth metadata (the emulator publishes it)."""
    url = base_url.rstrip("/") + "/.well-known/oauth-authorization-server"
    try:
        response = http.get(url) if http is not None else httpx.get(url, timeout=10.0)
    except httpx.HTTPError as exc:
        raise UsageError(
            f"could not read OAuth metadata at {url}: {type(exc).__name__}. "
            "Is the emulator running at that address?"
        ) from exc
    if response.status_code != 200:
        raise UsageError(f"no OAuth metadata at {url} (HTTP {response.status_code})")
    try:
        meta = response.json()
    except ValueError:
        meta = None
    if not isinstance(meta, dict):
        raise UsageError(f"{url} answered, but not with OAuth metadata (JSON object expected)")
    try:
        return Environment(
            name=name,
            api_base=str(meta["bunq_api_base"]).rstrip("/"),
            authorize_url=str(meta["authorization_endpoint"]),
            token_url=str(meta["token_endpoint"]),
        )
    except KeyError as exc:
        raise UsageError(f"the OAuth metadata at {url} lacks {exc.args[0]!r}") from exc


def from_env(environ: dict[str, str] | None = None) -> Environment:
    """The environment named by ``BUNQ_ENVIRONMENT`` (``sandbox``/``production``), or
    ``local`` via ``BUNQ_EMULATOR_URL`` discovery."""
    env = os.environ if environ is None else environ
    name = env.get("BUNQ_ENVIRONMENT", "local").lower()
    if name == "sandbox":
        return SANDBOX
    if name == "production":
        return PRODUCTION
    if name == "local":
        base = env.get("BUNQ_EMULATOR_URL")
        if not base:
            raise UsageError(
                "BUNQ_ENVIRONMENT=local needs BUNQ_EMULATOR_URL (start one with "
                "`bunq-connect emulator`)"
            )
        return discover(base)
    raise UsageError(f"unknown BUNQ_ENVIRONMENT {name!r}: use local, sandbox or production")
