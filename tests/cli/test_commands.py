"""The developer's commands as a user runs them: real processes against a real emulator.

Each test runs ``bunq-connect`` in a subprocess with ``BUNQ_EMULATOR_URL`` pointing at an
emulator started by a fixture (rate limits off), and checks what it prints, what it saves and
its exit code. Every output is also searched for the secrets involved (API keys, tokens, the
OAuth client secret, the context key, private key material): none may appear.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet

from bunq_connect import BunqClient, oauth, playground
from bunq_connect.context import ApiContext, generate_context_key
from bunq_connect.emulator import EmulatorServer
from bunq_connect.environments import Environment, discover
from bunq_connect.sandbox import create_sandbox_user
from tests.conftest import advance_clock

BIN = Path(sys.executable).with_name("bunq-connect")
REDIRECT_URI = "http://127.0.0.1:8765/oauth/callback"


@dataclass
class Run:
    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str

    @property
    def json(self) -> Any:
        return json.loads(self.stdout)


def bunq(*args: str, env: dict[str, str], cwd: Path | None = None) -> Run:
    """Run ``bunq-connect`` with exactly the ``BUNQ_*`` variables given (none inherited)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("BUNQ_")}
    full_env.update(env)
    full_env["COLUMNS"] = "200"  # rich tables at a fixed width: no wrapped or cut values
    result = subprocess.run(
        [str(BIN), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=full_env,
        cwd=cwd,
        check=False,
    )
    return Run(args, result.returncode, result.stdout, result.stderr)


def ok(run: Run) -> Run:
    assert run.returncode == 0, f"{run.args}: exit {run.returncode}: {run.stderr}"
    assert "Traceback" not in run.stderr
    return run


def secrets_of(context: ApiContext) -> list[str]:
    """What a saved context holds that must never be printed."""
    data = context.to_dict()
    pem_lines = [line for line in data["private_key"].splitlines() if "-----" not in line]
    secrets = [
        data["api_key"],
        data["installation_token"],
        data["session"]["token"],
        "PRIVATE KEY",
        *pem_lines[:3],
    ]
    assert all(len(s) >= 10 for s in secrets)  # real values, so the search below means something
    return secrets


def assert_no_secrets(runs: Iterable[Run], secrets: Iterable[str]) -> None:
    runs, secrets = list(runs), list(secrets)
    assert runs
    assert secrets
    for run in runs:
        for secret in secrets:
            assert secret not in run.stdout, f"a secret in the output of {run.args}"
            assert secret not in run.stderr, f"a secret in the errors of {run.args}"


def assert_one_line_error(run: Run, code: int, message: str) -> None:
    assert run.returncode == code, (run.args, run.returncode, run.stderr)
    assert "Traceback" not in run.stderr
    assert run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert message in lines[0], lines[0]


@pytest.fixture
def emu_env(emulator: EmulatorServer) -> dict[str, str]:
    """The variables that point the command at the test emulator (``tests/conftest.py``)."""
    return {"BUNQ_ENVIRONMENT": "local", "BUNQ_EMULATOR_URL": emulator.base_url}


@pytest.fixture
def local(emulator: EmulatorServer) -> Environment:
    return discover(emulator.base_url)


@pytest.fixture
def saved(local: Environment, tmp_path: Path) -> tuple[Path, str, ApiContext]:
    """A person's context saved with a fresh key, made in-process (not by the command)."""
    key = generate_context_key()
    context = ApiContext.create(local, create_sandbox_user(local))
    path = context.save(tmp_path / "person.context", key=key)
    return path, key, context


def pay(context: ApiContext, account_id: int, descriptions: list[str]) -> None:
    with BunqClient(context) as client:
        for description in descriptions:
            client.payments.create(
                account_id,
                amount="3.00",
                counterparty_alias={
                    "type": "EMAIL",
                    "value": "sugardaddy@bunq.com",
                    "name": "Sugar Daddy",
                },
                description=description,
            )


# --- a whole developer session ---------------------------------------------------------------


def test_a_developer_session(emu_env: dict[str, str], tmp_path: Path) -> None:
    runs: list[Run] = []

    def cli(*args: str, **extra: str) -> Run:
        run = ok(bunq(*args, env={**emu_env, **extra}, cwd=tmp_path))
        runs.append(run)
        return run

    new_key = ok(bunq("context", "new-key", env={}))
    key = new_key.stdout.strip()
    Fernet(key)  # a usable key, alone on its line
    assert new_key.stdout == key + "\n"
    env = {"BUNQ_CONTEXT_KEY": key}

    created = cli("sandbox-user", "--save", "me.context", **env)
    path = tmp_path / "me.context"
    assert path.stat().st_mode & 0o777 == 0o600
    context = ApiContext.load(path, key=key)
    assert context.session is not None
    assert context.session.user is not None
    user = context.session.user
    email = user.alias_value("EMAIL")
    assert email
    assert user.display_name
    for shown in (str(user.id), user.display_name, email, "me.context"):
        assert shown in created.stdout

    shown = cli("context", "show", "me.context", **env)
    for word in ("installation id", str(context.installation_id), str(context.device_id)):
        assert word in shown.stdout
    assert context.session.expires_at.isoformat() in shown.stdout
    facts = cli("context", "show", "me.context", "--json", **env).json
    assert facts["environment"]["name"] == "local"
    assert facts["installation_id"] == context.installation_id
    assert facts["device_id"] == context.device_id
    assert facts["on_behalf"] is False
    assert facts["session"]["user_id"] == user.id
    assert facts["session"]["user"]["email"] == email
    assert facts["session"]["expired"] is False

    # BUNQ_CONTEXT stands in for --context
    accounts = cli("accounts", "--json", BUNQ_CONTEXT="me.context", **env).json
    assert len(accounts) == 1
    account = accounts[0]
    assert account["iban"].startswith("NL")
    assert account["balance"] == {"value": "1000.00", "currency": "EUR"}
    table = cli("accounts", "--context", "me.context", **env)
    assert account["iban"] in table.stdout
    assert "1000.00 EUR" in table.stdout

    assert (
        cli("payments", str(account["id"]), "--context", "me.context", "--json", **env).json == []
    )
    pay(context, account["id"], ["coffee 1", "coffee 2", "coffee 3"])

    newest = cli(
        "payments", str(account["id"]), "--count", "2", "--json", BUNQ_CONTEXT="me.context", **env
    ).json
    assert [p["description"] for p in newest] == ["coffee 3", "coffee 2"]
    assert newest[0]["amount"] == {"value": "-3.00", "currency": "EUR"}
    assert newest[0]["counterparty"]["display_name"] == "Sugar Daddy"
    every = cli(
        "payments", str(account["id"]), "--all", "--json", BUNQ_CONTEXT="me.context", **env
    ).json
    assert [p["description"] for p in every] == ["coffee 3", "coffee 2", "coffee 1"]
    assert len({p["id"] for p in every}) == 3
    listed = cli("payments", str(account["id"]), BUNQ_CONTEXT="me.context", **env)
    assert "coffee 1" in listed.stdout
    assert "-3.00 EUR" in listed.stdout

    events = cli("events", "--all", "--json", BUNQ_CONTEXT="me.context", **env).json
    paid = {e["object"]["id"] for e in events if e["object"] and e["object"]["type"] == "Payment"}
    assert paid == {p["id"] for p in every}
    assert "Payment" in cli("events", BUNQ_CONTEXT="me.context", **env).stdout

    assert_no_secrets(runs, [*secrets_of(context), key])


def test_context_create_from_an_api_key(
    emu_env: dict[str, str], local: Environment, tmp_path: Path
) -> None:
    api_key = create_sandbox_user(local).get_secret_value()
    key = generate_context_key()
    env = {**emu_env, "BUNQ_CONTEXT_KEY": key, "BUNQ_API_KEY": api_key}
    created = ok(bunq("context", "create", "--save", "key.context", env=env, cwd=tmp_path))
    context = ApiContext.load(tmp_path / "key.context", key=key)
    assert context.api_key.get_secret_value() == api_key
    assert context.session is not None
    assert str(context.session.user_id) in created.stdout
    assert str(context.installation_id) in created.stdout
    # the file holds the key encrypted only
    assert api_key not in (tmp_path / "key.context").read_text()
    assert_no_secrets([created], [*secrets_of(context), key])


# --- OAuth ------------------------------------------------------------------------------------


def test_oauth_url_then_exchange(
    emu_env: dict[str, str], local: Environment, tmp_path: Path
) -> None:
    app = playground.create_app(local, redirect_uri=REDIRECT_URI)
    customer = playground.create_customer(local)
    client_id = app.registration.client_id
    client_secret = app.registration.secret.get_secret_value()
    key = generate_context_key()

    # the consent URL: --client-id, or BUNQ_CLIENT_ID; every run a fresh state
    human = ok(
        bunq("oauth", "url", "--client-id", client_id, "--redirect-uri", REDIRECT_URI, env=emu_env)
    )
    printed = ok(
        bunq(
            "oauth",
            "url",
            "--redirect-uri",
            REDIRECT_URI,
            "--json",
            env={**emu_env, "BUNQ_CLIENT_ID": client_id},
        )
    ).json
    assert printed["url"].startswith(local.authorize_url + "?")
    assert f"state={printed['state']}" in printed["url"]
    assert printed["state"] not in human.stdout
    assert "state: " in human.stdout
    assert local.authorize_url in human.stdout

    # the customer approves on the emulator's consent page; the callback carries that state
    request = oauth.AuthorizationRequest(printed["url"], printed["state"], REDIRECT_URI, client_id)
    callback = playground.drive_local_consent(request, customer.email)
    code = oauth.parse_callback(callback, expected_state=printed["state"])

    secret_env = {
        **emu_env,
        "BUNQ_CLIENT_ID": client_id,
        "BUNQ_CLIENT_SECRET": client_secret,
        "BUNQ_CONTEXT_KEY": key,
    }
    exchange = ["oauth", "exchange", "--code", code, "--redirect-uri", REDIRECT_URI]
    exchanged = ok(bunq(*exchange, "--save", "customer.context", env=secret_env, cwd=tmp_path))
    on_behalf = ApiContext.load(tmp_path / "customer.context", key=key)
    session = on_behalf.session
    assert session is not None
    assert session.user_api_key is not None
    assert app.context.session is not None
    assert customer.context.session is not None
    app_user, customer_user = app.context.session.user_id, customer.context.session.user_id
    assert session.requested_by is not None
    assert session.granted_by is not None
    assert session.requested_by.id == app_user
    assert session.granted_by.id == customer_user
    assert session.user_api_key.id not in (app_user, customer_user)
    for part in ("UserApiKey", "requested_by_user", "granted_by_user"):
        assert part in exchanged.stdout
    for user_id in (session.user_api_key.id, app_user, customer_user):
        assert str(user_id) in exchanged.stdout

    facts = ok(
        bunq("context", "show", "customer.context", "--json", env=secret_env, cwd=tmp_path)
    ).json
    assert facts["on_behalf"] is True
    assert facts["session"]["user_api_key"]["id"] == session.user_api_key.id
    assert facts["session"]["requested_by"]["id"] == app_user
    assert facts["session"]["granted_by"]["id"] == customer_user
    assert facts["session"]["user_id"] == session.user_api_key.id

    # the saved on-behalf context reads the customer's accounts
    accounts = ok(
        bunq(
            "accounts",
            "--json",
            env={**secret_env, "BUNQ_CONTEXT": "customer.context"},
            cwd=tmp_path,
        )
    ).json
    with BunqClient(customer.context) as own:
        assert [a["iban"] for a in accounts] == [a.iban for a in own.monetary_accounts.list()]

    # a code is single use: the second exchange is an OAuth error, and nothing is written
    again = bunq(*exchange, "--save", "again.context", env=secret_env, cwd=tmp_path)
    assert_one_line_error(again, 5, "invalid_grant")
    assert not (tmp_path / "again.context").exists()

    assert_no_secrets(
        [human, exchanged, again],
        [*secrets_of(on_behalf), *secrets_of(app.context), client_secret, key],
    )


# --- bad input --------------------------------------------------------------------------------


def test_missing_context_key_refuses_before_making_a_user(
    emu_env: dict[str, str], emulator: EmulatorServer, tmp_path: Path
) -> None:
    import httpx

    before = httpx.get(f"{emulator.base_url}/_emulator/users").json()
    run = bunq("sandbox-user", "--save", "me.context", env=emu_env, cwd=tmp_path)
    assert_one_line_error(run, 2, "BUNQ_CONTEXT_KEY is not set")
    assert "context new-key" in run.stderr
    assert not (tmp_path / "me.context").exists()
    assert httpx.get(f"{emulator.base_url}/_emulator/users").json() == before


def test_bad_input_is_one_line_with_an_exit_code(
    emu_env: dict[str, str], saved: tuple[Path, str, ApiContext], tmp_path: Path
) -> None:
    path, key, context = saved
    account_id = 987654
    cases: list[tuple[list[str], dict[str, str], int, str]] = [
        (["context", "show", str(path)], {}, 2, "BUNQ_CONTEXT_KEY is not set"),
        (
            ["accounts", "--context", str(path)],
            {"BUNQ_CONTEXT_KEY": "not-a-key"},
            2,
            "not a valid context key",
        ),
        (
            ["context", "show", str(path)],
            {"BUNQ_CONTEXT_KEY": generate_context_key()},
            1,
            "could not be decrypted: wrong context key",
        ),
        (
            ["accounts", "--context", str(tmp_path / "nothere")],
            {"BUNQ_CONTEXT_KEY": key},
            1,
            "no saved context at",
        ),
        (["accounts"], {"BUNQ_CONTEXT_KEY": key}, 2, "pass --context PATH or set BUNQ_CONTEXT"),
        (
            ["payments", str(account_id), "--context", str(path)],
            {"BUNQ_CONTEXT_KEY": key},
            3,
            f"HTTP 404 on GET /user/{context.session.user_id if context.session else 0}"
            f"/monetary-account/{account_id}/payment: Monetary account not found",
        ),
        (
            ["payments", "1", "--count", "0", "--context", str(path)],
            {"BUNQ_CONTEXT_KEY": key},
            2,
            "--count",
        ),
        (
            ["context", "create", "--save", str(tmp_path / "x")],
            {"BUNQ_CONTEXT_KEY": key},
            2,
            "BUNQ_API_KEY is not set",
        ),
        (
            ["sandbox-user", "--save", str(path)],
            {"BUNQ_CONTEXT_KEY": key},
            2,
            "exists: pass --force to replace it",
        ),
        (
            ["sandbox-user", "--save", str(tmp_path / "no" / "dir" / "x")],
            {"BUNQ_CONTEXT_KEY": key},
            2,
            "does not exist",
        ),
        (
            [
                "oauth",
                "exchange",
                "--code",
                "c",
                "--redirect-uri",
                REDIRECT_URI,
                "--save",
                str(tmp_path / "o"),
            ],
            {"BUNQ_CONTEXT_KEY": key, "BUNQ_CLIENT_ID": "id"},
            2,
            "BUNQ_CLIENT_SECRET is not set",
        ),
        (
            ["sandbox-user", "--save", str(tmp_path / "p")],
            {"BUNQ_CONTEXT_KEY": key, "BUNQ_ENVIRONMENT": "moon"},
            2,
            "unknown BUNQ_ENVIRONMENT",
        ),
        (
            ["oauth", "url", "--client-id", "id", "--redirect-uri", "not-a-url"],
            {},
            2,
            "redirect_uri must be an absolute http(s) URL",
        ),
    ]
    runs = []
    for args, extra, code, message in cases:
        run = bunq(*args, env={**emu_env, **extra}, cwd=tmp_path)
        if code == 2 and message == "--count":  # click's own usage error: a usage block
            assert run.returncode == 2
            assert "Traceback" not in run.stderr
            assert message in run.stderr
        else:
            assert_one_line_error(run, code, message)
        runs.append(run)
    assert path.read_bytes()  # the existing file was not replaced
    assert ApiContext.load(path, key=key).installation_id == context.installation_id
    assert_no_secrets(runs, [*secrets_of(context), key])


# --- sessions renewed during a command are saved back -----------------------------------------


def test_a_renewed_session_is_saved_back(fresh_emulator: EmulatorServer, tmp_path: Path) -> None:
    key = generate_context_key()
    env = {
        "BUNQ_ENVIRONMENT": "local",
        "BUNQ_EMULATOR_URL": fresh_emulator.base_url,
        "BUNQ_CONTEXT_KEY": key,
        "BUNQ_CONTEXT": "me.context",
    }
    ok(bunq("sandbox-user", "--save", "me.context", env=env, cwd=tmp_path))
    before = ApiContext.load(tmp_path / "me.context", key=key).session
    assert before is not None

    advance_clock(fresh_emulator, 2 * 3600)  # bunq's side: the session has expired
    first = ok(bunq("accounts", "--json", env=env, cwd=tmp_path))
    assert len(first.json) == 1
    assert "session renewed" in first.stderr
    after = ApiContext.load(tmp_path / "me.context", key=key).session
    assert after is not None
    assert after.session_id != before.session_id
    assert after.token.get_secret_value() != before.token.get_secret_value()

    # the saved session is the live one: the next command needs no renewal
    second = ok(bunq("accounts", "--json", env=env, cwd=tmp_path))
    assert second.json == first.json
    assert second.stderr == ""
    assert_no_secrets(
        [first, second], [before.token.get_secret_value(), after.token.get_secret_value()]
    )


# --- help -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "variables"),
    [
        (["demo"], ["BUNQ_ENVIRONMENT", "BUNQ_EMULATOR_URL"]),
        (["sandbox-user"], ["BUNQ_ENVIRONMENT", "BUNQ_EMULATOR_URL", "BUNQ_CONTEXT_KEY"]),
        (["context"], ["BUNQ_CONTEXT_KEY", "BUNQ_API_KEY"]),
        (["context", "new-key"], ["BUNQ_*"]),
        (
            ["context", "create"],
            ["BUNQ_API_KEY", "BUNQ_ENVIRONMENT", "BUNQ_EMULATOR_URL", "BUNQ_CONTEXT_KEY"],
        ),
        (["context", "show"], ["BUNQ_CONTEXT_KEY"]),
        (["accounts"], ["BUNQ_CONTEXT", "BUNQ_CONTEXT_KEY"]),
        (["payments"], ["BUNQ_CONTEXT", "BUNQ_CONTEXT_KEY"]),
        (["events"], ["BUNQ_CONTEXT", "BUNQ_CONTEXT_KEY"]),
        (["oauth"], ["BUNQ_CLIENT_ID", "BUNQ_CLIENT_SECRET"]),
        (["oauth", "url"], ["BUNQ_ENVIRONMENT", "BUNQ_EMULATOR_URL", "BUNQ_CLIENT_ID"]),
        (
            ["oauth", "exchange"],
            ["BUNQ_CLIENT_ID", "BUNQ_CLIENT_SECRET", "BUNQ_CONTEXT_KEY", "BUNQ_ENVIRONMENT"],
        ),
    ],
)
def test_help_names_the_variables_read_and_shows_no_value(
    command: list[str], variables: list[str]
) -> None:
    values = {
        "BUNQ_API_KEY": "sandbox_secretapikey0123456789",
        "BUNQ_CLIENT_SECRET": "clientsecret0123456789",
        "BUNQ_CONTEXT_KEY": generate_context_key(),
        "BUNQ_CLIENT_ID": "clientid0123456789",
        "BUNQ_CONTEXT": "/some/where/ctx0123456789",
    }
    run = ok(bunq(*command, "--help", env=values))
    for variable in variables:
        assert variable in run.stdout
    for value in values.values():
        assert value not in run.stdout
