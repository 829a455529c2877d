"""Object type indication: turn ``{"UserPerson": {...}}`` into a typed model.

bunq wraps every item of a response, and every polymorphic field, in a one-key object whose key
is the item's type (``{"Payment": {...}}``, ``{"MonetaryAccountBank": {...}}``). The OpenAPI file
describes most types three times: ``X`` (the fields a create or update sends, plus some read
ones), ``XRead`` and ``XListing`` (what bunq answers). The registry maps the *wire* type name to
the class with the read fields: ``XRead`` if the spec has it, else ``XListing``, else ``X``.

A type name bunq adds later, and the registry does not know, decodes to a plain
:class:`~bunq_connect.models.common.BunqModel` with every field kept as an extra: never a crash.
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from bunq_connect.models import _generated
from bunq_connect.models.common import BunqModel

__all__ = ["REGISTRY", "decode_item", "decode_union", "model_for", "unwrap", "variant"]

_READ_SUFFIXES = ("Read", "Listing")

# Wire names that are not schema names in the spec: the parts of the installation and session
# answers, and older names bunq still sends in callbacks for types the spec has renamed.
_WIRE_ALIASES = {
    "Id": "BunqId",
    "Token": "InstallationToken",
    "ServerPublicKey": "InstallationServerPublicKey",
    "ScheduledInstance": "ScheduleInstanceRead",
    "ScheduledPayment": "SchedulePaymentRead",
    "ShareInviteBankInquiry": "ShareInviteMonetaryAccountInquiryRead",
    "ShareInviteBankResponse": "ShareInviteMonetaryAccountResponseRead",
}


def _build_registry() -> dict[str, type[BunqModel]]:
    classes: dict[str, type[BunqModel]] = {
        name: obj
        for name, obj in vars(_generated).items()
        if inspect.isclass(obj)
        and issubclass(obj, BunqModel)
        and obj.__module__ == _generated.__name__
    }
    wire_names = set(classes)
    for name in classes:
        for suffix in _READ_SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix):
                wire_names.add(name.removesuffix(suffix))
    registry: dict[str, type[BunqModel]] = {}
    for wire in sorted(wire_names):
        for candidate in (f"{wire}Read", f"{wire}Listing", wire):
            if candidate in classes:
                registry[wire] = classes[candidate]
                break
    for wire, schema in _WIRE_ALIASES.items():
        registry.setdefault(wire, classes[schema])
    return registry


REGISTRY: Mapping[str, type[BunqModel]] = MappingProxyType(_build_registry())
"""Wire type name -> the generated model holding that type's read fields."""


def model_for(type_name: str) -> type[BunqModel] | None:
    """The model class for a wire type name, or ``None`` if the spec does not know it."""
    return REGISTRY.get(type_name)


def decode_item(type_name: str, payload: Mapping[str, Any]) -> BunqModel:
    """Validate ``payload`` as the model of ``type_name`` (a generic BunqModel if unknown)."""
    model = REGISTRY.get(type_name, BunqModel)
    return model.model_validate(payload)


def unwrap(obj: Mapping[str, Any]) -> tuple[str, Mapping[str, Any]]:
    """Split ``{"TypeName": {...}}`` into ``("TypeName", {...})``."""
    if not isinstance(obj, Mapping) or len(obj) != 1:
        raise ValueError(
            "an object type indication is an object with exactly one key, got "
            f"{type(obj).__name__}"
            + (f" with keys {sorted(obj)!r}" if isinstance(obj, Mapping) else "")
        )
    ((type_name, payload),) = obj.items()
    if not isinstance(payload, Mapping):
        raise ValueError(f"{type_name!r} wraps {type(payload).__name__}, not an object")
    return str(type_name), payload


def decode_union(obj: Mapping[str, Any]) -> BunqModel:
    """Decode ``{"TypeName": {...}}`` into the typed model for ``TypeName``."""
    type_name, payload = unwrap(obj)
    return decode_item(type_name, payload)


def variant(wrapper: BunqModel | None) -> BunqModel | None:
    """The one variant set on a decoded union field, e.g. ``UserApiKey.granted_by_user``.

    The generated models type a polymorphic field as a wrapper with one optional field per
    possible type (``UserApiKeyAnchoredUser.UserPerson_1``, alias ``UserPerson``, ...); this
    returns whichever is present, or ``None``. Wrapped types the spec does not list are kept as
    extras and decoded with :func:`decode_item`.
    """
    if wrapper is None:
        return None
    for name in type(wrapper).model_fields:
        value = getattr(wrapper, name)
        if isinstance(value, BunqModel):
            return value
    for type_name, payload in (wrapper.model_extra or {}).items():
        if isinstance(payload, Mapping):
            return decode_item(type_name, payload)
    return None
