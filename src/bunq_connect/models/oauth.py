"""OAuth client registration as bunq returns it."""

from __future__ import annotations

from typing import Any

from pydantic import Field, SecretStr

from bunq_connect.models.common import BunqModel

__all__ = ["OAuthCallbackUrl", "OAuthClientInfo"]


class OAuthCallbackUrl(BunqModel):
    id: int | None = None
    url: str


class OAuthClientInfo(BunqModel):
    id: int
    status: str | None = None
    display_name: str | None = None
    client_id: str
    secret: SecretStr = Field(repr=False)
    callback_url: list[OAuthCallbackUrl] = Field(default_factory=list)

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> OAuthClientInfo:
        urls = []
        for entry in payload.get("callback_url") or []:
            # Accept both the flat shape and an object-type-indication wrapper.
            if isinstance(entry, dict) and "OauthCallbackUrl" in entry:
                entry = entry["OauthCallbackUrl"]
            urls.append(entry)
        return cls.model_validate({**payload, "callback_url": urls})

    @property
    def redirect_uris(self) -> list[str]:
        return [u.url for u in self.callback_url]
