"""Payments: the one place money moves, atomically, with both sides recorded.

    debit, credit = transfer(emu, debit=acc1, credit=acc2, amount=Decimal("12.50"),
                             description="Lunch", merchant_reference="order-42")
    payment = create_payment(emu, ctx, owner, account_id, body)   # POST .../payment
    batch = create_payment_batch(emu, ctx, owner, account_id, body)   # POST .../payment-batch
    confirm_funds(emu, ctx, body)                                 # POST .../confirmation-of-funds

A transfer makes two Payments: the debit side (negative amount) on the paying account and the
credit side on the receiving one, each with its ``balance_after_mutation``; records an Event
for each and emits PAYMENT and MUTATION callbacks (MUTATION only for payments that settle a
request: bunq's PAYMENT category leaves those out). Everything happens under ``state.lock``
after every check has passed, so a refused payment leaves no trace.

A payment batch is all or nothing: every payment is parsed, scope-checked and its counterparty
resolved, and the account must carry the sum, before the first transfer; then each payment is a
transfer like a single one (events, callbacks) carrying the batch's id in ``batch_id``.

Insufficient funds is a 490 (bunq's "user error"): the request is well formed but the account
cannot carry it, which a client must tell apart from a malformed request (400).
"""

from __future__ import annotations

from decimal import Decimal

from bunq_connect.emulator import views
from bunq_connect.emulator.backend import Emulator
from bunq_connect.emulator.errors import BunqRuleError
from bunq_connect.emulator.services import accounts, activity, money, scope
from bunq_connect.emulator.services.auth import SessionContext
from bunq_connect.emulator.services.scope import Operation
from bunq_connect.emulator.state import (
    SUGARDADDY_EMAIL,
    MonetaryAccount,
    Payment,
    PaymentBatch,
    User,
)

INSUFFICIENT_FUNDS = (
    "Insufficient balance: the monetary account does not have enough money for this payment."
)


def check_can_pay(debit: MonetaryAccount, amount: Decimal, currency: str) -> None:
    """Refuse a debit the account cannot make (status, currency, balance)."""
    if debit.status != "ACTIVE":
        raise BunqRuleError(400, "The monetary account is not active and cannot pay.")
    if currency != debit.currency:
        raise BunqRuleError(
            400,
            f"Error in field 'amount.currency': the monetary account holds {debit.currency}, "
            f"not {currency}.",
        )
    if debit.balance < amount:
        raise BunqRuleError(490, INSUFFICIENT_FUNDS)


def check_can_receive(credit: MonetaryAccount, debit: MonetaryAccount, currency: str) -> None:
    if credit.status != "ACTIVE":
        # A closed account neither pays nor receives (money would be stuck in it).
        raise BunqRuleError(
            400, "Error in field 'counterparty_alias': the receiving account is not active."
        )
    if credit.id == debit.id:
        raise BunqRuleError(
            400, "Error in field 'counterparty_alias': an account cannot pay itself."
        )
    if credit.currency != currency:
        raise BunqRuleError(
            400,
            f"Error in field 'counterparty_alias': the receiving account holds "
            f"{credit.currency}, not {currency}.",
        )


def transfer(
    emu: Emulator,
    *,
    debit: MonetaryAccount,
    credit: MonetaryAccount,
    amount: Decimal,
    description: str,
    merchant_reference: str | None,
    sub_type: str = "PAYMENT",
    batch_id: int | None = None,
) -> tuple[Payment, Payment]:
    """Move ``amount`` (positive, in the accounts' currency) from ``debit`` to ``credit``."""
    state = emu.state
    with state.lock:
        currency = debit.currency
        check_can_receive(credit, debit, currency)
        check_can_pay(debit, amount, currency)
        now = emu.now()
        debit_label, credit_label = money.label_of(state, debit), money.label_of(state, credit)
        debit.balance -= amount
        credit.balance += amount
        debit.updated = credit.updated = now
        sides: list[Payment] = []
        for account, signed, own, other in (
            (debit, -amount, debit_label, credit_label),
            (credit, amount, credit_label, debit_label),
        ):
            payment = Payment(
                id=state.next_id("payment"),
                monetary_account_id=account.id,
                user_id=account.user_id,
                created=now,
                updated=now,
                amount=signed,
                currency=currency,
                description=description,
                merchant_reference=merchant_reference,
                alias=own,
                counterparty_alias=other,
                balance_after_mutation=account.balance,
                counterparty_monetary_account_id=(credit if account is debit else debit).id,
                sub_type=sub_type,
                batch_id=batch_id,
            )
            state.payments[payment.id] = payment
            sides.append(payment)
        paid, received = sides
        for payment, account, verb in ((paid, debit, "CREATED"), (received, credit, "RECEIVED")):
            activity.record_event(emu, account, "CREATE", "Payment", payment.id)
            obj = views.payment_item(payment, state)
            if sub_type == "PAYMENT":
                activity.notify(emu, account, "PAYMENT", f"PAYMENT_{verb}", obj)
            activity.notify(emu, account, "MUTATION", f"MUTATION_{verb}", obj)
        return paid, received


def create_payment(
    emu: Emulator, ctx: SessionContext, owner: User, account_id: int, body: dict[str, object]
) -> Payment:
    """POST /user/{uid}/monetary-account/{aid}/payment; returns the debit side."""
    state = emu.state
    with state.lock:
        debit = accounts.get_account(emu, owner, account_id)
        amount, currency = money.parse_amount(body.get("amount"))
        description = money.optional_text(body, "description") or ""
        merchant_reference = money.optional_text(body, "merchant_reference", max_length=255)
        credit = money.resolve_counterparty(emu, body.get("counterparty_alias"), currency)
        # "Own accounts" are the customer's alone: money paid into a joint account reaches its
        # co-owners too (an app made co-owner could otherwise take it out).
        own = credit.is_solely_held_by(owner.id)
        scope.check(emu, ctx, Operation.PAY_OWN_ACCOUNTS if own else Operation.PAY_THIRD_PARTY)
        check_can_pay(debit, amount, currency)
        paid, _ = transfer(
            emu,
            debit=debit,
            credit=credit,
            amount=amount,
            description=description,
            merchant_reference=merchant_reference,
        )
        return paid


def _batch_items(body: dict[str, object]) -> list[object]:
    """The batch's payments: a list (what bunq's SDK sends) or ``{"Payment": [...]}`` (the
    file's ``PaymentBatchAnchoredPayment``)."""
    raw = body.get("payments")
    if isinstance(raw, dict) and set(raw) == {"Payment"}:
        raw = raw["Payment"]
    if not isinstance(raw, list) or not raw:
        raise BunqRuleError(
            400,
            "Error in field 'payments': expected a non-empty list of payments, each with "
            "amount, counterparty_alias and description.",
        )
    return raw


def create_payment_batch(
    emu: Emulator, ctx: SessionContext, owner: User, account_id: int, body: dict[str, object]
) -> PaymentBatch:
    """POST /user/{uid}/monetary-account/{aid}/payment-batch: every payment, or none."""
    state = emu.state
    with state.lock:
        debit = accounts.get_account(emu, owner, account_id)
        planned: list[tuple[MonetaryAccount, Decimal, str, str | None]] = []
        total = Decimal("0.00")
        for index, item in enumerate(_batch_items(body)):
            field = f"payments[{index}]"
            if not isinstance(item, dict):
                raise BunqRuleError(400, f"Error in field '{field}': expected a payment object.")
            amount, currency = money.parse_amount(item.get("amount"), f"{field}.amount")
            prefix = field + "."
            description = money.optional_text(item, "description", prefix=prefix) or ""
            reference = money.optional_text(
                item, "merchant_reference", max_length=255, prefix=prefix
            )
            credit = money.resolve_counterparty(
                emu, item.get("counterparty_alias"), currency, f"{field}.counterparty_alias"
            )
            own = credit.is_solely_held_by(owner.id)  # as for single payments
            scope.check(emu, ctx, Operation.PAY_OWN_ACCOUNTS if own else Operation.PAY_THIRD_PARTY)
            if currency != debit.currency:
                raise BunqRuleError(
                    400,
                    f"Error in field '{field}.amount.currency': the monetary account holds "
                    f"{debit.currency}, not {currency}.",
                )
            check_can_receive(credit, debit, currency)
            planned.append((credit, amount, description, reference))
            total += amount
        check_can_pay(debit, total, debit.currency)
        now = emu.now()
        batch = PaymentBatch(
            id=state.next_id("payment_batch"),
            monetary_account_id=debit.id,
            user_id=debit.user_id,
            created=now,
            updated=now,
            payment_ids=[],
        )
        state.payment_batches[batch.id] = batch
        for credit, amount, description, reference in planned:
            paid, _ = transfer(
                emu,
                debit=debit,
                credit=credit,
                amount=amount,
                description=description,
                merchant_reference=reference,
                batch_id=batch.id,
            )
            batch.payment_ids.append(paid.id)
        return batch


def list_payment_batches(emu: Emulator, owner: User, account_id: int) -> list[PaymentBatch]:
    return accounts.items_in_account(emu, owner, account_id, emu.state.payment_batches)


def get_payment_batch(emu: Emulator, owner: User, account_id: int, batch_id: int) -> PaymentBatch:
    return accounts.item_in_account(
        emu, owner, account_id, emu.state.payment_batches, batch_id, "Payment batch"
    )


def list_payments(emu: Emulator, owner: User, account_id: int) -> list[Payment]:
    return accounts.items_in_account(emu, owner, account_id, emu.state.payments)


def get_payment(emu: Emulator, owner: User, account_id: int, payment_id: int) -> Payment:
    return accounts.item_in_account(
        emu, owner, account_id, emu.state.payments, payment_id, "Payment"
    )


def confirm_funds(emu: Emulator, ctx: SessionContext, owner: User, body: dict[str, object]) -> bool:
    """POST /user/{uid}/confirmation-of-funds: may the owner's account behind the IBAN pay this?

    Only the URL user's own accounts (the granting customer's, on behalf): anyone else's IBAN
    is "not found", or the answer would reveal a stranger's balance bit by bit.
    """
    scope.check(emu, ctx, Operation.CONFIRM_FUNDS)
    amount, currency = money.parse_amount(body.get("amount"))
    pointer = body.get("pointer_iban")
    if not isinstance(pointer, dict) or pointer.get("type", "IBAN") != "IBAN":
        raise BunqRuleError(
            400,
            "Error in field 'pointer_iban': expected an IBAN pointer "
            '{"type": "IBAN", "value": ..., "name": ...}.',
        )
    state = emu.state
    with state.lock:
        account = money.account_by_iban(state, pointer.get("value"), "pointer_iban.value")
        if not account.is_held_by(owner.id):
            raise BunqRuleError(404, "Monetary account not found.")
        return (
            account.status == "ACTIVE"
            and account.currency == currency
            and account.balance >= amount
        )


def sugardaddy_account(emu: Emulator) -> MonetaryAccount:
    state = emu.state
    with state.lock:
        daddy = state.user_by_email(SUGARDADDY_EMAIL)
        if daddy is None:  # pragma: no cover - seeded with every state
            raise BunqRuleError(500, "The sandbox's sugardaddy user is missing.")
        return money.primary_account(state, daddy, "EUR")


def fund(
    emu: Emulator, user_id: int, amount: Decimal, monetary_account_id: int | None = None
) -> Payment:
    """Control plane: Sugar Daddy pays ``amount`` EUR into one of the user's accounts."""
    state = emu.state
    with state.lock:
        user = state.users.get(user_id)
        if user is None:
            raise BunqRuleError(404, "User not found.")
        if monetary_account_id is None:
            account = money.primary_account(state, user, "EUR")
        else:
            account = accounts.get_account(emu, user, monetary_account_id)
        _, received = transfer(
            emu,
            debit=sugardaddy_account(emu),
            credit=account,
            amount=amount,
            description="Funds from the emulator's control plane",
            merchant_reference=None,
        )
        return received
