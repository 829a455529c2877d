"""What the commands share, kept on typer's context object (``ctx.obj``).

The root callback puts one :class:`CliState` there; every command asks it for what it needs and
it builds each thing once, lazily: the environment (``BUNQ_ENVIRONMENT``/``BUNQ_EMULATOR_URL``),
the context key (``BUNQ_CONTEXT_KEY``) and the :class:`~bunq_connect.client.BunqClient` for a
saved context. A client built here saves its context back whenever the session is renewed, so
the file on disk stays usable.

Secrets (API keys, tokens, client secrets, the context key) are read from the environment only,
never from the command line, and nothing here prints or puts them in an error message.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

import typer
from cryptography.fernet import Fernet

from bunq_connect.client import BunqClient
from bunq_connect.context import ApiContext
from bunq_connect.environments import Environment, from_env
from bunq_connect.errors import ContextFileError, UsageError

__all__ = ["CliState", "check_writable", "save_context", "state"]

Notify = Callable[[str], None]


def _stderr(message: str) -> None:
    typer.echo(message, err=True)


class CliState:
    """The environment, context key and client of one command run, each built at most once."""

    def __init__(
        self, environ: Mapping[str, str] | None = None, *, notify: Notify = _stderr
    ) -> None:
        self._environ: Mapping[str, str] = os.environ if environ is None else environ
        self._notify = notify
        self._environment: Environment | None = None
        self._client: BunqClient | None = None
        self._client_path: Path | None = None
        self.renewed = False
        """True once the session was renewed (and the context saved back) during this run."""

    # --- the environment and the variables ----------------------------------------------------

    def getenv(self, name: str) -> str | None:
        """A variable's value, ``None`` when unset or empty."""
        return self._environ.get(name) or None

    def require(self, name: str, what: str) -> str:
        """A variable that must be set; refuses (exit 2) with a message naming it otherwise."""
        value = self.getenv(name)
        if value is None:
            raise UsageError(f"{name} is not set: it must hold {what}")
        return value

    @property
    def environment(self) -> Environment:
        """The environment of ``BUNQ_ENVIRONMENT`` (``local`` needs ``BUNQ_EMULATOR_URL``)."""
        if self._environment is None:
            self._environment = from_env(dict(self._environ))
        return self._environment

    @property
    def context_key(self) -> str:
        """``BUNQ_CONTEXT_KEY``, checked to be a usable key before anything is sent."""
        key = self.require(
            "BUNQ_CONTEXT_KEY",
            "the key that encrypts saved contexts (make one with `bunq-connect context new-key`)",
        )
        try:
            Fernet(key)
        except (ValueError, TypeError):
            raise UsageError(
                "BUNQ_CONTEXT_KEY is not a valid context key: make one with "
                "`bunq-connect context new-key`"
            ) from None
        return key

    # --- saved contexts and the client ----------------------------------------------------------

    def context_path(self, path: Path | None) -> Path:
        """The saved context to use: ``--context`` or ``BUNQ_CONTEXT``."""
        if path is None:
            raise UsageError("no saved context: pass --context PATH or set BUNQ_CONTEXT")
        return path

    def load_context(self, path: Path) -> ApiContext:
        """Read and decrypt a saved context with ``BUNQ_CONTEXT_KEY``."""
        return ApiContext.load(path, key=self.context_key)

    def client(self, path: Path) -> BunqClient:
        """The client for the context saved at ``path``: built on first use, then reused.

        When the client renews the session, the renewed context is saved back to ``path``.
        """
        if self._client is not None:
            if path != self._client_path:
                raise UsageError("one command run uses one saved context")
            return self._client
        key = self.context_key
        context = ApiContext.load(path, key=key)

        def save_renewed(renewed: ApiContext) -> None:
            save_context(renewed, path, key)
            self.renewed = True
            self._notify(f"session renewed; the context at {path} was saved with it")

        self._client = BunqClient(context, on_session_renewed=save_renewed)
        self._client_path = path
        return self._client

    def close(self) -> None:
        """Close the client, if one was built."""
        if self._client is not None:
            self._client.close()
            self._client = None


def check_writable(path: Path, *, force: bool) -> None:
    """Refuse before any call is made when ``path`` cannot or should not be written."""
    if path.exists() and not force:
        raise UsageError(f"{path} exists: pass --force to replace it")
    if path.is_dir():
        raise UsageError(f"{path} is a directory")
    if not path.parent.is_dir():
        raise UsageError(f"the directory {path.parent} does not exist")


def save_context(context: ApiContext, path: Path, key: str) -> Path:
    """Save ``context`` encrypted; a failed write is a one-line :class:`ContextFileError`."""
    try:
        return context.save(path, key=key)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ContextFileError(f"could not write the context to {path}: {reason}") from exc


def state(ctx: typer.Context) -> CliState:
    """The :class:`CliState` the root callback put on the typer context."""
    obj = ctx.find_object(CliState)
    if obj is None:  # a command invoked without the root callback (not via the app)
        obj = ctx.ensure_object(CliState)
        ctx.call_on_close(obj.close)
    return obj
