"""Header names of the bunq protocol, in the spelling bunq uses."""

from typing import Final

CACHE_CONTROL: Final = "Cache-Control"
USER_AGENT: Final = "User-Agent"
CLIENT_AUTHENTICATION: Final = "X-Bunq-Client-Authentication"
CLIENT_REQUEST_ID: Final = "X-Bunq-Client-Request-Id"
CLIENT_RESPONSE_ID: Final = "X-Bunq-Client-Response-Id"
CLIENT_SIGNATURE: Final = "X-Bunq-Client-Signature"
SERVER_SIGNATURE: Final = "X-Bunq-Server-Signature"
GEOLOCATION: Final = "X-Bunq-Geolocation"
LANGUAGE: Final = "X-Bunq-Language"
REGION: Final = "X-Bunq-Region"

UNKNOWN_GEOLOCATION: Final = "0 0 0 0 000"
