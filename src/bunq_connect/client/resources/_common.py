"""Small parsers and body builders the hand-written resources share (no I/O)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from bunq_connect.client._base_client import APIResponse
from bunq_connect.errors import ResponseParseError, UsageError
from bunq_connect.models.common import Amount, Pointer

T = TypeVar("T")

AmountLike = Amount | Decimal | str
PointerLike = Pointer | Mapping[str, str]


def created_id(response: APIResponse) -> int:
    """The id in a create or update answer: ``{"Id": {"id": ...}}``."""
    for name, payload in response.envelope.items:
        if name == "Id" and isinstance(payload, Mapping) and "id" in payload:
            return int(payload["id"])
    raise ResponseParseError(
        "the answer holds no Id item",
        status_code=response.status_code,
        response_id=response.response_id,
    )


def first_item(decode: Callable[[str, Any], T]) -> Callable[[APIResponse], T]:
    def parse(response: APIResponse) -> T:
        if not response.envelope.items:
            raise ResponseParseError(
                "the answer holds no item",
                status_code=response.status_code,
                response_id=response.response_id,
            )
        name, payload = response.envelope.items[0]
        return decode(name, payload)

    return parse


def nothing(response: APIResponse) -> None:
    return None


def amount_json(amount: AmountLike, currency: str = "EUR") -> dict[str, str]:
    """``{"value": "12.50", "currency": "EUR"}``; floats are refused (they are not exact), and so
    is anything that is not a positive amount in whole cents (it would be sent rounded)."""
    if isinstance(amount, float):
        raise UsageError("give amounts as Decimal or str, not float (floats are not exact)")
    if isinstance(amount, Amount):
        value = amount
    else:
        try:
            value = Amount(value=Decimal(str(amount)), currency=currency)
        except (ArithmeticError, ValueError) as exc:
            raise UsageError(f"not an amount: {amount!r}") from exc
    if not value.value.is_finite() or value.value <= 0:
        raise UsageError(f"an amount must be positive, not {value.value}")
    if value.value != value.value.quantize(Decimal("0.01")):
        raise UsageError(f"an amount has at most 2 decimals (cents), not {value.value}")
    return value.to_wire()


def pointer_json(pointer: PointerLike) -> dict[str, str]:
    """An alias (IBAN, EMAIL, PHONE_NUMBER) as bunq takes it in a body."""
    if isinstance(pointer, Pointer):
        return pointer.model_dump(exclude_none=True)
    data = {str(k): str(v) for k, v in pointer.items() if v is not None}
    if "type" not in data or "value" not in data:
        raise UsageError("a counterparty alias needs 'type' (IBAN/EMAIL/PHONE_NUMBER) and 'value'")
    return data


def account_path(user_id: int, account_id: int, collection: str) -> str:
    return f"user/{user_id}/monetary-account/{_id(account_id)}/{collection}"


def _id(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise UsageError(f"an id must be an integer, got {value!r}")
    return value


item_id = _id


def payment_fields(
    amount: AmountLike,
    counterparty_alias: PointerLike,
    description: str,
    *,
    currency: str = "EUR",
    merchant_reference: str | None = None,
) -> dict[str, Any]:
    """The fields of one payment as bunq takes them: a payment, a batch's, a draft's entry."""
    fields: dict[str, Any] = {
        "amount": amount_json(amount, currency),
        "counterparty_alias": pointer_json(counterparty_alias),
        "description": description,
    }
    if merchant_reference:
        fields["merchant_reference"] = merchant_reference
    return fields
