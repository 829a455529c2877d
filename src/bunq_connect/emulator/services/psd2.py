"""PSD2 providers: ``payment-service-provider-credential``, their users and their roles.

A licensed AISP/PISP/CBPII has no API key: between installation and device-server it
registers its certificate, and the credential's ``token_value`` becomes its API key::

    meta = RequestMeta(body=raw, authentication=installation_token, signature=sig)
    record, credential = register_provider(emu, meta)   # BunqRuleError 400 / 401
    credential.secret          # token_value: the secret for device-server and session-server
    roles_of(emu, record.user_id)                                        # ("PISP", "AISP")

What is checked (bunq's guide, "Register as a service provider", and the request fields'
descriptions): the certificate is one PEM X.509 certificate with an RSA key; the chain (PEM,
intermediates and root) links it, signature by signature, to a self-signed root (the guide's
self-signed sandbox certificate is its own chain); every certificate is valid now (the
emulator's clock); the roles are named, in the common name as bunq's sandbox reads them
(``CN=My App PISP AISP``) and/or in the ETSI TS 119 495 qcStatement; and
``client_public_key_signature`` is the base64 RSA-SHA256 (PKCS#1 v1.5) signature, made with
the certificate's key, over the installation's public key PEM (SubjectPublicKeyInfo, no
trailing newline, as bunq's SDK exports it), one newline and the installation token. No trust
anchor is required: the sandbox accepts pseudo certificates.

One certificate subject is one ``UserPaymentServiceProvider``: registering again (a new
installation) adds a credential to the same user, with the new certificate's roles.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.jsonbody import json_object
from bunq_connect.emulator.services import identity
from bunq_connect.emulator.services.auth import PSD2_FIRST_SESSION_TIMEOUT, RequestMeta
from bunq_connect.emulator.services.auth import installation_for as _installation_for
from bunq_connect.emulator.state import Credential, ProviderCredential, User
from bunq_connect.wire import psd2 as wire_psd2
from bunq_connect.wire import signing

CERTIFICATE = "client_payment_service_provider_certificate"
CHAIN = "client_payment_service_provider_certificate_chain"
SIGNATURE = "client_public_key_signature"


def _field(body: dict[str, object], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value.strip():
        raise BunqRuleError(400, f"Error in field '{name}': this field is required.")
    return value


def _certificates(pem: str, name: str) -> list[x509.Certificate]:
    try:
        found = x509.load_pem_x509_certificates(pem.encode("utf-8"))
    except ValueError:
        found = []
    if not found:
        raise BunqRuleError(
            400,
            f"Error in field '{name}': not PEM encoded X.509 certificates "
            "(-----BEGIN CERTIFICATE-----).",
        )
    return found


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return False
    return True


def _check_chain(leaf: x509.Certificate, chain: list[x509.Certificate]) -> None:
    """Walk from the leaf up the chain to a self-signed root, checking every signature."""
    current = leaf
    for _ in range(len(chain) + 1):
        if _issued_by(current, current) and (current is not leaf or leaf in chain):
            return  # a self-signed root (the leaf only counts when the chain holds it)
        issuer = next((c for c in chain if c is not current and _issued_by(current, c)), None)
        if issuer is None:
            what = "the certificate" if current is leaf else f"'{current.subject.rfc4514_string()}'"
            raise BunqRuleError(
                400,
                f"Error in field '{CHAIN}': no certificate in the chain issued {what} (issuer "
                f"'{current.issuer.rfc4514_string()}'); pass the intermediate and root "
                "certificates that sign it.",
            )
        current = issuer
    raise BunqRuleError(400, f"Error in field '{CHAIN}': the chain does not end in a root.")


def _check_validity(emu: Emulator, certificates: list[x509.Certificate]) -> None:
    now = emu.now()
    for cert in certificates:
        if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
            which = "the certificate" if cert is certificates[0] else "a chain certificate"
            raise BunqRuleError(
                400,
                f"Error in field '{CERTIFICATE}': {which} ('{cert.subject.rfc4514_string()}') "
                f"is not valid now: valid from {cert.not_valid_before_utc:%Y-%m-%d %H:%M:%S} "
                f"until {cert.not_valid_after_utc:%Y-%m-%d %H:%M:%S} UTC.",
            )


# The roles a provider registers with at bunq (an ASPSP role alone makes no bunq provider).
PROVIDER_ROLES = ("PISP", "AISP", "CBPII")


def certificate_roles(cert: x509.Certificate) -> tuple[str, ...]:
    """The provider roles a certificate names (qcStatement or common-name words)."""
    return tuple(r for r in wire_psd2.certificate_roles(cert) if r in PROVIDER_ROLES)


def signed_installation_bytes(installation_public_key: rsa.RSAPublicKey, token: str) -> bytes:
    """What ``client_public_key_signature`` signs (the shared wire definition)."""
    return wire_psd2.signed_installation_bytes(
        signing.public_key_to_pem(installation_public_key), token
    )


def _check_signature(cert: x509.Certificate, signature: str, signed: bytes) -> None:
    key = cert.public_key()
    if not isinstance(key, rsa.RSAPublicKey):
        raise BunqRuleError(
            400, f"Error in field '{CERTIFICATE}': the certificate's key must be an RSA key."
        )
    try:
        raw = base64.b64decode(signature, validate=True)
        key.verify(raw, signed, padding.PKCS1v15(), hashes.SHA256())
    except (binascii.Error, ValueError, InvalidSignature):
        raise BunqRuleError(
            400,
            f"Error in field '{SIGNATURE}': the signature does not verify with the "
            "certificate's public key. Sign the installation's public key PEM, a newline and "
            "the installation token (RSA-SHA256, PKCS#1 v1.5, base64) with the certificate's "
            "private key.",
        ) from None


def _display_name(cert: x509.Certificate) -> str:
    for oid in (NameOID.ORGANIZATION_NAME, NameOID.COMMON_NAME):
        for attribute in cert.subject.get_attributes_for_oid(oid):
            value = attribute.value
            text = value if isinstance(value, str) else value.decode("utf-8", "replace")
            if text.strip():
                return text.strip()
    return cert.subject.rfc4514_string() or "Payment service provider"


def _provider_user(emu: Emulator, cert: x509.Certificate, subject: str) -> User:
    state = emu.state
    for user in state.users.values():
        if user.kind == "payment_service_provider" and user.certificate_distinguished_name == (
            subject
        ):
            return user
    now = emu.now()
    name = _display_name(cert)
    user = User(
        id=state.next_id("user"),
        kind="payment_service_provider",
        created=now,
        updated=now,
        display_name=name,
        public_nick_name=name,
        public_uuid=identity.uuid4(emu.random),
        aliases=[],  # no email or phone with bunq: a provider cannot be paid or log in
        session_timeout=PSD2_FIRST_SESSION_TIMEOUT,
        company_name=name,
        certificate_distinguished_name=subject,
    )
    state.users[user.id] = user
    return user


def register_provider(emu: Emulator, meta: RequestMeta) -> tuple[ProviderCredential, Credential]:
    """POST /payment-service-provider-credential: check the certificate, make the credential."""
    installation = _installation_for(emu, meta)
    body = json_object(meta.body)
    certificate_pem = _field(body, CERTIFICATE)
    chain_pem = _field(body, CHAIN)
    signature = _field(body, SIGNATURE)
    leaf_list = _certificates(certificate_pem, CERTIFICATE)
    if len(leaf_list) != 1:
        raise BunqRuleError(
            400,
            f"Error in field '{CERTIFICATE}': expected exactly one certificate, got "
            f"{len(leaf_list)}; the intermediate and root certificates go in '{CHAIN}'.",
        )
    leaf = leaf_list[0]
    chain = _certificates(chain_pem, CHAIN)
    _check_validity(emu, [leaf, *chain])
    _check_chain(leaf, chain)
    _check_signature(
        leaf,
        signature,
        signed_installation_bytes(installation.client_public_key, installation.token),
    )
    roles = certificate_roles(leaf)
    if not roles:
        raise BunqRuleError(
            400,
            f"Error in field '{CERTIFICATE}': the certificate names no PSD2 role. Put AISP, "
            "PISP and/or CBPII in its common name (sandbox) or in its PSD2 qcStatement.",
        )
    subject = leaf.subject.rfc4514_string()
    state = emu.state
    with state.lock:
        user = _provider_user(emu, leaf, subject)
        now = emu.now()
        token = identity.hex_secret(emu.random)
        credential = Credential(
            id=state.next_id("credential"),
            kind="psd2_credential",
            secret=token,
            user_id=user.id,
            created=now,
        )
        state.credentials[credential.id] = credential
        state.credential_by_secret[token] = credential.id
        record = ProviderCredential(
            id=credential.id,
            user_id=user.id,
            installation_id=installation.id,
            created=now,
            certificate_subject=subject,
            certificate_sha256=hashlib.sha256(leaf.tbs_certificate_bytes).hexdigest(),
            certificate_not_after=leaf.not_valid_after_utc,
            roles=roles,
        )
        state.provider_credentials[record.id] = record
        return record, credential


def get_provider_credential(
    emu: Emulator, credential_id: int, *, installation_id: int | None, user_id: int | None
) -> ProviderCredential:
    """A credential, for the installation that registered it or a session of its provider."""
    with emu.state.lock:
        record = emu.state.provider_credentials.get(credential_id)
        if record is None or not (
            record.installation_id == installation_id or record.user_id == user_id
        ):
            raise BunqRuleError(404, "PaymentServiceProviderCredential not found.")
        return record


def roles_of(emu: Emulator, user_id: int) -> tuple[str, ...] | None:
    """A provider's PSD2 roles (of its newest credential); None if the user is no provider."""
    state = emu.state
    with state.lock:
        user = state.users.get(user_id)
        if user is None or user.kind != "payment_service_provider":
            return None
        records = [r for r in state.provider_credentials.values() if r.user_id == user_id]
        return max(records, key=lambda r: r.id).roles if records else ()
