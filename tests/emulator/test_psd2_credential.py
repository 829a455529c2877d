"""PSD2 providers over loopback: payment-service-provider-credential, sessions, scope.

The provider certificates come from ``bunq_connect.psd2.make_test_certificate`` (a test CA
and a leaf with the roles in its CN and qcStatement) or are built here with ``cryptography``
(the guide's self-signed ``CN=My App PISP AISP``). ``client_public_key_signature`` is made by
hand: RSA-SHA256 over the installation public key PEM (no trailing newline), "\\n" and the
installation token, with the certificate's key, as bunq's SDK (``create_for_psd2``) does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from bunq_connect.emulator import EmulatorServer
from bunq_connect.emulator.services import oauth as oauth_service
from bunq_connect.emulator.services import scope as scope_module
from bunq_connect.psd2 import PSD2_ROLES, ProviderCertificate, make_test_certificate
from bunq_connect.wire import signing
from tests.conftest import advance_clock
from tests.emulator.people import created_id, eur, one, person
from tests.emulator.raw import Bunq, Context, OAuthApp, error_of, items

NINETY_DAYS = 90 * 24 * 3600


@pytest.fixture(scope="module")
def cert() -> ProviderCertificate:
    return make_test_certificate("Emulator PSD2 test", roles=("PISP", "AISP"))


@pytest.fixture(scope="module")
def aisp_cert() -> ProviderCertificate:
    return make_test_certificate("Reader", roles=("AISP",), organization="Reader B.V.")


def installation_pem(bunq: Bunq) -> str:
    return signing.public_key_to_pem(bunq.client_key.public_key())


def signed_bytes(pem: str, token: str) -> bytes:
    return (pem.rstrip("\n") + "\n" + token).encode()


def credential_body(
    bunq: Bunq,
    token: str,
    cert: ProviderCertificate,
    *,
    chain: str | None = None,
    message: Callable[[str, str], bytes] = signed_bytes,
    key: rsa.RSAPrivateKey | None = None,
) -> dict[str, str]:
    signature = signing.sign(message(installation_pem(bunq), token), key or cert.private_key)
    return {
        "client_payment_service_provider_certificate": cert.certificate_pem,
        "client_payment_service_provider_certificate_chain": cert.chain_pem
        if chain is None
        else chain,
        "client_public_key_signature": signature,
    }


def register(bunq: Bunq, token: str, body: dict[str, str]) -> Any:
    return bunq.call("POST", "/payment-service-provider-credential", body, token=token, sign=True)


def credential(bunq: Bunq, cert: ProviderCertificate) -> tuple[str, dict[str, Any]]:
    """(installation token, the CredentialPasswordIp answer) of a successful registration."""
    token = bunq.installation()
    answer = register(bunq, token, credential_body(bunq, token, cert))
    assert answer.status_code == 200, answer.text
    return token, one(answer, "CredentialPasswordIp")


def provider_session(bunq: Bunq, cert: ProviderCertificate) -> Context:
    token, cred = credential(bunq, cert)
    bunq.device(token, cred["token_value"])
    answer = bunq.session(token, cred["token_value"])
    assert answer.status_code == 200, answer.text
    parts = items(answer)
    ((user_type, user),) = parts[2].items()
    return Context(token, parts[1]["Token"]["token"], parts[0]["Id"]["id"], user_type, user)


def self_signed(common_name: str, *, qc_roles: tuple[str, ...] = ()) -> ProviderCertificate:
    """The guide's sandbox certificate (``openssl req -x509 ... -subj '/CN=.../C=NL'``): its
    own chain; optionally with an ETSI qcStatement naming ``qc_roles``."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "NL"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365))
    )
    if qc_roles:
        builder = builder.add_extension(
            x509.UnrecognizedExtension(
                x509.ObjectIdentifier("1.3.6.1.5.5.7.1.3"), qc_statements(qc_roles)
            ),
            critical=False,
        )
    pem = builder.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM).decode()
    return ProviderCertificate(pem, key, pem)


def qc_statements(roles: tuple[str, ...]) -> bytes:
    """DER of QCStatements with one PSD2QcType statement (ETSI TS 119 495), by hand."""

    def der(tag: int, content: bytes) -> bytes:
        assert len(content) < 128
        return bytes([tag, len(content)]) + content

    def oid(dotted: str) -> bytes:
        arcs = [int(a) for a in dotted.split(".")]
        out = bytearray([40 * arcs[0] + arcs[1]])
        for arc in arcs[2:]:
            chunk = [arc & 0x7F]
            arc >>= 7
            while arc:
                chunk.append(0x80 | (arc & 0x7F))
                arc >>= 7
            out.extend(reversed(chunk))
        return der(0x06, bytes(out))

    role_list = b"".join(
        der(0x30, oid(PSD2_ROLES[r][0]) + der(0x0C, PSD2_ROLES[r][1].encode())) for r in roles
    )
    psd2 = der(0x30, der(0x30, role_list) + der(0x0C, b"DNB") + der(0x0C, b"NL-DNB"))
    return der(0x30, der(0x30, oid("0.4.0.19495.2") + psd2))


# --- registration -------------------------------------------------------------------------


def test_registration_answers_the_credential_and_its_token_opens_a_provider_session(
    bunq: Bunq, shared_server: EmulatorServer, cert: ProviderCertificate
) -> None:
    token, cred = credential(bunq, cert)
    assert cred["status"] == "PENDING_FIRST_USE"
    assert isinstance(cred["id"], int)
    assert len(cred["token_value"]) >= 32
    # Readable with the installation token (the SDK's and our client's fallback), token shown.
    read = bunq.call("GET", f"/payment-service-provider-credential/{cred['id']}", token=token)
    assert one(read, "CredentialPasswordIp")["token_value"] == cred["token_value"]

    bunq.device(token, cred["token_value"])
    answer = bunq.session(token, cred["token_value"])
    assert answer.status_code == 200, answer.text
    parts = items(answer)
    ((user_type, user),) = parts[2].items()
    assert user_type == "UserPaymentServiceProvider"
    assert user["display_name"] == "bunq-connect test provider B.V."  # the organization
    assert "CN=Emulator PSD2 test PISP AISP" in user["certificate_distinguished_name"]
    assert user["session_timeout"] == 3600
    assert user["alias"] == []
    with shared_server.state.lock:
        record = shared_server.state.provider_credentials[cred["id"]]
        assert record.roles == ("PISP", "AISP")

    # Used once: ACTIVE, with the device; the token is not shown again.
    session_token = parts[1]["Token"]["token"]
    again = one(
        bunq.call("GET", f"/payment-service-provider-credential/{cred['id']}", token=session_token),
        "CredentialPasswordIp",
    )
    assert again["status"] == "ACTIVE"
    assert again["permitted_device"]["description"] == "emulator tests"
    assert "token_value" not in again


def test_the_guides_self_signed_certificate_with_roles_in_its_name_registers(
    bunq: Bunq, shared_server: EmulatorServer
) -> None:
    _, cred = credential(bunq, self_signed("My App PISP AISP"))
    with shared_server.state.lock:
        assert shared_server.state.provider_credentials[cred["id"]].roles == ("PISP", "AISP")


def test_roles_are_read_from_the_qc_statement_too(
    bunq: Bunq, shared_server: EmulatorServer
) -> None:
    _, cred = credential(bunq, self_signed("Plain Name Ltd", qc_roles=("CBPII",)))
    with shared_server.state.lock:
        assert shared_server.state.provider_credentials[cred["id"]].roles == ("CBPII",)


def test_a_certificate_without_roles_is_refused(bunq: Bunq) -> None:
    token = bunq.installation()
    answer = register(bunq, token, credential_body(bunq, token, self_signed("Plain Name Ltd")))
    assert answer.status_code == 400
    assert "names no PSD2 role" in error_of(answer)


@pytest.mark.parametrize(
    "message",
    [
        lambda pem, token: (pem.rstrip("\n") + token).encode(),
        lambda pem, token: pem.encode(),
        lambda pem, token: (pem + "\n" + token).encode(),  # PEM with its trailing newline
        lambda pem, token: token.encode(),
    ],
    ids=["no-newline", "no-token", "double-newline", "token-only"],
)
def test_a_signature_over_other_bytes_is_refused(
    bunq: Bunq, cert: ProviderCertificate, message: Callable[[str, str], bytes]
) -> None:
    token = bunq.installation()
    answer = register(bunq, token, credential_body(bunq, token, cert, message=message))
    assert answer.status_code == 400
    assert "client_public_key_signature" in error_of(answer)


def test_a_signature_with_another_key_or_token_is_refused(
    bunq: Bunq, cert: ProviderCertificate
) -> None:
    token = bunq.installation()
    # The installation key instead of the certificate's key.
    wrong_key = credential_body(bunq, token, cert, key=bunq.client_key)
    assert register(bunq, token, wrong_key).status_code == 400
    # A signature made for another installation (its token as the nonce): no replay.
    other = bunq.installation()
    replayed = credential_body(bunq, other, cert)
    answer = register(bunq, token, replayed)
    assert answer.status_code == 400
    assert "does not verify" in error_of(answer)
    # Not base64 at all.
    garbled = {**credential_body(bunq, token, cert), "client_public_key_signature": "%%%"}
    assert register(bunq, token, garbled).status_code == 400


def test_a_certificate_the_chain_did_not_sign_is_refused(
    bunq: Bunq, cert: ProviderCertificate, aisp_cert: ProviderCertificate
) -> None:
    token = bunq.installation()
    answer = register(bunq, token, credential_body(bunq, token, cert, chain=aisp_cert.chain_pem))
    assert answer.status_code == 400
    assert "no certificate in the chain issued the certificate" in error_of(answer)
    # A self-signed certificate is not its own chain unless the chain holds it.
    own = self_signed("Lone PISP")
    lone = credential_body(bunq, token, own, chain=cert.chain_pem)
    assert register(bunq, token, lone).status_code == 400


def test_an_expired_certificate_is_refused(bunq: Bunq) -> None:
    old = make_test_certificate(
        "Old", roles=("AISP",), now=dt.datetime.now(dt.UTC) - dt.timedelta(days=400)
    )
    token = bunq.installation()
    answer = register(bunq, token, credential_body(bunq, token, old))
    assert answer.status_code == 400
    assert "is not valid now" in error_of(answer)


def test_a_certificate_expires_on_the_emulators_clock(
    own_bunq: Bunq, server: EmulatorServer, cert: ProviderCertificate
) -> None:
    advance_clock(server, 367 * 24 * 3600)  # the test certificate is valid for 365 days
    token = own_bunq.installation()
    answer = register(own_bunq, token, credential_body(own_bunq, token, cert))
    assert answer.status_code == 400
    assert "is not valid now" in error_of(answer)


@pytest.mark.parametrize(
    ("field", "value", "wording"),
    [
        ("client_payment_service_provider_certificate", "garbage", "not PEM encoded X.509"),
        (
            "client_payment_service_provider_certificate",
            "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
            "not PEM encoded X.509",
        ),
        ("client_payment_service_provider_certificate_chain", "garbage", "not PEM encoded X.509"),
        ("client_payment_service_provider_certificate", "", "this field is required"),
        ("client_public_key_signature", 42, "this field is required"),
    ],
)
def test_malformed_fields_are_400(
    bunq: Bunq, cert: ProviderCertificate, field: str, value: object, wording: str
) -> None:
    token = bunq.installation()
    body: dict[str, Any] = {**credential_body(bunq, token, cert), field: value}
    answer = register(bunq, token, body)
    assert answer.status_code == 400
    assert field in error_of(answer)
    assert wording in error_of(answer)


def test_the_certificate_alone_goes_in_its_field(bunq: Bunq, cert: ProviderCertificate) -> None:
    token = bunq.installation()
    body = credential_body(bunq, token, cert)
    body["client_payment_service_provider_certificate"] += cert.chain_pem
    answer = register(bunq, token, body)
    assert answer.status_code == 400
    assert "expected exactly one certificate" in error_of(answer)


def test_registration_needs_an_installation_token_and_a_valid_request_signature(
    bunq: Bunq, cert: ProviderCertificate
) -> None:
    token = bunq.installation()
    body = credential_body(bunq, token, cert)
    path = "/payment-service-provider-credential"
    assert bunq.call("POST", path, body).status_code == 401
    assert bunq.call("POST", path, body, token="not-a-token").status_code == 401
    forged = bunq.call("POST", path, body, token=token, signature=signing.sign(b"x", cert[1]))
    assert forged.status_code == 400
    assert "Request signature is invalid" in error_of(forged)


def test_a_credential_is_readable_only_by_its_installation_or_provider(
    bunq: Bunq, cert: ProviderCertificate
) -> None:
    _, cred = credential(bunq, cert)
    stranger = bunq.installation()
    path = f"/payment-service-provider-credential/{cred['id']}"
    assert bunq.call("GET", path, token=stranger).status_code == 404
    customer = person(bunq)
    assert bunq.get(customer.ctx, path).status_code == 404
    assert bunq.call("GET", path).status_code == 401


def test_registering_again_is_the_same_provider_with_a_new_token(
    bunq: Bunq, cert: ProviderCertificate
) -> None:
    first = provider_session(bunq, cert)
    second = provider_session(bunq, cert)
    assert first.user_id == second.user_id
    assert first.session_token != second.session_token


# --- sessions: one hour first, then 90 days ------------------------------------------------


def test_the_first_session_lasts_an_hour_later_ones_90_days(
    own_bunq: Bunq, server: EmulatorServer, cert: ProviderCertificate
) -> None:
    token, cred = credential(own_bunq, cert)
    secret = cred["token_value"]
    own_bunq.device(token, secret)
    first = items(own_bunq.session(token, secret))
    assert first[2]["UserPaymentServiceProvider"]["session_timeout"] == 3600
    first_token = first[1]["Token"]["token"]
    me = first[2]["UserPaymentServiceProvider"]["id"]
    advance_clock(server, 3601)
    assert own_bunq.call("GET", f"/user/{me}", token=first_token).status_code == 401

    second = items(own_bunq.session(token, secret))  # more than 30 s later: no 429
    assert second[2]["UserPaymentServiceProvider"]["session_timeout"] == NINETY_DAYS
    second_token = second[1]["Token"]["token"]
    advance_clock(server, NINETY_DAYS - 24 * 3600)  # a day left: not extended by this call
    user = one(
        own_bunq.call("GET", f"/user/{me}", token=second_token), "UserPaymentServiceProvider"
    )
    assert user["session_timeout"] == NINETY_DAYS
    advance_clock(server, 24 * 3600 + 1)
    assert own_bunq.call("GET", f"/user/{me}", token=second_token).status_code == 401


# --- what a provider may do ---------------------------------------------------------------


@pytest.fixture
def provider(bunq: Bunq, cert: ProviderCertificate) -> Context:
    return provider_session(bunq, cert)


def test_a_provider_registers_an_oauth_client_and_callback_url(
    bunq: Bunq, provider: Context
) -> None:
    uid = provider.user_id
    assert one(bunq.get(provider, f"/user/{uid}"), "UserPaymentServiceProvider")["id"] == uid
    cid = created_id(bunq.post(provider, f"/user/{uid}/oauth-client", {"status": "ACTIVE"}))
    url = {"url": "https://tpp.example/oauth"}
    assert bunq.post(provider, f"/user/{uid}/oauth-client/{cid}/callback-url", url).status_code == (
        200
    )
    client = one(bunq.get(provider, f"/user/{uid}/oauth-client/{cid}"), "OauthClient")
    assert client["client_id"]
    assert client["secret"]
    assert client["callback_url"][0]["url"] == "https://tpp.example/oauth"


def test_a_provider_has_no_bank_account_of_its_own(bunq: Bunq, provider: Context) -> None:
    uid = provider.user_id
    assert items(bunq.get(provider, f"/user/{uid}/monetary-account")) == []
    answer = bunq.post(provider, f"/user/{uid}/monetary-account-bank", {"currency": "EUR"})
    assert answer.status_code == 403
    assert "A payment service provider (roles: PISP, AISP) is not allowed" in error_of(answer)


def test_only_a_pisp_initiates_psp_draft_payments(
    bunq: Bunq, cert: ProviderCertificate, aisp_cert: ProviderCertificate
) -> None:
    payer, merchant = person(bunq), person(bunq)
    body = {
        "sender_iban": payer.iban,
        "counterparty_iban": merchant.iban,
        "counterparty_name": merchant.name,
        "description": "Invoice 8",
        "amount": eur("5.00"),
    }
    pisp = provider_session(bunq, cert)
    path = f"/user/{pisp.user_id}/payment-service-provider-draft-payment"
    assert bunq.post(pisp, path, body, sign=True).status_code == 200
    aisp = provider_session(bunq, aisp_cert)
    refused = bunq.post(
        aisp, f"/user/{aisp.user_id}/payment-service-provider-draft-payment", body, sign=True
    )
    assert refused.status_code == 403
    assert "roles: AISP" in error_of(refused)


def _connect(bunq: Bunq, provider: Context, redirect: str) -> tuple[Context, Any]:
    """The provider's OAuth client, a customer's consent, and the on-behalf session."""
    uid = provider.user_id
    cid = created_id(bunq.post(provider, f"/user/{uid}/oauth-client", {"status": "ACTIVE"}))
    bunq.post(provider, f"/user/{uid}/oauth-client/{cid}/callback-url", {"url": redirect})
    client = one(bunq.get(provider, f"/user/{uid}/oauth-client/{cid}"), "OauthClient")
    app = OAuthApp(provider, cid, client["client_id"], client["secret"], redirect, "")
    customer = person(bunq)
    on_behalf = bunq.context(bunq.access_token(app, customer.email))
    return on_behalf, customer


def test_an_oauth_connection_of_a_provider_is_limited_to_its_roles(
    bunq: Bunq, aisp_cert: ProviderCertificate
) -> None:
    aisp = provider_session(bunq, aisp_cert)
    session, customer = _connect(bunq, aisp, "https://reader.example/cb")
    assert session.user_type == "UserApiKey"
    requested_by = session.user["requested_by_user"]
    assert requested_by["UserPaymentServiceProvider"]["id"] == aisp.user_id
    base = f"/user/{session.user_id}/monetary-account/{customer.account_id}"
    assert bunq.get(session, f"/user/{session.user_id}/monetary-account").status_code == 200
    assert bunq.get(session, base + "/payment").status_code == 200
    draft = {
        "entries": [
            {
                "amount": eur("1.00"),
                "counterparty_alias": {"type": "EMAIL", "value": "bravo@bunq.com", "name": "B"},
                "description": "not for an AISP",
            }
        ],
        "number_of_required_accepts": 1,
    }
    refused = bunq.post(session, base + "/draft-payment", draft, sign=True)
    assert refused.status_code == 403
    assert "limited to the permission scopes of its roles (AISP)" in error_of(refused)
    funds = {"amount": eur("1.00"), "counterparty_alias": customer.alias()}
    cof = bunq.post(session, f"/user/{session.user_id}/confirmation-of-funds", funds, sign=True)
    assert cof.status_code == 403


def test_a_pisp_connection_drafts_but_does_not_read_transactions(
    bunq: Bunq, cert: ProviderCertificate
) -> None:
    pisp = make_test_certificate("Payer", roles=("PISP",), organization="Payer B.V.")
    provider = provider_session(bunq, pisp)
    session, customer = _connect(bunq, provider, "https://payer.example/cb")
    base = f"/user/{session.user_id}/monetary-account/{customer.account_id}"
    draft = {
        "entries": [
            {
                "amount": eur("1.00"),
                "counterparty_alias": {"type": "EMAIL", "value": "bravo@bunq.com", "name": "B"},
                "description": "initiated by a PISP",
            }
        ],
        "number_of_required_accepts": 1,
    }
    assert bunq.post(session, base + "/draft-payment", draft, sign=True).status_code == 200
    assert bunq.get(session, base + "/payment").status_code == 403


# --- the consent page of a provider's app -------------------------------------------------


def _permission_lines(html: str) -> list[str]:
    listed = html.split('<ul class="permissions">', 1)[1].split("</ul>", 1)[0]
    return [
        line.split("<li>", 1)[1].split("</li>", 1)[0]
        for line in listed.split("\n")
        if "<li>" in line
    ]


def _consent_page(bunq: Bunq, provider: Context, redirect: str) -> str:
    uid = provider.user_id
    cid = created_id(bunq.post(provider, f"/user/{uid}/oauth-client", {"status": "ACTIVE"}))
    bunq.post(provider, f"/user/{uid}/oauth-client/{cid}/callback-url", {"url": redirect})
    client = one(bunq.get(provider, f"/user/{uid}/oauth-client/{cid}"), "OauthClient")
    page = bunq.consent_form(
        response_type="code", client_id=client["client_id"], redirect_uri=redirect, state="s"
    )
    assert page.status_code == 200, page.text
    return page.text


def test_the_consent_page_of_an_aisp_lists_only_what_it_may_read(bunq: Bunq) -> None:
    # a provider of its own: one OAuth client per provider, and others made theirs already
    aisp = make_test_certificate("Consent Reader", roles=("AISP",), organization="CR B.V.")
    html = _consent_page(bunq, provider_session(bunq, aisp), "https://reader.example/c")
    assert _permission_lines(html) == [
        "Read your monetary accounts (name, IBAN and balance)",
        "Read payments and transactions",
        "Read your cards (card validity data)",
    ]
    assert "licensed payment service provider (roles: AISP)" in html


def test_the_consent_page_of_a_pisp_aisp_lists_both_roles_and_nothing_more(bunq: Bunq) -> None:
    both = make_test_certificate("Consent Both", roles=("PISP", "AISP"), organization="CB B.V.")
    html = _consent_page(bunq, provider_session(bunq, both), "https://both.example/c")
    lines = _permission_lines(html)
    assert lines == [
        "Read your monetary accounts (name, IBAN and balance)",
        "Read payments and transactions",
        "Initiate payments as draft payments (you approve each one in the app) and read "
        "their status",
        "Confirm whether your account holds enough money for a payment (confirmation of funds)",
        "Read your cards (card validity data)",
    ]
    # bunq's default lines that no role grants are gone
    refused = {"Read and create monetary accounts", "Make payments between your own accounts"}
    assert refused <= set(oauth_service.DEFAULT_PERMISSIONS)
    assert not refused & set(lines)
    assert "(roles: PISP, AISP)" in html


def test_every_operation_a_role_grants_has_a_consent_line() -> None:
    granted = {op for ops in scope_module.PSD2_ROLE_SCOPE.values() for op in ops}
    assert granted & scope_module.OAUTH_DEFAULT <= set(scope_module.CONSENT_LINES)
