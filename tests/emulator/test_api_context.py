"""installation -> device-server -> session-server, and what sessions allow afterwards."""

from __future__ import annotations

from bunq_connect.emulator import EmulatorConfig, EmulatorServer
from bunq_connect.wire import headers, signing
from tests.emulator.raw import Bunq, error_of, items


def test_full_context_for_an_api_key(bunq: Bunq) -> None:
    api_key = bunq.sandbox_user("person")
    installation_token = bunq.installation()
    device_id = bunq.device(installation_token, api_key)
    assert device_id > 0
    response = bunq.session(installation_token, api_key)
    assert response.status_code == 200
    parts = items(response)
    assert [next(iter(p)) for p in parts] == ["Id", "Token", "UserPerson"]
    token = parts[1]["Token"]
    assert set(token) == {"id", "created", "updated", "token"}
    assert len(token["token"]) == 64
    assert token["token"] != installation_token
    # the session token now opens the API
    user = items(bunq.call("GET", "/user", token=token["token"]))[0]["UserPerson"]
    assert user["id"] == parts[2]["UserPerson"]["id"]


def test_device_server_refuses_an_unknown_api_key(bunq: Bunq) -> None:
    installation_token = bunq.installation()
    body = {"description": "x", "secret": "sandbox_" + "0" * 48, "permitted_ips": ["*"]}
    response = bunq.call("POST", "/device-server", body, token=installation_token)
    assert response.status_code == 400
    assert error_of(response) == (
        "User credentials are incorrect. Incorrect API key or IP address."
    )


def test_device_server_needs_an_installation_token(bunq: Bunq) -> None:
    api_key = bunq.sandbox_user()
    body = {"description": "x", "secret": api_key, "permitted_ips": ["*"]}
    assert bunq.call("POST", "/device-server", body).status_code == 401
    assert bunq.call("POST", "/device-server", body, token="f" * 64).status_code == 401


def test_session_server_without_signature_is_466(bunq: Bunq) -> None:
    api_key = bunq.sandbox_user()
    installation_token = bunq.installation()
    bunq.device(installation_token, api_key)
    response = bunq.call("POST", "/session-server", {"secret": api_key}, token=installation_token)
    assert response.status_code == 466
    assert error_of(response) == "Request signature is required for this operation."


def test_session_server_with_a_wrong_signature_is_400(bunq: Bunq) -> None:
    api_key = bunq.sandbox_user()
    installation_token = bunq.installation()
    bunq.device(installation_token, api_key)
    wrong = signing.sign(b'{"secret": "something else"}', bunq.client_key)
    response = bunq.call(
        "POST", "/session-server", {"secret": api_key}, token=installation_token, signature=wrong
    )
    assert response.status_code == 400
    assert "signature" in error_of(response).lower()
    # garbage that is not even base64
    response = bunq.call(
        "POST", "/session-server", {"secret": api_key}, token=installation_token,
        signature="%%%",
    )  # fmt: skip
    assert response.status_code == 400


def test_a_wrong_signature_is_refused_on_any_call(bunq: Bunq) -> None:
    ctx = bunq.context(bunq.sandbox_user())
    response = bunq.get(ctx, "/user", signature=signing.sign(b"other", bunq.client_key))
    assert response.status_code == 400
    assert bunq.get(ctx, "/user", sign=True).status_code == 200


def test_session_server_needs_a_device_on_this_installation(bunq: Bunq) -> None:
    api_key = bunq.sandbox_user()
    bunq.device(bunq.installation(), api_key)
    other_installation = bunq.installation()
    response = bunq.session(other_installation, api_key)
    assert response.status_code == 400
    assert "device" in error_of(response).lower()


def test_device_bound_to_other_ips_refuses_this_one(bunq: Bunq) -> None:
    api_key = bunq.sandbox_user()
    installation_token = bunq.installation()
    bunq.device(installation_token, api_key, ips=["192.0.2.10"])
    response = bunq.session(installation_token, api_key)
    assert response.status_code == 400
    assert "IP address" in error_of(response)


def test_device_without_ips_binds_the_calling_ip(bunq: Bunq, shared_server: EmulatorServer) -> None:
    api_key = bunq.sandbox_user()
    installation_token = bunq.installation()
    body = {"description": "no ips", "secret": api_key}
    response = bunq.call("POST", "/device-server", body, token=installation_token)
    device_id = items(response)[0]["Id"]["id"]
    assert shared_server.state.devices[device_id].permitted_ips == ["127.0.0.1"]
    assert bunq.session(installation_token, api_key).status_code == 200


def test_one_session_per_30_seconds_per_api_key(own_bunq: Bunq, server: EmulatorServer) -> None:
    api_key = own_bunq.sandbox_user()
    installation_token = own_bunq.installation()
    own_bunq.device(installation_token, api_key)
    assert own_bunq.session(installation_token, api_key).status_code == 200
    second = own_bunq.session(installation_token, api_key)
    assert second.status_code == 429
    assert error_of(second) == (
        "Too many requests. You can do a maximum of 1 calls per 30 second to this endpoint."
    )
    # another API key is not affected
    other_key = own_bunq.sandbox_user()
    own_bunq.device(installation_token, other_key)
    assert own_bunq.session(installation_token, other_key).status_code == 200
    server.clock.advance(29)
    assert own_bunq.session(installation_token, api_key).status_code == 429
    server.clock.advance(1)
    assert own_bunq.session(installation_token, api_key).status_code == 200


def test_expired_session_is_401_and_activity_extends_it(
    own_bunq: Bunq, server: EmulatorServer
) -> None:
    ctx = own_bunq.context(own_bunq.sandbox_user())
    server.clock.advance(3000)
    assert own_bunq.get(ctx, "/user").status_code == 200  # activity: expiry moves to +3600
    server.clock.advance(3000)
    assert own_bunq.get(ctx, "/user").status_code == 200
    server.clock.advance(3600)
    response = own_bunq.get(ctx, "/user")
    assert response.status_code == 401
    assert error_of(response) == "Insufficient authorisation."


def test_session_timeout_follows_the_config(server_key: signing.RSAPrivateKey,
                                            client_key: signing.RSAPrivateKey) -> None:  # fmt: skip
    with EmulatorServer(EmulatorConfig(default_session_timeout=60), server_key=server_key) as s:
        bunq = Bunq(s.base_url, signing.load_public_key(s.server_public_key_pem), client_key)
        ctx = bunq.context(bunq.sandbox_user())
        assert ctx.user["session_timeout"] == 60
        s.clock.advance(60)
        assert bunq.get(ctx, "/user").status_code == 401
        bunq.http.close()


def test_request_ids_may_repeat_by_default(bunq: Bunq) -> None:
    ctx = bunq.context(bunq.sandbox_user())
    for _ in range(2):
        response = bunq.get(ctx, "/user", request_id="same-id")
        assert response.status_code == 200
        assert response.headers[headers.CLIENT_REQUEST_ID] == "same-id"


def test_strict_mode_refuses_a_repeated_request_id(
    strict_server: EmulatorServer, client_key: signing.RSAPrivateKey
) -> None:
    key = signing.load_public_key(strict_server.server_public_key_pem)
    bunq = Bunq(strict_server.base_url, key, client_key)
    ctx = bunq.context(bunq.sandbox_user())
    assert bunq.get(ctx, "/user", request_id="once").status_code == 200
    again = bunq.get(ctx, "/user", request_id="once")
    assert again.status_code == 400
    assert "request id" in error_of(again).lower()
    assert again.headers[headers.CLIENT_REQUEST_ID] == "once"
    # a different installation has its own history
    other = bunq.context(bunq.sandbox_user())
    assert bunq.get(other, "/user", request_id="once").status_code == 200
    bunq.http.close()


def test_get_user_by_id(bunq: Bunq) -> None:
    ctx = bunq.context(bunq.sandbox_user())
    (item,) = items(bunq.get(ctx, f"/user/{ctx.user_id}"))
    assert item["UserPerson"]["id"] == ctx.user_id
    other = bunq.context(bunq.sandbox_user())
    assert bunq.get(ctx, f"/user/{other.user_id}").status_code == 403


def test_user_listing_has_pagination(bunq: Bunq) -> None:
    ctx = bunq.context(bunq.sandbox_user())
    body = bunq.get(ctx, "/user").json()
    assert set(body["Pagination"]) == {"future_url", "newer_url", "older_url"}


def test_session_calls_need_a_session_token_not_an_installation_token(bunq: Bunq) -> None:
    ctx = bunq.context(bunq.sandbox_user())
    response = bunq.call("GET", "/user", token=ctx.installation_token)
    assert response.status_code == 401
