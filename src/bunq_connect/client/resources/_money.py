"""Markers for calls that move money.

A call that moves money always carries a ``merchant_reference`` the client chose (the caller's,
or a fresh ``bc-...`` one): after an ambiguous failure (sent, no answer) the client looks for
that marker among the newest items before it decides whether to send again, so a payment is
never made twice (see :mod:`bunq_connect.client._call`).
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any

from bunq_connect.errors import UsageError

__all__ = ["MARKER_PREFIX", "apply_marker", "new_marker"]

MARKER_PREFIX = "bc-"


def new_marker() -> str:
    """``bc-`` and 22 random URL-safe characters (128 bits): unique without coordination."""
    return MARKER_PREFIX + secrets.token_urlsafe(16)[:22]


def apply_marker(
    body: Mapping[str, Any] | None, marker_field: str | None, marker: str | None = None
) -> tuple[dict[str, Any], str | None, bool]:
    """A copy of ``body`` carrying a marker where ``marker_field`` says, and the marker.

    An existing merchant_reference is kept and becomes the marker; otherwise ``marker`` or a
    new one is put in. ``marker_field`` is ``merchant_reference`` or
    ``entries.merchant_reference`` (the first entry of a draft payment carries it).
    """
    out: dict[str, Any] = dict(body or {})
    if marker_field is None:
        return out, None, False
    if marker_field == "merchant_reference":
        existing = out.get("merchant_reference")
        chosen = str(existing) if existing else (marker or new_marker())
        out["merchant_reference"] = chosen
        return out, chosen, not existing and marker is None
    if marker_field == "entries.merchant_reference":
        entries = [dict(e) for e in out.get("entries") or []]
        if not entries:
            raise UsageError("a draft payment needs at least one entry")
        for entry in entries:
            if entry.get("merchant_reference"):
                out["entries"] = entries
                return out, str(entry["merchant_reference"]), False
        chosen = marker or new_marker()
        entries[0]["merchant_reference"] = chosen
        out["entries"] = entries
        return out, chosen, marker is None
    raise ValueError(f"unknown marker field {marker_field!r}")
