"""Typed models.

Hand-written where the generated names are poor (money as :class:`~decimal.Decimal`, times as
aware datetimes, the session answer, accounts); everything else is generated from bunq's
OpenAPI file into ``_generated`` by ``scripts/generate_models.py``. Decode any wire object with
:func:`decode_union` (``{"Payment": {...}}`` -> ``PaymentRead``).
"""

from typing import TYPE_CHECKING, Any

from bunq_connect.models.accounts import MonetaryAccount
from bunq_connect.models.common import Amount, BunqModel, BunqTimestamp, Pointer
from bunq_connect.models.oauth import OAuthCallbackUrl, OAuthClientInfo
from bunq_connect.models.session import SessionInfo, UserApiKeyInfo, UserSummary

if TYPE_CHECKING:
    from bunq_connect.models.unions import decode_item, decode_union, model_for

__all__ = [
    "Amount",
    "BunqModel",
    "BunqTimestamp",
    "MonetaryAccount",
    "OAuthCallbackUrl",
    "OAuthClientInfo",
    "Pointer",
    "SessionInfo",
    "UserApiKeyInfo",
    "UserSummary",
    "decode_item",
    "decode_union",
    "model_for",
]


def __getattr__(name: str) -> Any:
    # The generated module is large (about 0.5 s to import): load it on first use only.
    if name in ("decode_item", "decode_union", "model_for"):
        from bunq_connect.models import unions

        return getattr(unions, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
