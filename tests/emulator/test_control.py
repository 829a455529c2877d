"""The control plane: reset, seed (reproducible runs), run-time switches."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from bunq_connect.emulator import EmulatorConfig, EmulatorServer
from bunq_connect.wire import signing
from tests.emulator.raw import Bunq, error_of


def _world(bunq: Bunq, server: EmulatorServer) -> dict[str, Any]:
    """Everything a seeded run must repeat: keys, tokens, ids, names, IBANs, UUIDs."""
    api_key = bunq.sandbox_user()
    ctx = bunq.context(api_key)
    account = next(a for a in server.state.monetary_accounts.values() if a.user_id == ctx.user_id)
    return {
        "api_key": api_key,
        "installation_token": ctx.installation_token,
        "session_token": ctx.session_token,
        "session_id": ctx.session_id,
        "user": {k: ctx.user[k] for k in ("id", "display_name", "public_uuid", "alias")},
        "account": (account.id, account.iban, account.public_uuid),
    }


def test_seed_makes_runs_reproducible(
    server: EmulatorServer, own_bunq: Bunq, client_key: signing.RSAPrivateKey
) -> None:
    assert httpx.post(server.base_url + "/_emulator/seed", json={"seed": 42}).status_code == 200
    first = _world(own_bunq, server)
    httpx.post(server.base_url + "/_emulator/seed", json={"seed": 42}).raise_for_status()
    assert _world(own_bunq, server) == first
    # a new emulator seeded in its config repeats it too
    config = EmulatorConfig(seed=42, rate_limits=False)
    with EmulatorServer(config) as other:
        bunq = Bunq(
            other.base_url, signing.load_public_key(other.server_public_key_pem), client_key
        )
        assert _world(bunq, other) == first
        bunq.http.close()
    httpx.post(server.base_url + "/_emulator/seed", json={"seed": 43}).raise_for_status()
    different = _world(own_bunq, server)
    assert different["api_key"] != first["api_key"]
    assert different["user"]["id"] == first["user"]["id"]  # ids restart either way


def test_unseeded_secrets_differ_between_resets(server: EmulatorServer, own_bunq: Bunq) -> None:
    first = own_bunq.sandbox_user()
    httpx.post(server.base_url + "/_emulator/reset").raise_for_status()
    assert own_bunq.sandbox_user() != first


@pytest.mark.parametrize("body", [{}, {"seed": "42"}, {"seed": 1.5}, {"seed": True}])
def test_seed_needs_an_integer(server: EmulatorServer, body: dict[str, object]) -> None:
    response = httpx.post(server.base_url + "/_emulator/seed", json=body)
    assert response.status_code == 400
    assert "'seed'" in response.json()["error"]


def test_reset_clears_rate_limit_windows_and_faults(
    rate_limited_server: EmulatorServer,
) -> None:
    base = rate_limited_server.base_url
    with httpx.Client(base_url=base) as http:
        assert [http.get("/v1/user").status_code for _ in range(4)] == [401, 401, 401, 429]
        http.post("/_emulator/faults", json={"path": "/v1/x", "mode": "500"}).raise_for_status()
        assert http.post("/_emulator/reset").json() == {"status": "reset"}
        assert http.get("/v1/user").status_code == 401  # a fresh window
        assert http.get("/_emulator/faults").json() == {"faults": []}


def test_config_shows_and_switches_the_strict_modes(server: EmulatorServer, own_bunq: Bunq) -> None:
    url = server.base_url + "/_emulator/config"
    shown = httpx.get(url).json()
    assert shown["strict_request_ids"] is False
    assert shown["rate_limit_scope"] == "api_key"
    assert shown["callback_retry_interval"] == 60.0
    ctx = own_bunq.context(own_bunq.sandbox_user())
    assert own_bunq.get(ctx, "/user", request_id="same").status_code == 200
    assert own_bunq.get(ctx, "/user", request_id="same").status_code == 200
    switched = httpx.post(url, json={"strict": True}).json()
    assert (switched["strict_request_ids"], switched["rate_limit_scope"]) == (True, "ip")
    assert own_bunq.get(ctx, "/user", request_id="once").status_code == 200
    again = own_bunq.get(ctx, "/user", request_id="once")
    assert again.status_code == 400
    assert "request id" in error_of(again)
    back = httpx.post(url, json={"strict": False}).json()
    assert (back["strict_request_ids"], back["rate_limit_scope"]) == (False, "api_key")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"callback_allow_remote": True}, "Not switchable"),
        ({"seed": 1}, "Not switchable"),
        ({"rate_limits": "no"}, "wrong type"),
        ({"callback_max_retries": True}, "wrong type"),
        ({"rate_limit_scope": "planet"}, "rate_limit_scope"),
        ({"strict": 1}, "'strict'"),
    ],
)
def test_config_refuses_what_it_cannot_switch(
    server: EmulatorServer, body: dict[str, object], message: str
) -> None:
    before = httpx.get(server.base_url + "/_emulator/config").json()
    response = httpx.post(server.base_url + "/_emulator/config", json=body)
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert httpx.get(server.base_url + "/_emulator/config").json() == before


def test_strict_config_helper() -> None:
    strict = EmulatorConfig(rate_limits=False).with_strict_modes()
    assert (strict.strict_request_ids, strict.rate_limit_scope) == (True, "ip")
    assert strict.rate_limits is False  # only the strict switches change
    with pytest.raises(ValueError, match="rate_limit_scope"):
        EmulatorConfig(rate_limit_scope="planet")  # type: ignore[arg-type]
