"""schemathesis against the emulator's implemented operations, over loopback HTTP.

The document is bunq's spec with the real envelopes (``tests/spec/adapter.py``), cut down to
the operations a real route serves (the rest answer the not-emulated error, checked in
``test_all_paths.py``). Each operation gets a few generated requests, sent with a valid
session token, the session's user id in ``{userID}`` (and in ``/user/{itemId}``), one of the
user's accounts in ``{monetary-accountID}`` and a body signed with the installation's key
(so money-moving calls get past the 466). Checks: no 5xx, and every answer conforms to the
adapted schema (schemathesis' ``response_schema_conformance``: the 200 envelope, or the error
envelope for any other status).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from bunq_connect.emulator import EmulatorConfig, EmulatorServer
from bunq_connect.emulator.http import spec_routes
from bunq_connect.emulator.http.app import create_app
from bunq_connect.wire import headers, signing
from tests.emulator.conftest import make_bunq
from tests.emulator.raw import Bunq, Context, assert_signed, items
from tests.spec.adapter import SpecAdapter

MAX_EXAMPLES = 6
IMPLEMENTED = sorted(
    (c.method, c.path) for c in spec_routes.coverage(create_app().routes) if c.implemented
)


class Target:
    def __init__(self, server: EmulatorServer, bunq: Bunq, ctx: Context, account_id: int) -> None:
        self.server = server
        self.bunq = bunq
        self.ctx = ctx
        self.account_id = account_id
        self.adapter = SpecAdapter.load()
        doc = self.adapter.openapi_document()
        keep = set(IMPLEMENTED)
        for path in list(doc["paths"]):
            item = doc["paths"][path]
            for method in [m for m in item if (m.upper(), path) not in keep]:
                del item[method]
            for op in item.values():
                # Headers are ours to send (below): generated ones would be noise or refused.
                op["parameters"] = [p for p in op.get("parameters", []) if "$ref" not in p]
            if not item:
                del doc["paths"][path]
        doc["servers"] = [{"url": server.api_url}]
        self.schema = schemathesis.openapi.from_dict(doc)

    def path_parameters(self, path: str) -> dict[str, Any]:
        pinned: dict[str, Any] = {}
        if "{userID}" in path:
            pinned["userID"] = self.ctx.user_id
        if "{monetary-accountID}" in path:
            pinned["monetary-accountID"] = self.account_id
        if path == "/user/{itemId}":
            pinned["itemId"] = self.ctx.user_id
        return pinned

    def send(self, case: Any) -> httpx.Response:
        kwargs = case.as_transport_kwargs(base_url=self.server.api_url)
        raw = b"" if case.body is None or _not_set(case.body) else json.dumps(case.body).encode()
        sent = {
            headers.CACHE_CONTROL: "no-cache",
            headers.USER_AGENT: "bunq-connect-schemathesis",
            headers.CLIENT_AUTHENTICATION: self.ctx.session_token,
            headers.CLIENT_SIGNATURE: signing.sign(raw, self.bunq.client_key),
        }
        if raw:
            sent["Content-Type"] = "application/json"
        response = self.bunq.http.request(
            kwargs["method"], kwargs["url"], params=kwargs.get("params"), content=raw, headers=sent
        )
        assert_signed(response, self.bunq.server_public_key)
        return response


def _not_set(value: Any) -> bool:
    return type(value).__name__ == "NotSet"


@pytest.fixture(scope="module")
def target(
    server_key: signing.RSAPrivateKey, client_key: signing.RSAPrivateKey
) -> Iterator[Target]:
    # Rate limits off: a few hundred calls in seconds would otherwise be mostly 429s.
    with EmulatorServer(EmulatorConfig(rate_limits=False), server_key=server_key) as server:
        for bunq in make_bunq(server, client_key):
            ctx = bunq.context(bunq.sandbox_user())
            accounts = items(bunq.get(ctx, f"/user/{ctx.user_id}/monetary-account"))
            ((_, account),) = accounts[0].items()
            yield Target(server, bunq, ctx, int(account["id"]))


@pytest.mark.parametrize(("method", "path"), IMPLEMENTED, ids=[f"{m} {p}" for m, p in IMPLEMENTED])
def test_implemented_operation_conforms(target: Target, method: str, path: str) -> None:
    operation = target.schema[path][method]
    strategy = operation.as_strategy(path_parameters=target.path_parameters(path) or None)
    seen: list[int] = []

    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,  # the same requests every run: a failure here is reproducible
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy)
    def run(case: Any) -> None:
        response = target.send(case)
        seen.append(response.status_code)
        try:
            case.validate_response(
                response, checks=[not_a_server_error, response_schema_conformance]
            )
        except (Exception, BaseExceptionGroup) as exc:  # FailureGroup is a BaseExceptionGroup
            # schemathesis' own report dumps the whole schema: lead with the first error.
            errors = target.adapter.validate(
                method, response.url.path, response.status_code, response.content
            )
            summary = errors[0] if errors else str(exc).splitlines()[0]
            raise AssertionError(
                f"{method} {response.url.path} -> {response.status_code}: {summary}\n"
                f"sent: {case.body!r:.300}\nanswer: {response.text[:300]}"
            ) from None

    run()
    assert seen, "no request was generated"
