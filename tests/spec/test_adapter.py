"""The adapter's envelopes accept bunq's real answers and refuse broken ones; the plugin fails
a run whose emulator answered something that breaks the spec."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path
from typing import Any

import pytest

from bunq_connect.emulator import observe
from tests.spec.adapter import SpecAdapter
from tests.spec.plugin import Recorder

REPO = Path(__file__).resolve().parents[2]
NO_PAGES = {"future_url": None, "newer_url": None, "older_url": "/v1/user/1/payment?older_id=3"}
AMOUNT = {"value": "12.50", "currency": "EUR"}


@pytest.fixture(scope="module")
def adapter() -> SpecAdapter:
    return SpecAdapter.load()


def body(data: Any) -> bytes:
    return json.dumps(data).encode()


def payments(*payment: dict[str, Any], pages: Any = NO_PAGES) -> bytes:
    return body({"Response": [{"Payment": p} for p in payment], "Pagination": pages})


PAYMENTS = "/v1/user/7/monetary-account/9/payment"


def test_a_real_payment_listing_conforms(adapter: SpecAdapter) -> None:
    good = payments({"id": 3, "amount": AMOUNT, "description": None, "attachment": []})
    assert adapter.validate("GET", PAYMENTS, 200, good) == []
    assert adapter.validate("GET", PAYMENTS, 200, payments()) == []


@pytest.mark.parametrize(
    ("wrong", "expected"),
    [
        (payments({"id": "3"}), 'at Response/0/Payment/id: "3" is not of type "integer"'),
        (payments({"amount": {"value": 12.5}}), "Payment/amount/value: 12.5 is not of type"),
        (body({"Response": [{"Payment": {"id": 3}}]}), '"Pagination" is a required property'),
        (body({"Response": [{"Pymnt": {"id": 3}}], "Pagination": NO_PAGES}), '"Pymnt" is not'),
        (body({"Response": [{"Payment": None}], "Pagination": NO_PAGES}), "Response/0/Payment"),
        (
            body({"Response": [{"Payment": {}, "Id": {"id": 1}}], "Pagination": NO_PAGES}),
            "Response/0",
        ),
        (payments(pages={"older_url": None}), "at Pagination"),
        (body({"Response": [], "Pagination": NO_PAGES, "Extra": 1}), "'Extra' was unexpected"),
        (b"not json", "body is not JSON"),
    ],
)
def test_a_broken_payment_listing_fails(adapter: SpecAdapter, wrong: bytes, expected: str) -> None:
    errors = adapter.validate("GET", PAYMENTS, 200, wrong)
    assert errors
    assert expected in errors[0], errors


def test_single_reads_and_creates_hold_exactly_one_item(adapter: SpecAdapter) -> None:
    read = PAYMENTS + "/3"
    assert adapter.validate("GET", read, 200, body({"Response": [{"Payment": {"id": 3}}]})) == []
    two = body({"Response": [{"Payment": {"id": 3}}, {"Payment": {"id": 4}}]})
    assert "has more than 1 item" in adapter.validate("GET", read, 200, two)[0]
    assert adapter.validate("POST", PAYMENTS, 200, body({"Response": [{"Id": {"id": 5}}]})) == []
    no_id = body({"Response": [{"Id": {}}]})
    assert '"id" is a required property' in adapter.validate("POST", PAYMENTS, 200, no_id)[0]


def test_type_indication_answers_take_one_of_their_type_keys(adapter: SpecAdapter) -> None:
    account = {"MonetaryAccountSavings": {"id": 1, "balance": AMOUNT}}
    listing = body({"Response": [account], "Pagination": NO_PAGES})
    assert adapter.validate("GET", "/v1/user/7/monetary-account", 200, listing) == []
    # A nested type indication (UserApiKey's requested_by_user) holds only its type keys.
    user = {"UserApiKey": {"id": 7, "requested_by_user": {"UserPerson": {"id": 1}}}}
    assert adapter.validate("GET", "/v1/user/7", 200, body({"Response": [user]})) == []
    user["UserApiKey"]["requested_by_user"] = {"UserPersn": {"id": 1}}
    assert (
        "'UserPersn' was unexpected"
        in adapter.validate("GET", "/v1/user/7", 200, body({"Response": [user]}))[0]
    )


def test_multi_part_answers_need_every_part(adapter: SpecAdapter) -> None:
    parts = [
        {"Id": {"id": 1}},
        {"Token": {"id": 2, "token": "t", "created": "x", "updated": "x"}},
        {"ServerPublicKey": {"server_public_key": "PEM"}},
    ]
    assert adapter.validate("POST", "/v1/installation", 200, body({"Response": parts})) == []
    assert adapter.validate("POST", "/v1/installation", 200, body({"Response": parts[:2]}))
    twice = [parts[0], parts[1], parts[1]]
    assert adapter.validate("POST", "/v1/installation", 200, body({"Response": twice}))


def test_sdk_type_names_are_accepted_as_aliases(adapter: SpecAdapter) -> None:
    invoice = body({"Response": [{"Invoice": {"id": 1}}]})
    assert adapter.validate("GET", "/v1/user/7/invoice/1", 200, invoice) == []
    note = body({"Response": [{"NoteText": {"id": 1, "content": "hi"}}]})
    assert adapter.validate("GET", PAYMENTS + "/3/note-text/1", 200, note) == []


def test_sandbox_users_answer_an_api_key_not_the_files_id(adapter: SpecAdapter) -> None:
    api_key = body({"Response": [{"ApiKey": {"api_key": "sandbox_x"}}]})
    assert adapter.validate("POST", "/v1/sandbox-user-person", 200, api_key) == []
    as_documented = body({"Response": [{"Id": {"id": 1}}]})
    assert adapter.validate("POST", "/v1/sandbox-user-company", 200, as_documented)


def test_errors_need_bunqs_error_envelope(adapter: SpecAdapter) -> None:
    error = {"error_description": "No.", "error_description_translated": "Nee."}
    assert adapter.validate("GET", PAYMENTS, 404, body({"Error": [error]})) == []
    assert adapter.validate("GET", "/v1/no-such-thing", 404, body({"Error": [error]})) == []
    half = body({"Error": [{"error_description": "No."}]})
    assert "error_description_translated" in adapter.validate("GET", PAYMENTS, 400, half)[0]
    assert adapter.validate("GET", PAYMENTS, 400, body({"Error": []}))
    # An error status with a success body is wrong too.
    assert adapter.validate("GET", PAYMENTS, 400, payments())


def test_a_200_for_an_operation_outside_the_spec_fails(adapter: SpecAdapter) -> None:
    anything = body({"Response": []})
    assert "path not in the spec" in adapter.validate("GET", "/v1/made-up", 200, anything)[0]
    assert "has no DELETE" in adapter.validate("DELETE", PAYMENTS, 200, anything)[0]


def test_downloads_are_not_json(adapter: SpecAdapter) -> None:
    path = "/v1/user/7/monetary-account/9/attachment/3/content"
    assert adapter.validate("GET", path, 200, b"\x89PNG...") == []


def test_every_operation_has_an_envelope(adapter: SpecAdapter) -> None:
    for op in adapter.operations:
        assert adapter._validator(op, 200) is not None or op.binary, op
    assert len(adapter.operations) == 480


def test_the_recorder_reports_what_breaks_the_spec(
    adapter: SpecAdapter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Away from this run's own recorder: these deliberately wrong answers are not the emulator's.
    monkeypatch.setattr(observe, "_observers", ())
    recorder = Recorder()
    observe.add(recorder)
    try:
        observe.notify("GET", PAYMENTS, 200, payments({"id": "3"}))
        observe.notify("GET", PAYMENTS, 200, payments({"id": 3}))
    finally:
        observe.remove(recorder)
    observe.notify("GET", PAYMENTS, 200, b"after removal: not recorded")
    report = recorder.check(adapter)
    assert (report.validated, report.failed) == (2, 1)
    assert 'Payment/id: "3" is not of type "integer"' in "\n".join(report.lines())


def test_the_plugin_fails_a_run_with_a_nonconforming_answer(pytester: pytest.Pytester) -> None:
    """End to end: an inner pytest run whose only test passes, yet an answer broke the spec."""
    pytester.makepyfile(
        test_inner=textwrap.dedent(
            """
            from bunq_connect.emulator import observe

            def test_passes():
                body = b'{"Response":[{"Payment":{"id":"3"}}],"Pagination":null}'
                observe.notify("GET", "/v1/user/1/monetary-account/2/payment", 200, body)
            """
        )
    )
    env_path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    pytester._monkeypatch.setenv("PYTHONPATH", env_path)
    result = pytester.runpytest_subprocess("-p", "tests.spec.plugin", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(
        [
            "*spec conformance: 1 emulator responses validated, 1 failed*",
            "*GET /user/{userID}/monetary-account/{monetary-accountID}/payment 200*",
            '*at Response/0/Payment/id: "3" is not of type "integer"*',
            "*1 passed*",
        ]
    )
    assert result.ret == pytest.ExitCode.TESTS_FAILED
