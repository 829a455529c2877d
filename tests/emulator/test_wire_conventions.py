"""Signatures, id headers and envelopes on every /v1 answer; the unsigned side doors."""

from __future__ import annotations

import httpx
import pytest

from bunq_connect.emulator import EmulatorServer
from bunq_connect.wire import envelope, headers, signing
from tests.emulator.raw import Bunq, assert_signed, error_of, items


def test_success_is_signed_and_echoes_the_request_id(bunq: Bunq) -> None:
    response = bunq.call("POST", "/sandbox-user-person", request_id="my-request-17")
    assert response.status_code == 200
    assert response.headers[headers.CLIENT_REQUEST_ID] == "my-request-17"
    assert response.headers[headers.CLIENT_RESPONSE_ID]


def test_each_response_gets_a_fresh_response_id(bunq: Bunq) -> None:
    first = bunq.call("GET", "/user")
    second = bunq.call("GET", "/user")
    ids = {r.headers[headers.CLIENT_RESPONSE_ID] for r in (first, second)}
    assert len(ids) == 2


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/no-such-endpoint", 404),
        ("GET", "/user/not-a-number", 404),
        ("DELETE", "/installation", 405),
        ("GET", "/user", 401),  # no session token
    ],
)
def test_errors_are_signed_bunq_envelopes(bunq: Bunq, method: str, path: str, status: int) -> None:
    response = bunq.call(method, path, request_id="err-1")  # call() verifies the signature
    assert response.status_code == status
    assert error_of(response)
    assert response.headers[headers.CLIENT_REQUEST_ID] == "err-1"


def test_a_tampered_body_fails_verification(bunq: Bunq) -> None:
    response = bunq.call("POST", "/sandbox-user-person")
    signature = response.headers[headers.SERVER_SIGNATURE]
    assert not signing.verify(response.content + b" ", signature, bunq.server_public_key)


def test_installation_returns_this_servers_key(bunq: Bunq, shared_server: EmulatorServer) -> None:
    pem = signing.public_key_to_pem(bunq.client_key.public_key())
    response = bunq.call("POST", "/installation", {"client_public_key": pem})
    parts = items(response)
    assert [next(iter(p)) for p in parts] == ["Id", "Token", "ServerPublicKey"]
    assert parts[2]["ServerPublicKey"]["server_public_key"] == shared_server.server_public_key_pem
    token = parts[1]["Token"]
    assert set(token) == {"id", "created", "updated", "token"}
    assert len(token["token"]) == 64
    int(token["token"], 16)


def test_installation_refuses_a_bad_key(bunq: Bunq) -> None:
    response = bunq.call("POST", "/installation", {"client_public_key": "not a pem"})
    assert response.status_code == 400
    assert "client_public_key" in error_of(response)


def test_invalid_json_is_a_bunq_400(bunq: Bunq) -> None:
    raw = b"{not json"
    response = bunq.http.post(bunq.api_url + "/installation", content=raw)
    assert_signed(response, bunq.server_public_key)
    assert response.status_code == 400


def test_metadata_names_every_endpoint(shared_server: EmulatorServer) -> None:
    base = shared_server.base_url
    meta = httpx.get(base + "/.well-known/oauth-authorization-server").json()
    assert meta["issuer"] == base
    assert meta["authorization_endpoint"] == base + "/oauth/authorize"
    assert meta["token_endpoint"] == base + "/oauth/token"
    assert meta["bunq_api_base"] == base + "/v1"
    assert meta["response_types_supported"] == ["code"]
    assert meta["grant_types_supported"] == ["authorization_code"]


def test_control_plane_lists_users_without_secrets(bunq: Bunq) -> None:
    api_key = bunq.sandbox_user("person")
    response = httpx.get(bunq.base_url + "/_emulator/users")
    assert response.status_code == 200
    assert api_key not in response.text
    assert "sandbox_" not in response.text
    user = response.json()["users"][-1]
    assert {a["type"] for a in user["aliases"]} == {"EMAIL", "PHONE_NUMBER"}
    assert user["monetary_accounts"][0]["balance"] == {"value": "1000.00", "currency": "EUR"}


def test_control_plane_rejects_bad_clock_input(shared_server: EmulatorServer) -> None:
    url = shared_server.base_url + "/_emulator/clock/advance"
    assert httpx.post(url, json={"seconds": -5}).status_code == 400
    assert httpx.post(url, json={"seconds": "soon"}).status_code == 400


def test_reset_forgets_users(own_bunq: Bunq, server: EmulatorServer) -> None:
    own_bunq.sandbox_user()
    assert server.state.users
    assert httpx.post(server.base_url + "/_emulator/reset").status_code == 200
    # Only bunq's sandbox counterparties remain: they are part of every fresh state.
    well_known = ["sugardaddy@bunq.com", "bravo@bunq.com"]
    assert [u.email() for u in server.state.users.values()] == well_known
    listed = httpx.get(server.base_url + "/_emulator/users").json()["users"]
    assert [u["aliases"][0]["value"] for u in listed] == well_known


def test_encode_is_compact_json(bunq: Bunq) -> None:
    response = bunq.call("POST", "/sandbox-user-company")
    parsed = envelope.parse(response.content)
    assert parsed.first("ApiKey")["api_key"].startswith("sandbox_")
    assert b": " not in response.content


def test_a_crash_is_a_signed_bunq_500(
    own_bunq: Bunq, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from bunq_connect.emulator.services import users

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(users, "create_sandbox_user", explode)
    response = own_bunq.call("POST", "/sandbox-user-person", request_id="crash-1")
    assert response.status_code == 500
    assert error_of(response) == "Internal server error."
    assert response.headers[headers.CLIENT_REQUEST_ID] == "crash-1"
