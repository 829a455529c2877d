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


def json_object(body: bytes) -> dict[str, Any]:
    """The request body as a JSON object; an empty body counts as ``{}``."""
    if not body.strip():
        return {}
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise BunqRuleError(400, "The request body is not valid JSON.") from None
    if not isinstance(data, dict):
        raise BunqRuleError(400, "The request body must be a JSON object.")
    return cast(dict[str, Any], data)
