"""``bunq-connect emulator``: --port 0 prints the real URL; --state, --no-rate-limits, --strict."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from bunq_connect.emulator.persistence import StateStore


@contextmanager
def running(*flags: str) -> Iterator[str]:
    entry = "from bunq_connect.cli import main; main()"
    command = [sys.executable, "-c", entry, "emulator", "--port", "0", *flags]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()  # printed once the socket is bound
        assert first.startswith("bunq emulator on http://127.0.0.1:"), first
        base_url = first.split()[-1]
        assert not base_url.endswith(":0")
        yield base_url
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        finally:
            if process.poll() is None:
                process.kill()
            if process.stdout is not None:
                process.stdout.close()
            if process.stderr is not None:
                process.stderr.close()


def test_flags_reach_the_running_emulator(tmp_path: Path) -> None:
    state = tmp_path / "emu.sqlite"
    with running("--state", str(state), "--no-rate-limits", "--strict") as base_url:
        config = httpx.get(base_url + "/_emulator/config").json()
        assert config["rate_limits"] is False
        assert config["session_server_interval"] == 0
        assert config["strict_request_ids"] is True
        assert config["rate_limit_scope"] == "ip"
        answer = httpx.post(base_url + "/v1/sandbox-user-person")
        api_key = answer.json()["Response"][0]["ApiKey"]["api_key"]
    snapshot = StateStore(state).load()
    assert snapshot is not None
    assert api_key in {c.secret for c in snapshot.state["credentials"].values()}
