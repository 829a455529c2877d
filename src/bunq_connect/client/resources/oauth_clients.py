"""``client.oauth_clients``: register the app's OAuth client and its redirect URLs."""

from __future__ import annotations

from bunq_connect.client._base_client import APIResponse, RequestOptions
from bunq_connect.client.resources._base import AsyncResource, SyncResource
from bunq_connect.models.oauth import OAuthClientInfo


def _created_id(response: APIResponse) -> int:
    return int(response.envelope.first("Id")["id"])


def _client(response: APIResponse) -> OAuthClientInfo:
    return OAuthClientInfo.from_payload(response.envelope.first("OauthClient"))


def _create(user_id: int) -> RequestOptions:
    return RequestOptions("POST", f"user/{user_id}/oauth-client", json_body={"status": "ACTIVE"})


def _add_url(user_id: int, client_id: int, url: str) -> RequestOptions:
    return RequestOptions(
        "POST", f"user/{user_id}/oauth-client/{int(client_id)}/callback-url", json_body={"url": url}
    )


def _get(user_id: int, client_id: int) -> RequestOptions:
    return RequestOptions("GET", f"user/{user_id}/oauth-client/{int(client_id)}")


class OAuthClients(SyncResource):
    def create(self) -> int:
        """Create the app's OAuth client; returns its id (one OAuth client per app)."""
        return _created_id(self._client.request(_create(self._client.user_id)))

    def add_callback_url(self, oauth_client_id: int, url: str) -> int:
        return _created_id(
            self._client.request(_add_url(self._client.user_id, oauth_client_id, url))
        )

    def get(self, oauth_client_id: int) -> OAuthClientInfo:
        """Client id, secret (a SecretStr) and registered redirect URLs."""
        return _client(self._client.request(_get(self._client.user_id, oauth_client_id)))


class AsyncOAuthClients(AsyncResource):
    async def create(self) -> int:
        return _created_id(await self._client.request(_create(self._client.user_id)))

    async def add_callback_url(self, oauth_client_id: int, url: str) -> int:
        return _created_id(
            await self._client.request(_add_url(self._client.user_id, oauth_client_id, url))
        )

    async def get(self, oauth_client_id: int) -> OAuthClientInfo:
        return _client(await self._client.request(_get(self._client.user_id, oauth_client_id)))
