"""Session lifetime as bunq documents it.

"The auto logout time that you set in the app applies to all your sessions including the API
ones. If a request is made 30 minutes before a session expires, the session will automatically
be extended." The emulator extends to now + timeout on a call within the last 30 minutes, and
leaves the expiry alone on earlier calls.
"""

from __future__ import annotations

from datetime import timedelta

from bunq_connect.emulator import EmulatorConfig, EmulatorServer
from bunq_connect.emulator.state import Session
from bunq_connect.wire import signing
from tests.emulator.raw import Bunq, Context, error_of


def _session(server: EmulatorServer, ctx: Context) -> Session:
    return server.state.sessions[ctx.session_id]


def test_a_call_early_in_the_session_does_not_extend_it(
    own_bunq: Bunq, server: EmulatorServer
) -> None:
    ctx = own_bunq.context(own_bunq.sandbox_user())  # timeout 3600 s
    expires = _session(server, ctx).expires_at
    server.clock.advance(1000)  # 2600 s left: more than 30 minutes
    assert own_bunq.get(ctx, "/user").status_code == 200
    assert _session(server, ctx).expires_at == expires
    server.clock.advance(2600)  # exactly the original expiry
    response = own_bunq.get(ctx, "/user")
    assert response.status_code == 401
    assert error_of(response) == "Insufficient authorisation."


def test_a_call_in_the_last_30_minutes_extends_to_now_plus_timeout(
    own_bunq: Bunq, server: EmulatorServer
) -> None:
    ctx = own_bunq.context(own_bunq.sandbox_user())
    server.clock.advance(2000)  # 1600 s left
    assert own_bunq.get(ctx, "/user").status_code == 200
    now = server.clock.now()
    extended = _session(server, ctx).expires_at
    assert timedelta(seconds=3599) < extended - now <= timedelta(seconds=3600)
    server.clock.advance(3500)  # past the original expiry, inside the extension
    assert own_bunq.get(ctx, "/user").status_code == 200


def test_an_expired_session_stays_dead(own_bunq: Bunq, server: EmulatorServer) -> None:
    ctx = own_bunq.context(own_bunq.sandbox_user())
    server.clock.advance(3600)
    assert own_bunq.get(ctx, "/user").status_code == 401
    assert ctx.session_id not in server.state.sessions
    assert own_bunq.get(ctx, "/user").status_code == 401  # no resurrection by a later call
    # a new session for the same key works (after bunq's 30 s between session-servers)
    server.clock.advance(30)
    assert own_bunq.session(ctx.installation_token, _api_key_of(server, ctx)).status_code == 200


def test_short_timeouts_extend_on_every_call(
    server_key: signing.RSAPrivateKey, client_key: signing.RSAPrivateKey
) -> None:
    # With a timeout under 30 minutes every call is "30 minutes before expiry".
    config = EmulatorConfig(default_session_timeout=600, rate_limits=False)
    with EmulatorServer(config, server_key=server_key) as emu:
        bunq = Bunq(emu.base_url, signing.load_public_key(emu.server_public_key_pem), client_key)
        ctx = bunq.context(bunq.sandbox_user())
        for _ in range(3):
            emu.clock.advance(500)
            assert bunq.get(ctx, "/user").status_code == 200
        emu.clock.advance(600)
        assert bunq.get(ctx, "/user").status_code == 401
        bunq.http.close()


def test_the_extension_window_is_a_switch(
    server_key: signing.RSAPrivateKey, client_key: signing.RSAPrivateKey
) -> None:
    config = EmulatorConfig(session_extend_window=0, rate_limits=False)
    with EmulatorServer(config, server_key=server_key) as emu:
        bunq = Bunq(emu.base_url, signing.load_public_key(emu.server_public_key_pem), client_key)
        ctx = bunq.context(bunq.sandbox_user())
        emu.clock.advance(3599)
        assert bunq.get(ctx, "/user").status_code == 200  # 1 s left: not extended
        emu.clock.advance(1)
        assert bunq.get(ctx, "/user").status_code == 401
        bunq.http.close()


def _api_key_of(server: EmulatorServer, ctx: Context) -> str:
    return next(c.secret for c in server.state.credentials.values() if c.user_id == ctx.user_id)
