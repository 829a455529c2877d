"""PISP: propose a payment as a draft; the customer approves it in their bunq app.

    .venv/bin/python -m examples.pisp_draft_payment

On the emulator the customer's approval is a control-API call (or the page it serves at
/_emulator/draft-payments/{id}); in bunq it happens in the customer's app.
"""

from __future__ import annotations

import httpx

from bunq_connect import BunqClient
from bunq_connect.client.resources.draft_payments import draft_entry
from bunq_connect.playground import connect_customer
from examples._local import local_environment

BRAVO = {"type": "EMAIL", "value": "bravo@bunq.com", "name": "Bravo"}


def main() -> dict[str, object]:
    with local_environment() as (env, emulator_url):
        connection = connect_customer(env)
        with BunqClient(connection.on_behalf) as client:
            account = client.monetary_accounts.list()[0]
            draft_id = client.draft_payments.create(
                account.id, entries=[draft_entry("12.50", BRAVO, "order 42")]
            )
            print("draft", draft_id, client.draft_payments.get(account.id, draft_id).status)

            # The customer approves (emulator control API; in bunq: the customer's app).
            httpx.post(f"{emulator_url}/_emulator/draft-payments/{draft_id}/approve")

            status = client.draft_payments.get(account.id, draft_id).status
            balance = client.monetary_accounts.get(account.id).balance
            print("draft", draft_id, status, "balance now", balance)
        return {"status": status, "before": str(account.balance), "after": str(balance)}


if __name__ == "__main__":
    main()
