from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bunq_connect.wire import envelope, timestamps


def test_response_round_trip_keeps_order_and_pagination() -> None:
    body = envelope.encode_response(
        [{"Id": {"id": 1}}, {"Token": {"token": "t"}}],
        envelope.Pagination(older_url="/v1/x?older_id=3"),
    )
    parsed = envelope.parse(body)
    assert [name for name, _ in parsed.items] == ["Id", "Token"]
    assert parsed.first("Token") == {"token": "t"}
    assert parsed.pagination == envelope.Pagination(older_url="/v1/x?older_id=3")
    assert not parsed.is_error


def test_error_envelope() -> None:
    parsed = envelope.parse(envelope.encode_error("Insufficient authorisation."))
    assert parsed.is_error
    assert parsed.errors[0].description == "Insufficient authorisation."


@pytest.mark.parametrize(
    "body", [b"", b"[]", b"{}", b'{"Response": {}}', b'{"Response": [{"a": 1, "b": 2}]}', b"\xff"]
)
def test_parse_refuses_what_is_not_an_envelope(body: bytes) -> None:
    with pytest.raises(envelope.EnvelopeError):
        envelope.parse(body)


def test_encode_refuses_multi_key_items() -> None:
    with pytest.raises(ValueError, match="single-key"):
        envelope.encode_response([{"a": 1, "b": 2}])


def test_timestamps_are_utc_and_round_trip() -> None:
    moment = datetime(2026, 12, 4, 20, 1, 30, 123456, tzinfo=UTC)
    text = timestamps.format_timestamp(moment)
    assert text == "2026-12-04 20:01:30.123456"
    assert timestamps.parse_timestamp(text) == moment
    with pytest.raises(ValueError, match="naive"):
        timestamps.format_timestamp(datetime(2026, 1, 1))
