"""Monetary accounts as the on-behalf surface uses them."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from bunq_connect.models.common import Amount, BunqModel, BunqTimestamp, Pointer

__all__ = ["MonetaryAccount"]


class MonetaryAccount(BunqModel):
    """A MonetaryAccountBank/Savings/Joint/... ; ``type_name`` says which."""

    type_name: str = "MonetaryAccountBank"
    id: int
    created: BunqTimestamp | None = None
    updated: BunqTimestamp | None = None
    description: str | None = None
    currency: str | None = None
    status: str | None = None
    balance: Amount | None = None
    alias: list[Pointer] = Field(default_factory=list)
    user_id: int | None = None

    @property
    def iban(self) -> str | None:
        for pointer in self.alias:
            if pointer.type == "IBAN":
                return pointer.value
        return None

    @classmethod
    def from_item(cls, type_name: str, payload: dict[str, Any]) -> MonetaryAccount:
        return cls.model_validate({**payload, "type_name": type_name})
