"""The ``bunq-connect`` command.

    bunq-connect demo            # the whole on-behalf-of flow against the embedded emulator
    bunq-connect demo --json     # the same, as one JSON object
    bunq-connect emulator        # a local bunq on 127.0.0.1

Credentials and choices come from ``BUNQ_*`` environment variables; errors are
:class:`~bunq_connect.errors.BunqConnectError` subclasses mapped to exit codes, printed without
secrets or stack traces.
"""

from __future__ import annotations

from bunq_connect.cli._app import app, main

__all__ = ["app", "main"]
