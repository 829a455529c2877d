"""The exception tree of the client side.

Everything raised on purpose derives from :class:`BunqConnectError`. Talking to bunq can fail
in three ways that a caller handles differently, so they are separate branches:

* :class:`APIConnectionError` (and :class:`APITimeoutError`): no answer; maybe sent, maybe not.
* :class:`APIStatusError`: bunq answered with an error status; one class per status, each
  carrying ``status_code``, the ``response_id`` (quote it to bunq support) and bunq's messages.
* :class:`ResponseVerificationError`: an answer arrived but its server signature is missing or
  wrong. It is never parsed into a result: it may not come from bunq at all.

OAuth failures (:class:`OAuthError`) and mistakes caught before sending (:class:`UsageError`)
are their own branches. Messages never contain tokens, keys or secrets.
"""

from __future__ import annotations

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AccessDeniedError",
    "AmbiguousOutcomeError",
    "BadRequestError",
    "BunqConnectError",
    "ContextFileError",
    "ForbiddenError",
    "InternalServerError",
    "InvalidClientError",
    "InvalidGrantError",
    "MaintenanceError",
    "MethodNotAllowedError",
    "NotFoundError",
    "NotModifiedError",
    "OAuthError",
    "OAuthStateMismatchError",
    "RateLimitError",
    "ResponseParseError",
    "ResponseVerificationError",
    "SessionExpiredError",
    "SignatureRequiredError",
    "UnauthorizedError",
    "UsageError",
    "UserError",
    "WrongUserIdError",
    "status_error_class",
]


class BunqConnectError(Exception):
    """Base of every error bunq-connect raises on purpose."""


class UsageError(BunqConnectError):
    """The call was refused before anything was sent: fix the calling code."""


class WrongUserIdError(UsageError):
    """A URL used the granting customer's own user id instead of the UserApiKey id."""


class ContextFileError(BunqConnectError):
    """A saved API context could not be read or written."""


# --- transport ------------------------------------------------------------------------------


class APIConnectionError(BunqConnectError):
    """No HTTP answer arrived (refused, reset, DNS, TLS). The request may or may not have run."""

    def __init__(
        self,
        message: str = "could not reach the bunq API",
        *,
        method: str = "",
        url: str = "",
        before_send: bool = False,
    ) -> None:
        self.method = method
        self.url = url
        # True when the request provably never left (connect refused or timed out).
        self.before_send = before_send
        super().__init__(f"{message} ({method} {url})" if method else message)


class APITimeoutError(APIConnectionError):
    """The request timed out; it may have reached bunq."""


class AmbiguousOutcomeError(BunqConnectError):
    """A call that moves money may have run, and the check for it could not settle the question.

    Nothing was retried. Look for the ``marker`` (the ``merchant_reference`` the client put in
    the request) among the account's newest items before trying again.
    """

    def __init__(self, message: str, *, marker: str | None) -> None:
        self.marker = marker
        super().__init__(message)


class ResponseVerificationError(BunqConnectError):
    """The response's ``X-Bunq-Server-Signature`` is missing or does not sign its body."""

    def __init__(self, message: str, *, status_code: int, response_id: str | None) -> None:
        self.status_code = status_code
        self.response_id = response_id
        super().__init__(
            f"{message} (HTTP {status_code}, response id {response_id or 'none'}). The answer was "
            "discarded: it may not come from bunq. Check the server public key of the context."
        )


class ResponseParseError(BunqConnectError):
    """A signed answer that is not one of bunq's envelopes or lacks an expected item."""

    def __init__(self, message: str, *, status_code: int, response_id: str | None) -> None:
        self.status_code = status_code
        self.response_id = response_id
        super().__init__(f"{message} (HTTP {status_code}, response id {response_id or 'none'})")


# --- status errors ---------------------------------------------------------------------------


class APIStatusError(BunqConnectError):
    """bunq answered with an error status. ``errors`` holds bunq's ``error_description`` list."""

    status_code: int = 0
    hint: str = ""

    def __init__(
        self,
        errors: list[str],
        *,
        status_code: int,
        response_id: str | None,
        request_id: str | None = None,
        method: str = "",
        path: str = "",
    ) -> None:
        self.errors = errors
        self.status_code = status_code
        self.response_id = response_id
        self.request_id = request_id
        self.method = method
        self.path = path
        described = "; ".join(errors) or "no description"
        where = f" on {method} {path}" if method else ""
        message = f"HTTP {status_code}{where}: {described} (response id {response_id or 'none'})"
        if self.hint:
            message += f". {self.hint}"
        super().__init__(message)

    @property
    def description(self) -> str:
        return "; ".join(self.errors)


class NotModifiedError(APIStatusError):
    status_code = 399


class BadRequestError(APIStatusError):
    status_code = 400


class UnauthorizedError(APIStatusError):
    status_code = 401
    hint = "The session or key is not valid (expired, revoked or unknown)"


class SessionExpiredError(UnauthorizedError):
    """A 401 on a call made with a session token: the session has to be renewed."""

    hint = "The session expired; create a new session for this context"


class ForbiddenError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class MethodNotAllowedError(APIStatusError):
    status_code = 405


class RateLimitError(APIStatusError):
    status_code = 429
    hint = "bunq's rate limit was hit; slow down"


class SignatureRequiredError(APIStatusError):
    status_code = 466
    hint = "This call must carry X-Bunq-Client-Signature"


class UserError(APIStatusError):
    status_code = 490


class MaintenanceError(APIStatusError):
    status_code = 491
    hint = "bunq is in maintenance; retry later"


class InternalServerError(APIStatusError):
    status_code = 500


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    cls.status_code: cls
    for cls in (
        NotModifiedError,
        BadRequestError,
        UnauthorizedError,
        ForbiddenError,
        NotFoundError,
        MethodNotAllowedError,
        RateLimitError,
        SignatureRequiredError,
        UserError,
        MaintenanceError,
        InternalServerError,
    )
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP status (5xx without its own class map to 500's)."""
    if status_code in _STATUS_CLASSES:
        return _STATUS_CLASSES[status_code]
    if status_code >= 500:
        return InternalServerError
    return APIStatusError


# --- OAuth -----------------------------------------------------------------------------------


class OAuthError(BunqConnectError):
    """An OAuth failure in RFC 6749's terms: ``error`` code and ``description``."""

    error: str = "oauth_error"

    def __init__(
        self, description: str, *, error: str | None = None, status_code: int | None = None
    ) -> None:
        if error is not None:
            self.error = error
        self.description = description
        self.status_code = status_code
        super().__init__(f"{self.error}: {description}")


class InvalidGrantError(OAuthError):
    """The code is unknown, used, expired, or was issued for another redirect URI."""

    error = "invalid_grant"


class InvalidClientError(OAuthError):
    """The client id or secret is wrong."""

    error = "invalid_client"


class AccessDeniedError(OAuthError):
    """The customer chose Deny on the consent page."""

    error = "access_denied"


class OAuthStateMismatchError(OAuthError):
    """The callback's ``state`` is not the one this app sent: possible CSRF, code not used."""

    error = "state_mismatch"


_OAUTH_CLASSES: dict[str, type[OAuthError]] = {
    cls.error: cls for cls in (InvalidGrantError, InvalidClientError, AccessDeniedError)
}


def oauth_error(error: str, description: str, status_code: int | None = None) -> OAuthError:
    cls = _OAUTH_CLASSES.get(error, OAuthError)
    return cls(description, error=error, status_code=status_code)
