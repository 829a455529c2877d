"""The private core of the client: builds requests and reads answers, with no I/O.

Both :class:`SyncAPIClient` and :class:`AsyncAPIClient` call :func:`build_request` and
:func:`process_response`; they differ only where they wait. Everything a retry or a page
needs to know is decided here or in :mod:`bunq_connect.client._retry`, as plain functions.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from bunq_connect import __version__
from bunq_connect.errors import (
    APIStatusError,
    ResponseParseError,
    SessionExpiredError,
    UnauthorizedError,
    WrongUserIdError,
    status_error_class,
)
from bunq_connect.wire import envelope, headers

__all__ = [
    "APIResponse",
    "AuthMode",
    "RequestOptions",
    "build_request",
    "check_user_id",
    "default_headers",
    "new_request_id",
    "process_response",
]

AuthMode = Literal["none", "installation", "session"]

USER_AGENT = f"bunq-connect/{__version__}"


def new_request_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """One logical call. ``request_id`` is made once and reused on every retry of it."""

    method: str
    path: str
    params: Mapping[str, str | int] | None = None
    json_body: Any = None
    auth: AuthMode = "session"
    request_id: str = field(default_factory=new_request_id)
    moves_money: bool = False
    # For calls that move money: the merchant_reference put in the body, so that after an
    # ambiguous failure the client can find out whether the call ran before retrying it.
    marker: str | None = None
    # True when the client made the marker up (unique by construction). A marker the caller
    # chose may already be on older items: those are noted before sending and never taken for
    # this call's result.
    marker_is_fresh: bool = False


@dataclass(frozen=True, slots=True)
class APIResponse:
    """A verified, parsed answer, with what a support ticket needs."""

    http: httpx.Response
    envelope: envelope.ParsedEnvelope

    @property
    def status_code(self) -> int:
        return self.http.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http.headers

    @property
    def response_id(self) -> str | None:
        value: str | None = self.http.headers.get(headers.CLIENT_RESPONSE_ID)
        return value

    @property
    def request_id(self) -> str | None:
        value: str | None = self.http.headers.get(headers.CLIENT_REQUEST_ID)
        return value


def default_headers(
    *,
    user_agent: str = USER_AGENT,
    language: str = "en_US",
    region: str = "nl_NL",
    geolocation: str = headers.UNKNOWN_GEOLOCATION,
) -> dict[str, str]:
    return {
        headers.CACHE_CONTROL: "no-cache",
        headers.USER_AGENT: user_agent,
        headers.GEOLOCATION: geolocation,
        headers.LANGUAGE: language,
        headers.REGION: region,
        "Accept": "application/json",
    }


def build_request(
    options: RequestOptions,
    *,
    api_base: str,
    base_headers: Mapping[str, str],
    token: str | None,
) -> httpx.Request:
    request_headers = dict(base_headers)
    request_headers[headers.CLIENT_REQUEST_ID] = options.request_id
    if options.auth != "none":
        if not token:
            raise ValueError(f"a {options.auth} token is needed for {options.path}")
        request_headers[headers.CLIENT_AUTHENTICATION] = token
    content: bytes | None = None
    if options.json_body is not None:
        content = envelope.dumps(options.json_body)
        request_headers["Content-Type"] = "application/json"
    url = options.path if "://" in options.path else f"{api_base}/{options.path.lstrip('/')}"
    return httpx.Request(
        options.method,
        url,
        params=dict(options.params) if options.params else None,
        headers=request_headers,
        content=content,
    )


def process_response(response: httpx.Response, options: RequestOptions) -> APIResponse:
    """Turn a verified answer into an :class:`APIResponse`, or raise the status error."""
    response_id = response.headers.get(headers.CLIENT_RESPONSE_ID)
    try:
        parsed = envelope.parse(response.content)
    except envelope.EnvelopeError as exc:
        if response.status_code >= 400:
            raise _status_error(response, options, [f"unreadable error body ({exc})"]) from exc
        raise ResponseParseError(
            str(exc), status_code=response.status_code, response_id=response_id
        ) from exc
    if response.status_code >= 300 or parsed.is_error:
        raise _status_error(response, options, [e.description for e in parsed.errors])
    return APIResponse(http=response, envelope=parsed)


def _status_error(
    response: httpx.Response, options: RequestOptions, errors: list[str]
) -> APIStatusError:
    cls = status_error_class(response.status_code)
    if cls is UnauthorizedError and options.auth == "session":
        cls = SessionExpiredError
    return cls(
        errors,
        status_code=response.status_code,
        response_id=response.headers.get(headers.CLIENT_RESPONSE_ID),
        request_id=options.request_id,
        method=options.method,
        path=_path_only(options.path),
    )


def _path_only(path: str) -> str:
    return httpx.URL(path).path if "://" in path else "/" + path.lstrip("/")


_USER_SEGMENT = re.compile(r"(?:^|/)user/(\d+)(?:/|$)")


def check_user_id(path: str, *, url_user_id: int, forbidden_user_id: int | None) -> None:
    """Refuse, before sending, a URL that names the granting customer's own user id.

    On behalf of a customer every URL must use the UserApiKey id; the customer's own id is
    the classic on-behalf bug and bunq refuses it anyway.
    """
    if forbidden_user_id is None or forbidden_user_id == url_user_id:
        return
    match = _USER_SEGMENT.search(_path_only(path))
    if match and int(match.group(1)) == forbidden_user_id:
        raise WrongUserIdError(
            f"the URL {_path_only(path)!r} uses user id {forbidden_user_id}, the granting "
            f"customer's own id; on behalf of this customer use the UserApiKey id "
            f"{url_user_id} (session.user_id)"
        )
