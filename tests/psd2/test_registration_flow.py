"""The PSD2 registration flow (installation, credential, device, session) against a stand-in.

The emulator does not implement ``payment-service-provider-credential`` yet, so this narrow test
plays bunq's part with ``httpx.MockTransport``: it checks what bunq checks (installation token,
request signature, the certificate chain, ``client_public_key_signature`` over the installation
key and token, the credential token as the device and session secret) with its own code, not
the client's, and signs every answer. ``test_psd2_emulator.py`` runs the same flow over HTTP.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from bunq_connect import psd2
from bunq_connect.environments import Environment
from bunq_connect.errors import BadRequestError, UsageError
from bunq_connect.psd2 import (
    ProviderCertificate,
    create_psd2_context,
    create_psd2_context_async,
    make_test_certificate,
)
from bunq_connect.wire import envelope, headers, signing

ENV = Environment(
    "local", "https://bunq.test/v1", "https://bunq.test/auth", "https://bunq.test/v1/token"
)
INSTALLATION_TOKEN = "installation-token-0123456789"
CREDENTIAL_TOKEN = "psd2-credential-token-abcdef"


@dataclass
class FakePsd2Bunq:
    id_only: bool = False  # answer the credential POST with {"Id"} only, as the spec says
    server_key: rsa.RSAPrivateKey = field(default_factory=signing.generate_private_key)
    client_key_pem: str | None = None
    seen: list[str] = field(default_factory=list)
    bodies: dict[str, Any] = field(default_factory=dict)

    def _answer(self, items: list[dict[str, Any]], status: int = 200) -> httpx.Response:
        body = envelope.encode_response(items)
        return self._signed(status, body)

    def _error(self, message: str) -> httpx.Response:
        return self._signed(400, envelope.encode_error(message))

    def _signed(self, status: int, body: bytes) -> httpx.Response:
        return httpx.Response(
            status,
            content=body,
            headers={headers.SERVER_SIGNATURE: signing.sign(body, self.server_key)},
        )

    def _check_signed(self, request: httpx.Request) -> str | None:
        if request.headers.get(headers.CLIENT_AUTHENTICATION) != INSTALLATION_TOKEN:
            return "wrong installation token"
        assert self.client_key_pem is not None
        key = signing.load_public_key(self.client_key_pem)
        if not signing.verify(request.content, request.headers.get(headers.CLIENT_SIGNATURE), key):
            return "request signature invalid"
        return None

    def _check_credential(self, body: dict[str, Any]) -> str | None:
        try:
            leaf = x509.load_pem_x509_certificate(
                body["client_payment_service_provider_certificate"].encode()
            )
            chain = x509.load_pem_x509_certificates(
                body["client_payment_service_provider_certificate_chain"].encode()
            )
            leaf.verify_directly_issued_by(chain[0])
        except (KeyError, ValueError, InvalidSignature):
            return "certificate or chain invalid"
        assert self.client_key_pem is not None
        # bunq: the installation public key with the installation token appended as a nonce.
        signed = (self.client_key_pem.rstrip("\n") + "\n" + INSTALLATION_TOKEN).encode()
        public_key = leaf.public_key()
        assert isinstance(public_key, rsa.RSAPublicKey)
        try:
            public_key.verify(
                base64.b64decode(body["client_public_key_signature"]),
                signed,
                padding.PKCS1v15(),
                hashes.SHA256(),
            )
        except (InvalidSignature, ValueError):
            return "client_public_key_signature invalid"
        return None

    def handler(self, request: httpx.Request) -> httpx.Response:
        route = f"{request.method} {request.url.path}"
        self.seen.append(route)
        body = json.loads(request.content) if request.content else {}
        self.bodies[route] = body
        if route == "POST /v1/installation":
            self.client_key_pem = body["client_public_key"]
            return self._answer(
                [
                    {"Id": {"id": 1}},
                    {"Token": {"token": INSTALLATION_TOKEN}},
                    {
                        "ServerPublicKey": {
                            "server_public_key": signing.public_key_to_pem(
                                self.server_key.public_key()
                            )
                        }
                    },
                ]
            )
        problem = self._check_signed(request) if request.method == "POST" else None
        if problem:
            return self._error(problem)
        credential = {"id": 77, "status": "ACTIVE", "token_value": CREDENTIAL_TOKEN}
        if route == "POST /v1/payment-service-provider-credential":
            problem = self._check_credential(body)
            if problem:
                return self._error(problem)
            if self.id_only:
                return self._answer([{"Id": {"id": 77}}])
            return self._answer([{"CredentialPasswordIp": credential}])
        if route == "GET /v1/payment-service-provider-credential/77":
            if request.headers.get(headers.CLIENT_AUTHENTICATION) != INSTALLATION_TOKEN:
                return self._error("wrong installation token")
            return self._answer([{"CredentialPasswordIp": credential}])
        if route in ("POST /v1/device-server", "POST /v1/session-server"):
            if body.get("secret") != CREDENTIAL_TOKEN:
                return self._error("secret is not the credential token")
            if route.endswith("device-server"):
                return self._answer([{"Id": {"id": 5}}])
            provider = {"id": 900, "display_name": "My App", "session_timeout": 3600}
            return self._answer(
                [
                    {"Id": {"id": 6}},
                    {"Token": {"token": "session-token"}},
                    {"UserPaymentServiceProvider": provider},
                ]
            )
        return self._error(f"unexpected {route}")


@pytest.fixture(scope="module")
def cert() -> ProviderCertificate:
    return make_test_certificate("My App")


@pytest.mark.parametrize("id_only", [False, True], ids=["token-in-answer", "id-then-get"])
def test_registration_runs_the_four_steps_with_the_credential_as_secret(
    cert: ProviderCertificate, id_only: bool
) -> None:
    bunq = FakePsd2Bunq(id_only=id_only)
    with httpx.Client(transport=httpx.MockTransport(bunq.handler)) as http:
        context = create_psd2_context(
            ENV, cert.certificate_pem, cert.private_key, cert.chain_pem, http=http
        )
    expected = ["POST /v1/installation", "POST /v1/payment-service-provider-credential"]
    if id_only:
        expected.append("GET /v1/payment-service-provider-credential/77")
    expected += ["POST /v1/device-server", "POST /v1/session-server"]
    assert bunq.seen == expected
    assert context.api_key.get_secret_value() == CREDENTIAL_TOKEN
    assert context.session is not None
    assert context.session.user is not None
    assert context.session.user.type_name == "UserPaymentServiceProvider"
    assert context.session.user_id == 900
    assert (context.installation_id, context.device_id) == (1, 5)
    assert CREDENTIAL_TOKEN not in repr(context)


@pytest.mark.anyio
async def test_async_registration(cert: ProviderCertificate) -> None:
    bunq = FakePsd2Bunq()
    async with httpx.AsyncClient(transport=httpx.MockTransport(bunq.handler)) as http:
        context = await create_psd2_context_async(
            ENV, cert.certificate_pem, cert.private_key, [cert.chain_pem], http=http
        )
    assert context.api_key.get_secret_value() == CREDENTIAL_TOKEN
    assert bunq.seen[1] == "POST /v1/payment-service-provider-credential"


def test_a_key_of_another_certificate_is_refused_before_sending(
    cert: ProviderCertificate,
) -> None:
    other = make_test_certificate("Other")
    bunq = FakePsd2Bunq()
    forged = ProviderCertificate(cert.certificate_pem, other.private_key, cert.chain_pem)
    with (
        httpx.Client(transport=httpx.MockTransport(bunq.handler)) as http,
        pytest.raises(UsageError, match="does not belong to the certificate"),
    ):
        create_psd2_context(ENV, *forged, http=http)
    assert bunq.seen == []  # refused before anything was sent


@pytest.mark.parametrize(
    "wrong_bytes",
    [
        lambda pem, token: (pem + token).encode() + b"x",
        lambda pem, token: (pem.rstrip("\n") + token).encode(),  # no newline between
        lambda pem, token: pem.encode(),  # no token
    ],
    ids=["trailing-byte", "no-newline", "no-token"],
)
def test_the_stand_in_refuses_other_signed_bytes(
    cert: ProviderCertificate, monkeypatch: pytest.MonkeyPatch, wrong_bytes: Any
) -> None:
    # Shows the stand-in really checks the signature, so the passing tests above mean something.
    monkeypatch.setattr(psd2, "signed_installation_bytes", wrong_bytes)
    bunq = FakePsd2Bunq()
    with (
        httpx.Client(transport=httpx.MockTransport(bunq.handler)) as http,
        pytest.raises(BadRequestError, match="client_public_key_signature invalid"),
    ):
        create_psd2_context(ENV, *cert, http=http)


def test_a_refused_credential_surfaces_bunqs_error(cert: ProviderCertificate) -> None:
    bunq = FakePsd2Bunq()
    other_chain = make_test_certificate("Other").chain_pem
    with (
        httpx.Client(transport=httpx.MockTransport(bunq.handler)) as http,
        pytest.raises(BadRequestError, match="certificate or chain invalid"),
    ):
        create_psd2_context(ENV, cert.certificate_pem, cert.private_key, other_chain, http=http)
    assert "POST /v1/device-server" not in bunq.seen


@pytest.mark.parametrize(
    ("certificate", "chain", "message"),
    [
        ("not a pem", None, "certificate is not PEM"),
        (None, "", "chain is empty"),
        (None, "garbage", "chain is not PEM"),
        ("two", None, "holds 2 certificates"),
    ],
)
def test_material_is_checked_before_sending(
    cert: ProviderCertificate, certificate: str | None, chain: str | None, message: str
) -> None:
    certificate_pem = {
        None: cert.certificate_pem,
        "two": cert.certificate_pem + cert.chain_pem,
    }.get(certificate, certificate)
    bunq = FakePsd2Bunq()
    with (
        httpx.Client(transport=httpx.MockTransport(bunq.handler)) as http,
        pytest.raises(UsageError, match=message),
    ):
        create_psd2_context(
            ENV,
            certificate_pem or "",
            cert.private_key,
            cert.chain_pem if chain is None else chain,
            http=http,
        )
    assert bunq.seen == []
