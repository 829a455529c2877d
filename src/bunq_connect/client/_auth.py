"""Request signing and response verification as one ``httpx.Auth`` flow.

Written once, used by the sync and the async client alike (httpx drives the same generator)::

    auth = BunqAuth(private_key=key, server_public_key=server_key)
    httpx.Client(auth=auth).post(url, content=body)

The flow signs the exact body bytes into ``X-Bunq-Client-Signature`` and checks that the
answer's ``X-Bunq-Server-Signature`` signs the exact answer bytes. An answer that fails the
check raises :class:`~bunq_connect.errors.ResponseVerificationError` before anyone parses it.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from bunq_connect.errors import ResponseVerificationError
from bunq_connect.wire import headers, signing

__all__ = ["BunqAuth"]


class BunqAuth(httpx.Auth):
    requires_request_body = True
    requires_response_body = True

    def __init__(
        self,
        *,
        private_key: signing.RSAPrivateKey | None,
        server_public_key: signing.RSAPublicKey | None,
        sign_empty_bodies: bool = False,
    ) -> None:
        self._private_key = private_key
        self._server_public_key = server_public_key
        # bunq signs bodies only; an empty body's signature proves nothing and costs an RSA
        # operation per GET, so by default only requests with a body are signed.
        self._sign_empty_bodies = sign_empty_bodies

    def __repr__(self) -> str:
        return f"BunqAuth(verifies={self._server_public_key is not None})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._private_key is not None and (request.content or self._sign_empty_bodies):
            request.headers[headers.CLIENT_SIGNATURE] = signing.sign(
                request.content, self._private_key
            )
        response = yield request
        if self._server_public_key is not None:
            verify_response(response, self._server_public_key)


def verify_response(response: httpx.Response, server_public_key: signing.RSAPublicKey) -> None:
    signature = response.headers.get(headers.SERVER_SIGNATURE)
    response_id = response.headers.get(headers.CLIENT_RESPONSE_ID)
    if not signature:
        raise ResponseVerificationError(
            "the answer carries no X-Bunq-Server-Signature",
            status_code=response.status_code,
            response_id=response_id,
        )
    if not signing.verify(response.content, signature, server_public_key):
        raise ResponseVerificationError(
            "the answer's X-Bunq-Server-Signature does not match its body",
            status_code=response.status_code,
            response_id=response_id,
        )
