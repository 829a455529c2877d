"""bunq-connect: act on behalf of bunq users.

from bunq_connect import ApiContext, BunqClient, oauth
"""

__version__ = "0.1.0"

from bunq_connect.client import AsyncBunqClient, BunqClient
from bunq_connect.context import ApiContext
from bunq_connect.environments import PRODUCTION, SANDBOX, Environment

__all__ = [
    "PRODUCTION",
    "SANDBOX",
    "ApiContext",
    "AsyncBunqClient",
    "BunqClient",
    "Environment",
    "__version__",
]
