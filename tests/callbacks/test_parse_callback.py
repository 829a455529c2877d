"""parse_callback and CallbackReceiver: every real body parses; bad ones fail clearly."""

from __future__ import annotations

import json
from decimal import Decimal
from email.message import Message
from pathlib import Path

import pytest

from bunq_connect.callbacks import (
    CallbackError,
    CallbackEvent,
    CallbackFormatError,
    CallbackReceiver,
    CallbackSignatureError,
    parse_callback,
)
from bunq_connect.errors import BunqConnectError, UsageError
from bunq_connect.models.common import BunqModel
from bunq_connect.models.unions import model_for
from bunq_connect.wire import signing
from tests.shared_data import CALLBACKS

BODIES = sorted(CALLBACKS.glob("*.json"))


@pytest.fixture(scope="module")
def server_key() -> signing.RSAPrivateKey:
    return signing.generate_private_key()


def test_the_fixture_directory_is_there() -> None:
    # A parametrized test over an empty directory would pass by running nothing.
    assert len(BODIES) >= 10


@pytest.mark.parametrize("path", BODIES, ids=[p.stem for p in BODIES])
def test_every_real_callback_body_parses(path: Path, server_key: signing.RSAPrivateKey) -> None:
    body = path.read_bytes()
    event = parse_callback(
        body, signature=signing.sign(body, server_key), server_public_key=server_key.public_key()
    )
    note = json.loads(body)["NotificationUrl"]
    ((type_name, payload),) = note["object"].items()
    assert isinstance(event, CallbackEvent)
    assert (event.category, event.event_type) == (note["category"], note["event_type"])
    assert event.target_url == note["target_url"]
    assert event.object_type == type_name
    assert isinstance(event.object, BunqModel)
    expected = model_for(type_name)
    if expected is not None:
        assert type(event.object) is expected
    if "id" in payload:
        assert event.object.id == payload["id"]  # type: ignore[attr-defined]


def test_a_payment_callback_decodes_to_payment_read_with_decimal_amounts(
    server_key: signing.RSAPrivateKey,
) -> None:
    body = (CALLBACKS / "Mutation.json").read_bytes()
    event = parse_callback(
        body, signature=signing.sign(body, server_key), server_public_key=server_key.public_key()
    )
    assert event.object_type == "Payment"
    assert type(event.object).__name__ == "PaymentRead"
    amount = event.object.amount  # type: ignore[attr-defined]
    raw = json.loads(body)["NotificationUrl"]["object"]["Payment"]["amount"]
    assert isinstance(amount.value, Decimal)
    assert amount.value == Decimal(raw["value"])
    assert event.object.created.tzinfo is not None  # type: ignore[attr-defined]


def test_the_key_may_be_given_as_pem(server_key: signing.RSAPrivateKey) -> None:
    body = (CALLBACKS / "Mutation.json").read_bytes()
    pem = signing.public_key_to_pem(server_key.public_key())
    event = parse_callback(body, signature=signing.sign(body, server_key), server_public_key=pem)
    assert event.category == "MUTATION"


def test_a_wrong_signature_is_refused(server_key: signing.RSAPrivateKey) -> None:
    body = (CALLBACKS / "Mutation.json").read_bytes()
    other = signing.generate_private_key()
    with pytest.raises(CallbackSignatureError, match="does not sign its body"):
        parse_callback(
            body, signature=signing.sign(body, other), server_public_key=server_key.public_key()
        )


def test_an_altered_body_is_refused(server_key: signing.RSAPrivateKey) -> None:
    body = (CALLBACKS / "Mutation.json").read_bytes()
    signature = signing.sign(body, server_key)
    altered = body.replace(b'"value": "', b'"value": "1', 1)
    assert altered != body
    with pytest.raises(CallbackSignatureError):
        parse_callback(altered, signature=signature, server_public_key=server_key.public_key())


@pytest.mark.parametrize("signature", [None, "", "not base64 !!"])
def test_a_missing_or_garbled_signature_is_refused(
    server_key: signing.RSAPrivateKey, signature: str | None
) -> None:
    body = (CALLBACKS / "Mutation.json").read_bytes()
    with pytest.raises(CallbackSignatureError):
        parse_callback(body, signature=signature, server_public_key=server_key.public_key())


def test_signature_is_required_unless_said_otherwise() -> None:
    body = (CALLBACKS / "Mutation.json").read_bytes()
    with pytest.raises(UsageError, match="server_public_key"):
        parse_callback(body)
    assert parse_callback(body, require_signature=False).category == "MUTATION"


def test_a_given_signature_is_checked_even_when_not_required(
    server_key: signing.RSAPrivateKey,
) -> None:
    body = (CALLBACKS / "Mutation.json").read_bytes()
    with pytest.raises(CallbackSignatureError):
        parse_callback(
            body,
            signature=signing.sign(b"other", server_key),
            server_public_key=server_key.public_key(),
            require_signature=False,
        )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html>", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[]", "not a {'NotificationUrl'"),
        (b'{"Response": []}', "not a {'NotificationUrl'"),
        (b'{"NotificationUrl": "x"}', "not a {'NotificationUrl'"),
        (b'{"NotificationUrl": {"category": "PAYMENT", "event_type": "X"}}', "'object'"),
        (
            b'{"NotificationUrl": {"category": "PAYMENT", "event_type": "X", "object": {"A": 1}}}',
            "is not an object",
        ),
        (
            b'{"NotificationUrl": {"event_type": "X", "object": {"Payment": {"id": 1}}}}',
            "'category'",
        ),
        (
            b'{"NotificationUrl": {"category": "PAYMENT", "event_type": "X",'
            b' "object": {"Payment": {"id": "not a number"}}}}',
            "fields: id",
        ),
    ],
)
def test_bad_bodies_raise_callback_format_errors(
    server_key: signing.RSAPrivateKey, body: bytes, message: str
) -> None:
    with pytest.raises(CallbackFormatError, match=message) as info:
        parse_callback(
            body,
            signature=signing.sign(body, server_key),
            server_public_key=server_key.public_key(),
        )
    assert isinstance(info.value, CallbackError)
    assert isinstance(info.value, BunqConnectError)


def test_schema_errors_do_not_echo_banking_data(server_key: signing.RSAPrivateKey) -> None:
    body = (
        b'{"NotificationUrl": {"category": "PAYMENT", "event_type": "X",'
        b' "object": {"Payment": {"id": "NL12BUNQ0123456789"}}}}'
    )
    with pytest.raises(CallbackFormatError) as info:
        parse_callback(
            body,
            signature=signing.sign(body, server_key),
            server_public_key=server_key.public_key(),
        )
    assert "NL12BUNQ" not in str(info.value)


def test_a_text_body_is_a_usage_error(server_key: signing.RSAPrivateKey) -> None:
    with pytest.raises(UsageError, match="raw body bytes"):
        parse_callback("{}", server_public_key=server_key.public_key())  # type: ignore[arg-type]


# --- CallbackReceiver -------------------------------------------------------------------------


def test_receiver_reads_the_header_from_a_mapping_in_any_case(
    server_key: signing.RSAPrivateKey,
) -> None:
    body = (CALLBACKS / "RequestInquiry.json").read_bytes()
    receiver = CallbackReceiver(server_key.public_key())
    event = receiver.receive(body, {"x-bunq-server-signature": signing.sign(body, server_key)})
    assert event.object_type == "RequestInquiry"


def test_receiver_reads_asgi_header_pairs(server_key: signing.RSAPrivateKey) -> None:
    body = (CALLBACKS / "DraftPayment.json").read_bytes()
    receiver = CallbackReceiver(signing.public_key_to_pem(server_key.public_key()))
    scope_headers = [
        (b"content-type", b"application/json"),
        (b"x-bunq-server-signature", signing.sign(body, server_key).encode()),
    ]
    assert receiver.receive(body, scope_headers).category == "DRAFT_PAYMENT"


def test_receiver_refuses_unsigned_bodies(server_key: signing.RSAPrivateKey) -> None:
    body = (CALLBACKS / "DraftPayment.json").read_bytes()
    with pytest.raises(CallbackSignatureError, match="no X-Bunq-Server-Signature"):
        CallbackReceiver(server_key.public_key()).receive(body, {})


def test_receiver_refuses_categories_it_was_not_set_up_for(
    server_key: signing.RSAPrivateKey,
) -> None:
    body = (CALLBACKS / "DraftPayment.json").read_bytes()
    receiver = CallbackReceiver(server_key.public_key(), categories=["payment", "MUTATION"])
    with pytest.raises(CallbackError, match="DRAFT_PAYMENT"):
        receiver.receive(body, {"X-Bunq-Server-Signature": signing.sign(body, server_key)})


def test_receiver_refuses_oversized_bodies(server_key: signing.RSAPrivateKey) -> None:
    receiver = CallbackReceiver(server_key.public_key(), max_body_bytes=10)
    with pytest.raises(CallbackFormatError, match="over the 10 limit"):
        receiver.receive(b"x" * 11, {})


def test_event_repr_hides_the_target_url(server_key: signing.RSAPrivateKey) -> None:
    body = (
        (CALLBACKS / "Mutation.json")
        .read_bytes()
        .replace(b'"target_url": "nope"', b'"target_url": "https://app.example/cb?token=s3cret"')
    )
    event = parse_callback(body, require_signature=False)
    assert event.target_url.endswith("s3cret")
    assert "s3cret" not in repr(event)
    assert "Payment" in repr(event)


def test_receiver_reads_http_server_style_headers(server_key: signing.RSAPrivateKey) -> None:
    # http.server hands over an email.message.Message: not a Mapping, but it has items().
    body = (CALLBACKS / "Mutation.json").read_bytes()
    message = Message()
    message["Content-Type"] = "application/json"
    message["X-Bunq-Server-Signature"] = signing.sign(body, server_key)
    assert CallbackReceiver(server_key.public_key()).receive(body, message).category == "MUTATION"
