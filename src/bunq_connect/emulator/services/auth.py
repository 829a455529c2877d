"""API contexts: installation, device-server, session-server and authenticating later calls.

    inst = create_installation(emu, client_public_key_pem)
    meta = RequestMeta(body=raw_body, authentication=inst.token, signature=sig, client_ip=ip)
    register_device(emu, meta, "my app", api_key, ["*"])
    session = open_session(emu, signed_meta_with_secret_in_body)
    ctx = authenticate(emu, RequestMeta(body=b"", authentication=session.token))

Signatures are verified here (the raw body and header come in through :class:`RequestMeta`),
so the HTTP handlers stay thin. A signature that is present is always checked, also where
bunq does not make it mandatory: a client that signs other bytes than it sends has a bug.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from bunq_connect.emulator import errors
from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.jsonbody import json_object
from bunq_connect.emulator.services import identity
from bunq_connect.emulator.state import Credential, Device, EmulatorState, Installation, Session
from bunq_connect.wire import signing


@dataclass(frozen=True, slots=True)
class RequestMeta:
    """What the rules need to know about an HTTP request."""

    body: bytes = field(repr=False)
    authentication: str | None = field(default=None, repr=False)
    signature: str | None = field(default=None, repr=False)
    request_id: str | None = None
    client_ip: str | None = None


@dataclass(frozen=True, slots=True)
class SessionContext:
    """An authenticated call: the session and the user it acts as."""

    session: Session
    installation: Installation
    credential: Credential

    @property
    def user_id(self) -> int:
        return self.session.user_id


def create_installation(emu: Emulator, client_public_key_pem: str) -> Installation:
    try:
        public_key = signing.load_public_key(client_public_key_pem)
    except ValueError as exc:
        raise BunqRuleError(
            400,
            "Error in field 'client_public_key': not a valid PEM encoded RSA public key.",
        ) from exc
    if public_key.key_size < signing.KEY_SIZE:
        raise BunqRuleError(
            400, "Error in field 'client_public_key': the key must be at least 2048 bits."
        )
    state = emu.state
    with state.lock:
        installation = Installation(
            id=state.next_id("installation"),
            token_id=state.next_id("token"),
            token=identity.hex_secret(emu.random),
            client_public_key=public_key,
            created=emu.now(),
        )
        state.installations[installation.id] = installation
        state.installation_by_token[installation.token] = installation.id
        return installation


def _installation_for(
    emu: Emulator, meta: RequestMeta, *, signature_required: bool = False
) -> Installation:
    """The installation whose token authenticates this call (device- and session-server)."""
    state = emu.state
    installation_id = state.installation_by_token.get(meta.authentication or "")
    if installation_id is None:
        raise BunqRuleError(401, errors.INSUFFICIENT_AUTHORISATION)
    installation = state.installations[installation_id]
    _check_signature(installation, meta, required=signature_required)
    _check_request_id(emu, installation, meta)
    return installation


def installation_for(emu: Emulator, meta: RequestMeta) -> Installation:
    """The installation whose token authenticates a pre-session call (401 otherwise); a
    signature, when present, is checked. For payment-service-provider-credential."""
    return _installation_for(emu, meta)


def _check_signature(installation: Installation, meta: RequestMeta, *, required: bool) -> None:
    if not meta.signature:
        if required:
            raise BunqRuleError(466, errors.SIGNATURE_REQUIRED)
        return
    if not signing.verify(meta.body, meta.signature, installation.client_public_key):
        raise BunqRuleError(400, errors.SIGNATURE_INVALID)


def require_signature(meta: RequestMeta) -> None:
    """466 unless the call is signed: bunq demands it for calls that move money.

    A signature that is present was already verified by :func:`authenticate`.
    """
    if not meta.signature:
        raise BunqRuleError(466, errors.SIGNATURE_REQUIRED)


def _check_request_id(emu: Emulator, installation: Installation, meta: RequestMeta) -> None:
    # Strict mode rehearses bunq's documented rule; by default reuse is accepted as observed.
    if not emu.config.strict_request_ids or not meta.request_id:
        return
    if meta.request_id in installation.used_request_ids:
        raise BunqRuleError(
            400,
            "The request id in X-Bunq-Client-Request-Id has already been used on this "
            "device. Send a new request id with every call.",
        )
    installation.used_request_ids.add(meta.request_id)


def _credential_for(emu: Emulator, secret: object) -> Credential:
    if not isinstance(secret, str) or not secret:
        raise BunqRuleError(400, "Error in field 'secret': this field is required.")
    state = emu.state
    credential_id = state.credential_by_secret.get(secret)
    if credential_id is None:
        raise BunqRuleError(400, errors.INCORRECT_CREDENTIALS)
    credential = state.credentials[credential_id]
    if credential.revoked_at is not None or _grant_revoked(emu, credential):
        raise BunqRuleError(400, errors.INCORRECT_CREDENTIALS)
    return credential


def _grant_revoked(emu: Emulator, credential: Credential) -> bool:
    uak = emu.state.user_api_keys.get(credential.user_id)
    return uak is not None and uak.revoked_at is not None


def register_device(
    emu: Emulator, meta: RequestMeta, description: object, secret: object, permitted_ips: object
) -> Device:
    """POST /device-server: tie a credential to this installation and to IP addresses."""
    if not isinstance(description, str) or not description.strip():
        raise BunqRuleError(400, "Error in field 'description': this field is required.")
    if permitted_ips is None:
        permitted_ips = []
    if not isinstance(permitted_ips, list) or not all(isinstance(i, str) for i in permitted_ips):
        raise BunqRuleError(400, "Error in field 'permitted_ips': expected a list of IP addresses.")
    state = emu.state
    with state.lock:
        installation = _installation_for(emu, meta)
        credential = _credential_for(emu, secret)
        # Without "*" bunq binds the key to the listed IPs, or to the calling IP if none given.
        ips = list(permitted_ips) or ([meta.client_ip] if meta.client_ip else [])
        for device in state.devices.values():
            if device.installation_id == installation.id and device.credential_id == credential.id:
                # Re-registering the same key on the same installation updates the device.
                device.description = description
                device.permitted_ips = ips
                return device
        device = Device(
            id=state.next_id("device"),
            installation_id=installation.id,
            credential_id=credential.id,
            description=description,
            permitted_ips=ips,
            created=emu.now(),
        )
        state.devices[device.id] = device
        return device


def session_timeout_for(emu: Emulator, user_id: int) -> int:
    """A user's auto-logout; for a UserApiKey the requesting app user's (as bunq's SDK does)."""
    state = emu.state
    uak = state.user_api_keys.get(user_id)
    if uak is not None:
        return state.users[uak.requested_by_user_id].session_timeout
    return state.users[user_id].session_timeout


# bunq's guide on PSD2 providers: "The first session will last 1 hour", later ones 90 days.
PSD2_FIRST_SESSION_TIMEOUT = 3600
PSD2_SESSION_TIMEOUT = 90 * 24 * 3600


def _psd2_session_timeout(emu: Emulator, credential: Credential) -> int | None:
    """A PSD2 credential's session length (None for other keys), counting this session.

    The provider's ``session_timeout`` follows it: clients (bunq's SDK) compute the expiry
    from the user object in the session-server answer.
    """
    record = emu.state.provider_credentials.get(credential.id)
    if record is None:
        return None
    first = record.sessions_opened == 0
    record.sessions_opened += 1
    timeout = PSD2_FIRST_SESSION_TIMEOUT if first else PSD2_SESSION_TIMEOUT
    emu.state.users[credential.user_id].session_timeout = timeout
    return timeout


def open_session(emu: Emulator, meta: RequestMeta) -> Session:
    """POST /session-server: signed, needs a device for the key, one per interval per key."""
    state = emu.state
    with state.lock:
        installation = _installation_for(emu, meta, signature_required=True)
        credential = _credential_for(emu, json_object(meta.body).get("secret"))
        now = emu.now()
        interval = emu.config.session_server_interval
        last = state.session_server_calls.get(credential.id)
        if last is not None and now - last < timedelta(seconds=interval):
            raise BunqRuleError(429, errors.too_many_requests(1, round(interval)))
        # Every call that names a known key counts, as bunq counts calls to the endpoint.
        state.session_server_calls[credential.id] = now
        device = _device_for(state, installation.id, credential.id)
        if device is None:
            raise BunqRuleError(
                400,
                "No device is registered for this API key on this installation. "
                "Call POST /device-server first.",
            )
        if not device.allows(meta.client_ip):
            raise BunqRuleError(400, errors.INCORRECT_CREDENTIALS)
        timeout = _psd2_session_timeout(emu, credential) or session_timeout_for(
            emu, credential.user_id
        )
        session = Session(
            id=state.next_id("session"),
            token_id=state.next_id("token"),
            token=identity.hex_secret(emu.random),
            installation_id=installation.id,
            credential_id=credential.id,
            user_id=credential.user_id,
            timeout=timeout,
            created=now,
            expires_at=now + timedelta(seconds=timeout),
        )
        state.sessions[session.id] = session
        state.session_by_token[session.token] = session.id
        return session


def _device_for(state: EmulatorState, installation_id: int, credential_id: int) -> Device | None:
    return next(
        (
            d
            for d in state.devices.values()
            if d.installation_id == installation_id and d.credential_id == credential_id
        ),
        None,
    )


def authenticate(emu: Emulator, meta: RequestMeta) -> SessionContext:
    """Resolve a session token; refuse unknown or expired ones; activity extends the session."""
    state = emu.state
    with state.lock:
        session_id = state.session_by_token.get(meta.authentication or "")
        if session_id is None:
            raise BunqRuleError(401, errors.INSUFFICIENT_AUTHORISATION)
        session = state.sessions[session_id]
        now = emu.now()
        if now >= session.expires_at:
            # An expired session is gone for good, as on bunq: a new one must be opened.
            del state.session_by_token[session.token]
            del state.sessions[session.id]
            raise BunqRuleError(401, errors.INSUFFICIENT_AUTHORISATION)
        credential = state.credentials[session.credential_id]
        if credential.revoked_at is not None or _grant_revoked(emu, credential):
            raise BunqRuleError(401, errors.INSUFFICIENT_AUTHORISATION)
        installation = state.installations[session.installation_id]
        # permitted_ips are the IPs "this DeviceServer will be able to do calls from": every
        # call, not only the session-server one.
        device = _device_for(state, installation.id, credential.id)
        if device is None or not device.allows(meta.client_ip):
            raise BunqRuleError(400, errors.INCORRECT_CREDENTIALS)
        _check_signature(installation, meta, required=False)
        _check_request_id(emu, installation, meta)
        # bunq: "If a request is made 30 minutes before a session expires, the session will
        # automatically be extended" - to now + timeout; earlier calls leave the expiry alone.
        if session.expires_at - now <= timedelta(seconds=emu.config.session_extend_window):
            session.expires_at = now + timedelta(seconds=session.timeout)
        return SessionContext(session=session, installation=installation, credential=credential)
