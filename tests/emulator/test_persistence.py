"""State in a SQLite file: a restarted emulator has the users, sessions and the server key."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import httpx
import pytest

from bunq_connect.emulator import Emulator, EmulatorConfig, EmulatorServer
from bunq_connect.emulator.persistence import PersistenceError, StateStore
from bunq_connect.wire import signing
from tests.emulator.raw import Bunq, items


def _config(path: Path, **changes: object) -> EmulatorConfig:
    return EmulatorConfig(state_path=path, rate_limits=False, **changes)  # type: ignore[arg-type]


def _bunq(server: EmulatorServer, client_key: signing.RSAPrivateKey, pem: str) -> Bunq:
    return Bunq(server.base_url, signing.load_public_key(pem), client_key)


def test_state_and_server_key_survive_a_restart(
    tmp_path: Path, client_key: signing.RSAPrivateKey, server_key: signing.RSAPrivateKey
) -> None:
    path = tmp_path / "emulator.sqlite"
    with EmulatorServer(_config(path), server_key=server_key) as first:
        old_pem = first.server_public_key_pem
        bunq = _bunq(first, client_key, old_pem)
        ctx = bunq.context(bunq.sandbox_user())
        first.clock.advance(120)
        before = items(bunq.get(ctx, f"/user/{ctx.user_id}/monetary-account"))
        offset = first.clock.offset_seconds
        bunq.http.close()
    # A different key passed at start loses against the stored one.
    with EmulatorServer(_config(path), server_key=client_key) as second:
        assert second.server_public_key_pem == old_pem
        assert second.clock.offset_seconds >= offset  # timestamps stay monotonic
        # A client that kept the old server key and session token carries on:
        bunq = _bunq(second, client_key, old_pem)  # raw.Bunq verifies every signature
        after = bunq.get(ctx, f"/user/{ctx.user_id}/monetary-account")
        assert after.status_code == 200
        assert items(after) == before
        # new ids continue after the old ones
        new_user = bunq.context(bunq.sandbox_user())
        assert new_user.user_id > ctx.user_id
        bunq.http.close()


def test_a_mutation_is_on_disk_before_the_answer(
    tmp_path: Path, client_key: signing.RSAPrivateKey, server_key: signing.RSAPrivateKey
) -> None:
    path = tmp_path / "emulator.sqlite"
    with EmulatorServer(_config(path), server_key=server_key) as emu:
        bunq = _bunq(emu, client_key, emu.server_public_key_pem)
        api_key = bunq.sandbox_user()
        # Read the file while the server still runs: no stop-time save has happened yet.
        snapshot = StateStore(path).load()
        assert snapshot is not None
        secrets = {c.secret for c in snapshot.state["credentials"].values()}
        assert api_key in secrets
        bunq.http.close()


def test_control_changes_persist_too(tmp_path: Path, server_key: signing.RSAPrivateKey) -> None:
    path = tmp_path / "emulator.sqlite"
    with EmulatorServer(_config(path), server_key=server_key) as emu:
        httpx.post(emu.base_url + "/v1/sandbox-user-person").raise_for_status()
        httpx.post(emu.base_url + "/_emulator/reset").raise_for_status()
        users_after_reset = sorted(emu.state.users)
    with EmulatorServer(_config(path)) as emu:
        assert sorted(emu.state.users) == users_after_reset


def test_a_seeded_run_continues_its_sequence_after_a_restart(
    tmp_path: Path, server_key: signing.RSAPrivateKey
) -> None:
    def keys(config: EmulatorConfig, restart_after: int | None) -> list[str]:
        made: list[str] = []
        with EmulatorServer(config, server_key=server_key) as emu:
            for n in range(3):
                if n == restart_after:
                    emu.stop()
                    emu = EmulatorServer(config).start()
                answer = httpx.post(emu.base_url + "/v1/sandbox-user-person")
                made.append(answer.json()["Response"][0]["ApiKey"]["api_key"])
            emu.stop()
        return made

    straight = keys(EmulatorConfig(seed=9, rate_limits=False), None)
    restarted = keys(_config(tmp_path / "s.sqlite", seed=9), 1)
    assert restarted == straight


def test_the_file_is_private_and_a_damaged_one_is_a_clear_error(
    tmp_path: Path, server_key: signing.RSAPrivateKey
) -> None:
    path = tmp_path / "emulator.sqlite"
    Emulator.create(_config(path), server_key=server_key)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE emulator_snapshot SET state = ?", (b"not a pickle",))
    with pytest.raises(PersistenceError, match="damaged") as caught:
        Emulator.create(_config(path))
    assert "BEGIN" not in str(caught.value)  # no key material in the message
    other = tmp_path / "other.sqlite"
    Emulator.create(_config(other), server_key=server_key)
    with sqlite3.connect(other) as conn:
        conn.execute("UPDATE emulator_snapshot SET format = 99")
    with pytest.raises(PersistenceError, match="format 99"):
        Emulator.create(_config(other), server_key=server_key)


def test_without_a_state_path_nothing_is_written(tmp_path: Path) -> None:
    emu = Emulator.create(EmulatorConfig())
    assert emu.store is None
    emu.persist()  # a no-op
    assert list(tmp_path.iterdir()) == []


def test_an_unsavable_state_is_logged_and_the_file_keeps_the_last_snapshot(
    tmp_path: Path, server_key: signing.RSAPrivateKey, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "emulator.sqlite"
    emu = Emulator.create(_config(path), server_key=server_key)
    with emu.state.lock:
        emu.state.sandbox_user_count = 5
    emu.persist()
    emu.state.unpicklable = lambda: None  # type: ignore[attr-defined]
    with emu.state.lock:
        emu.state.sandbox_user_count = 6
    with pytest.raises(PersistenceError, match="cannot be saved"):
        emu.store.save(emu)  # type: ignore[union-attr]
    emu.persist()  # logged, not raised
    assert "saving the emulator state failed" in caplog.text
    snapshot = StateStore(path).load()
    assert snapshot is not None
    assert snapshot.state["sandbox_user_count"] == 5
