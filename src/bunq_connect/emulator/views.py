"""State objects rendered as bunq JSON, with openapi.json's field names.

Each function returns the payload that goes inside a one-key wrapper, paired with the wrapper
name where bunq's type depends on the object (``UserPerson`` / ``UserCompany`` / ...).

    >>> wrap("Id", {"id": 1})
    {'Id': {'id': 1}}
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from bunq_connect.emulator.state import (
    Alias,
    EmulatorState,
    MonetaryAccount,
    OAuthClient,
    User,
    UserApiKey,
)
from bunq_connect.wire.timestamps import format_timestamp

JSON = dict[str, Any]


def wrap(type_name: str, payload: Any) -> JSON:
    return {type_name: payload}


def ts(moment: datetime) -> str:
    return format_timestamp(moment)


def amount(value: Decimal, currency: str) -> JSON:
    return {"value": f"{value.quantize(Decimal('0.01'))}", "currency": currency}


def pointer(alias: Alias) -> JSON:
    return {"type": alias.type, "value": alias.value, "name": alias.name}


def user_type_name(user: User) -> str:
    return "UserPerson" if user.kind == "person" else "UserCompany"


def _address() -> JSON:
    return {
        "street": "Naritaweg",
        "house_number": "131",
        "po_box": None,
        "postal_code": "1043 BS",
        "city": "Amsterdam",
        "country": "NL",
        "province": None,
        "extra": None,
        "mailbox_name": None,
    }


def user_payload(user: User) -> JSON:
    common: JSON = {
        "id": user.id,
        "created": ts(user.created),
        "updated": ts(user.updated),
        "public_uuid": user.public_uuid,
        "display_name": user.display_name,
        "public_nick_name": user.public_nick_name,
        "alias": [pointer(a) for a in user.aliases],
        "avatar": None,
        "address_main": _address(),
        "address_postal": _address(),
        "language": user.language,
        "region": user.region,
        "status": user.status,
        "sub_status": user.sub_status,
        "session_timeout": user.session_timeout,
        "daily_limit_without_confirmation_login": amount(Decimal("250"), "EUR"),
        "version_terms_of_service": "1.0",
        "notification_filters": [],
        "relations": [],
    }
    if user.kind == "person":
        return {
            **common,
            "first_name": user.first_name,
            "middle_name": "",
            "last_name": user.last_name,
            "legal_name": user.display_name,
            "date_of_birth": "1990-01-01",
            "place_of_birth": "Amsterdam",
            "country_of_birth": "NL",
            "nationality": "NL",
            "all_nationality": ["NL"],
            "gender": "UNKNOWN",
            "tax_resident": [],
        }
    return {
        **common,
        "name": user.company_name,
        "country": "NL",
        "chamber_of_commerce_number": user.chamber_of_commerce_number,
        "legal_form": "BV",
        "type_of_business_entity": "NONE",
        "sector_of_industry": "NONE",
        "ubo": [],
        "directors": [],
        "tax_resident": [],
    }


def user_item(user: User) -> JSON:
    """``{"UserPerson": {...}}`` or ``{"UserCompany": {...}}``."""
    return wrap(user_type_name(user), user_payload(user))


def user_api_key_payload(uak: UserApiKey, state: EmulatorState) -> JSON:
    return {
        "id": uak.id,
        "created": ts(uak.created),
        "updated": ts(uak.updated),
        "requested_by_user": user_item(state.users[uak.requested_by_user_id]),
        "granted_by_user": user_item(state.users[uak.granted_by_user_id]),
    }


def acting_user_item(user_id: int, state: EmulatorState) -> JSON:
    """The user object a session acts as, wrapped in its type key."""
    if user_id in state.user_api_keys:
        return wrap("UserApiKey", user_api_key_payload(state.user_api_keys[user_id], state))
    return user_item(state.users[user_id])


def monetary_account_payload(account: MonetaryAccount, owner: User) -> JSON:
    return {
        "id": account.id,
        "created": ts(account.created),
        "updated": ts(account.updated),
        "avatar": None,
        "currency": account.currency,
        "description": account.description,
        "daily_limit": amount(account.daily_limit, account.currency),
        "overdraft_limit": amount(Decimal("0"), account.currency),
        "balance": amount(account.balance, account.currency),
        "alias": [{"type": "IBAN", "value": account.iban, "name": owner.display_name}],
        "public_uuid": account.public_uuid,
        "status": account.status,
        "sub_status": account.sub_status,
        "reason": "NONE",
        "reason_description": "",
        "user_id": account.user_id,
        "monetary_account_profile": None,
        "display_name": owner.display_name,
        "setting": {
            "color": "#FE2851",
            "icon": None,
            "default_avatar_status": "AVATAR_DEFAULT",
            "restriction_chat": "ALLOW_INCOMING",
            "sdd_expiration_action": "USE_UPCOMING",
        },
        "all_auto_save_id": [],
    }


def monetary_account_item(account: MonetaryAccount, owner: User) -> JSON:
    return wrap(account.kind, monetary_account_payload(account, owner))


def oauth_client_payload(client: OAuthClient, app_user: User) -> JSON:
    return {
        "id": client.id,
        "status": client.status,
        "display_name": app_user.display_name,
        "client_id": client.client_id,
        "secret": client.secret,
        "callback_url": [{"id": cb.id, "url": cb.url} for cb in client.callback_urls],
    }
