"""make_test_certificate and the installation-key signature, checked by cryptography and openssl."""

from __future__ import annotations

import base64
import datetime as dt
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.x509.oid import NameOID
from cryptography.x509.verification import PolicyBuilder, Store

from bunq_connect.errors import UsageError
from bunq_connect.psd2 import (
    ProviderCertificate,
    certificate_roles,
    make_test_certificate,
    public_key_signature,
    signed_installation_bytes,
)
from bunq_connect.wire import signing


@pytest.fixture(scope="module")
def cert() -> ProviderCertificate:
    return make_test_certificate("My App", roles=("PISP", "AISP"))


def _openssl(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["openssl", *args], cwd=cwd, capture_output=True, text=True, check=False)


def test_leaf_is_issued_by_the_chain_and_verifies_as_a_client_certificate(
    cert: ProviderCertificate,
) -> None:
    leaf = x509.load_pem_x509_certificate(cert.certificate_pem.encode())
    (ca,) = x509.load_pem_x509_certificates(cert.chain_pem.encode())
    leaf.verify_directly_issued_by(ca)
    verifier = (
        PolicyBuilder().store(Store([ca])).time(dt.datetime.now(dt.UTC)).build_client_verifier()
    )
    verified = verifier.verify(leaf, [])
    assert verified.chain[-1] == ca
    assert [str(n.value) for n in verified.subjects or []] == ["tpp.example"]
    assert leaf.public_key() == cert.private_key.public_key()


def test_a_foreign_ca_does_not_verify_the_leaf(cert: ProviderCertificate) -> None:
    leaf = x509.load_pem_x509_certificate(cert.certificate_pem.encode())
    (other_ca,) = x509.load_pem_x509_certificates(make_test_certificate().chain_pem.encode())
    with pytest.raises(InvalidSignature):
        leaf.verify_directly_issued_by(other_ca)


def test_openssl_verifies_the_chain(cert: ProviderCertificate, tmp_path: Path) -> None:
    (tmp_path / "leaf.pem").write_text(cert.certificate_pem)
    (tmp_path / "chain.pem").write_text(cert.chain_pem)
    result = _openssl(
        "verify",
        "-x509_strict",
        "-purpose",
        "sslclient",
        "-CAfile",
        "chain.pem",
        "leaf.pem",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "leaf.pem: OK" in result.stdout

    (tmp_path / "other.pem").write_text(make_test_certificate().chain_pem)
    refused = _openssl("verify", "-CAfile", "other.pem", "leaf.pem", cwd=tmp_path)
    assert refused.returncode != 0


def test_subject_names_the_roles_and_has_psd2_fields(cert: ProviderCertificate) -> None:
    leaf = x509.load_pem_x509_certificate(cert.certificate_pem.encode())
    (cn,) = leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    assert cn.value == "My App PISP AISP"
    (org_id,) = leaf.subject.get_attributes_for_oid(NameOID.ORGANIZATION_IDENTIFIER)
    assert org_id.value == "PSDNL-DNB-R000000"
    assert leaf.subject.get_attributes_for_oid(NameOID.COUNTRY_NAME)[0].value == "NL"
    assert certificate_roles(cert.certificate_pem) == ["PISP", "AISP"]


def test_openssl_reads_the_psd2_qc_statement(cert: ProviderCertificate, tmp_path: Path) -> None:
    (tmp_path / "leaf.pem").write_text(cert.certificate_pem)
    text = _openssl("x509", "-in", "leaf.pem", "-noout", "-text", cwd=tmp_path)
    assert text.returncode == 0, text.stderr
    assert "organizationIdentifier" in text.stdout or "2.5.4.97" in text.stdout
    # Find the qcStatements extension and parse its DER with openssl asn1parse.
    leaf = x509.load_pem_x509_certificate(cert.certificate_pem.encode())
    ext = leaf.extensions.get_extension_for_oid(x509.ObjectIdentifier("1.3.6.1.5.5.7.1.3"))
    assert isinstance(ext.value, x509.UnrecognizedExtension)
    (tmp_path / "qc.der").write_bytes(ext.value.value)
    parsed = _openssl("asn1parse", "-inform", "DER", "-in", "qc.der", cwd=tmp_path)
    assert parsed.returncode == 0, parsed.stderr
    for expected in (
        "0.4.0.19495.2",
        "0.4.0.19495.1.2",
        "0.4.0.19495.1.3",
        "PSP_PI",
        "PSP_AI",
        "De Nederlandsche Bank",
        "NL-DNB",
    ):
        assert expected in parsed.stdout, expected
    assert "0.4.0.19495.1.1" not in parsed.stdout  # not an ASPSP


def test_roles_already_in_the_name_are_not_repeated_and_unknown_roles_are_refused() -> None:
    cert = make_test_certificate("Shop AISP", roles=["aisp", "CBPII"], key_size=2048)
    leaf = x509.load_pem_x509_certificate(cert.certificate_pem.encode())
    assert leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Shop AISP CBPII"
    assert certificate_roles(cert.certificate_pem) == ["AISP", "CBPII"]
    with pytest.raises(UsageError, match="PSD2 roles"):
        make_test_certificate(roles=("BANK",))
    with pytest.raises(UsageError, match="PSD2 roles"):
        make_test_certificate(roles=())


def test_validity_window(cert: ProviderCertificate) -> None:
    now = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    short = make_test_certificate(valid_days=30, now=now)
    leaf = x509.load_pem_x509_certificate(short.certificate_pem.encode())
    assert leaf.not_valid_before_utc <= now < leaf.not_valid_after_utc
    assert leaf.not_valid_after_utc == now + dt.timedelta(days=30)


def test_repr_shows_the_subject_not_the_key(cert: ProviderCertificate) -> None:
    text = repr(cert)
    assert "My App PISP AISP" in text
    assert "PRIVATE" not in text
    assert cert.private_key_pem().splitlines()[0] == "-----BEGIN " + "PRIVATE KEY-----"  # PKCS#8


# --- client_public_key_signature --------------------------------------------------------------


def test_signed_bytes_are_the_installation_pem_a_newline_and_the_token() -> None:
    pem = "-----BEGIN PUBLIC KEY-----\nABC\n-----END PUBLIC KEY-----\n"
    expected = b"-----BEGIN PUBLIC KEY-----\nABC\n-----END PUBLIC KEY-----\ntok123"
    assert signed_installation_bytes(pem, "tok123") == expected
    # bunq's SDK sends the PEM without the final newline: the same bytes are signed.
    assert signed_installation_bytes(pem.rstrip("\n"), "tok123") == expected


def test_openssl_verifies_the_public_key_signature(
    cert: ProviderCertificate, tmp_path: Path
) -> None:
    installation_key = signing.generate_private_key()
    pem = signing.public_key_to_pem(installation_key.public_key())
    token = "a1b2c3-installation-token"
    signature = public_key_signature(installation_key.public_key(), token, cert.private_key)
    assert signature == public_key_signature(pem, token, cert.private_key)  # PKCS#1 v1.5

    (tmp_path / "data").write_bytes(pem.encode() + token.encode())  # PEM ends in "\n"
    (tmp_path / "sig").write_bytes(base64.b64decode(signature))
    (tmp_path / "leaf.pem").write_text(cert.certificate_pem)
    pub = _openssl("x509", "-in", "leaf.pem", "-noout", "-pubkey", cwd=tmp_path)
    (tmp_path / "cert-pub.pem").write_text(pub.stdout)
    ok = _openssl(
        "dgst", "-sha256", "-verify", "cert-pub.pem", "-signature", "sig", "data", cwd=tmp_path
    )
    assert ok.returncode == 0, ok.stderr
    assert "Verified OK" in ok.stdout

    # The installation key itself did not sign it: only the certificate's key did.
    (tmp_path / "inst-pub.pem").write_text(pem)
    wrong = _openssl(
        "dgst", "-sha256", "-verify", "inst-pub.pem", "-signature", "sig", "data", cwd=tmp_path
    )
    assert wrong.returncode != 0
