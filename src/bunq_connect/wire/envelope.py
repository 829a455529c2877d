"""bunq's JSON envelopes.

Success: ``{"Response": [{"TypeName": {...}}, ...], "Pagination": {...}?}``, always a list of
single-key objects. Error: ``{"Error": [{"error_description": ..., "error_description_translated":
...}]}``. Encoding is deterministic (the body is what gets signed) and compact.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "EnvelopeError",
    "ErrorItem",
    "Pagination",
    "ParsedEnvelope",
    "dumps",
    "encode_error",
    "encode_response",
    "parse",
]


class EnvelopeError(ValueError):
    """A body that is not one of bunq's envelopes."""


@dataclass(frozen=True, slots=True)
class Pagination:
    future_url: str | None = None
    newer_url: str | None = None
    older_url: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {
            "future_url": self.future_url,
            "newer_url": self.newer_url,
            "older_url": self.older_url,
        }


@dataclass(frozen=True, slots=True)
class ErrorItem:
    description: str
    description_translated: str


@dataclass(frozen=True, slots=True)
class ParsedEnvelope:
    """Either ``items`` (each a ``(type_name, payload)`` pair) or ``errors`` is filled."""

    items: list[tuple[str, Any]] = field(default_factory=list)
    errors: list[ErrorItem] = field(default_factory=list)
    pagination: Pagination | None = None

    @property
    def is_error(self) -> bool:
        return bool(self.errors)

    def first(self, type_name: str) -> Any:
        """Payload of the first item wrapped in ``type_name``."""
        for name, payload in self.items:
            if name == type_name:
                return payload
        raise EnvelopeError(f"the response holds no {type_name!r} item")


def dumps(data: Any) -> bytes:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def encode_response(
    items: Sequence[Mapping[str, Any]], pagination: Pagination | None = None
) -> bytes:
    for item in items:
        if len(item) != 1:
            raise ValueError("each Response item must be a single-key object")
    body: dict[str, Any] = {"Response": list(items)}
    if pagination is not None:
        body["Pagination"] = pagination.to_json()
    return dumps(body)


def encode_error(description: str, translated: str | None = None) -> bytes:
    return dumps(
        {
            "Error": [
                {
                    "error_description": description,
                    "error_description_translated": translated or description,
                }
            ]
        }
    )


def parse(body: bytes | str) -> ParsedEnvelope:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise EnvelopeError("the body is not JSON") from exc
    if not isinstance(data, dict):
        raise EnvelopeError("the body is not a JSON object")
    if "Error" in data:
        raw_errors = data["Error"]
        if not isinstance(raw_errors, list):
            raise EnvelopeError("'Error' is not a list")
        errors = [
            ErrorItem(
                str(e.get("error_description", "")),
                str(e.get("error_description_translated", e.get("error_description", ""))),
            )
            for e in raw_errors
            if isinstance(e, dict)
        ]
        return ParsedEnvelope(errors=errors or [ErrorItem("unknown error", "unknown error")])
    if "Response" not in data or not isinstance(data["Response"], list):
        raise EnvelopeError("the body has neither 'Response' nor 'Error'")
    items: list[tuple[str, Any]] = []
    for entry in data["Response"]:
        if not isinstance(entry, dict) or len(entry) != 1:
            raise EnvelopeError("a Response item is not a single-key object")
        ((name, payload),) = entry.items()
        items.append((name, payload))
    pagination = None
    raw_pagination = data.get("Pagination")
    if isinstance(raw_pagination, dict):
        pagination = Pagination(
            future_url=raw_pagination.get("future_url"),
            newer_url=raw_pagination.get("newer_url"),
            older_url=raw_pagination.get("older_url"),
        )
    return ParsedEnvelope(items=items, pagination=pagination)
