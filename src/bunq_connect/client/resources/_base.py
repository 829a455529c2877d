from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bunq_connect.client._client import AsyncBunqClient, BunqClient


class SyncResource:
    def __init__(self, client: BunqClient) -> None:
        self._client = client


class AsyncResource:
    def __init__(self, client: AsyncBunqClient) -> None:
        self._client = client
