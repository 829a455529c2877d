"""Our signing agrees with the outside world: the ``openssl`` command line, both ways."""

from __future__ import annotations

import base64
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bunq_connect.wire import signing

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl CLI")

BODY = b'{"amount":{"value":"12.50","currency":"EUR"},"description":"caf\xc3\xa9"}'


@pytest.fixture(scope="module")
def key() -> signing.RSAPrivateKey:
    return signing.generate_private_key()


def test_openssl_verifies_our_signature(tmp_path: Path, key: signing.RSAPrivateKey) -> None:
    (tmp_path / "body").write_bytes(BODY)
    (tmp_path / "pub.pem").write_text(signing.public_key_to_pem(key.public_key()))
    (tmp_path / "sig").write_bytes(base64.b64decode(signing.sign(BODY, key)))
    result = subprocess.run(
        ["openssl", "dgst", "-sha256", "-verify", "pub.pem", "-signature", "sig", "body"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Verified OK" in result.stdout


def test_openssl_rejects_our_signature_over_other_bytes(
    tmp_path: Path, key: signing.RSAPrivateKey
) -> None:
    (tmp_path / "body").write_bytes(BODY + b" ")
    (tmp_path / "pub.pem").write_text(signing.public_key_to_pem(key.public_key()))
    (tmp_path / "sig").write_bytes(base64.b64decode(signing.sign(BODY, key)))
    result = subprocess.run(
        ["openssl", "dgst", "-sha256", "-verify", "pub.pem", "-signature", "sig", "body"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0


def test_we_verify_openssl_signature(tmp_path: Path) -> None:
    subprocess.run(
        [
            "openssl",
            "genpkey",
            "-algorithm",
            "RSA",
            "-pkeyopt",
            "rsa_keygen_bits:2048",
            "-out",
            "key.pem",
        ],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    (tmp_path / "body").write_bytes(BODY)
    subprocess.run(
        ["openssl", "dgst", "-sha256", "-sign", "key.pem", "-out", "sig", "body"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    private = signing.load_private_key((tmp_path / "key.pem").read_bytes())
    signature = base64.b64encode((tmp_path / "sig").read_bytes()).decode()
    assert signing.verify(BODY, signature, private.public_key())
    assert not signing.verify(BODY.replace(b"12.50", b"12.51"), signature, private.public_key())
    # PKCS#1 v1.5 is deterministic: our signature of the same bytes is byte-identical.
    assert signing.sign(BODY, private) == signature


def test_pem_round_trip_is_pkcs8(key: signing.RSAPrivateKey) -> None:
    pem = signing.private_key_to_pem(key)
    assert pem.splitlines()[0] == "-----BEGIN " + "PRIVATE KEY-----"  # PKCS#8, not PKCS#1
    again = signing.load_private_key(pem)
    assert signing.public_key_to_pem(again.public_key()) == signing.public_key_to_pem(
        key.public_key()
    )


@pytest.mark.parametrize("signature", [None, "", "not base64!!", base64.b64encode(b"x").decode()])
def test_verify_refuses_garbage(key: signing.RSAPrivateKey, signature: str | None) -> None:
    assert signing.verify(BODY, signature, key.public_key()) is False


def test_bad_pem_is_a_clear_error() -> None:
    with pytest.raises(signing.KeyFormatError, match="not a PEM"):
        signing.load_public_key("-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----\n")


@settings(max_examples=25, deadline=None)
@given(body=st.binary(max_size=512), flip=st.integers(min_value=0, max_value=511))
def test_any_single_byte_change_breaks_the_signature(
    key: signing.RSAPrivateKey, body: bytes, flip: int
) -> None:
    signature = signing.sign(body, key)
    assert signing.verify(body, signature, key.public_key())
    if body:
        index = flip % len(body)
        tampered = body[:index] + bytes([body[index] ^ 0x01]) + body[index + 1 :]
        assert not signing.verify(tampered, signature, key.public_key())
