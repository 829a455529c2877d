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
    Card,
    DraftPayment,
    EmulatorState,
    Event,
    Label,
    MonetaryAccount,
    NotificationFilter,
    OAuthClient,
    Payment,
    PaymentBatch,
    ProviderCredential,
    PspDraftPayment,
    RequestInquiry,
    RequestResponse,
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


USER_TYPE_NAMES: dict[str, str] = {
    "person": "UserPerson",
    "company": "UserCompany",
    "payment_service_provider": "UserPaymentServiceProvider",
}


def user_type_name(user: User) -> str:
    return USER_TYPE_NAMES[user.kind]


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


def provider_payload(user: User) -> JSON:
    """A UserPaymentServiceProvider: the spec's fields only (no address, no limits)."""
    return {
        "id": user.id,
        "created": ts(user.created),
        "updated": ts(user.updated),
        "certificate_distinguished_name": user.certificate_distinguished_name,
        "alias": [pointer(a) for a in user.aliases],
        "avatar": None,
        "status": user.status,
        "sub_status": user.sub_status,
        "public_uuid": user.public_uuid,
        "display_name": user.display_name,
        "public_nick_name": user.public_nick_name,
        "language": user.language,
        "region": user.region,
        "session_timeout": user.session_timeout,
    }


def user_payload(user: User) -> JSON:
    if user.kind == "payment_service_provider":
        return provider_payload(user)
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


def provider_credential_payload(record: ProviderCredential, state: EmulatorState) -> JSON:
    """``CredentialPasswordIp``: PENDING_FIRST_USE with its ``token_value`` until a device is
    registered with it, then ACTIVE with the ``permitted_device`` (the token is not shown again,
    as the spec's field descriptions say)."""
    credential = state.credentials[record.id]
    device = next((d for d in state.devices.values() if d.credential_id == record.id), None)
    payload: JSON = {
        "id": record.id,
        "created": ts(record.created),
        "updated": ts(device.created if device is not None else record.created),
        "status": "PENDING_FIRST_USE" if device is None else "ACTIVE",
    }
    if device is None:
        payload["token_value"] = credential.secret
    else:
        ips = [ip for ip in device.permitted_ips if ip != "*"] or device.permitted_ips
        payload["permitted_device"] = {
            "description": device.description,
            "ip": ips[0] if ips else None,
        }
    return payload


def monetary_account_payload(account: MonetaryAccount, owner: User) -> JSON:
    payload = _monetary_account_common(account, owner)
    if account.kind == "MonetaryAccountSavings":
        payload.update(savings_goal=None, savings_goal_progress=0, number_of_payment_remaining="6")
    elif account.kind == "MonetaryAccountJoint":
        payload["all_co_owner"] = [
            {"alias": {"UserPerson": {"id": uid}}, "status": "ACCEPTED"}
            for uid in [account.user_id, *account.co_owner_ids]
        ]
    return payload


def _monetary_account_common(account: MonetaryAccount, owner: User) -> JSON:
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
        "reason": account.reason,
        "reason_description": account.reason_description,
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


# --- labels --------------------------------------------------------------------------------


def label_user(label: Label) -> JSON:
    return {
        "uuid": label.user_uuid,
        "display_name": label.display_name,
        "country": label.country,
        "avatar": None,
        "public_nick_name": label.public_nick_name,
    }


def label_monetary_account(label: Label) -> JSON:
    """A LabelMonetaryAccount, as in bunq's Payment and request callbacks."""
    return {
        "iban": label.iban,
        "is_light": False,
        "display_name": label.display_name,
        "avatar": None,
        "label_user": label_user(label),
        "country": label.country,
    }


def _opt_ts(moment: datetime | None) -> str | None:
    return ts(moment) if moment is not None else None


def _opt_amount(value: Decimal | None, currency: str) -> JSON | None:
    return amount(value, currency) if value is not None else None


# --- payments and requests -----------------------------------------------------------------


def payment_payload(payment: Payment, state: EmulatorState) -> JSON:
    currency = payment.currency
    return {
        "id": payment.id,
        "created": ts(payment.created),
        "updated": ts(payment.updated),
        "monetary_account_id": payment.monetary_account_id,
        "amount": amount(payment.amount, currency),
        "alias": label_monetary_account(payment.alias),
        "counterparty_alias": label_monetary_account(payment.counterparty_alias),
        "description": payment.description,
        "type": payment.type,
        "sub_type": payment.sub_type,
        "merchant_reference": payment.merchant_reference,
        "attachment": [],
        "geolocation": None,
        "batch_id": payment.batch_id,
        "scheduled_id": None,
        "address_billing": None,
        "address_shipping": None,
        "request_reference_split_the_bill": [],
        "balance_after_mutation": amount(payment.balance_after_mutation, currency),
        "payment_auto_allocate_instance": None,
    }


def payment_item(payment: Payment, state: EmulatorState) -> JSON:
    return wrap("Payment", payment_payload(payment, state))


def payment_batch_payload(batch: PaymentBatch, state: EmulatorState) -> JSON:
    """``PaymentBatchRead``: the payments as ``{"Payment": [...]}`` (PaymentBatchAnchoredPayment),
    each one flat, the debit sides in the order they were sent."""
    return {
        "id": batch.id,
        "created": ts(batch.created),
        "updated": ts(batch.updated),
        "payments": {
            "Payment": [payment_payload(state.payments[pid], state) for pid in batch.payment_ids]
        },
    }


def request_inquiry_payload(inquiry: RequestInquiry, state: EmulatorState) -> JSON:
    currency = inquiry.currency
    revoked = inquiry.status == "REVOKED"
    return {
        "id": inquiry.id,
        "created": ts(inquiry.created),
        "updated": ts(inquiry.updated),
        "time_responded": _opt_ts(inquiry.time_responded),
        "time_expiry": None,
        "monetary_account_id": inquiry.monetary_account_id,
        "amount_inquired": amount(inquiry.amount_inquired, currency),
        "amount_responded": _opt_amount(inquiry.amount_responded, currency),
        "status": inquiry.status,
        "description": inquiry.description,
        "merchant_reference": inquiry.merchant_reference,
        "user_alias_created": label_monetary_account(inquiry.user_alias_created),
        "user_alias_revoked": label_user(inquiry.user_alias_created) if revoked else None,
        "counterparty_alias": label_monetary_account(inquiry.counterparty_alias),
        "attachment": [],
        "minimum_age": None,
        "require_address": None,
        "geolocation": None,
        "type": "INTERNAL",
        "sub_type": "NONE",
        "bunqme_share_url": None,
        "batch_id": None,
        "scheduled_id": None,
        "redirect_url": inquiry.redirect_url,
        "address_billing": None,
        "address_shipping": None,
        "reference_split_the_bill": None,
    }


def request_response_payload(response: RequestResponse, state: EmulatorState) -> JSON:
    currency = response.currency
    return {
        "id": response.id,
        "created": ts(response.created),
        "updated": ts(response.updated),
        "time_responded": _opt_ts(response.time_responded),
        "time_expiry": None,
        "time_refund_requested": None,
        "time_refunded": None,
        "user_refund_requested": None,
        "monetary_account_id": response.monetary_account_id,
        "amount_inquired": amount(response.amount_inquired, currency),
        "amount_responded": _opt_amount(response.amount_responded, currency),
        "status": response.status,
        "description": response.description,
        "alias": label_monetary_account(response.alias),
        "counterparty_alias": label_monetary_account(response.counterparty_alias),
        "attachment": [],
        "minimum_age": None,
        "require_address": None,
        "geolocation": None,
        "type": "INTERNAL",
        "sub_type": "NONE",
        "redirect_url": response.redirect_url,
        "address_billing": None,
        "address_shipping": None,
        "eligible_whitelist_id": None,
        "request_reference_split_the_bill": [],
        "monetary_account_preferred_id": None,
    }


# --- draft payments ------------------------------------------------------------------------


def draft_payment_payload(draft: DraftPayment, state: EmulatorState) -> JSON:
    account = state.monetary_accounts[draft.monetary_account_id]
    owner = state.users[account.user_id]
    own_label = Label(
        iban=account.iban,
        display_name=owner.display_name,
        user_uuid=owner.public_uuid,
        public_nick_name=owner.public_nick_name,
    )
    payments = [state.payments[i] for i in draft.payment_ids]
    anchor: JSON | None = None
    if len(payments) == 1:
        anchor = payment_item(payments[0], state)
    elif payments:
        # PaymentBatchAnchoredPayment: {"Payment": [payload, ...]}
        batch = {"payments": {"Payment": [payment_payload(p, state) for p in payments]}}
        anchor = wrap("PaymentBatch", batch)
    responses = []
    if draft.responded_by_user_id is not None:
        responder = state.users[draft.responded_by_user_id]
        responses.append(
            {
                "status": draft.status,
                "user_alias_created": label_user(
                    Label(None, responder.display_name, responder.public_uuid,
                          responder.public_nick_name)
                ),
            }
        )  # fmt: skip
    return {
        "id": draft.id,
        "created": ts(draft.created),
        "updated": ts(draft.updated),
        "monetary_account_id": draft.monetary_account_id,
        "user_alias_created": label_user(draft.user_alias_created),
        "responses": responses,
        "status": draft.status,
        "type": "BUNQ",
        "entries": [
            {
                "id": entry.id,
                "amount": amount(entry.amount, entry.currency),
                "alias": label_monetary_account(own_label),
                "counterparty_alias": label_monetary_account(entry.counterparty_alias),
                "description": entry.description,
                "merchant_reference": entry.merchant_reference,
                "type": "BUNQ",
                "attachment": [],
            }
            for entry in draft.entries
        ],
        "object": anchor,
        "request_reference_split_the_bill": [],
        "schedule": None,
    }


def psp_draft_payment_payload(draft: PspDraftPayment) -> JSON:
    return {
        "id": draft.id,
        "created": ts(draft.created),
        "updated": ts(draft.updated),
        "sender_iban": draft.sender_iban,
        "receiver_iban": draft.counterparty_iban,
        "amount": amount(draft.amount, draft.currency),
        "status": draft.status,
    }


# --- events, cards, notification filters ----------------------------------------------------


def event_object(event: Event, state: EmulatorState) -> JSON:
    """The object an event is about, wrapped in its type key, as it is now."""
    if event.object_type == "Payment":
        return payment_item(state.payments[event.object_id], state)
    if event.object_type == "RequestInquiry":
        inquiry = state.request_inquiries[event.object_id]
        return wrap("RequestInquiry", request_inquiry_payload(inquiry, state))
    if event.object_type == "RequestResponse":
        response = state.request_responses[event.object_id]
        return wrap("RequestResponse", request_response_payload(response, state))
    if event.object_type == "DraftPayment":
        draft = state.draft_payments[event.object_id]
        return wrap("DraftPayment", draft_payment_payload(draft, state))
    raise ValueError(f"no view for events about {event.object_type}")


def event_payload(event: Event, state: EmulatorState) -> JSON:
    # openapi.json types user_id and monetary_account_id of an Event as strings.
    return {
        "id": event.id,
        "created": ts(event.created),
        "updated": ts(event.created),
        "action": event.action,
        "user_id": str(event.user_id),
        "monetary_account_id": (
            str(event.monetary_account_id) if event.monetary_account_id is not None else None
        ),
        "object": event_object(event, state),
        "status": event.status,
    }


def card_payload(card: Card, state: EmulatorState) -> JSON:
    account = state.monetary_accounts[card.monetary_account_id]
    owner = state.users[card.user_id]
    label = Label(account.iban, owner.display_name, owner.public_uuid, owner.public_nick_name)
    limit = amount(Decimal("1000"), account.currency)
    return {
        "id": card.id,
        "created": ts(card.created),
        "updated": ts(card.created),
        "public_uuid": card.public_uuid,
        "user_id": card.user_id,
        "user_owner_id": card.user_id,
        "user_holder_id": card.user_id,
        "type": card.type,
        "sub_type": card.sub_type,
        "product_type": card.product_type,
        "product_sub_type": "NONE",
        "first_line": "",
        "second_line": card.second_line,
        "status": card.status,
        "sub_status": "NONE",
        "order_status": "CARD_SHIPPED",
        "expiry_date": card.expiry_date,
        "name_on_card": card.name_on_card,
        "preferred_name_on_card": card.name_on_card,
        "primary_account_numbers": [
            {
                "id": card.id,
                "description": "Physical card",
                "status": "ACTIVE",
                "monetary_account_id": account.id,
                "uuid": card.public_uuid,
                "four_digit": card.four_digits,
                "type": "PHYSICAL",
            }
        ],
        "card_limit": limit,
        "card_limit_atm": limit,
        "country_permission": [],
        "label_monetary_account_ordered": label_monetary_account(label),
        "label_monetary_account_current": label_monetary_account(label),
        "pin_code_assignment": [
            {"type": "PRIMARY", "routing_type": "MANUAL", "monetary_account_id": account.id}
        ],
        "monetary_account_id_fallback": None,
        "country": "NL",
    }


def notification_filter_payload(flt: NotificationFilter) -> JSON:
    return {
        "id": flt.id,
        "created": ts(flt.created),
        "updated": ts(flt.created),
        "category": flt.category,
        "notification_target": flt.notification_target,
    }
