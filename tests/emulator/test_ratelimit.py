"""bunq's rate limits: the pure window with a fake clock, then the emulator over loopback."""

from __future__ import annotations

import time

import httpx
import pytest

from bunq_connect.client._ratelimit import RateLimiter
from bunq_connect.emulator import EmulatorConfig, EmulatorServer
from bunq_connect.emulator.ratelimit import (
    GET,
    POST,
    PUT,
    SESSION_SERVER,
    Limit,
    SlidingWindowLimiter,
    endpoint_of,
    limit_for,
)
from bunq_connect.wire import signing
from tests.emulator.raw import Bunq, error_of

GET_WORDING = "Too many requests. You can do a maximum of 3 calls per 3 second to this endpoint."


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


# --- the pure window ---------------------------------------------------------------------


def test_limits_are_the_documented_ones() -> None:
    assert (GET.calls, GET.seconds) == (3, 3.0)
    assert (POST.calls, POST.seconds) == (5, 3.0)
    assert (PUT.calls, PUT.seconds) == (2, 3.0)
    assert limit_for("DELETE", "/v1/user/1/x") == GET
    assert limit_for("POST", "/v1/session-server") == POST  # per API key in services/auth.py
    assert limit_for("POST", "/v1/session-server", "ip") == SESSION_SERVER
    assert limit_for("POST", "/v1/session-server/", "ip") == SESSION_SERVER
    assert GET.description() == GET_WORDING
    assert SESSION_SERVER.description() == (
        "Too many requests. You can do a maximum of 1 calls per 30 second to this endpoint."
    )


def test_endpoint_is_the_path_without_query_or_trailing_slash() -> None:
    assert endpoint_of("/v1/user/1/payment?count=10") == "/v1/user/1/payment"
    assert endpoint_of("/v1/user/") == "/v1/user"


def test_window_slides_per_call_not_per_bucket() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(clock=clock)
    key = ("ip", "GET", "/v1/user")
    assert limiter.hit(key, GET) == 0.0  # t=100
    clock.now = 101.0
    assert limiter.hit(key, GET) == 0.0
    clock.now = 102.0
    assert limiter.hit(key, GET) == 0.0
    clock.now = 102.5
    assert limiter.hit(key, GET) == pytest.approx(0.5)  # the t=100 call leaves at 103
    clock.now = 102.999
    assert limiter.hit(key, GET) > 0
    clock.now = 103.0  # exactly 3 s after the first: it has left the window
    assert limiter.hit(key, GET) == 0.0
    assert limiter.hit(key, GET) == pytest.approx(1.0)  # next frees at 104 (the t=101 call)


def test_refused_calls_do_not_use_up_slots() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(clock=clock)
    key = ("ip", "PUT", "/v1/x")
    assert [limiter.hit(key, PUT) for _ in range(2)] == [0.0, 0.0]
    for _ in range(20):
        assert limiter.hit(key, PUT) > 0
    clock.now += 3.0
    assert limiter.hit(key, PUT) == 0.0


def test_keys_are_independent() -> None:
    limiter = SlidingWindowLimiter(clock=FakeClock())
    one = Limit(1, 3.0)
    assert limiter.hit(("a", "GET", "/v1/x"), one) == 0.0
    assert limiter.hit(("b", "GET", "/v1/x"), one) == 0.0
    assert limiter.hit(("a", "POST", "/v1/x"), one) == 0.0
    assert limiter.hit(("a", "GET", "/v1/y"), one) == 0.0
    assert limiter.hit(("a", "GET", "/v1/x"), one) > 0


def test_idle_keys_are_swept() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(clock=clock)
    for n in range(SlidingWindowLimiter.SWEEP_EVERY - 1):
        limiter.hit(("ip", "GET", f"/v1/user/{n}"), GET)
    clock.now += SESSION_SERVER.seconds + 1
    limiter.hit(("ip", "GET", "/v1/fresh"), GET)  # the sweeping hit
    assert len(limiter) == 1


def test_a_client_spacing_calls_by_the_window_plus_a_margin_is_always_admitted() -> None:
    # Our client books a slot per 3.0 s + 50 ms: it must never meet the server's window.
    server_clock = FakeClock()
    server = SlidingWindowLimiter(clock=server_clock)
    client = RateLimiter(clock=server_clock)
    for _ in range(30):
        server_clock.now += client.reserve("GET", "/v1/user")
        assert server.hit(("ip", "GET", "/v1/user"), GET) == 0.0


# --- over loopback -----------------------------------------------------------------------


@pytest.fixture
def limited_bunq(rate_limited_server: EmulatorServer, client_key: signing.RSAPrivateKey) -> Bunq:
    key = signing.load_public_key(rate_limited_server.server_public_key_pem)
    return Bunq(rate_limited_server.base_url, key, client_key)


def test_rate_limits_are_on_by_default() -> None:
    assert EmulatorConfig().rate_limits is True


def test_fourth_get_in_three_seconds_is_a_signed_429_in_bunqs_words(limited_bunq: Bunq) -> None:
    ctx = limited_bunq.context(limited_bunq.sandbox_user())
    statuses = [limited_bunq.get(ctx, "/user").status_code for _ in range(3)]
    assert statuses == [200, 200, 200]
    refused = limited_bunq.get(ctx, "/user")  # raw.Bunq has verified its signature
    assert refused.status_code == 429
    assert error_of(refused) == GET_WORDING


def test_limits_are_per_endpoint_and_method_and_ignore_the_query(limited_bunq: Bunq) -> None:
    ctx = limited_bunq.context(limited_bunq.sandbox_user())
    for count in (1, 2, 3):
        assert limited_bunq.get(ctx, "/user", params={"count": count}).status_code == 200
    # another query string is the same endpoint
    assert limited_bunq.get(ctx, "/user", params={"count": 4}).status_code == 429
    # another path is another endpoint
    assert limited_bunq.get(ctx, f"/user/{ctx.user_id}").status_code == 200
    # another method on the same path is counted apart (and then answered 405)
    assert limited_bunq.call("DELETE", "/user", token=ctx.session_token).status_code != 429


def test_posts_get_five_per_three_seconds(limited_bunq: Bunq) -> None:
    statuses = [limited_bunq.call("POST", "/sandbox-user-person").status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]


def test_control_plane_and_oauth_pages_are_not_limited(
    rate_limited_server: EmulatorServer,
) -> None:
    with httpx.Client(base_url=rate_limited_server.base_url) as http:
        for _ in range(8):
            assert http.get("/_emulator/health").status_code == 200
            assert http.get("/.well-known/oauth-authorization-server").status_code == 200


def test_the_window_slides_in_real_time_and_a_polite_client_never_sees_a_429(
    limited_bunq: Bunq,
) -> None:
    ctx = limited_bunq.context(limited_bunq.sandbox_user())
    limiter = RateLimiter()  # our client's limiter: 3.0 s + 50 ms windows
    started = time.monotonic()
    for _ in range(4):
        time.sleep(limiter.reserve("GET", "/v1/user"))
        assert limited_bunq.get(ctx, "/user").status_code == 200
    assert time.monotonic() - started >= 3.0  # the fourth call really waited for the window


def test_rate_limits_can_be_switched_off_and_on_at_run_time(
    limited_bunq: Bunq, rate_limited_server: EmulatorServer
) -> None:
    control = rate_limited_server.base_url + "/_emulator/config"
    ctx = limited_bunq.context(limited_bunq.sandbox_user())
    assert httpx.post(control, json={"rate_limits": False}).json()["rate_limits"] is False
    assert [limited_bunq.get(ctx, "/user").status_code for _ in range(6)] == [200] * 6
    assert httpx.post(control, json={"rate_limits": True}).json()["rate_limits"] is True
    assert [limited_bunq.get(ctx, "/user").status_code for _ in range(4)][-1] == 429


def test_config_switch_turns_them_off(
    server: EmulatorServer, own_bunq: Bunq
) -> None:  # the suite's fixtures run without limits
    assert server.config.rate_limits is False
    assert [own_bunq.call("GET", "/user").status_code for _ in range(6)] == [401] * 6


def test_session_server_is_per_api_key_by_default_and_per_ip_in_strict_scope(
    server_key: signing.RSAPrivateKey, client_key: signing.RSAPrivateKey
) -> None:
    for scope, second in (("api_key", 200), ("ip", 429)):
        config = EmulatorConfig(rate_limit_scope=scope)  # type: ignore[arg-type]
        with EmulatorServer(config, server_key=server_key) as emu:
            bunq = Bunq(
                emu.base_url, signing.load_public_key(emu.server_public_key_pem), client_key
            )
            assert bunq.session(*_device(bunq)).status_code == 200
            # another API key, same IP, within 30 s
            answer = bunq.session(*_device(bunq))
            assert answer.status_code == second, scope
            if second == 429:
                assert "1 calls per 30 second" in error_of(answer)
            bunq.http.close()


def _device(bunq: Bunq) -> tuple[str, str]:
    api_key = bunq.sandbox_user()
    installation_token = bunq.installation()
    bunq.device(installation_token, api_key)
    return installation_token, api_key
