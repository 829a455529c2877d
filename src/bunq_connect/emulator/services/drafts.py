"""Draft payments: payments an app proposes and the account holder approves or rejects.

    draft = create_draft(emu, ctx, owner, account_id, body)     # POST .../draft-payment
    approve(emu, draft.id)       # control plane / the approval page: runs every entry
    reject(emu, draft.id)
    update_draft(emu, ctx, owner, account_id, draft_id, body)   # PUT {"status": ...}

    psp = create_psp_draft(emu, ctx, provider, body)   # POST payment-service-provider-draft-payment
    approve_psp(emu, psp.id) / reject_psp(emu, psp.id)

Approval runs all entries or none: when the account cannot carry their sum the draft becomes
REJECTED (``status_reason`` says why) and no money moves. A draft may be approved once; a UserApiKey
session can create and cancel drafts but never accept one (only the holder approves, in the
app or here through the control plane). Callbacks: DRAFT_PAYMENT (DRAFT_PAYMENT_CREATED,
DRAFT_PAYMENT_ACCEPTED, DRAFT_PAYMENT_REJECTED, DRAFT_PAYMENT_CANCELLED), plus the payments'
own PAYMENT and MUTATION callbacks.
"""

from __future__ import annotations

from decimal import Decimal

from bunq_connect.emulator import views
from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.services import accounts, activity, money, payments, scope
from bunq_connect.emulator.services.auth import SessionContext
from bunq_connect.emulator.services.scope import Operation
from bunq_connect.emulator.state import (
    DraftPayment,
    DraftPaymentEntry,
    MonetaryAccount,
    PspDraftPayment,
    User,
)

MAX_ENTRIES = 100


def _notify(emu: Emulator, draft: DraftPayment, event_type: str) -> None:
    state = emu.state
    account = state.monetary_accounts[draft.monetary_account_id]
    obj = views.wrap("DraftPayment", views.draft_payment_payload(draft, state))
    activity.notify(emu, account, "DRAFT_PAYMENT", event_type, obj)


def _entries(emu: Emulator, account: MonetaryAccount, value: object) -> list[DraftPaymentEntry]:
    if not isinstance(value, list) or not value:
        raise BunqRuleError(400, "Error in field 'entries': at least one entry is required.")
    if len(value) > MAX_ENTRIES:
        raise BunqRuleError(400, f"Error in field 'entries': at most {MAX_ENTRIES} entries.")
    entries: list[DraftPaymentEntry] = []
    for n, item in enumerate(value):
        field = f"entries[{n}]"
        if not isinstance(item, dict):
            raise BunqRuleError(400, f"Error in field '{field}': expected an object.")
        amount, currency = money.parse_amount(item.get("amount"), f"{field}.amount")
        if currency != account.currency:
            raise BunqRuleError(
                400,
                f"Error in field '{field}.amount.currency': the monetary account holds "
                f"{account.currency}, not {currency}.",
            )
        credit = money.resolve_counterparty(
            emu, item.get("counterparty_alias"), currency, f"{field}.counterparty_alias"
        )
        payments.check_can_receive(credit, account, currency)
        entries.append(
            DraftPaymentEntry(
                id=emu.state.next_id("draft_payment_entry"),
                amount=amount,
                currency=currency,
                counterparty_alias=money.label_of(emu.state, credit),
                counterparty_monetary_account_id=credit.id,
                description=money.optional_text(item, "description") or "",
                merchant_reference=money.optional_text(item, "merchant_reference", max_length=255),
            )
        )
    return entries


def create_draft(
    emu: Emulator, ctx: SessionContext, owner: User, account_id: int, body: dict[str, object]
) -> DraftPayment:
    scope.check(emu, ctx, Operation.CREATE_DRAFT_PAYMENT)
    required = body.get("number_of_required_accepts", 1)
    if required != 1:
        raise BunqRuleError(
            400, "Error in field 'number_of_required_accepts': only 1 is supported."
        )
    state = emu.state
    with state.lock:
        account = accounts.get_account(emu, owner, account_id)
        entries = _entries(emu, account, body.get("entries"))
        creator = state.users[owner.id]
        uak = state.user_api_keys.get(ctx.user_id)
        if uak is not None:  # an app proposes: its own user's label shows as the creator
            creator = state.users[uak.requested_by_user_id]
        now = emu.now()
        draft = DraftPayment(
            id=state.next_id("draft_payment"),
            monetary_account_id=account.id,
            user_id=account.user_id,
            created_by_user_id=ctx.user_id,
            created=now,
            updated=now,
            entries=entries,
            user_alias_created=money.user_label(creator),
        )
        state.draft_payments[draft.id] = draft
        activity.record_event(
            emu, account, "CREATE", "DraftPayment", draft.id, status="AWAITING_REPLY"
        )
        _notify(emu, draft, "DRAFT_PAYMENT_CREATED")
        return draft


def _draft(emu: Emulator, draft_id: int) -> DraftPayment:
    draft = emu.state.draft_payments.get(draft_id)
    if draft is None:
        raise BunqRuleError(404, "DraftPayment not found.")
    return draft


def _require_pending(draft: DraftPayment | PspDraftPayment) -> None:
    if draft.status != "PENDING":
        raise BunqRuleError(400, f"The draft payment is {draft.status} and can no longer change.")


def _set_status(emu: Emulator, draft: DraftPayment, status: str, reason: str | None) -> None:
    now = emu.now()
    draft.status = status
    draft.status_reason = reason
    draft.updated = now
    draft.responded_by_user_id = draft.user_id if status != "CANCELLED" else None
    account = emu.state.monetary_accounts[draft.monetary_account_id]
    activity.record_event(emu, account, "UPDATE", "DraftPayment", draft.id)
    _notify(emu, draft, f"DRAFT_PAYMENT_{status}")


def approve(emu: Emulator, draft_id: int) -> DraftPayment:
    """The holder approves: every entry is paid, or (insufficient funds) none and REJECTED."""
    state = emu.state
    with state.lock:
        draft = _draft(emu, draft_id)
        _require_pending(draft)
        debit = state.monetary_accounts[draft.monetary_account_id]
        total = sum((e.amount for e in draft.entries), Decimal("0.00"))
        try:
            payments.check_can_pay(debit, total, debit.currency)
            for entry in draft.entries:
                credit = state.monetary_accounts[entry.counterparty_monetary_account_id]
                payments.check_can_receive(credit, debit, entry.currency)
                if credit.status != "ACTIVE":
                    raise BunqRuleError(400, "A counterparty account is no longer active.")
        except BunqRuleError as refused:
            _set_status(emu, draft, "REJECTED", refused.description)
            return draft
        for entry in draft.entries:
            paid, _ = payments.transfer(
                emu,
                debit=debit,
                credit=state.monetary_accounts[entry.counterparty_monetary_account_id],
                amount=entry.amount,
                description=entry.description,
                merchant_reference=entry.merchant_reference,
            )
            draft.payment_ids.append(paid.id)
        _set_status(emu, draft, "ACCEPTED", None)
        return draft


def reject(emu: Emulator, draft_id: int) -> DraftPayment:
    with emu.state.lock:
        draft = _draft(emu, draft_id)
        _require_pending(draft)
        _set_status(emu, draft, "REJECTED", "Rejected by the account holder.")
        return draft


def update_draft(
    emu: Emulator,
    ctx: SessionContext,
    owner: User,
    account_id: int,
    draft_id: int,
    body: dict[str, object],
) -> DraftPayment:
    """PUT draft-payment/{id}: ACCEPTED (the holder; signed), REJECTED or CANCELLED."""
    status = body.get("status")
    allowed = ("ACCEPTED", "REJECTED", "CANCELLED")
    if status not in allowed:
        raise BunqRuleError(400, f"Error in field 'status': must be one of {', '.join(allowed)}.")
    operation = {
        "ACCEPTED": Operation.ACCEPT_DRAFT_PAYMENT,
        "REJECTED": Operation.ACCEPT_DRAFT_PAYMENT,  # answering is the holder's decision
        "CANCELLED": Operation.CANCEL_DRAFT_PAYMENT,
    }[str(status)]
    scope.check(emu, ctx, operation)
    with emu.state.lock:
        draft = get_draft(emu, owner, account_id, draft_id)
        if status == "ACCEPTED":
            return approve(emu, draft.id)
        if status == "REJECTED":
            return reject(emu, draft.id)
        _require_pending(draft)
        _set_status(emu, draft, "CANCELLED", "Cancelled by its creator.")
        return draft


def list_drafts(emu: Emulator, owner: User, account_id: int) -> list[DraftPayment]:
    return accounts.items_in_account(emu, owner, account_id, emu.state.draft_payments)


def get_draft(emu: Emulator, owner: User, account_id: int, draft_id: int) -> DraftPayment:
    return accounts.item_in_account(
        emu, owner, account_id, emu.state.draft_payments, draft_id, "DraftPayment"
    )


# --- payment-service-provider-draft-payment ------------------------------------------------


def create_psp_draft(
    emu: Emulator, ctx: SessionContext, provider_user_id: int, body: dict[str, object]
) -> PspDraftPayment:
    """A PISP's payment from ``sender_iban`` to ``counterparty_iban``, for the payer to approve."""
    scope.check(emu, ctx, Operation.CREATE_PSP_DRAFT_PAYMENT)
    amount, currency = money.parse_amount(body.get("amount"))
    for field in ("counterparty_name", "description"):
        if not isinstance(body.get(field), str) or not str(body[field]).strip():
            raise BunqRuleError(400, f"Error in field '{field}': this field is required.")
    state = emu.state
    with state.lock:
        sender = money.account_by_iban(state, body.get("sender_iban"), "sender_iban")
        receiver = money.account_by_iban(state, body.get("counterparty_iban"), "counterparty_iban")
        payments.check_can_receive(receiver, sender, currency)
        if sender.currency != currency:
            raise BunqRuleError(
                400,
                f"Error in field 'amount.currency': the sender's account holds {sender.currency}.",
            )
        now = emu.now()
        draft = PspDraftPayment(
            id=state.next_id("psp_draft_payment"),
            user_id=provider_user_id,
            created=now,
            updated=now,
            sender_iban=sender.iban,
            sender_name=money.optional_text(body, "sender_name", max_length=255),
            counterparty_iban=receiver.iban,
            counterparty_name=str(body["counterparty_name"]),
            description=str(body["description"]),
            amount=amount,
            currency=currency,
        )
        state.psp_draft_payments[draft.id] = draft
        return draft


def _psp_draft(emu: Emulator, draft_id: int) -> PspDraftPayment:
    draft = emu.state.psp_draft_payments.get(draft_id)
    if draft is None:
        raise BunqRuleError(404, "PaymentServiceProviderDraftPayment not found.")
    return draft


def approve_psp(emu: Emulator, draft_id: int) -> PspDraftPayment:
    """The payer approves: paid at once, or REJECTED with nothing moved."""
    state = emu.state
    with state.lock:
        draft = _psp_draft(emu, draft_id)
        _require_pending(draft)
        draft.updated = emu.now()
        try:
            debit = money.account_by_iban(state, draft.sender_iban, "sender_iban")
            credit = money.account_by_iban(state, draft.counterparty_iban, "counterparty_iban")
            paid, _ = payments.transfer(
                emu,
                debit=debit,
                credit=credit,
                amount=draft.amount,
                description=draft.description,
                merchant_reference=None,
            )
        except BunqRuleError as refused:
            draft.status, draft.status_reason = "REJECTED", refused.description
            return draft
        draft.payment_ids.append(paid.id)
        draft.status = "ACCEPTED"
        return draft


def reject_psp(emu: Emulator, draft_id: int) -> PspDraftPayment:
    with emu.state.lock:
        draft = _psp_draft(emu, draft_id)
        _require_pending(draft)
        draft.status, draft.status_reason = "REJECTED", "Rejected by the payer."
        draft.updated = emu.now()
        return draft


def update_psp_draft(
    emu: Emulator,
    ctx: SessionContext,
    provider_user_id: int,
    draft_id: int,
    body: dict[str, object],
) -> PspDraftPayment:
    """PUT: the provider may only set REJECTED or CANCELLED (bunq's rule)."""
    scope.check(emu, ctx, Operation.CREATE_PSP_DRAFT_PAYMENT)
    status = body.get("status")
    if status not in ("REJECTED", "CANCELLED"):
        raise BunqRuleError(400, "Error in field 'status': can only be REJECTED or CANCELLED.")
    with emu.state.lock:
        draft = get_psp_draft(emu, provider_user_id, draft_id)
        _require_pending(draft)
        draft.status, draft.status_reason = (
            str(status),
            "Withdrawn by the payment service provider.",
        )
        draft.updated = emu.now()
        return draft


def list_psp_drafts(emu: Emulator, provider_user_id: int) -> list[PspDraftPayment]:
    with emu.state.lock:
        return [d for d in emu.state.psp_draft_payments.values() if d.user_id == provider_user_id]


def get_psp_draft(emu: Emulator, provider_user_id: int, draft_id: int) -> PspDraftPayment:
    with emu.state.lock:
        draft = emu.state.psp_draft_payments.get(draft_id)
        if draft is None or draft.user_id != provider_user_id:
            raise BunqRuleError(404, "PaymentServiceProviderDraftPayment not found.")
        return draft
