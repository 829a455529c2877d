"""The bunq-connect command as a user runs it: a real process, real output, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).with_name("bunq-connect")


def run(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("BUNQ_")}
    full_env.update(env or {})
    return subprocess.run(
        [str(BIN), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        check=False,
    )


def test_demo_json_is_one_object_with_the_three_parts() -> None:
    result = run("demo", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    session = data["session"]
    uak_id = session["user_api_key"]["id"]
    granted_id = session["granted_by"]["id"]
    assert uak_id != granted_id
    assert session["requested_by"]["display_name"]
    assert session["granted_by"]["display_name"]
    assert session["requested_by"]["id"] not in (uak_id, granted_id)
    assert data["request_path"] == f"/v1/user/{uak_id}/monetary-account"
    accounts = data["monetary_accounts"]
    assert accounts
    for account in accounts:
        assert isinstance(account["id"], int)
        assert account["iban"].startswith("NL")
        assert float(account["balance"]["value"]) >= 0
    # nothing secret leaves the process
    assert "sandbox_" not in result.stdout
    assert "secret" not in result.stdout.lower()


def test_demo_human_output_names_the_parts() -> None:
    result = run("demo")
    assert result.returncode == 0, result.stderr
    for word in ("UserApiKey", "requested_by_user", "granted_by_user", "/monetary-account"):
        assert word in result.stdout


@pytest.mark.parametrize(
    ("env", "code", "message"),
    [
        ({"BUNQ_ENVIRONMENT": "moon"}, 2, "unknown BUNQ_ENVIRONMENT"),
        (
            {"BUNQ_ENVIRONMENT": "local", "BUNQ_EMULATOR_URL": "http://127.0.0.1:9"},
            2,
            "could not read OAuth metadata",
        ),
    ],
)
def test_errors_are_one_line_with_an_exit_code(
    env: dict[str, str], code: int, message: str
) -> None:
    result = run("demo", "--json", env=env, timeout=60)
    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_emulator_command_help() -> None:
    result = run("emulator", "--help")
    assert result.returncode == 0
    assert "--port" in result.stdout
