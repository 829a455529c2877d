"""Thin resources: each builds :class:`RequestOptions` and parses the answer; no I/O logic."""
