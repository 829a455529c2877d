"""Emulator state in a SQLite file that survives a restart (``--state PATH``).

    emu = Emulator.create(EmulatorConfig(state_path="emulator.sqlite"))  # loads, if present
    ...                                                                   # requests change it
    emu.persist()        # the HTTP layer calls this after every mutating request

The whole :class:`EmulatorState` (its dataclasses, locks excluded) is pickled into one row,
replaced in one transaction, together with the server's private key (clients have stored its
public key and would refuse every answer signed with a new one), the clock's offset and the
state of a seeded random generator. RSA keys are stored as PEM and locks are recreated on
load, so the state's own classes need nothing special.

The file holds secrets (API keys, tokens, the server's private key) and is created with mode
0600. It is unpickled on load: only open state files this emulator wrote.
"""

from __future__ import annotations

import io
import os
import pickle
import random
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bunq_connect.wire import signing

if TYPE_CHECKING:
    from bunq_connect.emulator.backend import Emulator

__all__ = ["PersistenceError", "Snapshot", "StateStore"]

FORMAT = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS emulator_snapshot (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    format INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    server_key TEXT NOT NULL,
    clock_offset REAL NOT NULL,
    random_state BLOB,
    state BLOB NOT NULL
)
"""

_LOCK_TYPES = (type(threading.Lock()), type(threading.RLock()))


class PersistenceError(RuntimeError):
    """A state file that cannot be read or written (the message names the file, no secrets)."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    server_key: signing.RSAPrivateKey
    clock_offset: float
    random_state: Any  # random.Random.getstate() of a seeded emulator, else None
    state: dict[str, Any]  # EmulatorState.__dict__ without its lock


class _Pickler(pickle.Pickler):
    # Keys and locks are not picklable: store keys as PEM, recreate locks on load.
    def persistent_id(self, obj: Any) -> Any:
        if isinstance(obj, signing.RSAPublicKey):
            return ("rsa_public", signing.public_key_to_pem(obj))
        if isinstance(obj, signing.RSAPrivateKey):
            return ("rsa_private", signing.private_key_to_pem(obj))
        if isinstance(obj, _LOCK_TYPES):
            return ("rlock",)
        return None


class _Unpickler(pickle.Unpickler):
    def persistent_load(self, pid: Any) -> Any:
        kind = pid[0]
        if kind == "rsa_public":
            return signing.load_public_key(pid[1])
        if kind == "rsa_private":
            return signing.load_private_key(pid[1])
        if kind == "rlock":
            return threading.RLock()
        raise pickle.UnpicklingError(f"unknown persistent id {kind!r}")


def _dumps(obj: Any) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
    return buffer.getvalue()


def _loads(data: bytes) -> Any:
    return _Unpickler(io.BytesIO(data)).load()  # our own file, see the module docstring


class StateStore:
    """One SQLite file holding the latest snapshot; thread-safe."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        try:
            if not self.path.exists():
                # Create it private before SQLite opens it: it will hold secrets.
                os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
            self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._conn.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise PersistenceError(f"cannot open the state file {self.path}: {exc}") from exc
        self._lock = threading.Lock()
        # What was written last: a request that changed nothing writes nothing.
        self._last: tuple[bytes, bytes | None, float] | None = None

    def load(self) -> Snapshot | None:
        """The saved snapshot, or None for a new file."""
        with self._lock:
            try:
                row = self._conn.execute(
                    "SELECT format, server_key, clock_offset, random_state, state "
                    "FROM emulator_snapshot WHERE id = 1"
                ).fetchone()
            except sqlite3.Error as exc:
                raise PersistenceError(f"cannot read the state file {self.path}: {exc}") from exc
        if row is None:
            return None
        fmt, key_pem, offset, random_blob, state_blob = row
        if fmt != FORMAT:
            raise PersistenceError(
                f"the state file {self.path} has format {fmt}, this emulator reads {FORMAT}"
            )
        try:
            state = _loads(state_blob)
            random_state = None if random_blob is None else _loads(random_blob)
            server_key = signing.load_private_key(key_pem)
        except Exception as exc:  # any unpickling failure means the same thing to the user
            raise PersistenceError(f"the state file {self.path} is damaged: {exc}") from exc
        self._last = (state_blob, random_blob, float(offset))
        return Snapshot(server_key, float(offset), random_state, state)

    def save(self, emu: Emulator) -> None:
        """Write the emulator's whole state in one transaction (skipped when unchanged)."""
        with self._lock:
            with emu.state.lock:
                fields = {k: v for k, v in vars(emu.state).items() if k != "lock"}
                try:
                    state_blob = _dumps(fields)
                except (pickle.PicklingError, TypeError, AttributeError) as exc:
                    raise PersistenceError(f"the state cannot be saved: {exc}") from exc
            rng = emu.random
            seeded = type(rng) is random.Random  # SystemRandom has no state to keep
            random_blob = _dumps(rng.getstate()) if seeded else None
            offset = emu.clock.offset_seconds
            current = (state_blob, random_blob, offset)
            if current == self._last:
                return
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                self._conn.execute(
                    "INSERT OR REPLACE INTO emulator_snapshot "
                    "(id, format, saved_at, server_key, clock_offset, random_state, state) "
                    "VALUES (1, ?, ?, ?, ?, ?, ?)",
                    (
                        FORMAT,
                        datetime.now(UTC).isoformat(),
                        signing.private_key_to_pem(emu.server_key),
                        offset,
                        random_blob,
                        state_blob,
                    ),
                )
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise PersistenceError(f"cannot write the state file {self.path}: {exc}") from exc
            self._last = current

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def restore(emu: Emulator, snapshot: Snapshot) -> None:
    """Put a loaded snapshot into ``emu`` (whose server key the caller took from it)."""
    with emu.state.lock:
        vars(emu.state).update(snapshot.state)
    if snapshot.clock_offset > emu.clock.offset_seconds:
        # Keep timestamps monotonic across the restart (sessions made after an advance).
        emu.clock.advance(snapshot.clock_offset - emu.clock.offset_seconds)
    if snapshot.random_state is not None:
        rng = random.Random()  # noqa: S311 - a seeded emulator is reproducible by design
        rng.setstate(snapshot.random_state)
        emu.random = rng
