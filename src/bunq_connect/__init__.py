"""bunq-connect: act on behalf of bunq users."""

__version__ = "0.1.0"
