"""Exceptions raised by the emulator's rules, independent of HTTP.

Rules raise :class:`BunqRuleError` with bunq's status and wording; the HTTP layer turns it into
``{"Error": [...]}``. The OAuth endpoints speak OAuth's own error format instead
(:class:`OAuthRuleError`), and the consent page shows :class:`ConsentError` as an HTML page.
"""

from __future__ import annotations

# bunq's wordings, reused by several rules. Where bunq's exact text is unknown the wording
# imitates bunq's style: a short sentence that says what to fix.
INSUFFICIENT_AUTHORISATION = "Insufficient authorisation."
INCORRECT_CREDENTIALS = "User credentials are incorrect. Incorrect API key or IP address."
SIGNATURE_REQUIRED = "Request signature is required for this operation."
SIGNATURE_INVALID = (
    "Request signature is invalid: X-Bunq-Client-Signature must be the base64 RSA-SHA256 "
    "signature of the exact request body with the key given at installation."
)


def too_many_requests(calls: int, seconds: int) -> str:
    return (
        f"Too many requests. You can do a maximum of {calls} calls per {seconds} second "
        "to this endpoint."
    )


class BunqRuleError(Exception):
    """A request refused by one of bunq's rules: answered as a bunq error envelope."""

    def __init__(self, status: int, description: str) -> None:
        super().__init__(f"{status}: {description}")
        self.status = status
        self.description = description


class OAuthRuleError(Exception):
    """An OAuth token-endpoint error (RFC 6749 section 5.2)."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(f"{error}: {description}")
        self.error = error
        self.description = description
        self.status = status


class ConsentError(Exception):
    """A consent request that must not redirect (unknown client, unregistered redirect URI)."""

    def __init__(self, description: str) -> None:
        super().__init__(description)
        self.description = description
