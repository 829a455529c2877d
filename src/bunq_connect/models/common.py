"""Hand-written value types shared by every model.

bunq sends money as ``{"value": "12.50", "currency": "EUR"}`` and times as
``"2026-12-04 20:01:30.123456"`` (UTC, no zone). Here money is an exact :class:`Decimal`
and a time is an aware :class:`datetime`.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, PlainSerializer, field_validator

from bunq_connect.wire.timestamps import format_timestamp, parse_timestamp

__all__ = ["Amount", "BunqModel", "BunqTimestamp", "Pointer"]


def _parse_bunq_time(value: Any) -> Any:
    if isinstance(value, str):
        return parse_timestamp(value)
    return value


BunqTimestamp = Annotated[
    datetime,
    BeforeValidator(_parse_bunq_time),
    PlainSerializer(format_timestamp, return_type=str),
]
"""An aware UTC datetime read from and written as bunq's ``YYYY-MM-DD hh:mm:ss.ffffff``."""


class BunqModel(BaseModel):
    """Base of every model: unknown fields are kept (bunq adds fields without notice)."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, frozen=False)


class Amount(BunqModel):
    value: Decimal
    currency: str

    @field_validator("value", mode="before")
    @classmethod
    def _exact(cls, value: Any) -> Any:
        # Floats would round-trip 0.1 as 0.1000000000000000055...; bunq sends strings.
        if isinstance(value, float):
            raise ValueError("amounts must be given as strings or Decimal, not float")
        return value

    def to_wire(self) -> dict[str, str]:
        return {"value": f"{self.value:.2f}", "currency": self.currency}

    def __str__(self) -> str:
        return f"{self.value:.2f} {self.currency}"


class Pointer(BunqModel):
    """An alias: ``IBAN``, ``EMAIL`` or ``PHONE_NUMBER`` with its value and a name."""

    type: str
    value: str
    name: str | None = None
