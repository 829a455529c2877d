"""Every resource class the clients attach, in one import (``_client`` stays small)."""

from bunq_connect.client.resources.confirmation_of_funds import (
    AsyncConfirmationOfFunds,
    ConfirmationOfFunds,
)
from bunq_connect.client.resources.draft_payments import AsyncDraftPayments, DraftPayments
from bunq_connect.client.resources.notification_filters import (
    AsyncNotificationFilters,
    NotificationFilters,
)
from bunq_connect.client.resources.operations import AsyncOperations, Operations
from bunq_connect.client.resources.payment_batches import AsyncPaymentBatches, PaymentBatches
from bunq_connect.client.resources.payments import AsyncPayments, Payments
from bunq_connect.client.resources.request_inquiries import (
    AsyncRequestInquiries,
    RequestInquiries,
)
from bunq_connect.client.resources.request_responses import (
    AsyncRequestResponses,
    RequestResponses,
)
from bunq_connect.client.resources.user_collections import (
    AsyncCards,
    AsyncEvents,
    AsyncPaymentServiceProviderDraftPayments,
    Cards,
    Events,
    PaymentServiceProviderDraftPayments,
)

__all__ = [
    "AsyncCards",
    "AsyncConfirmationOfFunds",
    "AsyncDraftPayments",
    "AsyncEvents",
    "AsyncNotificationFilters",
    "AsyncOperations",
    "AsyncPaymentBatches",
    "AsyncPaymentServiceProviderDraftPayments",
    "AsyncPayments",
    "AsyncRequestInquiries",
    "AsyncRequestResponses",
    "Cards",
    "ConfirmationOfFunds",
    "DraftPayments",
    "Events",
    "NotificationFilters",
    "Operations",
    "PaymentBatches",
    "PaymentServiceProviderDraftPayments",
    "Payments",
    "RequestInquiries",
    "RequestResponses",
]
