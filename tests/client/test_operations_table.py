"""The operations table is complete, exact and deterministic, and every row is reachable.

The reachability test sends every one of the spec's (path, method) pairs through
``client.operations`` to the emulator over loopback HTTP: each must reach a real route or the
emulator's "not emulated" fallback *for that very path and method*, never a route-not-found.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bunq_connect.client import BunqClient
from bunq_connect.client._operations import OPERATIONS, by_name
from bunq_connect.client._ratelimit import RateLimiter
from bunq_connect.client.resources.operations import build_path, call_options
from bunq_connect.environments import Environment
from bunq_connect.errors import APIStatusError, UsageError
from tests.client.flow import connect, make_app, make_customer

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "generate_operations.py"
SPEC = REPO.parent / "shared" / "bunq-api" / "openapi.json"
TABLE = REPO / "src" / "bunq_connect" / "client" / "_operations.py"


def _spec() -> dict[str, object]:
    data: dict[str, object] = json.loads(SPEC.read_text(encoding="utf-8"))
    return data


def test_every_path_and_method_of_the_spec_has_exactly_one_row() -> None:
    spec = _spec()
    paths = spec["paths"]
    assert isinstance(paths, dict)
    expected = {
        (method.upper(), path.lstrip("/"), op["operationId"])
        for path, item in paths.items()
        for method, op in item.items()
        if method in ("get", "post", "put", "delete", "patch")
    }
    rows = {(op.method, op.path, op.operation_id) for op in OPERATIONS}
    assert len(paths) == 271
    assert rows == expected
    assert len(OPERATIONS) == len(expected) == 480
    assert len({op.name for op in OPERATIONS}) == len(OPERATIONS)


def test_rows_say_what_the_spec_says() -> None:
    op = by_name("List_all_Payment_for_User_MonetaryAccount")
    assert by_name("list_all_payment_for_user_monetary_account") is op
    assert (op.method, op.lists, op.item_types, op.moves_money) == (
        "GET",
        True,
        ("Payment",),
        False,
    )
    assert op.path == "user/{userID}/monetary-account/{monetary-accountID}/payment"
    assert op.path_params == (("userID", "user_id"), ("monetary-accountID", "monetary_account_id"))

    pay = by_name("CREATE_Payment_for_User_MonetaryAccount")
    assert (pay.moves_money, pay.marker_field, pay.item_types) == (
        True,
        "merchant_reference",
        ("Id",),
    )
    draft = by_name("CREATE_DraftPayment_for_User_MonetaryAccount")
    assert (draft.moves_money, draft.marker_field) == (True, "entries.merchant_reference")
    accept = by_name("UPDATE_RequestResponse_for_User_MonetaryAccount")
    assert accept.moves_money
    assert accept.marker_field is None
    for name in (
        "CREATE_PaymentBatch_for_User_MonetaryAccount",
        "CREATE_SchedulePayment_for_User_MonetaryAccount",
        "CREATE_PaymentServiceProviderDraftPayment_for_User",
        # not money yet, but a request sent twice is paid twice: never resent blind
        "CREATE_RequestInquiry_for_User_MonetaryAccount",
    ):
        assert by_name(name).moves_money, name
    inquiry = by_name("CREATE_RequestInquiry_for_User_MonetaryAccount")
    assert inquiry.marker_field == "merchant_reference"
    assert not by_name("READ_Payment_for_User_MonetaryAccount").moves_money

    accounts = by_name("List_all_MonetaryAccount_for_User")
    assert "MonetaryAccountBank" in accounts.item_types
    assert by_name("READ_User").item_types[:2] == ("UserPerson", "UserCompany")
    assert by_name("DELETE_PaymentAutoAllocate_for_User_MonetaryAccount").item_types == ()
    # every money-moving row is a POST or PUT; no read moves money
    assert all(op.method in ("POST", "PUT") for op in OPERATIONS if op.moves_money)


def test_generator_check_passes_and_is_deterministic(tmp_path: Path) -> None:
    check = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stderr
    first, second = tmp_path / "a.py", tmp_path / "b.py"
    for out in (first, second):
        subprocess.run([sys.executable, str(SCRIPT), "--output", str(out)], check=True)
    assert first.read_bytes() == second.read_bytes() == TABLE.read_bytes()

    stale = tmp_path / "stale.py"
    stale.write_text(TABLE.read_text(encoding="utf-8").replace('"GET"', '"POST"', 1))
    refused = subprocess.run(
        [sys.executable, str(SCRIPT), "--check", "--output", str(stale)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode == 1
    assert "stale" in refused.stderr


def test_path_building_and_usage_errors() -> None:
    op = by_name("READ_Payment_for_User_MonetaryAccount")
    assert build_path(op, 7, {"monetary_account_id": 3, "item_id": 9}) == (
        "user/7/monetary-account/3/payment/9"
    )
    with pytest.raises(UsageError, match="needs the path parameters"):
        build_path(op, 7, {"monetary_account_id": 3})
    with pytest.raises(UsageError, match="not \\['account_id'\\]"):
        build_path(op, 7, {"account_id": 3, "item_id": 9})
    with pytest.raises(UsageError, match="must be an id"):
        build_path(op, 7, {"monetary_account_id": True, "item_id": 9})
    # a string id is escaped, never allowed to change the path
    uuid_op = by_name("List_all_Content_for_AttachmentPublic")
    assert build_path(uuid_op, 7, {"attachment_public_uuid": "a/../b"}) == (
        "attachment-public/a%2F..%2Fb/content"
    )


def test_money_moving_calls_always_carry_a_marker() -> None:
    pay = by_name("CREATE_Payment_for_User_MonetaryAccount")
    options = call_options(pay, 7, {"monetary_account_id": 3}, {"description": "x"}, None)
    assert options.moves_money
    assert options.marker is not None
    assert options.marker.startswith("bc-")
    assert len(options.marker) == 25
    assert options.json_body["merchant_reference"] == options.marker
    mine = call_options(pay, 7, {"monetary_account_id": 3}, {"merchant_reference": "m-1"}, None)
    assert mine.marker == "m-1"

    draft = by_name("CREATE_DraftPayment_for_User_MonetaryAccount")
    body = {"entries": [{"description": "a"}, {"description": "b"}]}
    options = call_options(draft, 7, {"monetary_account_id": 3}, body, None)
    assert options.json_body["entries"][0]["merchant_reference"] == options.marker
    assert "merchant_reference" not in body["entries"][0]  # the caller's body is not mutated


def test_every_operation_reaches_its_route_on_the_emulator(env: Environment) -> None:
    app = make_app(env)
    customer = make_customer(env)
    context = connect(env, app, customer)
    outcomes: dict[str, tuple[int, str]] = {}
    with BunqClient(context, rate_limiter=RateLimiter(enabled=False)) as client:
        # The session's own DELETE last: it may end the session the other calls use.
        ordered = sorted(OPERATIONS, key=lambda o: o.operation_id == "DELETE_Session")
        for op in ordered:
            path = {kw: 1 for _, kw in op.path_params if kw != "user_id"}
            try:
                if op.lists:
                    client.operations.list(op.operation_id, **path)
                else:
                    body: dict[str, object] | None = None
                    if op.method in ("POST", "PUT"):
                        # A draft needs an entry to carry its marker; any other body: empty.
                        body = {"entries": [{}]} if op.marker_field else {}
                        body = {} if op.marker_field == "merchant_reference" else body
                    client.operations.call(op.operation_id, body=body, **path)
                outcomes[op.operation_id] = (200, "")
            except APIStatusError as error:
                outcomes[op.operation_id] = (error.status_code, " ".join(error.errors))
    assert len(outcomes) == 480
    wrong = []
    for op in OPERATIONS:
        status, text = outcomes[op.operation_id]
        unrouted = "Route not found" in text or status == 405
        # A fallback names the (method, path) it stands for: it must be this very one.
        misrouted = "is not emulated" in text and f"{op.method} /v1/{op.path} is not" not in text
        if unrouted or misrouted:
            wrong.append((op.operation_id, status, text))
    assert not wrong
    # The emulated part answered as itself (not every row fell back).
    assert outcomes["List_all_MonetaryAccount_for_User"][0] == 200
