"""Object type indication: the wire type name decodes to the generated read model."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from tests.shared_data import CALLBACKS

import bunq_connect.models._generated as g
from bunq_connect.models.common import Amount, BunqModel
from bunq_connect.models.unions import (
    REGISTRY,
    decode_item,
    decode_union,
    model_for,
    unwrap,
    variant,
)

# callback file -> (model, a path to an Amount inside it, that amount's value)
EXPECTED: dict[str, tuple[type[BunqModel], str | None, str | None]] = {
    "BunqMeTab": (g.BunqMeTabRead, "bunqme_tab_entry.amount_inquired", "5.00"),
    "ChatMessageAnnouncement": (BunqModel, None, None),  # not in the spec: generic fallback
    "DraftPayment": (g.DraftPaymentRead, "entries.0.amount", "46.26"),
    "MasterCardAction": (g.MasterCardActionRead, "amount_local", "2.00"),
    "MonetaryAccountBank": (g.MonetaryAccountBankRead, "daily_limit", "10000.00"),
    "Mutation": (g.PaymentRead, "amount", "-24.95"),
    "PaymentBatch": (g.PaymentBatchRead, "payments.1.amount", "-24.95"),
    "RequestInquiry": (g.RequestInquiryRead, "amount_inquired", "8.77"),
    "RequestResponse": (g.RequestResponseRead, "amount_inquired", "3.31"),
    "ScheduledInstance": (g.ScheduleInstanceRead, "result_object.Payment_1.amount", "-34.42"),
    "ScheduledPayment": (g.SchedulePaymentRead, "payment.amount", "-8.89"),
    "ShareInviteBankInquiry": (g.ShareInviteMonetaryAccountInquiryRead, None, None),
    "ShareInviteBankResponse": (g.ShareInviteMonetaryAccountResponseRead, None, None),
}


def _at(obj: Any, path: str) -> Any:
    for part in path.split("."):
        obj = obj[int(part)] if part.isdigit() else getattr(obj, part)
    return obj


def _callback_object(name: str) -> dict[str, Any]:
    body = json.loads((CALLBACKS / f"{name}.json").read_text(encoding="utf-8"))
    obj: dict[str, Any] = body["NotificationUrl"]["object"]
    return obj


def test_every_callback_fixture_is_covered() -> None:
    assert sorted(p.stem for p in CALLBACKS.glob("*.json")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_callback_objects_decode_to_typed_models(name: str) -> None:
    model, amount_path, amount_value = EXPECTED[name]
    obj = _callback_object(name)
    decoded = decode_union(obj)
    assert type(decoded) is model

    ((_, payload),) = obj.items()
    assert decoded.model_dump(by_alias=True, mode="json", exclude_unset=True) == _as_json(payload)
    if model is BunqModel:
        return
    assert getattr(decoded, "id", None) == payload["id"]
    created = getattr(decoded, "created", None)
    assert isinstance(created, datetime)
    assert created.tzinfo is UTC
    if amount_path is not None:
        amount = _at(decoded, amount_path)
        assert isinstance(amount, Amount)
        assert amount.value == Decimal(str(amount_value))
        assert isinstance(amount.value, Decimal)


def _as_json(payload: Any) -> Any:
    """What a faithful round trip gives back: the payload itself."""
    return json.loads(json.dumps(payload))


def test_mutation_callback_payment_fields() -> None:
    payment = decode_union(_callback_object("Mutation"))
    assert isinstance(payment, g.PaymentRead)
    assert payment.amount == Amount(value=Decimal("-24.95"), currency="EUR")
    assert payment.created == datetime(2017, 11, 8, 11, 20, 3, 950184, tzinfo=UTC)
    assert payment.type == "IDEAL"
    assert payment.counterparty_alias is not None
    assert payment.counterparty_alias.display_name


def test_request_inquiry_callback_times() -> None:
    inquiry = decode_union(_callback_object("RequestInquiry"))
    assert isinstance(inquiry, g.RequestInquiryRead)
    assert inquiry.time_responded == datetime(2017, 7, 22, 23, 37, 35, 889673, tzinfo=UTC)
    assert inquiry.time_expiry is None


def test_nested_union_inside_a_callback() -> None:
    instance = decode_union(_callback_object("ScheduledInstance"))
    assert isinstance(instance, g.ScheduleInstanceRead)
    result = variant(instance.result_object)
    assert isinstance(result, g.Payment)
    # The older wire name sits in the extras and is decoded by the registry on request.
    scheduled = variant(instance.scheduled_object)
    assert isinstance(scheduled, g.SchedulePaymentRead)
    assert scheduled.schedule is not None
    assert scheduled.schedule.time_start == datetime(2017, 7, 15, 21, 2, 6, 22814, tzinfo=UTC)


def test_unknown_type_falls_back_to_a_generic_model() -> None:
    payload = {"id": 7, "created": "2026-12-04 20:01:30.123456", "nested": {"a": [1, 2]}}
    decoded = decode_union({"SomethingBunqAddsNextYear": payload})
    assert type(decoded) is BunqModel
    assert decoded.model_extra == payload
    assert decoded.model_dump() == payload
    assert model_for("SomethingBunqAddsNextYear") is None


def test_decode_item_equals_decode_union() -> None:
    payload = {"id": 1, "amount": {"value": "1.00", "currency": "EUR"}}
    assert decode_item("Payment", payload) == decode_union({"Payment": payload})


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {"Payment": {}, "DraftPayment": {}},
        {"Payment": [1, 2]},
        {"Payment": "x"},
        [{"Payment": {}}],
    ],
)
def test_malformed_type_indications_raise_value_error(bad: Any) -> None:
    with pytest.raises(ValueError, match=r"object|wraps"):
        unwrap(bad)


@pytest.mark.parametrize(
    ("wire", "model"),
    [
        ("MonetaryAccountBank", g.MonetaryAccountBankRead),
        ("MonetaryAccountSavings", g.MonetaryAccountSavingsRead),
        ("MonetaryAccount", g.MonetaryAccountRead),
        ("UserPerson", g.UserPersonRead),
        ("UserCompany", g.UserCompanyRead),
        ("UserPaymentServiceProvider", g.UserPaymentServiceProviderRead),
        ("UserApiKey", g.UserApiKey),  # no UserApiKeyRead in the spec
        ("Payment", g.PaymentRead),
        ("DraftPayment", g.DraftPaymentRead),
        ("RequestInquiry", g.RequestInquiryRead),
        ("RequestResponse", g.RequestResponseRead),
        ("NotificationFilterUrl", g.NotificationFilterUrlListing),  # only a Listing
        ("ConfirmationOfFunds", g.ConfirmationOfFunds),
        ("ChatMessageContentText", None),
        ("Id", g.BunqId),
        ("Token", g.InstallationToken),
        ("ServerPublicKey", g.InstallationServerPublicKey),
    ],
)
def test_registry_maps_wire_names_to_read_models(wire: str, model: type[BunqModel] | None) -> None:
    assert model_for(wire) is model


def test_registry_prefers_read_then_listing_then_plain(spec: dict[str, Any]) -> None:
    schemas = set(spec["components"]["schemas"])
    checked = 0
    for wire, model in REGISTRY.items():
        if wire in {"Id", "Token", "ServerPublicKey"} or model.__name__ == wire + "Read":
            continue
        name = model.__name__
        if name.endswith("Listing"):
            assert f"{wire}Read" not in schemas, wire
        elif name == wire:
            assert f"{wire}Read" not in schemas, wire
            assert f"{wire}Listing" not in schemas, wire
        checked += 1
    assert checked > 100


def test_user_api_key_wraps_both_users() -> None:
    decoded = decode_union(
        {
            "UserApiKey": {
                "id": 4711,
                "created": "2026-12-04 20:01:30.000000",
                "requested_by_user": {
                    "UserCompany": {"id": 1, "name": "The App B.V.", "session_timeout": 604800}
                },
                "granted_by_user": {"UserPerson": {"id": 2, "display_name": "End User"}},
            }
        }
    )
    assert isinstance(decoded, g.UserApiKey)
    assert decoded.id == 4711
    requested = variant(decoded.requested_by_user)
    granted = variant(decoded.granted_by_user)
    assert isinstance(requested, g.UserCompany)
    assert requested.session_timeout == 604800
    assert isinstance(granted, g.UserPerson)
    assert granted.display_name == "End User"
    assert variant(None) is None
    assert variant(g.UserApiKeyAnchoredUser()) is None


# --- samples built from the spec ------------------------------------------------------------

TIMESTAMP = "2026-12-04 20:01:30.123456"
TIMESTAMP_NAME = re.compile(r"^(created|updated)$|^time_|_time$|_time_")


def _sample(spec: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> Any:
    """A value for every property of ``schema``, two levels of nesting deep."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name == "Amount":
            return {"value": "12.50", "currency": "EUR"}
        return _sample(spec, spec["components"]["schemas"][name], depth)
    kind = schema.get("type")
    if kind == "array":
        return [_sample(spec, schema.get("items", {}), depth)]
    if kind == "object" or "properties" in schema:
        if depth > 2:
            return {}
        out = {}
        for field, prop in schema.get("properties", {}).items():
            if prop.get("type") == "string" and TIMESTAMP_NAME.search(field):
                out[field] = TIMESTAMP
            else:
                out[field] = _sample(spec, prop, depth + 1)
        return out
    return {"integer": 42, "number": 42, "boolean": True}.get(str(kind), "text")


@pytest.mark.parametrize(
    "wire",
    [
        "Payment",
        "MonetaryAccountBank",
        "MonetaryAccountSavings",
        "UserPerson",
        "UserCompany",
        "UserApiKey",
        "DraftPayment",
        "RequestInquiry",
        "RequestResponse",
        "PaymentServiceProviderDraftPayment",
        "NotificationFilterUrl",
        "BunqMeTab",
        "Card",
    ],
)
def test_spec_samples_round_trip(spec: dict[str, Any], wire: str) -> None:
    model = REGISTRY[wire]
    payload = _sample(spec, spec["components"]["schemas"][model.__name__])
    decoded = decode_union({wire: payload})
    assert type(decoded) is model
    assert decoded.model_extra == {}, "every spec field must map to a declared field"
    assert decoded.model_dump(by_alias=True, mode="json", exclude_unset=True) == payload


def test_every_registry_model_accepts_its_spec_sample(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    checked = 0
    for wire, model in REGISTRY.items():
        if model.__name__ not in schemas:  # ErrorItem: an inline schema the generator named
            continue
        payload = _sample(spec, schemas[model.__name__])
        checked += 1
        decoded = decode_item(wire, payload)
        assert decoded.model_extra == {}, wire
        assert decoded.model_dump(by_alias=True, mode="json", exclude_unset=True) == payload, wire
    assert checked > 400
