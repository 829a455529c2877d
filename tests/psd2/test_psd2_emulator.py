"""PSD2 registration against the emulator over loopback HTTP.

The emulator implements ``payment-service-provider-credential`` (its own checks are tested in
``tests/emulator/test_psd2_credential.py``); an emulator without it answers "... is not
emulated ..." and these tests skip with that reason. ``test_registration_flow.py`` covers the
client side against a stand-in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from bunq_connect import psd2
from bunq_connect.client import BunqClient
from bunq_connect.client._ratelimit import RateLimiter
from bunq_connect.context import ApiContext
from bunq_connect.emulator import EmulatorServer
from bunq_connect.environments import Environment
from bunq_connect.errors import APIStatusError
from bunq_connect.psd2 import ProviderCertificate, create_psd2_context, make_test_certificate
from tests.conftest import advance_clock


@pytest.fixture(scope="module")
def cert() -> ProviderCertificate:
    return make_test_certificate("bunq-connect emulator test", roles=("PISP", "AISP"))


def _register(env: Environment, cert: ProviderCertificate) -> ApiContext:
    try:
        return create_psd2_context(env, *cert, description="psd2 test")
    except APIStatusError as error:
        if "is not emulated" in " ".join(error.errors):
            pytest.skip("the emulator does not emulate payment-service-provider-credential yet")
        raise


def test_a_provider_registers_with_its_certificate_and_acts_as_itself(
    env: Environment, cert: ProviderCertificate
) -> None:
    context = _register(env, cert)
    assert context.session is not None
    assert context.session.user is not None
    assert context.session.user.type_name == "UserPaymentServiceProvider"
    with BunqClient(context, rate_limiter=RateLimiter(enabled=False)) as client:
        type_name, payload = client.users.me()
        assert type_name == "UserPaymentServiceProvider"
        assert payload["id"] == context.session.user_id
        # A provider registers its OAuth client like any app.
        oauth_client_id = client.oauth_clients.create()
        client.oauth_clients.add_callback_url(oauth_client_id, "https://tpp.example/oauth")
        assert client.oauth_clients.get(oauth_client_id).client_id


def test_a_new_session_opens_with_the_credential_token(
    fresh_emulator: EmulatorServer, fresh_env: Environment, cert: ProviderCertificate
) -> None:
    context = _register(fresh_env, cert)
    first = context.session
    assert first is not None
    # bunq: the first PSD2 session lasts one hour, later ones 90 days.
    assert first.expires_at - first.created_at == timedelta(hours=1)
    # bunq allows one session-server call per 30 s: the second comes later, as it would.
    advance_clock(fresh_emulator, 31)
    second = context.open_session()
    assert second.token.get_secret_value() != first.token.get_secret_value()
    assert second.user_id == first.user_id
    assert second.expires_at - second.created_at == timedelta(days=90)


@pytest.mark.parametrize(
    "wrong_bytes",
    [
        lambda pem, token: (pem.rstrip("\n") + token).encode(),
        lambda pem, token: pem.encode(),
    ],
    ids=["no-newline", "no-token"],
)
def test_the_emulator_refuses_a_signature_over_other_bytes(
    env: Environment,
    cert: ProviderCertificate,
    monkeypatch: pytest.MonkeyPatch,
    wrong_bytes: Callable[[str, str], Any],
) -> None:
    _register(env, cert)  # skips while the endpoint is missing
    monkeypatch.setattr(psd2, "signed_installation_bytes", wrong_bytes)
    with pytest.raises(APIStatusError):
        create_psd2_context(env, *cert)
