"""bunq's official Python SDK (bunq-sdk 1.28.0) against the bunq-connect emulator.

Runs INSIDE the SDK's own virtual environment (``make sdk-venv`` -> ``.venv-sdk``): it imports
only the SDK and its dependencies, never ``bunq_connect``. Usage::

    .venv-sdk/bin/python tests/sdk/sdk_script.py http://127.0.0.1:PORT   # or BUNQ_EMULATOR_URL

With ``BUNQ_SDK_ACCESS_TOKEN`` set (an OAuth access token, passed in the environment so that it
shows in no process listing) it also opens an on-behalf context with it, as the SDK allows.
With ``BUNQ_SDK_PSD2_FILE`` set (a JSON file ``{"certificate", "private_key", "chain"}`` of
PEMs, made by the caller: this script makes no certificates) it also connects as a PSD2
provider with ``ApiContext.create_for_psd2``.

The one change made to the SDK: ``ApiEnvironmentType`` is an ``aenum.AutoNumberEnum`` whose
member value is an auto number; the URL lives in the member's ``_uri_base`` attribute, read
through the ``uri_base`` property by ``ApiClient._get_uri_full``. Setting
``ApiEnvironmentType.SANDBOX._uri_base`` points every SDK call at the emulator (``patch_base_url``).

Then, as a bunq developer would: create sandbox users with ``requests`` (like bunq's own tinker
scripts), ``ApiContext.create`` (installation, device-server, session-server), load the context,
list monetary accounts, pay another user, request money from sugardaddy, make enough payments
to page, and walk the pages with the SDK's ``Pagination``; pay a batch
(``PaymentBatchApiObject``); rename a monetary account and close an empty one
(``MonetaryAccountBankApiObject.update``). Finally a man in the middle (a
loopback proxy that changes one byte of each answer) proves the SDK verifies the server's
response signatures. Prints ONE JSON line on stdout; never prints API keys or tokens. On a failure
the line has ``"ok": false``, the failing ``step`` and the error message, and the exit code is 1.
"""

from __future__ import annotations

import datetime
import http.server
import json
import os
import sys
import threading
import traceback
from decimal import Decimal

import requests
from bunq.sdk.context.api_context import ApiContext
from bunq.sdk.context.api_environment_type import ApiEnvironmentType
from bunq.sdk.context.bunq_context import BunqContext
from bunq.sdk.exception.bad_request_exception import BadRequestException
from bunq.sdk.exception.bunq_exception import BunqException
from bunq.sdk.exception.forbidden_exception import ForbiddenException
from bunq.sdk.http.api_client import ApiClient
from bunq.sdk.model.generated.endpoint import (
    MonetaryAccountBankApiObject,
    OauthClientApiObject,
    PaymentApiObject,
    PaymentBatchApiObject,
    RequestInquiryApiObject,
)
from bunq.sdk.model.generated.object_ import AmountObject, PointerObject

DESCRIPTION = "bunq-connect sdk test"
PAYMENT_AMOUNT = "12.34"
SUGARDADDY_AMOUNT = "100.00"
PAGING_PAYMENTS = 12
PAGING_AMOUNT = "0.01"
PAGE_COUNT = 5
BRAVO = "bravo@bunq.com"
SUGARDADDY = "sugardaddy@bunq.com"

result: dict[str, object] = {"ok": False, "step": "start"}


def step(name: str) -> None:
    result["step"] = name


def patch_base_url(base_url: str) -> None:
    """THE one patch: the SANDBOX member's URL attribute (its value is an auto number)."""
    ApiEnvironmentType.SANDBOX._uri_base = base_url.rstrip("/") + "/v1/"


def create_sandbox_user(api_base: str) -> str:
    """POST /v1/sandbox-user-person without authentication, as bunq's docs and tools do."""
    response = requests.post(
        api_base + "sandbox-user-person",
        headers=ApiClient._get_default_headers(),
        timeout=30,
    )
    response.raise_for_status()
    api_key = response.json()["Response"][0]["ApiKey"]["api_key"]
    assert isinstance(api_key, str)
    assert api_key
    return api_key


def new_context(api_key: str) -> ApiContext:
    context = ApiContext.create(ApiEnvironmentType.SANDBOX, api_key, DESCRIPTION)
    BunqContext.load_api_context(context)
    return context


def iban_of(account: MonetaryAccountBankApiObject) -> str | None:
    for alias in account.alias or []:
        if alias.type_ == "IBAN":
            return str(alias.value)
    return None


def account_summary(account: MonetaryAccountBankApiObject) -> dict[str, object]:
    return {
        "id": account.id_,
        "status": account.status,
        "currency": account.currency,
        "description": account.description,
        "iban": iban_of(account),
        "balance": account.balance.value if account.balance else None,
        "display_name": account.display_name,
    }


def balance(account_id: int) -> str:
    account = MonetaryAccountBankApiObject.get(account_id).value
    return str(Decimal(account.balance.value))


def eur(value: str) -> AmountObject:
    return AmountObject(value, "EUR")


# --- a man in the middle -------------------------------------------------------------------


class _Tamper(http.server.BaseHTTPRequestHandler):
    """Forwards every request to the emulator; flips one byte of the body when told to."""

    upstream = ""
    tamper = False

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _forward(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
        upstream = requests.request(
            self.command, self.upstream + self.path, data=body, headers=headers, timeout=30
        )
        content = upstream.content
        if type(self).tamper:
            # Same length, one character changed: "EUR" -> "USD" or a digit moved by one.
            if b'"EUR"' in content:
                content = content.replace(b'"EUR"', b'"USD"', 1)
            else:
                content = content.replace(b"1", b"2", 1)
        self.send_response(upstream.status_code)
        for name, value in upstream.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = do_PUT = do_DELETE = _forward


def check_signature_verification(base_url: str, account_id: int) -> dict[str, object]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Tamper)
    _Tamper.upstream = base_url.rstrip("/")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    out: dict[str, object] = {}
    try:
        patch_base_url(f"http://127.0.0.1:{server.server_address[1]}")
        _Tamper.tamper = False
        out["through_honest_proxy"] = MonetaryAccountBankApiObject.get(account_id).value.id_
        _Tamper.tamper = True
        try:
            MonetaryAccountBankApiObject.get(account_id)
            out["tampered_answer"] = "accepted"
        except BunqException as exc:
            out["tampered_answer"] = "rejected"
            out["tampered_error"] = str(exc)
    finally:
        _Tamper.tamper = False
        patch_base_url(base_url)
        server.shutdown()
        server.server_close()
    return out


# --- the run -------------------------------------------------------------------------------


def run(base_url: str) -> None:
    patch_base_url(base_url)
    api_base = ApiEnvironmentType.SANDBOX.uri_base
    result["uri_base"] = api_base

    step("sandbox users")
    key_payee = create_sandbox_user(api_base)
    key_payer = create_sandbox_user(api_base)
    result["sandbox_users_created"] = 2

    step("payee api context")
    payee_context = new_context(key_payee)
    payee_accounts = MonetaryAccountBankApiObject.list().value
    payee = account_summary(payee_accounts[0])
    payee_user_id = BunqContext.user_context().user_id
    payee["balance_before"] = balance(int(payee["id"]))  # type: ignore[call-overload]

    step("payer api context")
    payer_context = new_context(key_payer)
    session = payer_context.session_context
    result["context"] = {
        "user_id": session.user_id,
        "user_person": session.user_person is not None,
        "session_expires_in_s": int(
            (session.expiry_time - datetime.datetime.now()).total_seconds()
        ),
        "server_public_key": payer_context.installation_context.public_key_server is not None,
        "primary_account_id": BunqContext.user_context().primary_monetary_account.id_,
        "payee_user_id": payee_user_id,
    }

    step("list monetary accounts")
    accounts = MonetaryAccountBankApiObject.list().value
    result["accounts"] = [account_summary(a) for a in accounts]
    account_id = BunqContext.user_context().primary_monetary_account.id_

    step("response signatures")
    result["signatures"] = check_signature_verification(base_url, account_id)

    step("payment")
    before = balance(account_id)
    payment_id = PaymentApiObject.create(
        eur(PAYMENT_AMOUNT),
        PointerObject("IBAN", payee["iban"], payee["display_name"]),
        "sdk payment to the other sandbox user",
    ).value
    payment = PaymentApiObject.get(payment_id).value
    after = balance(account_id)
    result["payment"] = {
        "id": payment_id,
        "amount": payment.amount.value,
        "currency": payment.amount.currency,
        "counterparty_iban": payment.counterparty_alias.label_monetary_account.iban,
        "balance_before": before,
        "balance_after": after,
    }

    step("request from sugardaddy")
    before = after
    inquiry_id = RequestInquiryApiObject.create(
        eur(SUGARDADDY_AMOUNT),
        PointerObject("EMAIL", SUGARDADDY),
        "sdk test money, please",
        False,
    ).value
    inquiry = RequestInquiryApiObject.get(inquiry_id).value
    after = balance(account_id)
    result["sugardaddy"] = {
        "id": inquiry_id,
        "status": inquiry.status,
        "amount_inquired": inquiry.amount_inquired.value,
        "balance_before": before,
        "balance_after": after,
    }

    step("payments to page")
    made = []
    for i in range(PAGING_PAYMENTS):
        made.append(
            PaymentApiObject.create(
                eur(PAGING_AMOUNT), PointerObject("EMAIL", BRAVO), f"sdk paging payment {i + 1}"
            ).value
        )
    result["paging_payment_ids"] = made
    result["balance_final"] = balance(account_id)

    step("page through payments")
    pages: list[list[int]] = []
    response = PaymentApiObject.list(params={"count": str(PAGE_COUNT)})
    pages.append([p.id_ for p in response.value])
    while response.pagination is not None and response.pagination.has_previous_page():
        response = PaymentApiObject.list(params=response.pagination.url_params_previous_page)
        pages.append([p.id_ for p in response.value])
        if len(pages) > 50:
            raise RuntimeError("pagination does not end")
    result["pages"] = pages
    listed = PaymentApiObject.list(params={"count": "200"}).value
    result["all_payment_ids"] = [p.id_ for p in listed]
    result["incoming_amounts"] = [p.amount.value for p in listed if Decimal(p.amount.value) > 0]

    step("payee received")
    BunqContext.load_api_context(payee_context)
    payee["balance_after"] = balance(int(payee["id"]))  # type: ignore[call-overload]
    result["payee"] = payee
    BunqContext.load_api_context(payer_context)

    step("payment batch")
    result["batch"] = payment_batch(account_id, str(payee["iban"]), str(payee["display_name"]))

    step("update monetary accounts")
    result["account_update"] = update_accounts(account_id)

    access_token = os.environ.get("BUNQ_SDK_ACCESS_TOKEN")
    if access_token:
        step("on behalf (OAuth access token)")
        result["on_behalf"] = on_behalf(access_token)

    psd2_file = os.environ.get("BUNQ_SDK_PSD2_FILE")
    if psd2_file:
        step("PSD2 provider (create_for_psd2)")
        result["psd2"] = psd2_provider(psd2_file)

    step("done")
    result["ok"] = True


def payment_batch(account_id: int, payee_iban: str, payee_name: str) -> dict[str, object]:
    """``PaymentBatchApiObject``: two payments in one call, read back with the batch."""
    before = balance(account_id)
    batch_id = PaymentBatchApiObject.create(
        [
            PaymentApiObject(eur("1.50"), PointerObject("IBAN", payee_iban, payee_name), "b1"),
            PaymentApiObject(eur("0.25"), PointerObject("EMAIL", BRAVO), "b2"),
        ]
    ).value
    listed = PaymentApiObject.list(params={"count": "2"}).value
    return {
        "id": batch_id,
        "balance_before": before,
        "balance_after": balance(account_id),
        "newest_payment_amounts": [p.amount.value for p in listed],
    }


def update_accounts(account_id: int) -> dict[str, object]:
    """``MonetaryAccountBankApiObject.update``: rename the primary account; close an empty one
    (the primary one still holds money: bunq refuses to close it)."""
    out: dict[str, object] = {}
    updated_id = MonetaryAccountBankApiObject.update(account_id, description="Renamed by SDK").value
    out["renamed_id"] = updated_id
    out["renamed_description"] = MonetaryAccountBankApiObject.get(account_id).value.description
    close = {
        "status": "CANCELLED",
        "sub_status": "REDEMPTION_VOLUNTARY",
        "reason": "OTHER",
        "reason_description": "closed by the SDK test",
    }
    try:
        MonetaryAccountBankApiObject.update(account_id, **close)
        out["close_with_money"] = "accepted"
    except BadRequestException as exc:
        out["close_with_money"] = "refused"
        out["close_with_money_error"] = str(exc).splitlines()[-1]
    empty_id = MonetaryAccountBankApiObject.create("EUR", "to close").value
    out["closed_id"] = MonetaryAccountBankApiObject.update(empty_id, **close).value
    closed = MonetaryAccountBankApiObject.get(empty_id).value
    out["closed"] = {
        "status": closed.status,
        "sub_status": closed.sub_status,
        "reason": closed.reason,
        "reason_description": closed.reason_description,
    }
    out["primary_status"] = MonetaryAccountBankApiObject.get(account_id).value.status
    return out


def on_behalf(access_token: str) -> dict[str, object]:
    """The SDK with an OAuth access token in place of an API key: a UserApiKey session."""
    context = new_context(access_token)
    session = context.session_context
    user_api_key = session.user_api_key
    out: dict[str, object] = {
        "user_api_key": user_api_key is not None,
        "user_id": session.user_id,
        "session_expires_in_s": int(
            (session.expiry_time - datetime.datetime.now()).total_seconds()
        ),
        "accounts": [account_summary(a) for a in MonetaryAccountBankApiObject.list().value],
    }
    if user_api_key is not None:
        out["requested_by"] = type(user_api_key.requested_by_user.get_referenced_object()).__name__
        out["granted_by"] = type(user_api_key.granted_by_user.get_referenced_object()).__name__
    # bunq's default OAuth permission: no payments to someone else (a 403 in bunq's format).
    try:
        PaymentApiObject.create(eur("1.00"), PointerObject("EMAIL", BRAVO), "not allowed")
        out["pay_someone_else"] = "accepted"
    except ForbiddenException as exc:
        out["pay_someone_else"] = "forbidden"
        out["pay_someone_else_error"] = str(exc).splitlines()[-1]
    return out


def psd2_provider(path: str) -> dict[str, object]:
    """``ApiContext.create_for_psd2`` with a test certificate: installation, the
    payment-service-provider-credential, device and session with the credential's token; then
    what a provider may do on its own session (its OAuth client) and what it may not."""
    with open(path, encoding="utf-8") as handle:
        pems = json.load(handle)
    context = ApiContext.create_for_psd2(
        ApiEnvironmentType.SANDBOX,
        pems["certificate"],
        pems["private_key"],
        [pems["chain"]],
        DESCRIPTION,
    )
    BunqContext.load_api_context(context)
    session = context.session_context
    provider = session.user_payment_service_provider
    out: dict[str, object] = {
        "user_payment_service_provider": provider is not None,
        "display_name": provider.display_name if provider is not None else None,
        "session_expires_in_s": int(
            (session.expiry_time - datetime.datetime.now()).total_seconds()
        ),
    }
    client_id = OauthClientApiObject.create().value
    out["oauth_client_id"] = client_id
    out["oauth_clients_listed"] = [c.id_ for c in OauthClientApiObject.list().value]
    try:
        MonetaryAccountBankApiObject.create("EUR", "a provider has no bank account")
        out["open_account"] = "accepted"
    except ForbiddenException as exc:
        out["open_account"] = "forbidden"
        out["open_account_error"] = str(exc).splitlines()[-1]
    return out


def main() -> int:
    base_url = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("BUNQ_EMULATOR_URL", "")
    if not base_url:
        print("usage: sdk_script.py EMULATOR_BASE_URL (or BUNQ_EMULATOR_URL)", file=sys.stderr)
        return 2
    try:
        run(base_url)
    except Exception as exc:  # report any failure as data, with the step it happened in
        result["error"] = f"{type(exc).__name__}: {exc}"
        traceback.print_exc(file=sys.stderr)
    print(json.dumps(result, default=str))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
