"""PSD2: register as a payment service provider with a certificate, and test certificates.

A licensed AISP/PISP/CBPII has no API key: it registers its eIDAS (QSEAL) certificate instead,
between installation and device-server, and the credential bunq returns becomes the secret::

    from bunq_connect import BunqClient
    from bunq_connect.psd2 import create_psd2_context, make_test_certificate

    cert = make_test_certificate("My App", roles=("PISP", "AISP"))    # sandbox only
    context = create_psd2_context(
        env, cert.certificate_pem, cert.private_key, cert.chain_pem, description="my-app"
    )
    context.session.user.type_name            # "UserPaymentServiceProvider"
    with BunqClient(context) as client:       # then: client.oauth_clients.create(), ...
        ...

The steps (bunq's guide, "Register as a service provider"): ``POST /installation``; ``POST
/payment-service-provider-credential`` with the certificate, its chain, and
``client_public_key_signature`` = base64 RSA-SHA256 (PKCS#1 v1.5) signature, made with the
*certificate's* private key, over the installation public key PEM and the installation token
joined by one newline (:func:`public_key_signature`); the answer's ``token_value`` is then the
secret for ``POST /device-server`` and ``POST /session-server``. bunq's first PSD2 session
lasts one hour, later ones up to 90 days; renewal uses the same credential.

:func:`make_test_certificate` makes a self-signed CA and a leaf certificate for the sandbox,
which accepts pseudo certificates whose common name names the roles ("... PISP AISP"). The
leaf also carries the PSD2 fields real QWAC/QSEAL certificates have (``organizationIdentifier``
``PSDNL-...`` and an ETSI TS 119 495 qcStatement with the roles).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pydantic import SecretStr

from bunq_connect.client._auth import BunqAuth
from bunq_connect.client._base_client import APIResponse, RequestOptions, default_headers
from bunq_connect.client._flow import (
    Flow,
    Step,
    borrowed_async_client,
    borrowed_client,
    run_async,
    run_sync,
)
from bunq_connect.context import (
    ApiContext,
    Installation,
    device_and_session_flow,
    installation_flow,
)
from bunq_connect.environments import Environment
from bunq_connect.errors import ResponseParseError, UsageError
from bunq_connect.wire import psd2 as wire_psd2
from bunq_connect.wire import signing

__all__ = [
    "PSD2_ROLES",
    "Credential",
    "ProviderCertificate",
    "certificate_roles",
    "create_psd2_context",
    "create_psd2_context_async",
    "credential_flow",
    "make_test_certificate",
    "psd2_context_flow",
    "public_key_signature",
    "signed_installation_bytes",
]

PSD2_ROLES = wire_psd2.ROLES
"""bunq's role names -> (ETSI role OID, ETSI role name)."""


# --- the signature over the installation key and token ------------------------------------


signed_installation_bytes = wire_psd2.signed_installation_bytes


def public_key_signature(
    installation_public_key: signing.RSAPublicKey | str,
    installation_token: str | SecretStr,
    certificate_private_key: signing.RSAPrivateKey,
) -> str:
    """``client_public_key_signature``: base64 RSA-SHA256 over
    :func:`signed_installation_bytes`, with the certificate's private key."""
    pem = (
        installation_public_key
        if isinstance(installation_public_key, str)
        else signing.public_key_to_pem(installation_public_key)
    )
    token = (
        installation_token.get_secret_value()
        if isinstance(installation_token, SecretStr)
        else installation_token
    )
    return signing.sign(signed_installation_bytes(pem, token), certificate_private_key)


# --- registration -----------------------------------------------------------------------------


class Credential(NamedTuple):
    """The answer of ``payment-service-provider-credential``: the token is the new secret."""

    id: int | None
    status: str | None
    token: SecretStr


def _load_certificates(pem: str, what: str) -> list[x509.Certificate]:
    try:
        certificates = x509.load_pem_x509_certificates(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as exc:
        raise UsageError(f"the {what} is not PEM (-----BEGIN CERTIFICATE-----)") from exc
    return certificates


def _chain_text(chain: str | Sequence[str]) -> str:
    return chain if isinstance(chain, str) else "\n".join(c.strip() for c in chain)


def _check_material(
    certificate_pem: str, certificate_key: signing.RSAPrivateKey, chain_pem: str
) -> None:
    """Catch the usual mistakes before anything is sent: bad PEM, a key of another cert."""
    certificates = _load_certificates(certificate_pem, "certificate")
    if len(certificates) != 1:
        raise UsageError(
            f"the certificate PEM holds {len(certificates)} certificates; pass the provider's "
            "own certificate alone and the intermediates and root as the chain"
        )
    if not chain_pem.strip():
        raise UsageError("the certificate chain is empty (intermediate and root certificates)")
    _load_certificates(chain_pem, "certificate chain")
    if not isinstance(certificate_key, rsa.RSAPrivateKey):
        raise UsageError("the certificate's private key must be an RSA key")
    if certificates[0].public_key() != certificate_key.public_key():
        raise UsageError("the private key does not belong to the certificate")


def _credential(answer: APIResponse) -> Credential | int:
    """The credential if the answer holds its token, else the id to read it from."""
    created_id: int | None = None
    for name, payload in answer.envelope.items:
        if not isinstance(payload, dict):
            continue
        if payload.get("token_value"):
            raw_id = payload.get("id")
            return Credential(
                int(raw_id) if raw_id is not None else None,
                str(payload["status"]) if payload.get("status") else None,
                SecretStr(str(payload["token_value"])),
            )
        if name == "Id" and payload.get("id") is not None:
            created_id = int(payload["id"])
    if created_id is None:
        raise ResponseParseError(
            "the payment-service-provider-credential answer holds neither a token_value nor an Id",
            status_code=answer.status_code,
            response_id=answer.response_id,
        )
    return created_id


def credential_flow(
    installation: Installation,
    key: signing.RSAPrivateKey,
    certificate_pem: str,
    certificate_key: signing.RSAPrivateKey,
    chain_pem: str,
) -> Flow[Credential]:
    """``POST /payment-service-provider-credential`` (installation token, signed body).

    If bunq answers with the new ``Id`` only, the credential is read with
    ``GET /payment-service-provider-credential/{id}`` for its ``token_value``.
    """
    token = installation.token.get_secret_value()
    auth = BunqAuth(private_key=key, server_public_key=installation.server_public_key)
    body = {
        "client_payment_service_provider_certificate": certificate_pem,
        "client_payment_service_provider_certificate_chain": chain_pem,
        "client_public_key_signature": public_key_signature(
            key.public_key(), token, certificate_key
        ),
    }
    answer = yield Step(
        RequestOptions(
            "POST", "payment-service-provider-credential", json_body=body, auth="installation"
        ),
        token,
        auth,
    )
    found = _credential(answer)
    if isinstance(found, Credential):
        return found
    read = yield Step(
        RequestOptions("GET", f"payment-service-provider-credential/{found}", auth="installation"),
        token,
        auth,
    )
    again = _credential(read)
    if isinstance(again, Credential):
        return again
    raise ResponseParseError(
        "the payment service provider credential has no token_value (is it still "
        "PENDING_FIRST_USE?)",
        status_code=read.status_code,
        response_id=read.response_id,
    )


def psd2_context_flow(
    environment: Environment,
    certificate_pem: str,
    certificate_key: signing.RSAPrivateKey,
    chain_pem: str | Sequence[str],
    *,
    description: str = "bunq-connect",
    permitted_ips: list[str] | None = None,
    private_key: signing.RSAPrivateKey | None = None,
) -> Flow[ApiContext]:
    """Installation, credential, device and session: the sans-I/O flow behind
    :func:`create_psd2_context` (run it with ``client._flow.run_sync``/``run_async``)."""
    chain = _chain_text(chain_pem)
    _check_material(certificate_pem, certificate_key, chain)
    key = private_key or signing.generate_private_key()
    installation = yield from installation_flow(key)
    credential = yield from credential_flow(
        installation, key, certificate_pem, certificate_key, chain
    )
    return (
        yield from device_and_session_flow(
            environment, installation, key, credential.token, description, permitted_ips or ["*"]
        )
    )


def create_psd2_context(
    environment: Environment,
    certificate_pem: str,
    certificate_private_key: signing.RSAPrivateKey,
    chain_pem: str | Sequence[str],
    *,
    description: str = "bunq-connect",
    permitted_ips: list[str] | None = None,
    http: httpx.Client | None = None,
    private_key: signing.RSAPrivateKey | None = None,
) -> ApiContext:
    """An API context for a PSD2 provider, registered with its certificate.

    ``context.api_key`` holds the credential's token (bunq's "API key" for the provider),
    which later sessions use; save the context as any other (encrypted).
    """
    flow = psd2_context_flow(
        environment,
        certificate_pem,
        certificate_private_key,
        chain_pem,
        description=description,
        permitted_ips=permitted_ips,
        private_key=private_key,
    )
    with borrowed_client(http) as client:
        return run_sync(flow, client, environment.api_base, default_headers())


async def create_psd2_context_async(
    environment: Environment,
    certificate_pem: str,
    certificate_private_key: signing.RSAPrivateKey,
    chain_pem: str | Sequence[str],
    *,
    description: str = "bunq-connect",
    permitted_ips: list[str] | None = None,
    http: httpx.AsyncClient | None = None,
    private_key: signing.RSAPrivateKey | None = None,
) -> ApiContext:
    flow = psd2_context_flow(
        environment,
        certificate_pem,
        certificate_private_key,
        chain_pem,
        description=description,
        permitted_ips=permitted_ips,
        private_key=private_key,
    )
    async with borrowed_async_client(http) as client:
        return await run_async(flow, client, environment.api_base, default_headers())


# --- test certificates ------------------------------------------------------------------------


class ProviderCertificate(NamedTuple):
    """A sandbox provider certificate: the leaf PEM, its private key, the chain PEM (the CA)."""

    certificate_pem: str
    private_key: signing.RSAPrivateKey
    chain_pem: str

    def private_key_pem(self) -> str:
        return signing.private_key_to_pem(self.private_key)

    def __repr__(self) -> str:
        subject = x509.load_pem_x509_certificate(self.certificate_pem.encode()).subject
        return f"ProviderCertificate(subject={subject.rfc4514_string()!r})"


def _roles(roles: Sequence[str]) -> list[str]:
    if isinstance(roles, str):
        roles = [roles]
    wanted = [r.strip().upper() for r in roles]
    unknown = [r for r in wanted if r not in PSD2_ROLES]
    if unknown or not wanted:
        raise UsageError(f"PSD2 roles must be some of {', '.join(PSD2_ROLES)}; got {list(roles)!r}")
    return list(dict.fromkeys(wanted))


def make_test_certificate(
    common_name: str = "bunq-connect test provider",
    roles: Sequence[str] = ("PISP", "AISP"),
    *,
    organization: str = "bunq-connect test provider B.V.",
    country: str = "NL",
    nca_id: str = "DNB",
    nca_name: str = "De Nederlandsche Bank",
    authorization_number: str = "R000000",
    domain: str = "tpp.example",
    valid_days: int = 365,
    key_size: int = 2048,
    now: dt.datetime | None = None,
) -> ProviderCertificate:
    """A self-signed test CA and a provider certificate issued by it, for the sandbox.

    The common name gets each role appended unless it names it already (bunq's sandbox reads
    the roles from the name). The subject carries ``organizationIdentifier``
    ``PSD{country}-{nca_id}-{authorization_number}`` and the leaf an ETSI qcStatement with the
    roles and ``domain`` as its DNS name, as a real PSD2 (QWAC) certificate would. Never use
    it outside a sandbox or the emulator.
    """
    wanted = _roles(roles)
    words = common_name.split()
    name = " ".join([*words, *(r for r in wanted if r not in {w.upper() for w in words})])
    moment = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    not_before = moment - dt.timedelta(minutes=5)
    not_after = moment + dt.timedelta(days=valid_days)

    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    ca_name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, country),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, f"{organization} test CA"),
            x509.NameAttribute(NameOID.COMMON_NAME, "bunq-connect PSD2 test CA"),
        ]
    )
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )

    leaf_key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, country),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
            x509.NameAttribute(
                NameOID.ORGANIZATION_IDENTIFIER, f"PSD{country}-{nca_id}-{authorization_number}"
            ),
            x509.NameAttribute(NameOID.COMMON_NAME, name),
        ]
    )
    leaf = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_name)
        .public_key(leaf_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(domain)]), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(leaf_key.public_key()), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
            critical=False,
        )
        .add_extension(
            x509.UnrecognizedExtension(
                wire_psd2.QC_STATEMENTS_OID,
                wire_psd2.psd2_qc_statements(wanted, nca_name, f"{country}-{nca_id}"),
            ),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    return ProviderCertificate(
        certificate_pem=leaf.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        private_key=leaf_key,
        chain_pem=ca.public_bytes(serialization.Encoding.PEM).decode("ascii"),
    )


def certificate_roles(certificate_pem: str) -> list[str]:
    """The bunq role names in a certificate's PSD2 qcStatement (empty if it has none)."""
    cert = x509.load_pem_x509_certificate(certificate_pem.encode("ascii"))
    return list(wire_psd2.qc_statement_roles(cert))
