"""Sandbox conveniences: make a test user and get its API key.

    from bunq_connect.sandbox import create_sandbox_user
    api_key = create_sandbox_user(env, kind="person")   # a SecretStr

Works against bunq's hosted sandbox and the local emulator alike (never production).
"""

from __future__ import annotations

from typing import Literal

import httpx
from pydantic import SecretStr

from bunq_connect.client._auth import BunqAuth
from bunq_connect.client._base_client import APIResponse, RequestOptions, default_headers
from bunq_connect.client._flow import (
    Step,
    borrowed_async_client,
    borrowed_client,
    send_async,
    send_sync,
)
from bunq_connect.environments import Environment
from bunq_connect.errors import ResponseParseError, UsageError

__all__ = ["create_sandbox_user", "create_sandbox_user_async"]

UserKind = Literal["person", "company"]


def _step(env: Environment, kind: UserKind) -> Step:
    if env.name == "production":
        raise UsageError("sandbox users exist only in the sandbox and the local emulator")
    if kind not in ("person", "company"):
        raise UsageError(f"kind must be 'person' or 'company', not {kind!r}")
    # The answer comes before any installation, so there is no server key to verify it with.
    return Step(
        RequestOptions("POST", f"sandbox-user-{kind}", json_body={}, auth="none"),
        None,
        BunqAuth(private_key=None, server_public_key=None),
    )


def _api_key(response: APIResponse) -> SecretStr:
    # bunq's sandbox answers {"ApiKey": {"api_key": ...}}, whatever its OpenAPI file says.
    try:
        return SecretStr(str(response.envelope.first("ApiKey")["api_key"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise ResponseParseError(
            "the sandbox-user answer holds no ApiKey",
            status_code=response.status_code,
            response_id=response.response_id,
        ) from exc


def create_sandbox_user(
    env: Environment, *, kind: UserKind = "person", http: httpx.Client | None = None
) -> SecretStr:
    step = _step(env, kind)
    with borrowed_client(http) as client:
        return _api_key(send_sync(client, step, env.api_base, default_headers()))


async def create_sandbox_user_async(
    env: Environment, *, kind: UserKind = "person", http: httpx.AsyncClient | None = None
) -> SecretStr:
    step = _step(env, kind)
    async with borrowed_async_client(http) as client:
        return _api_key(await send_async(client, step, env.api_base, default_headers()))
