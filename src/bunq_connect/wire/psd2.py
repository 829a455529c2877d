"""PSD2 wire primitives: what a provider signs, and the roles its certificate names.

Both sides need the same bytes: a provider signs its installation public key and token with
its certificate's key when it registers (``payment-service-provider-credential``), and bunq
checks that signature; a certificate names the provider's roles in its ETSI TS 119 495
``PSD2QcType`` qcStatement (and bunq's sandbox also reads them from the common name).

    >>> signed_installation_bytes("KEY PEM\\n", "token")
    b'KEY PEM\\ntoken'
"""

from __future__ import annotations

from collections.abc import Sequence

from cryptography import x509
from cryptography.x509.oid import NameOID

__all__ = [
    "QC_STATEMENTS_OID",
    "ROLES",
    "certificate_roles",
    "psd2_qc_statements",
    "qc_statement_roles",
    "signed_installation_bytes",
]

QC_STATEMENTS_OID = x509.ObjectIdentifier("1.3.6.1.5.5.7.1.3")
PSD2_QC_TYPE_OID = "0.4.0.19495.2"

ROLES: dict[str, tuple[str, str]] = {
    "ASPSP": ("0.4.0.19495.1.1", "PSP_AS"),
    "PISP": ("0.4.0.19495.1.2", "PSP_PI"),
    "AISP": ("0.4.0.19495.1.3", "PSP_AI"),
    "CBPII": ("0.4.0.19495.1.4", "PSP_IC"),
}
"""bunq's role names -> (ETSI role OID, ETSI role name)."""


def signed_installation_bytes(installation_public_key_pem: str, installation_token: str) -> bytes:
    """What ``client_public_key_signature`` signs: the installation public key PEM without its
    trailing newline, one newline, the installation token (as bunq's SDK builds it)."""
    return (installation_public_key_pem.rstrip("\r\n") + "\n" + installation_token).encode()


# cryptography builds and reads x509 but has no type for the qcStatements extension, so its
# small DER is written and searched here (the only hand-written ASN.1 in the project).


def _der_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _der(tag: int, content: bytes) -> bytes:
    return bytes([tag]) + _der_length(len(content)) + content


def der_oid(dotted: str) -> bytes:
    arcs = [int(a) for a in dotted.split(".")]
    out = bytearray([40 * arcs[0] + arcs[1]])
    for arc in arcs[2:]:
        chunk = [arc & 0x7F]
        arc >>= 7
        while arc:
            chunk.append(0x80 | (arc & 0x7F))
            arc >>= 7
        out.extend(reversed(chunk))
    return _der(0x06, bytes(out))


def _der_seq(*items: bytes) -> bytes:
    return _der(0x30, b"".join(items))


def _der_utf8(text: str) -> bytes:
    return _der(0x0C, text.encode("utf-8"))


def psd2_qc_statements(roles: Sequence[str], nca_name: str, nca_id: str) -> bytes:
    """DER of ``QCStatements`` holding one ETSI TS 119 495 ``PSD2QcType`` statement."""
    roles_of_psp = _der_seq(
        *(_der_seq(der_oid(ROLES[r][0]), _der_utf8(ROLES[r][1])) for r in roles)
    )
    psd2_qc_type = _der_seq(roles_of_psp, _der_utf8(nca_name), _der_utf8(nca_id))
    return _der_seq(_der_seq(der_oid(PSD2_QC_TYPE_OID), psd2_qc_type))


def qc_statement_roles(cert: x509.Certificate) -> tuple[str, ...]:
    """The role names in the certificate's PSD2 qcStatement (empty if it has none)."""
    try:
        value = cert.extensions.get_extension_for_oid(QC_STATEMENTS_OID).value
    except (x509.ExtensionNotFound, ValueError):
        return ()
    der = bytes(value.value) if isinstance(value, x509.UnrecognizedExtension) else b""
    return tuple(name for name, (oid, _etsi) in ROLES.items() if der and der_oid(oid) in der)


def certificate_roles(cert: x509.Certificate) -> tuple[str, ...]:
    """Roles named by the qcStatement or, as bunq's sandbox reads them, common-name words."""
    words: set[str] = set()
    for attribute in cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME):
        value = attribute.value
        text = value if isinstance(value, str) else value.decode("utf-8", "replace")
        words.update(text.upper().split())
    from_qc = qc_statement_roles(cert)
    return tuple(role for role in ROLES if role in words or role in from_qc)
