"""Wire primitives shared by both sides of the bunq protocol.

This package is the only code the client and the emulator share: RSA keys and body
signatures, header names, the ``{"Response": [...]}`` / ``{"Error": [...]}`` envelopes and
bunq's timestamp format. It knows nothing about HTTP libraries, users or sessions, so both
sides can trust it equally; ``tests/wire`` checks it against the ``openssl`` command line.

    >>> from bunq_connect.wire import signing
    >>> key = signing.generate_private_key()
    >>> sig = signing.sign(b'{"a": 1}', key)
    >>> signing.verify(b'{"a": 1}', sig, key.public_key())
    True
"""

from bunq_connect.wire import envelope, headers, signing, timestamps

__all__ = ["envelope", "headers", "signing", "timestamps"]
