"""The session-server answer, typed.

For an OAuth access token bunq answers with a ``UserApiKey`` holding three parts that must be
kept apart::

    session.user_api_key.id      # the user id for every URL made on the customer's behalf
    session.requested_by         # the app's own user
    session.granted_by           # the customer who consented (never put this id in a URL)

For a plain API key there is no UserApiKey and ``session.user`` is the key's own user.
``session.user_id`` is always the id that belongs in URLs.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from pydantic import Field, SecretStr

from bunq_connect.models.common import BunqModel, BunqTimestamp, Pointer

__all__ = ["SessionInfo", "UserApiKeyInfo", "UserSummary", "session_from_items"]


class UserSummary(BunqModel):
    """The parts of a UserPerson/UserCompany/UserPaymentServiceProvider a connection needs."""

    type_name: str = Field(description="UserPerson, UserCompany or UserPaymentServiceProvider")
    id: int
    display_name: str | None = None
    public_nick_name: str | None = None
    session_timeout: int | None = None
    alias: list[Pointer] = Field(default_factory=list)

    def alias_value(self, alias_type: str) -> str | None:
        for pointer in self.alias:
            if pointer.type == alias_type:
                return pointer.value
        return None

    @classmethod
    def from_wrapped(cls, wrapped: dict[str, Any]) -> UserSummary:
        """From ``{"UserPerson": {...}}`` (an object type indication)."""
        if not isinstance(wrapped, dict) or len(wrapped) != 1:
            raise ValueError("expected a single-key user object such as {'UserPerson': {...}}")
        ((type_name, payload),) = wrapped.items()
        return cls.from_payload(type_name, payload)

    @classmethod
    def from_payload(cls, type_name: str, payload: dict[str, Any]) -> UserSummary:
        fields = {
            k: payload.get(k) for k in ("id", "display_name", "public_nick_name", "session_timeout")
        }
        return cls(type_name=type_name, alias=payload.get("alias") or [], **fields)


class UserApiKeyInfo(BunqModel):
    id: int
    created: BunqTimestamp | None = None
    updated: BunqTimestamp | None = None
    requested_by: UserSummary
    granted_by: UserSummary


class SessionInfo(BunqModel):
    """A session: its token, its expiry and who it acts as."""

    session_id: int
    token: SecretStr
    created_at: datetime
    expires_at: datetime
    timeout_seconds: int | None = None
    """The session's lifetime from its last extension (bunq's auto-logout setting)."""
    user: UserSummary | None = None
    user_api_key: UserApiKeyInfo | None = None

    @property
    def user_id(self) -> int:
        """The id to put in URLs: the UserApiKey's for OAuth, else the key's own user's."""
        if self.user_api_key is not None:
            return self.user_api_key.id
        assert self.user is not None
        return self.user.id

    @property
    def requested_by(self) -> UserSummary | None:
        return self.user_api_key.requested_by if self.user_api_key else None

    @property
    def granted_by(self) -> UserSummary | None:
        return self.user_api_key.granted_by if self.user_api_key else None

    @property
    def acting_user(self) -> UserSummary:
        """Whose session timeout and identity govern the session (bunq's SDK uses requested_by)."""
        if self.user_api_key is not None:
            return self.user_api_key.requested_by
        assert self.user is not None
        return self.user

    def expires_within(self, now: datetime, margin: timedelta) -> bool:
        return now + margin >= self.expires_at


DEFAULT_SESSION_TIMEOUT = 3600


def session_from_items(items: list[tuple[str, Any]], *, now: datetime) -> SessionInfo:
    """Build :class:`SessionInfo` from a parsed session-server envelope (Id, Token, user)."""
    by_name = dict(items)
    session_id = int(by_name["Id"]["id"])
    token = SecretStr(str(by_name["Token"]["token"]))
    user: UserSummary | None = None
    uak: UserApiKeyInfo | None = None
    if "UserApiKey" in by_name:
        raw = by_name["UserApiKey"]
        uak = UserApiKeyInfo(
            id=raw["id"],
            created=raw.get("created"),
            updated=raw.get("updated"),
            requested_by=UserSummary.from_wrapped(raw["requested_by_user"]),
            granted_by=UserSummary.from_wrapped(raw["granted_by_user"]),
        )
        timeout = uak.requested_by.session_timeout
    else:
        for type_name in ("UserPerson", "UserCompany", "UserPaymentServiceProvider"):
            if type_name in by_name:
                user = UserSummary.from_payload(type_name, by_name[type_name])
                break
        if user is None:
            raise KeyError("user object")
        timeout = user.session_timeout
    seconds = timeout if timeout and timeout > 0 else DEFAULT_SESSION_TIMEOUT
    return SessionInfo(
        session_id=session_id,
        token=token,
        created_at=now,
        expires_at=now + timedelta(seconds=seconds),
        timeout_seconds=seconds,
        user=user,
        user_api_key=uak,
    )
