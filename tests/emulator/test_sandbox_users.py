"""Sandbox users: the ApiKey answer, and what a session then sees of the user."""

from __future__ import annotations

import re

import pytest

from bunq_connect.emulator.services.identity import iban_is_valid
from tests.emulator.raw import Bunq, items


@pytest.mark.parametrize("kind", ["person", "company"])
def test_sandbox_user_answers_exactly_an_api_key(bunq: Bunq, kind: str) -> None:
    response = bunq.call("POST", f"/sandbox-user-{kind}")
    assert response.status_code == 200
    body = response.json()
    assert list(body) == ["Response"]
    assert len(body["Response"]) == 1
    assert list(body["Response"][0]) == ["ApiKey"]
    assert list(body["Response"][0]["ApiKey"]) == ["api_key"]
    assert re.fullmatch(r"sandbox_[0-9a-f]{48}", body["Response"][0]["ApiKey"]["api_key"])


def test_person_session_user_follows_openapi_names(bunq: Bunq) -> None:
    ctx = bunq.context(bunq.sandbox_user("person"))
    assert ctx.user_type == "UserPerson"
    user = ctx.user
    for name in ("id", "created", "updated", "display_name", "public_nick_name", "alias",
                 "session_timeout", "status", "first_name", "last_name", "legal_name"):  # fmt: skip
        assert name in user, name
    assert user["session_timeout"] == 3600
    emails = [a["value"] for a in user["alias"] if a["type"] == "EMAIL"]
    assert len(emails) == 1
    assert re.fullmatch(r"[a-z.]+\.\d+@bunq\.example", emails[0])
    assert any(a["type"] == "PHONE_NUMBER" for a in user["alias"])
    assert user["display_name"] == f"{user['first_name']} {user['last_name']}"


def test_company_session_user(bunq: Bunq) -> None:
    ctx = bunq.context(bunq.sandbox_user("company"))
    assert ctx.user_type == "UserCompany"
    assert ctx.user["name"] == ctx.user["display_name"]


def test_new_user_has_a_funded_eur_account_with_a_valid_iban(bunq: Bunq) -> None:
    ctx = bunq.context(bunq.sandbox_user("person"))
    response = bunq.get(ctx, f"/user/{ctx.user_id}/monetary-account")
    (item,) = items(response)
    account = item["MonetaryAccountBank"]
    assert account["balance"] == {"value": "1000.00", "currency": "EUR"}
    assert account["currency"] == "EUR"
    assert account["status"] == "ACTIVE"
    assert account["user_id"] == ctx.user_id
    (iban,) = [a for a in account["alias"] if a["type"] == "IBAN"]
    assert re.fullmatch(r"NL\d{2}BUNQ\d{10}", iban["value"])
    assert iban_is_valid(iban["value"])
    assert iban["name"] == ctx.user["display_name"]
