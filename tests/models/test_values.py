"""Money is an exact Decimal and times are aware UTC datetimes in the generated models."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from pydantic import RootModel, ValidationError

import bunq_connect.models._generated as g
from bunq_connect.models.common import Amount, BunqModel


def test_amount_fields_use_the_hand_written_amount() -> None:
    assert g.PaymentRead.model_fields["amount"].annotation == Amount | None
    assert vars(g)["Amount"] is Amount, "the spec's Amount must not be generated alongside ours"


@pytest.mark.parametrize("text", ["0.10", "-24.95", "10000.00", "0.01", "123456789.99"])
def test_amounts_parse_to_exact_decimals(text: str) -> None:
    payment = g.PaymentRead.model_validate({"amount": {"value": text, "currency": "EUR"}})
    assert payment.amount is not None
    assert isinstance(payment.amount.value, Decimal)
    assert payment.amount.value == Decimal(text)
    assert str(payment.amount.value) == text
    assert payment.model_dump(mode="json", exclude_unset=True) == {
        "amount": {"value": text, "currency": "EUR"}
    }


def test_amounts_add_up_exactly() -> None:
    items = [
        g.DraftPaymentEntry.model_validate({"amount": {"value": "0.10", "currency": "EUR"}})
        for _ in range(3)
    ]
    total = sum((item.amount.value for item in items if item.amount), Decimal(0))
    assert total == Decimal("0.30")


def test_float_amounts_are_refused() -> None:
    with pytest.raises(ValidationError):
        g.PaymentRead.model_validate({"amount": {"value": 0.1, "currency": "EUR"}})


def test_timestamps_are_aware_utc_and_keep_microseconds() -> None:
    inquiry = g.RequestInquiryRead.model_validate(
        {
            "created": "2017-07-16 01:58:10.359035",
            "updated": "2017-07-22 23:37:35.925263",
            "time_responded": "2017-07-22 23:37:35.889673",
            "time_expiry": None,
        }
    )
    assert inquiry.created == datetime(2017, 7, 16, 1, 58, 10, 359035, tzinfo=UTC)
    assert inquiry.updated is not None
    assert inquiry.updated.tzinfo is not None
    assert inquiry.updated.utcoffset() == UTC.utcoffset(None)
    assert inquiry.time_responded == datetime(2017, 7, 22, 23, 37, 35, 889673, tzinfo=UTC)
    assert inquiry.time_expiry is None


def test_timestamps_serialize_back_to_bunq_format() -> None:
    text = "2026-12-04 20:01:30.123456"
    schedule = g.Schedule.model_validate({"time_start": text, "time_end": text})
    assert schedule.model_dump(mode="json", exclude_unset=True) == {
        "time_start": text,
        "time_end": text,
    }


@pytest.mark.parametrize(
    ("model", "field"),
    [
        (g.PaymentRead, "created"),
        (g.PaymentRead, "updated"),
        (g.PaymentRead, "bunqto_time_responded"),
        (g.RequestResponseRead, "time_refund_requested"),
        (g.MasterCardActionRead, "clearing_expiry_time"),
        (g.BunqMeTabRead, "time_expiry"),
        (g.DraftPaymentRead, "created"),  # added: the spec leaves it out, bunq sends it
    ],
)
def test_timestamp_fields_are_datetimes(model: type[BunqModel], field: str) -> None:
    parsed = model.model_validate({field: "2017-07-13 21:44:31.314437"})
    value = getattr(parsed, field)
    assert isinstance(value, datetime)
    assert value.tzinfo is not None


@pytest.mark.parametrize(
    ("model", "field", "value"),
    [
        (g.PaymentRead, "maturity_date", "2017-11-08"),
        (g.CardRead, "expiry_date", "2021-07-31"),
        (g.DraftPayment, "previous_updated_timestamp", "2017-07-13 21:44:31.314437"),
    ],
)
def test_date_and_opaque_fields_stay_strings(
    model: type[BunqModel], field: str, value: str
) -> None:
    assert getattr(model.model_validate({field: value}), field) == value


def test_fractional_geolocation_parses() -> None:
    geo = g.Geolocation.model_validate({"latitude": 52.387862883215, "longitude": 4.83})
    assert geo.latitude == pytest.approx(52.387862883215)


def test_every_field_is_optional() -> None:
    for name in dir(g):
        model = getattr(g, name)
        if isinstance(model, type) and model.__module__ == g.__name__:
            if issubclass(model, BunqModel):
                model.model_validate({})
            else:
                assert issubclass(model, RootModel), name
                model.model_validate(None)
