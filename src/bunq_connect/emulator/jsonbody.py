"""Request bodies as JSON objects, with bunq-style errors for anything else.

>>> json_object(b'{"secret": "x"}')
{'secret': 'x'}
>>> json_object(b"")
{}
"""

from __future__ import annotations

import json
from typing import Any, cast

from bunq_connect.emulator.errors import BunqRuleError


def _utf8_string(text: str) -> str:
    # JSON allows "\ud800" escapes that are no text at all; stored, such a string would make
    # every later answer that shows it unencodable (a 500 for whoever lists it).
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("lone surrogate in a string") from None
    return text


def _checked(value: Any) -> Any:
    if isinstance(value, str):
        return _utf8_string(value)
    if isinstance(value, list):
        for item in value:
            _checked(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            _utf8_string(key)
            _checked(item)
    return value


def json_object(body: bytes) -> dict[str, Any]:
    """The request body as a JSON object; an empty body counts as ``{}``."""
    if not body.strip():
        return {}
    try:
        data = _checked(json.loads(body))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BunqRuleError(400, "The request body is not valid JSON.") from None
    if not isinstance(data, dict):
        raise BunqRuleError(400, "The request body must be a JSON object.")
    return cast(dict[str, Any], data)
