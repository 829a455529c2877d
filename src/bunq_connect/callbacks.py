"""Callbacks: register notification filters on a customer's behalf, and receive what bunq sends.

Register (read-modify-write, because bunq's ``notification-filter-url`` update replaces the
whole list; adding a filter that is already there changes nothing)::

    from bunq_connect import BunqClient
    from bunq_connect.callbacks import add_notification_filter, remove_notification_filter

    with BunqClient(context) as client:          # an on-behalf context
        add_notification_filter(client, "PAYMENT", "https://app.example/bunq/callback")
        add_notification_filter(client, "MUTATION", "https://app.example/bunq/callback",
                                monetary_account_id=account.id)
        remove_notification_filter(client, "PAYMENT", "https://app.example/bunq/callback")

``AsyncBunqClient`` users call the ``*_async`` twins; both run the same sans-I/O plan. Writers
of one list in one process take turns, and every write is read back (and redone if another
writer overwrote it); bunq has no concurrency control across processes, so register filters
from one place.

Receive (any web framework: hand over the raw body bytes and the headers)::

    from bunq_connect.callbacks import CallbackError, CallbackReceiver

    receiver = CallbackReceiver(context.server_public_key)
    try:
        event = receiver.receive(body, headers)     # verifies X-Bunq-Server-Signature
    except CallbackError:
        return 400                                  # not from bunq, or not a callback
    event.category, event.event_type                # "PAYMENT", "PAYMENT_CREATED"
    event.object                                    # e.g. PaymentRead, amounts as Decimal

or, without the receiver object, :func:`parse_callback`. bunq allows at most
:data:`MAX_URLS_PER_CATEGORY` URLs per category and requires HTTPS targets; both are checked
here before anything is sent (plain HTTP is accepted for loopback targets, for local tests).
"""

from __future__ import annotations

import ipaddress
import json
import re
import threading
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from urllib.parse import urlsplit, urlunsplit

import anyio
from pydantic import ValidationError

from bunq_connect.client._base_client import APIResponse, RequestOptions
from bunq_connect.client._pagination import page_params
from bunq_connect.errors import BunqConnectError, UsageError
from bunq_connect.models.common import BunqModel
from bunq_connect.models.unions import decode_item
from bunq_connect.wire import headers as wire_headers
from bunq_connect.wire import signing

if TYPE_CHECKING:
    from bunq_connect.client._client import AsyncBunqClient, BunqClient

__all__ = [
    "MAX_URLS_PER_CATEGORY",
    "CallbackError",
    "CallbackEvent",
    "CallbackFormatError",
    "CallbackReceiver",
    "CallbackSignatureError",
    "NotificationFilter",
    "NotificationFilterConflictError",
    "add_notification_filter",
    "add_notification_filter_async",
    "list_notification_filters",
    "list_notification_filters_async",
    "parse_callback",
    "remove_notification_filter",
    "remove_notification_filter_async",
    "validate_target",
]

MAX_URLS_PER_CATEGORY = 2
"""bunq accepts at most two callback URLs per notification category."""

MAX_ATTEMPTS = 3
"""Read-modify-write rounds before giving up on a filter list that keeps changing under us."""

T = TypeVar("T")

# --- errors ---------------------------------------------------------------------------------


class CallbackError(BunqConnectError):
    """A callback body that must not be acted on (answer the sender with a 4xx)."""


class CallbackSignatureError(CallbackError):
    """``X-Bunq-Server-Signature`` is missing or does not sign the body: maybe not from bunq."""


class CallbackFormatError(CallbackError):
    """The body is not JSON, not a ``NotificationUrl``, or its object does not decode."""


class NotificationFilterConflictError(BunqConnectError):
    """The filter list kept changing between our read and our write (another writer)."""


# --- notification filters: pure parts ------------------------------------------------------

_CATEGORY = re.compile(r"^[A-Z][A-Z0-9_]*$")
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def _redact(url: str) -> str:
    """The URL without credentials, query or fragment (they may hold a shared secret)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable URL>"
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = f"{host}:{port}" if port is not None else host
    hidden = "?..." if parts.query or parts.fragment else ""
    return urlunsplit((parts.scheme, netloc, parts.path, "", "")) + hidden


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def validate_target(url: str) -> str:
    """Return ``url`` if bunq can call it: ``https://host/...`` (``http`` only for loopback).

    Raises :class:`~bunq_connect.errors.UsageError` otherwise.
    """
    if not isinstance(url, str) or not url or url != url.strip():
        raise UsageError("a callback target must be a non-empty URL without surrounding spaces")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError as exc:
        raise UsageError(f"the callback target {_redact(url)!r} is not a valid URL") from exc
    host = parts.hostname
    if not host:
        raise UsageError(f"the callback target {_redact(url)!r} has no host")
    scheme = parts.scheme.lower()
    if scheme == "https":
        return url
    if scheme == "http" and _is_loopback(host):
        return url
    if scheme == "http":
        raise UsageError(
            f"the callback target {_redact(url)!r} uses http: bunq calls HTTPS targets only "
            "(plain http is accepted here for loopback addresses, for local tests)"
        )
    raise UsageError(f"the callback target {_redact(url)!r} is not an https URL")


def _category(category: str) -> str:
    value = category.strip().upper() if isinstance(category, str) else ""
    if not _CATEGORY.match(value):
        raise UsageError(
            f"{category!r} is not a notification category (for example PAYMENT, MUTATION, "
            "REQUEST, DRAFT_PAYMENT, OAUTH)"
        )
    return value


@dataclass(frozen=True, slots=True)
class NotificationFilter:
    """One URL notification filter: callbacks of ``category`` go to ``target``."""

    category: str
    target: str = field(repr=False)  # may carry a shared secret in its query

    def __repr__(self) -> str:
        return f"NotificationFilter(category={self.category!r}, target={_redact(self.target)!r})"

    def to_wire(self) -> dict[str, str]:
        return {"category": self.category, "notification_target": self.target}


def _path(user_id: int, monetary_account_id: int | None) -> str:
    base = f"user/{int(user_id)}"
    if monetary_account_id is not None:
        base += f"/monetary-account/{int(monetary_account_id)}"
    return base + "/notification-filter-url"


LIST_COUNT = 200
"""Filters read per page: bunq's maximum, so one page holds every filter (2 per category)."""

MAX_PAGES = 20


def _list_options(
    user_id: int, monetary_account_id: int | None, params: Mapping[str, str] | None = None
) -> RequestOptions:
    return RequestOptions(
        "GET", _path(user_id, monetary_account_id), params=params or {"count": LIST_COUNT}
    )


def _replace_options(
    user_id: int, monetary_account_id: int | None, filters: Sequence[NotificationFilter]
) -> RequestOptions:
    return RequestOptions(
        "POST",
        _path(user_id, monetary_account_id),
        json_body={"notification_filters": [f.to_wire() for f in filters]},
    )


def _filters_in(payload: Any) -> Iterable[Mapping[str, Any]]:
    """Filter entries in one answer item, whichever of bunq's shapes it has.

    The live API answers one ``{"NotificationFilterUrl": {category, notification_target}}``
    item per filter; the OpenAPI file describes one item holding ``notification_filters``.
    """
    if not isinstance(payload, Mapping):
        return
    if "category" in payload:
        yield payload
    for entry in payload.get("notification_filters") or ():
        if isinstance(entry, Mapping) and len(entry) == 1 and "category" not in entry:
            (entry,) = entry.values()
        if isinstance(entry, Mapping) and "category" in entry:
            yield entry


def _parse_filters(response: APIResponse) -> list[NotificationFilter]:
    found: list[NotificationFilter] = []
    for _name, payload in response.envelope.items:
        for entry in _filters_in(payload):
            target = entry.get("notification_target")
            if not target:  # a push filter or an empty entry: not ours to manage
                continue
            item = NotificationFilter(str(entry["category"]), str(target))
            if item not in found:
                found.append(item)
    return found


def _with_added(
    current: list[NotificationFilter], wanted: NotificationFilter
) -> list[NotificationFilter] | None:
    if wanted in current:
        return None
    same = [f for f in current if f.category == wanted.category]
    if len(same) >= MAX_URLS_PER_CATEGORY:
        listed = ", ".join(repr(_redact(f.target)) for f in same)
        raise UsageError(
            f"bunq allows at most {MAX_URLS_PER_CATEGORY} callback URLs per category and "
            f"{wanted.category} already has {listed}; remove one first"
        )
    return [*current, wanted]


def _without(
    current: list[NotificationFilter], category: str, target: str | None
) -> list[NotificationFilter] | None:
    kept = [
        f
        for f in current
        if not (f.category == category and (target is None or f.target == target))
    ]
    return None if len(kept) == len(current) else kept


Plan = Generator[RequestOptions, APIResponse, T]


def _list_plan(user_id: int, monetary_account_id: int | None) -> Plan[list[NotificationFilter]]:
    """Every filter, following ``older_url``: a write based on a partial read would drop some."""
    found: list[NotificationFilter] = []
    options = _list_options(user_id, monetary_account_id)
    for _page in range(MAX_PAGES):
        response = yield options
        page = _parse_filters(response)
        found.extend(f for f in page if f not in found)
        pagination = response.envelope.pagination
        older = page_params(pagination.older_url if pagination else None)
        if not older or not response.envelope.items:
            return found
        options = _list_options(user_id, monetary_account_id, older)
    raise NotificationFilterConflictError(
        f"the notification filters of {_path(user_id, monetary_account_id)} did not fit in "
        f"{MAX_PAGES} pages; refusing to rewrite a list that could not be read whole"
    )


def _update_plan(
    user_id: int,
    monetary_account_id: int | None,
    change: Callable[[list[NotificationFilter]], list[NotificationFilter] | None],
) -> Plan[list[NotificationFilter]]:
    """Read, change, write the whole list, read back; again if another writer got in between.

    ``change`` returns the new list, or ``None`` when the current one is already right. The
    answer is the list as bunq holds it afterwards.
    """
    for _attempt in range(MAX_ATTEMPTS):
        current = yield from _list_plan(user_id, monetary_account_id)
        desired = change(current)
        if desired is None:
            return current
        yield _replace_options(user_id, monetary_account_id, desired)
        after = yield from _list_plan(user_id, monetary_account_id)
        if change(after) is None:
            return after
    raise NotificationFilterConflictError(
        f"the notification filters of {_path(user_id, monetary_account_id)} changed under "
        f"{MAX_ATTEMPTS} read-modify-write rounds in a row; another writer is updating them"
    )


def _add_plan(
    user_id: int, category: str, target: str, monetary_account_id: int | None
) -> Plan[list[NotificationFilter]]:
    wanted = NotificationFilter(_category(category), validate_target(target))
    return _update_plan(user_id, monetary_account_id, lambda cur: _with_added(cur, wanted))


def _remove_plan(
    user_id: int, category: str, target: str | None, monetary_account_id: int | None
) -> Plan[list[NotificationFilter]]:
    cat = _category(category)
    return _update_plan(user_id, monetary_account_id, lambda cur: _without(cur, cat, target))


def _run(client: BunqClient, plan: Plan[T]) -> T:
    try:
        options = next(plan)
        while True:
            options = plan.send(client.request(options))
    except StopIteration as stop:
        result: T = stop.value
        return result


async def _run_async(client: AsyncBunqClient, plan: Plan[T]) -> T:
    try:
        options = next(plan)
        while True:
            options = plan.send(await client.request(options))
    except StopIteration as stop:
        result: T = stop.value
        return result


# Writers of one filter list in this process take turns: a read-modify-write that overlaps
# another can drop its filter after both have checked their own. bunq offers no concurrency
# control across processes (no ETag, no version): register filters from one place.
_WRITER_LOCKS: dict[tuple[str, int, int | None], threading.Lock] = {}
_WRITER_LOCKS_GUARD = threading.Lock()
_ASYNC_LOCK_POLL = 0.005


def _writer_lock(
    client: BunqClient | AsyncBunqClient, monetary_account_id: int | None
) -> threading.Lock:
    key = (client.context.environment.api_base, client.user_id, monetary_account_id)
    with _WRITER_LOCKS_GUARD:
        return _WRITER_LOCKS.setdefault(key, threading.Lock())


def _run_locked(client: BunqClient, monetary_account_id: int | None, plan: Plan[T]) -> T:
    with _writer_lock(client, monetary_account_id):
        return _run(client, plan)


async def _run_locked_async(
    client: AsyncBunqClient, monetary_account_id: int | None, plan: Plan[T]
) -> T:
    # The same lock as sync writers; polled, so that waiting never blocks the event loop.
    lock = _writer_lock(client, monetary_account_id)
    while not lock.acquire(blocking=False):
        await anyio.sleep(_ASYNC_LOCK_POLL)
    try:
        return await _run_async(client, plan)
    finally:
        lock.release()


# --- notification filters: the calls ------------------------------------------------------


def list_notification_filters(
    client: BunqClient, *, monetary_account_id: int | None = None
) -> list[NotificationFilter]:
    """The URL filters of the client's user (the UserApiKey on behalf), or of one account."""
    return _run(client, _list_plan(client.user_id, monetary_account_id))


def add_notification_filter(
    client: BunqClient, category: str, target: str, monetary_account_id: int | None = None
) -> list[NotificationFilter]:
    """Make sure callbacks of ``category`` go to ``target``; returns the filters afterwards.

    Idempotent: nothing is written when the filter is there already. A third URL for one
    category raises :class:`~bunq_connect.errors.UsageError` (bunq allows two).
    """
    plan = _add_plan(client.user_id, category, target, monetary_account_id)
    return _run_locked(client, monetary_account_id, plan)


def remove_notification_filter(
    client: BunqClient,
    category: str,
    target: str | None = None,
    monetary_account_id: int | None = None,
) -> list[NotificationFilter]:
    """Stop callbacks of ``category`` to ``target`` (to every target when ``None``).

    Idempotent; returns the filters afterwards.
    """
    plan = _remove_plan(client.user_id, category, target, monetary_account_id)
    return _run_locked(client, monetary_account_id, plan)


async def list_notification_filters_async(
    client: AsyncBunqClient, *, monetary_account_id: int | None = None
) -> list[NotificationFilter]:
    return await _run_async(client, _list_plan(client.user_id, monetary_account_id))


async def add_notification_filter_async(
    client: AsyncBunqClient, category: str, target: str, monetary_account_id: int | None = None
) -> list[NotificationFilter]:
    plan = _add_plan(client.user_id, category, target, monetary_account_id)
    return await _run_locked_async(client, monetary_account_id, plan)


async def remove_notification_filter_async(
    client: AsyncBunqClient,
    category: str,
    target: str | None = None,
    monetary_account_id: int | None = None,
) -> list[NotificationFilter]:
    plan = _remove_plan(client.user_id, category, target, monetary_account_id)
    return await _run_locked_async(client, monetary_account_id, plan)


# --- receiving ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CallbackEvent:
    """One ``NotificationUrl`` callback, verified and decoded."""

    category: str  # PAYMENT, MUTATION, REQUEST, ...
    event_type: str  # PAYMENT_CREATED, MUTATION_CREATED, ...
    target_url: str = field(repr=False)
    object_type: str  # the wire type name: Payment, DraftPayment, RequestInquiry, ...
    object: BunqModel  # the generated read model for object_type (PaymentRead, ...)
    raw: Mapping[str, Any] = field(repr=False, compare=False)  # the NotificationUrl payload

    def __repr__(self) -> str:
        ident = getattr(self.object, "id", None)
        return (
            f"CallbackEvent(category={self.category!r}, event_type={self.event_type!r}, "
            f"object_type={self.object_type!r}, id={ident!r})"
        )


def _public_key(key: signing.RSAPublicKey | str | bytes) -> signing.RSAPublicKey:
    if isinstance(key, str | bytes):
        try:
            return signing.load_public_key(key)
        except ValueError as exc:
            raise UsageError("server_public_key is not a PEM RSA public key") from exc
    return key


def _verify(
    body: bytes,
    signature: str | None,
    server_public_key: signing.RSAPublicKey | str | bytes | None,
    require_signature: bool,
) -> None:
    if server_public_key is None:
        if require_signature:
            raise UsageError(
                "parse_callback needs server_public_key (context.server_public_key) to verify "
                "X-Bunq-Server-Signature; pass require_signature=False only where the sender "
                "is authenticated some other way"
            )
        return
    if not signature:
        if require_signature:
            raise CallbackSignatureError(
                "the callback carries no X-Bunq-Server-Signature; it was not acted on"
            )
        return
    if not signing.verify(body, signature, _public_key(server_public_key)):
        raise CallbackSignatureError(
            "the callback's X-Bunq-Server-Signature does not sign its body with the server key; "
            "it may not come from bunq and was not acted on"
        )


def _text(note: Mapping[str, Any], name: str) -> str:
    value = note.get(name)
    if not isinstance(value, str) or not value:
        raise CallbackFormatError(f"the NotificationUrl has no {name!r} string")
    return value


def _decode_object(raw: Any) -> tuple[str, BunqModel]:
    if not isinstance(raw, Mapping) or len(raw) != 1:
        raise CallbackFormatError(
            "the NotificationUrl 'object' is not a one-key {TypeName: {...}} object"
        )
    ((type_name, payload),) = raw.items()
    if not isinstance(payload, Mapping):
        raise CallbackFormatError(f"the NotificationUrl object {type_name!r} is not an object")
    try:
        return str(type_name), decode_item(str(type_name), payload)
    except ValidationError as exc:
        # Field locations only: the values are a customer's banking data.
        where = ", ".join(".".join(str(p) for p in e["loc"]) or "?" for e in exc.errors()[:5])
        raise CallbackFormatError(
            f"the {type_name} object does not match bunq's schema (fields: {where})"
        ) from None


def parse_callback(
    body: bytes,
    *,
    signature: str | None = None,
    server_public_key: signing.RSAPublicKey | str | bytes | None = None,
    require_signature: bool = True,
) -> CallbackEvent:
    """Verify and decode one callback body (the exact bytes received).

    ``signature`` is the ``X-Bunq-Server-Signature`` header; ``server_public_key`` the
    context's ``server_public_key`` (a key or PEM). Raises :class:`CallbackSignatureError` for
    a missing or wrong signature and :class:`CallbackFormatError` for a body that is not a
    ``NotificationUrl``. The signature is checked before the body is parsed.
    """
    if isinstance(body, str):
        raise UsageError("pass the raw body bytes: the signature covers the exact bytes received")
    _verify(bytes(body), signature, server_public_key, require_signature)
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise CallbackFormatError("the callback body is not JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("NotificationUrl"), dict):
        keys = sorted(data)[:5] if isinstance(data, dict) else type(data).__name__
        raise CallbackFormatError(
            f"the callback body is not a {{'NotificationUrl': {{...}}}} object (got {keys})"
        )
    note: dict[str, Any] = data["NotificationUrl"]
    object_type, obj = _decode_object(note.get("object"))
    return CallbackEvent(
        category=_text(note, "category"),
        event_type=_text(note, "event_type"),
        target_url=str(note.get("target_url") or ""),
        object_type=object_type,
        object=obj,
        raw=note,
    )


class _HasItems(Protocol):
    def items(self) -> Iterable[tuple[Any, Any]]: ...


HeaderSource = _HasItems | Iterable[tuple[str | bytes, str | bytes]]
"""Headers as a framework holds them: anything with ``.items()`` (a dict, Starlette's and
werkzeug's ``Headers``, ``http.server``'s message) or ASGI ``(name, value)`` byte pairs."""


def _header(source: HeaderSource, name: str) -> str | None:
    """One header's value, looked up case-insensitively."""
    wanted = name.lower()
    items = getattr(source, "items", None)
    pairs: Iterable[tuple[Any, Any]] = items() if callable(items) else source  # type: ignore[assignment]
    for key, value in pairs:
        key_text = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        if key_text.lower() == wanted:
            return value.decode("latin-1") if isinstance(value, bytes) else str(value)
    return None


class CallbackReceiver:
    """Verify and parse callbacks in any web framework: give it the body bytes and headers.

        receiver = CallbackReceiver(context.server_public_key, categories={"PAYMENT"})
        event = receiver.receive(await request.body(), request.headers)   # Starlette
        event = receiver.receive(request.get_data(), request.headers)      # Flask
        event = receiver.receive(body, scope["headers"])                   # raw ASGI

    ``categories``, when given, refuses callbacks of other categories (:class:`CallbackError`).
    Answer bunq with a 2xx once the event is stored; anything else makes bunq retry it.
    """

    def __init__(
        self,
        server_public_key: signing.RSAPublicKey | str | bytes,
        *,
        categories: Iterable[str] | None = None,
        max_body_bytes: int = 1 << 20,
    ) -> None:
        self._key = _public_key(server_public_key)
        self.categories = frozenset(_category(c) for c in categories) if categories else None
        self.max_body_bytes = max_body_bytes

    def __repr__(self) -> str:
        cats = sorted(self.categories) if self.categories else "all"
        return f"CallbackReceiver(categories={cats!r})"

    def receive(self, body: bytes, headers: HeaderSource) -> CallbackEvent:
        if len(body) > self.max_body_bytes:
            raise CallbackFormatError(
                f"the callback body is {len(body)} bytes, over the {self.max_body_bytes} limit"
            )
        event = parse_callback(
            body,
            signature=_header(headers, wire_headers.SERVER_SIGNATURE),
            server_public_key=self._key,
        )
        if self.categories is not None and event.category not in self.categories:
            raise CallbackError(f"callbacks of category {event.category} are not expected here")
        return event
