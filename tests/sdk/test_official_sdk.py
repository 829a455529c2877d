"""bunq's official Python SDK as a client of the emulator, with its base URL as the only patch.

The SDK pins ``urllib3<2``, so it lives in its own venv (``make sdk-venv`` -> ``.venv-sdk``);
``make test`` hands that interpreter over as ``BUNQ_SDK_PYTHON``. ``sdk_script.py`` runs there
against an emulator started here and prints one JSON line, which these tests check.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bunq_connect import oauth
from bunq_connect.emulator import EmulatorConfig, EmulatorServer
from bunq_connect.environments import discover
from bunq_connect.psd2 import make_test_certificate
from tests.client.flow import consent, make_app, make_customer

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "sdk_script.py"
REPO = HERE.parents[1]
DEFAULT_SDK_PYTHON = REPO / ".venv-sdk" / "bin" / "python"
TIMEOUT = 180.0

# Mirrors of the script's constants.
PAYMENT_AMOUNT = Decimal("12.34")
SUGARDADDY_AMOUNT = Decimal("100.00")
PAGING_PAYMENTS = 12
PAGING_AMOUNT = Decimal("0.01")
PAGE_COUNT = 5

IBAN = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")


def sdk_python() -> Path | None:
    """``BUNQ_SDK_PYTHON`` when set (it must then exist), else the default venv if present."""
    configured = os.environ.get("BUNQ_SDK_PYTHON")
    if configured:
        return Path(configured)
    return DEFAULT_SDK_PYTHON if DEFAULT_SDK_PYTHON.exists() else None


def emulator_config() -> EmulatorConfig:
    # The SDK neither limits its rate nor retries: its run calls one endpoint faster than
    # bunq's 3 GETs / 5 POSTs per 3 s allow, and would get bunq's 429 as against bunq.
    return EmulatorConfig(rate_limits=False)


def _child_env() -> dict[str, str]:
    # The SDK's interpreter must see its own venv only: nothing of ours on its path.
    drop = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "BUNQ_SDK_PYTHON"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    # requests would send even loopback calls through an HTTP(S)_PROXY of the CI machine.
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    return env


def oauth_grant(emu: EmulatorServer) -> tuple[int, str]:
    """An app and a customer who consents: the customer's own user id and the access token.

    Made with our client; the SDK then opens the only session for that token (bunq allows
    one session-server call per key every 30 s).
    """
    env = discover(emu.base_url)
    app, customer = make_app(env), make_customer(env)
    request, callback = consent(env, app, customer)
    code = oauth.parse_callback(callback, expected_state=request.state)
    token = oauth.exchange_code(env, app.credentials, code, redirect_uri=request.redirect_uri)
    return customer.user_id, token.access_token.get_secret_value()


PSD2_NAME = "SDK Provider"


def psd2_file(directory: Path) -> Path:
    """A test certificate (AISP + PISP) for the SDK, as PEMs in a 0600 file (it holds a key)."""
    certificate = make_test_certificate(
        PSD2_NAME, ("AISP", "PISP"), organization="SDK Provider B.V."
    )
    path = directory / "psd2.json"
    path.touch(mode=0o600)
    path.write_text(
        json.dumps(
            {
                "certificate": certificate.certificate_pem,
                "private_key": certificate.private_key_pem(),
                "chain": certificate.chain_pem,
            }
        ),
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def sdk_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    python = sdk_python()
    if python is None:
        pytest.skip(
            "bunq's official SDK is not installed: BUNQ_SDK_PYTHON is unset and "
            f"{DEFAULT_SDK_PYTHON} does not exist (run `make sdk-venv`, or `make test`)"
        )
    assert python.exists(), f"BUNQ_SDK_PYTHON={python} does not exist"
    certificate = psd2_file(tmp_path_factory.mktemp("psd2"))
    with EmulatorServer(emulator_config()) as emu:
        customer_user_id, access_token = oauth_grant(emu)
        proc = subprocess.run(
            [str(python), str(SCRIPT), emu.base_url],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            env={
                **_child_env(),
                "BUNQ_SDK_ACCESS_TOKEN": access_token,
                "BUNQ_SDK_PSD2_FILE": str(certificate),
            },
            cwd=HERE,
        )
        with emu.state.lock:
            providers = [
                u for u in emu.state.users.values() if u.kind == "payment_service_provider"
            ]
            credentials = list(emu.state.provider_credentials.values())
    lines = proc.stdout.strip().splitlines()
    assert lines, f"the SDK script printed nothing (exit {proc.returncode}):\n{proc.stderr[-4000:]}"
    run: dict[str, Any] = json.loads(lines[-1])
    run["_returncode"] = proc.returncode
    run["_customer_user_id"] = customer_user_id
    run["_stderr"] = proc.stderr[-4000:]
    run["_providers"] = [(u.id, u.display_name) for u in providers]
    run["_provider_roles"] = [c.roles for c in credentials]
    return run


def reached(run: dict[str, Any], key: str) -> Any:
    """The script's result for ``key``, or a failure that says where the SDK run stopped."""
    if key not in run:
        pytest.fail(
            f"the SDK run stopped at step {run.get('step')!r} before {key!r}: "
            f"{run.get('error')}\n{run['_stderr']}"
        )
    return run[key]


def test_the_whole_run_succeeds(sdk_run: dict[str, Any]) -> None:
    assert sdk_run["ok"] is True, (
        f"step {sdk_run['step']!r}: {sdk_run.get('error')}\n{sdk_run['_stderr']}"
    )
    assert sdk_run["_returncode"] == 0


def test_only_the_base_url_was_patched(sdk_run: dict[str, Any]) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/v1/", sdk_run["uri_base"])


def test_sandbox_user_and_api_context(sdk_run: dict[str, Any]) -> None:
    assert reached(sdk_run, "sandbox_users_created") == 2
    context = reached(sdk_run, "context")
    assert context["user_person"] is True
    assert isinstance(context["user_id"], int)
    assert context["user_id"] != context["payee_user_id"]
    assert context["server_public_key"] is True
    # The SDK took the session lifetime from the user's session_timeout (an hour by default).
    assert 3500 < context["session_expires_in_s"] <= 3600


def test_monetary_accounts_listed_with_iban(sdk_run: dict[str, Any]) -> None:
    accounts = reached(sdk_run, "accounts")
    assert accounts, "no monetary account listed"
    for account in accounts:
        assert account["status"] == "ACTIVE"
        assert account["currency"] == "EUR"
        assert account["iban"] is not None
        assert IBAN.match(account["iban"]), account
        assert Decimal(account["balance"]) >= 0
    ids = [a["id"] for a in accounts]
    assert sdk_run["context"]["primary_account_id"] in ids


def test_sdk_verifies_the_emulators_response_signatures(sdk_run: dict[str, Any]) -> None:
    signatures = reached(sdk_run, "signatures")
    primary = sdk_run["context"]["primary_account_id"]
    # Through an honest proxy the signed answers verify; one changed byte and the SDK refuses.
    assert signatures["through_honest_proxy"] == primary
    assert signatures["tampered_answer"] == "rejected"
    assert "Could not validate response signature" in signatures["tampered_error"]


def test_payment_moves_both_balances_by_the_amount(sdk_run: dict[str, Any]) -> None:
    payment = reached(sdk_run, "payment")
    payee = reached(sdk_run, "payee")
    assert isinstance(payment["id"], int)
    assert Decimal(payment["balance_before"]) - Decimal(payment["balance_after"]) == PAYMENT_AMOUNT
    # Outgoing payments carry a negative amount on the payer's account.
    assert Decimal(payment["amount"]) == -PAYMENT_AMOUNT
    assert payment["currency"] == "EUR"
    assert payment["counterparty_iban"] == payee["iban"]
    assert Decimal(payee["balance_after"]) - Decimal(payee["balance_before"]) == PAYMENT_AMOUNT


def test_sugardaddy_pays_at_once(sdk_run: dict[str, Any]) -> None:
    sugardaddy = reached(sdk_run, "sugardaddy")
    assert sugardaddy["status"] == "ACCEPTED"
    assert Decimal(sugardaddy["amount_inquired"]) == SUGARDADDY_AMOUNT
    received = Decimal(sugardaddy["balance_after"]) - Decimal(sugardaddy["balance_before"])
    assert received == SUGARDADDY_AMOUNT
    # The accepted request shows on the account as one incoming payment.
    assert [Decimal(a) for a in reached(sdk_run, "incoming_amounts")] == [SUGARDADDY_AMOUNT]


def test_paging_payments_debited(sdk_run: dict[str, Any]) -> None:
    made = reached(sdk_run, "paging_payment_ids")
    assert len(made) == len(set(made)) == PAGING_PAYMENTS
    spent = Decimal(sdk_run["sugardaddy"]["balance_after"]) - Decimal(sdk_run["balance_final"])
    assert spent == PAGING_PAYMENTS * PAGING_AMOUNT


def test_pages_walked_newest_first_without_duplicates(sdk_run: dict[str, Any]) -> None:
    pages: list[list[int]] = reached(sdk_run, "pages")
    everything: list[int] = reached(sdk_run, "all_payment_ids")
    walked = [pid for page in pages for pid in page]
    assert len(walked) == len(set(walked)), f"duplicates across pages: {pages}"
    assert walked == everything, "the pages differ from the one-page listing"
    assert walked == sorted(walked, reverse=True), "not newest first"
    # Our outgoing payment, the sugardaddy's incoming one, and the paging payments.
    expected_total = 1 + 1 + PAGING_PAYMENTS
    assert len(walked) == expected_total
    full, rest = divmod(expected_total, PAGE_COUNT)
    assert [len(p) for p in pages] == [PAGE_COUNT] * full + ([rest] if rest else [])
    assert set(sdk_run["paging_payment_ids"]) | {sdk_run["payment"]["id"]} <= set(walked)


def test_payment_batch_pays_both_at_once(sdk_run: dict[str, Any]) -> None:
    batch = reached(sdk_run, "batch")
    assert isinstance(batch["id"], int)
    spent = Decimal(batch["balance_before"]) - Decimal(batch["balance_after"])
    assert spent == Decimal("1.75")
    assert sorted(Decimal(a) for a in batch["newest_payment_amounts"]) == [
        Decimal("-1.50"),
        Decimal("-0.25"),
    ]


def test_monetary_account_update_renames_and_closes(sdk_run: dict[str, Any]) -> None:
    update = reached(sdk_run, "account_update")
    primary = sdk_run["context"]["primary_account_id"]
    assert update["renamed_id"] == primary
    assert update["renamed_description"] == "Renamed by SDK"
    # an account that holds money is not closed (bunq's 400, raised as BadRequestException)
    assert update["close_with_money"] == "refused"
    assert "still holds" in update["close_with_money_error"]
    assert update["primary_status"] == "ACTIVE"
    assert isinstance(update["closed_id"], int)
    assert update["closed_id"] != primary
    assert update["closed"] == {
        "status": "CANCELLED",
        "sub_status": "REDEMPTION_VOLUNTARY",
        "reason": "OTHER",
        "reason_description": "closed by the SDK test",
    }


def test_oauth_access_token_gives_a_user_api_key_session(sdk_run: dict[str, Any]) -> None:
    on_behalf = reached(sdk_run, "on_behalf")
    assert on_behalf["user_api_key"] is True
    assert on_behalf["requested_by"] == "UserCompanyApiObject"  # the app
    assert on_behalf["granted_by"] == "UserPersonApiObject"  # the customer
    # URLs carry the UserApiKey's id, never the customer's own user id.
    assert isinstance(on_behalf["user_id"], int)
    assert on_behalf["user_id"] != sdk_run["_customer_user_id"]
    # The SDK took the lifetime from requested_by_user's session_timeout.
    assert 3500 < on_behalf["session_expires_in_s"] <= 3600
    assert on_behalf["accounts"]
    assert all(IBAN.match(a["iban"]) for a in on_behalf["accounts"])
    assert on_behalf["pay_someone_else"] == "forbidden"
    assert on_behalf["pay_someone_else_error"].startswith(
        "Error message: Insufficient authorisation"
    )


def test_the_sdk_connects_as_a_psd2_provider(sdk_run: dict[str, Any]) -> None:
    psd2 = reached(sdk_run, "psd2")
    # one UserPaymentServiceProvider made from the certificate, with both roles
    ((provider_id, display_name),) = sdk_run["_providers"]
    assert display_name == "SDK Provider B.V."
    assert [set(roles) for roles in sdk_run["_provider_roles"]] == [{"AISP", "PISP"}]
    assert psd2["user_payment_service_provider"] is True
    assert psd2["display_name"] == display_name
    # "The first session will last 1 hour": the SDK computed it from session_timeout
    assert 3500 < psd2["session_expires_in_s"] <= 3600
    # its own OAuth client: allowed on a provider's session
    assert isinstance(psd2["oauth_client_id"], int)
    assert psd2["oauth_clients_listed"] == [psd2["oauth_client_id"]]
    # a bank account of its own: not
    assert psd2["open_account"] == "forbidden"
    assert "payment service provider" in psd2["open_account_error"]
    assert provider_id != sdk_run["_customer_user_id"]


def test_script_never_prints_secrets(sdk_run: dict[str, Any]) -> None:
    printed = json.dumps(sdk_run) + sdk_run["_stderr"]
    # The emulator's API keys are "sandbox_" + 48 hex digits, its tokens 64 hex digits.
    assert not re.search(r"sandbox_[0-9a-f]", printed)
    assert not re.search(r"[0-9a-f]{40,}", printed)
    # nor the PSD2 certificate's key (or any PEM)
    assert "-----BEGIN " not in printed
