"""bunq's rules on the emulator state, free of HTTP.

Each function takes the :class:`~bunq_connect.emulator.backend.Emulator` first, works under
``emulator.state.lock`` and raises :class:`~bunq_connect.emulator.errors.BunqRuleError` (or
:class:`~bunq_connect.emulator.errors.OAuthRuleError`) to refuse. Modules:

- ``identity``: generated names, aliases, IBANs and secrets;
- ``users``: sandbox users and their first monetary account;
- ``auth``: installation, device-server, session-server, authenticating later calls;
- ``oauth``: OAuth clients, consent, code exchange;
- ``accounts``: monetary accounts as seen by a session (on-behalf rules).
"""
