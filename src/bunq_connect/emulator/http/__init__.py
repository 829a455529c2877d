"""The emulator's HTTP face: thin Starlette handlers over ``emulator.services``.

- ``app``: :func:`create_app`, routes and exception handlers;
- ``middleware``: signs every ``/v1`` response and sets bunq's id headers;
- ``responses``: bunq envelopes as Starlette responses, request parsing helpers;
- ``api``: the ``/v1`` routes; ``oauth``: consent page, token endpoint and RFC 8414 metadata;
- ``control``: the control plane under ``/_emulator`` (reset, clock, users).
"""
