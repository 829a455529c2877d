"""AISP: read a customer's accounts and payments on their behalf, then sync incrementally.

.venv/bin/python -m examples.aisp_read
"""

from __future__ import annotations

from bunq_connect import BunqClient
from bunq_connect.playground import connect_customer
from examples._local import local_environment

SUGARDADDY = {"type": "EMAIL", "value": "sugardaddy@bunq.com", "name": "Sugar Daddy"}


def main() -> dict[str, object]:
    with local_environment() as (env, _):
        connection = connect_customer(env)  # OAuth consent, code exchange, on-behalf context

        # Some history on the customer's side: money requested from the sandbox's sugardaddy.
        with BunqClient(connection.customer.context) as own:
            account_id = own.monetary_accounts.list()[0].id
            own.request_inquiries.create(
                account_id,
                amount_inquired="25.00",
                counterparty_alias=SUGARDADDY,
                description="pocket money",
            )

        with BunqClient(connection.on_behalf) as client:
            accounts = list(client.monetary_accounts.iter())
            for account in accounts:
                print(f"{account.id}  {account.iban}  {account.balance}")
            payments = list(client.payments.iter(account_id))  # every page, newest first
            for payment in payments:
                print(f"  {payment.id}  {payment.amount}  {payment.description}")

            # Incremental sync: remember the newest id, later ask only for what is newer.
            newest_id = max((p.id or 0) for p in payments)
            own_client = BunqClient(connection.customer.context)
            own_client.request_inquiries.create(
                account_id,
                amount_inquired="5.00",
                counterparty_alias=SUGARDADDY,
                description="a little more",
            )
            own_client.close()
            fresh = client.payments.poll_new(account_id, since_id=newest_id)
            for payment in fresh.items:
                print(f"  new: {payment.id}  {payment.amount}")
        return {
            "accounts": len(accounts),
            "payments": len(payments),
            "new_payments": len(fresh.items),
            "newest_id": fresh.newest_id,
        }


if __name__ == "__main__":
    main()
