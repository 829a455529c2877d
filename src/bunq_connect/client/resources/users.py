"""``client.users``: who the session acts as (a UserApiKey on behalf of a customer)."""

from __future__ import annotations

from typing import Any

from bunq_connect.client._base_client import APIResponse, RequestOptions
from bunq_connect.client.resources._base import AsyncResource, SyncResource


def _me(response: APIResponse) -> tuple[str, dict[str, Any]]:
    name, payload = response.envelope.items[0]
    return name, payload


class Users(SyncResource):
    def me(self) -> tuple[str, dict[str, Any]]:
        """``GET /user/{user_id}``: the type name (``UserApiKey`` on behalf) and its fields."""
        return _me(self._client.request(RequestOptions("GET", f"user/{self._client.user_id}")))


class AsyncUsers(AsyncResource):
    async def me(self) -> tuple[str, dict[str, Any]]:
        return _me(
            await self._client.request(RequestOptions("GET", f"user/{self._client.user_id}"))
        )
