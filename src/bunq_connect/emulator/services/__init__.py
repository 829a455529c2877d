"""bunq's rules on the emulator state, free of HTTP.

Each function takes the :class:`~bunq_connect.emulator.backend.Emulator` first, works under
``emulator.state.lock`` and raises :class:`~bunq_connect.emulator.errors.BunqRuleError` (or
:class:`~bunq_connect.emulator.errors.OAuthRuleError`) to refuse. Modules:

- ``identity``: generated names, aliases, IBANs and secrets;
- ``users``: sandbox users and their first monetary account;
- ``auth``: installation, device-server, session-server, authenticating later calls;
- ``oauth``: OAuth clients, consent, code exchange;
- ``accounts``: monetary accounts as seen by a session (on-behalf rules), creating them;
- ``scope``: what an OAuth connection (UserApiKey session) may do, as one table;
- ``psd2``: PSD2 providers' certificates (payment-service-provider-credential) and roles;
- ``money``: amounts, currencies, counterparty aliases and labels in request bodies;
- ``activity``: events and callbacks (to the holders and the apps they connected);
- ``payments``: transfers, payments, confirmation of funds, control-plane funding;
- ``requests``: request-inquiry and request-response (sugardaddy pays up to 500 EUR);
- ``drafts``: draft payments and payment-service-provider draft payments;
- ``cards``, ``filters`` (notification-filter-url), ``grants`` (revoking OAuth connections).
"""
