"""CBPII: ask whether the customer's account can cover an amount, without reading it.

.venv/bin/python -m examples.cbpii_funds_check
"""

from __future__ import annotations

from bunq_connect import BunqClient
from bunq_connect.playground import connect_customer
from examples._local import local_environment


def main() -> dict[str, object]:
    with local_environment() as (env, _):
        connection = connect_customer(env)
        with BunqClient(connection.on_behalf) as client:
            account = client.monetary_accounts.list()[0]
            small = client.confirmation_of_funds.check(amount="50.00", account_id=account.id)
            huge = client.confirmation_of_funds.check(amount="1000000.00", iban=account.iban)
            print(f"50.00 EUR available: {small}; 1,000,000.00 EUR available: {huge}")
        return {"small": small, "huge": huge}


if __name__ == "__main__":
    main()
