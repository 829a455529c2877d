"""The bunq API client: ``BunqClient`` (sync) and ``AsyncBunqClient`` over one core."""

from bunq_connect.client._base_client import APIResponse, RequestOptions
from bunq_connect.client._client import AsyncBunqClient, BunqClient
from bunq_connect.client._pagination import Page

__all__ = ["APIResponse", "AsyncBunqClient", "BunqClient", "Page", "RequestOptions"]
