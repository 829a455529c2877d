"""The main job: one complete on-behalf-of flow, as an app would run it.

Against the local emulator every step is automatic, the consent page included (it is driven
like a browser would: GET the page, POST the form). Against bunq's sandbox the customer's
consent needs a person, so the consent URL is printed and the callback URL is read back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from bunq_connect.client import BunqClient
from bunq_connect.client._flow import borrowed_client
from bunq_connect.environments import Environment
from bunq_connect.models.accounts import MonetaryAccount
from bunq_connect.models.session import SessionInfo
from bunq_connect.playground import ConsentDriver, connect_customer


@dataclass(frozen=True, slots=True)
class DemoResult:
    environment: str
    app_display_name: str | None
    oauth_client_id: str
    session: SessionInfo
    monetary_accounts: list[MonetaryAccount]
    request_path: str

    def to_json(self) -> dict[str, Any]:
        session = self.session
        assert session.user_api_key is not None
        uak = session.user_api_key

        def user(summary: Any) -> dict[str, Any]:
            return {
                "type": summary.type_name,
                "id": summary.id,
                "display_name": summary.display_name,
                "session_timeout": summary.session_timeout,
            }

        return {
            "environment": self.environment,
            "oauth_client_id": self.oauth_client_id,
            "session": {
                "id": session.session_id,
                "expires_at": session.expires_at.isoformat(),
                "user_api_key": {"id": uak.id},
                "requested_by": user(uak.requested_by),
                "granted_by": user(uak.granted_by),
            },
            "monetary_accounts": [
                {
                    "id": account.id,
                    "type": account.type_name,
                    "description": account.description,
                    "iban": account.iban,
                    "balance": {
                        "value": f"{account.balance.value:.2f}",
                        "currency": account.balance.currency,
                    }
                    if account.balance
                    else None,
                }
                for account in self.monetary_accounts
            ],
            "request_path": self.request_path,
        }


def run_on_behalf_flow(
    env: Environment,
    *,
    consent: ConsentDriver | None = None,
    http: httpx.Client | None = None,
) -> DemoResult:
    """App user and customer, OAuth client, consent, code exchange, context, accounts."""
    with borrowed_client(http) as client:
        connection = connect_customer(env, consent=consent, http=client)
        session = connection.on_behalf.session
        assert session is not None
        app_user = connection.app.context.session.user if connection.app.context.session else None
        with BunqClient(connection.on_behalf, http_client=client) as on_behalf:
            page = on_behalf.monetary_accounts.list()
        assert page.response is not None
        return DemoResult(
            environment=env.name,
            app_display_name=app_user.display_name if app_user else None,
            oauth_client_id=connection.app.registration.client_id,
            session=session,
            monetary_accounts=page.items,
            request_path=page.response.http.request.url.path,
        )
