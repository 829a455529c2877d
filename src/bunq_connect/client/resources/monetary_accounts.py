"""``client.monetary_accounts``: the customer's accounts, under the UserApiKey id.

for account in client.monetary_accounts.list():      # Page[MonetaryAccount], newest first
    print(account.id, account.iban, account.balance)
client.monetary_accounts.get(account_id)
client.monetary_accounts.iter()                       # all, lazily; also iter_pages, poll_new
client.monetary_accounts.with_raw_response.list()     # headers, response id, .parse()
"""

from __future__ import annotations

from typing import Any

from bunq_connect.client.resources._collections import AsyncUserCollection, UserCollection
from bunq_connect.models.accounts import MonetaryAccount

__all__ = ["AsyncMonetaryAccounts", "MonetaryAccounts"]


class MonetaryAccounts(UserCollection[MonetaryAccount]):
    collection = "monetary-account"

    def _decode(self, type_name: str, payload: Any) -> MonetaryAccount:
        return MonetaryAccount.from_item(type_name, payload)


class AsyncMonetaryAccounts(AsyncUserCollection[MonetaryAccount]):
    collection = "monetary-account"

    def _decode(self, type_name: str, payload: Any) -> MonetaryAccount:
        return MonetaryAccount.from_item(type_name, payload)
