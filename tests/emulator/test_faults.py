"""Fault injection over loopback: every mode, counts, fractions, globs, the control routes."""

from __future__ import annotations

import time
from decimal import Decimal

import httpx
import pytest

from bunq_connect.emulator import EmulatorConfig, EmulatorServer, create_app
from bunq_connect.emulator.faults import FaultError, FaultRegistry, glob_to_regex, parse_fault
from bunq_connect.emulator.http.middleware import ConnectionDropped
from bunq_connect.wire import envelope, signing
from tests.emulator.raw import Bunq, Context, error_of, items

DROPPED = (httpx.RemoteProtocolError, httpx.ReadError)


def add_fault(server: EmulatorServer, **fault: object) -> dict[str, object]:
    response = httpx.post(server.base_url + "/_emulator/faults", json=fault)
    assert response.status_code == 201, response.text
    return dict(response.json())


def account_of(server: EmulatorServer, ctx: Context) -> int:
    return min(a.id for a in server.state.monetary_accounts.values() if a.user_id == ctx.user_id)


def pay(bunq: Bunq, ctx: Context, account_id: int, reference: str) -> httpx.Response:
    body = {
        "amount": {"value": "2.50", "currency": "EUR"},
        "counterparty_alias": {"type": "EMAIL", "value": "bravo@bunq.com", "name": "Bravo"},
        "description": "fault test",
        "merchant_reference": reference,
    }
    path = f"/user/{ctx.user_id}/monetary-account/{account_id}/payment"
    return bunq.post(ctx, path, body, sign=True)


# --- status answers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "wording"),
    [
        ("500", "Internal server error."),
        ("491", "The bunq API is in maintenance. Please try again later."),
        (
            "429",
            "Too many requests. You can do a maximum of 5 calls per 3 second to this endpoint.",
        ),
    ],
)
def test_status_faults_are_signed_bunq_errors_and_skip_the_handler(
    own_bunq: Bunq, server: EmulatorServer, mode: str, wording: str
) -> None:
    users_before = len(server.state.users)
    add_fault(server, method="POST", path="/v1/sandbox-user-person", mode=mode)
    answer = own_bunq.call("POST", "/sandbox-user-person")  # signature verified by raw.Bunq
    assert answer.status_code == int(mode)
    assert error_of(answer) == wording
    assert len(server.state.users) == users_before  # the handler did not run
    assert own_bunq.call("POST", "/sandbox-user-person").status_code == 200  # count was 1


def test_count_and_method_and_glob(own_bunq: Bunq, server: EmulatorServer) -> None:
    ctx = own_bunq.context(own_bunq.sandbox_user())
    add_fault(server, method="GET", path="/v1/user/*/monetary-account", mode="500", count=2)
    listing = f"/user/{ctx.user_id}/monetary-account"
    assert own_bunq.get(ctx, f"/user/{ctx.user_id}").status_code == 200  # '*' is one segment
    assert own_bunq.get(ctx, listing, params={"count": 5}).status_code == 500  # query ignored
    assert own_bunq.get(ctx, listing).status_code == 500
    assert own_bunq.get(ctx, listing).status_code == 200
    listed = httpx.get(server.base_url + "/_emulator/faults").json()["faults"]
    assert [(f["injected"], f["remaining"]) for f in listed] == [(2, 0)]


def test_a_fraction_faults_some_requests_reproducibly(
    server_key: signing.RSAPrivateKey, client_key: signing.RSAPrivateKey
) -> None:
    outcomes = []
    for _ in range(2):
        config = EmulatorConfig(rate_limits=False, seed=3)
        with EmulatorServer(config, server_key=server_key) as emu:
            bunq = Bunq(
                emu.base_url, signing.load_public_key(emu.server_public_key_pem), client_key
            )
            add_fault(emu, method="GET", path="/v1/user", mode="491", fraction=0.5)
            outcomes.append([bunq.call("GET", "/user").status_code for _ in range(30)])
            bunq.http.close()
    assert outcomes[0] == outcomes[1]  # same seed, same draws
    assert set(outcomes[0]) == {401, 491}


# --- hang, drop, drop_after --------------------------------------------------------------


def test_hang_answers_normally_after_the_delay(own_bunq: Bunq, server: EmulatorServer) -> None:
    add_fault(server, method="GET", path="/v1/user", mode="hang", delay=0.3)
    started = time.monotonic()
    assert own_bunq.call("GET", "/user").status_code == 401
    assert time.monotonic() - started >= 0.3


def test_hang_times_out_a_client_with_a_shorter_timeout(
    own_bunq: Bunq, server: EmulatorServer
) -> None:
    add_fault(server, method="POST", path="/v1/sandbox-user-person", mode="hang", delay=0.5)
    users_before = len(server.state.users)
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(server.base_url + "/v1/sandbox-user-person", timeout=0.1)
    # the handler still runs once the delay is over: the client cannot know
    deadline = time.monotonic() + 3
    while len(server.state.users) == users_before and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(server.state.users) == users_before + 1


def test_drop_closes_the_connection_without_running_the_handler(
    server: EmulatorServer,
) -> None:
    add_fault(server, method="POST", path="/v1/sandbox-user-person", mode="drop")
    users_before = len(server.state.users)
    with httpx.Client(base_url=server.base_url) as http:
        with pytest.raises(DROPPED):
            http.post("/v1/sandbox-user-person")
        assert len(server.state.users) == users_before
        # the server is fine: the next request (on a new connection) is answered
        assert http.post("/v1/sandbox-user-person").status_code == 200


def test_drop_after_commits_the_payment_and_sends_no_answer(
    own_bunq: Bunq, server: EmulatorServer
) -> None:
    ctx = own_bunq.context(own_bunq.sandbox_user())
    account_id = account_of(server, ctx)
    balance_before = server.state.monetary_accounts[account_id].balance
    add_fault(
        server,
        method="POST",
        path="/v1/user/*/monetary-account/*/payment",
        mode="drop_after",
        count=1,
    )
    with pytest.raises(DROPPED):
        pay(own_bunq, ctx, account_id, "order-1")
    # The money moved although the client heard nothing.
    assert server.state.monetary_accounts[account_id].balance == balance_before - Decimal("2.50")
    listing = own_bunq.get(ctx, f"/user/{ctx.user_id}/monetary-account/{account_id}/payment")
    references = [
        item["Payment"].get("merchant_reference")
        for item in items(listing)
        if item["Payment"]["amount"]["value"] == "-2.50"
    ]
    assert references == ["order-1"]  # what a careful client looks for before paying again


def test_drop_raises_without_a_socket() -> None:
    app = create_app(EmulatorConfig(rate_limits=False))
    app.state.emulator.faults.add(parse_fault({"path": "/v1/user", "mode": "drop"}))
    transport = httpx.ASGITransport(app=app)

    async def call() -> None:
        async with httpx.AsyncClient(transport=transport, base_url="http://emu") as client:
            await client.get("/v1/user")

    import asyncio

    with pytest.raises(ConnectionDropped):
        asyncio.run(call())


# --- control routes and validation -------------------------------------------------------


def test_faults_never_touch_the_control_plane(server: EmulatorServer) -> None:
    add_fault(server, path="/**", mode="500", count=100)
    assert httpx.get(server.base_url + "/_emulator/faults").status_code == 200
    assert httpx.get(server.base_url + "/v1/user").status_code == 500
    assert httpx.delete(server.base_url + "/_emulator/faults").json() == {"faults": []}
    assert httpx.get(server.base_url + "/v1/user").status_code == 401


def test_faults_apply_to_the_oauth_endpoints_too(server: EmulatorServer) -> None:
    add_fault(server, method="POST", path="/oauth/token", mode="500")
    answer = httpx.post(server.base_url + "/oauth/token")
    assert answer.status_code == 500
    assert envelope.parse(answer.content).errors[0].description == "Internal server error."


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"path": "/v1/user", "mode": "teapot"}, "'mode'"),
        ({"path": "v1/user", "mode": "500"}, "'path'"),
        ({"path": "/v1/user", "mode": "500", "count": 0}, "'count'"),
        ({"path": "/v1/user", "mode": "500", "fraction": 1.5}, "'fraction'"),
        ({"path": "/v1/user", "mode": "hang"}, "'delay'"),
        ({"path": "/v1/user", "mode": "500", "delay": -1}, "'delay'"),
        ({"path": "/v1/user", "mode": "500", "method": "P O"}, "'method'"),
        ({"path": "/v1/user", "mode": "500", "colour": "red"}, "colour"),
    ],
)
def test_bad_fault_descriptions_are_400s(
    server: EmulatorServer, body: dict[str, object], message: str
) -> None:
    response = httpx.post(server.base_url + "/_emulator/faults", json=body)
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert httpx.get(server.base_url + "/_emulator/faults").json()["faults"] == []
    with pytest.raises(FaultError):
        parse_fault(body)


def test_glob_semantics() -> None:
    one = glob_to_regex("/v1/user/*/payment")
    assert one.fullmatch("/v1/user/12/payment")
    assert not one.fullmatch("/v1/user/12/monetary-account/3/payment")
    assert glob_to_regex("/v1/**/payment").fullmatch("/v1/user/12/monetary-account/3/payment")
    assert glob_to_regex("/v1/user/?").fullmatch("/v1/user/7")
    assert not glob_to_regex("/v1/user.json").fullmatch("/v1/userXjson")  # '.' is literal


def test_registry_first_match_wins_and_clear_resets() -> None:
    registry = FaultRegistry()
    registry.add(parse_fault({"path": "/v1/**", "mode": "500"}))
    registry.add(parse_fault({"path": "/v1/user", "mode": "491"}))
    first = registry.take("GET", "/v1/user")
    assert first is not None
    assert first.mode == "500"
    second = registry.take("GET", "/v1/user")
    assert second is not None
    assert second.mode == "491"
    assert registry.take("GET", "/v1/user") is None
    registry.clear()
    assert registry.list() == []
