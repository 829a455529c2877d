# Generated from bunq's openapi.json by scripts/generate_emulator_routes.py.
# Do not edit by hand: change the script and regenerate.
"""Every path of bunq's API (relative to ``/v1``), its tag and its methods, in spec order.

>>> from bunq_connect.emulator.http._spec_paths import SPEC_PATHS
>>> len(SPEC_PATHS), sum(len(p.methods) for p in SPEC_PATHS)
(271, 480)
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["SPEC_PATHS", "SpecPath"]


class SpecPath(NamedTuple):
    path: str
    tag: str
    methods: tuple[str, ...]


SPEC_PATHS: tuple[SpecPath, ...] = (
    SpecPath("/attachment-public", "attachment-public", ("POST",)),
    SpecPath("/attachment-public/{attachment-publicUUID}/content", "content", ("GET",)),
    SpecPath("/attachment-public/{itemId}", "attachment-public", ("GET",)),
    SpecPath("/avatar", "avatar", ("POST",)),
    SpecPath("/avatar/{itemId}", "avatar", ("GET",)),
    SpecPath("/device", "device", ("GET",)),
    SpecPath("/device-server", "device-server", ("GET", "POST")),
    SpecPath("/device-server/{itemId}", "device-server", ("GET",)),
    SpecPath("/device/{itemId}", "device", ("GET",)),
    SpecPath("/health-check", "health-check", ("GET",)),
    SpecPath("/installation", "installation", ("GET", "POST")),
    SpecPath("/installation/{installationID}/server-public-key", "server-public-key", ("GET",)),
    SpecPath("/installation/{itemId}", "installation", ("GET",)),
    SpecPath(
        "/payment-service-provider-credential",
        "payment-service-provider-credential",
        ("POST",),
    ),
    SpecPath(
        "/payment-service-provider-credential/{itemId}",
        "payment-service-provider-credential",
        ("GET",),
    ),
    SpecPath("/sandbox-user-company", "sandbox-user-company", ("POST",)),
    SpecPath("/sandbox-user-person", "sandbox-user-person", ("POST",)),
    SpecPath("/server-error", "server-error", ("POST",)),
    SpecPath("/session-server", "session-server", ("POST",)),
    SpecPath("/session/{itemId}", "session", ("DELETE",)),
    SpecPath("/user", "user", ("GET",)),
    SpecPath("/user-company/{itemId}", "user-company", ("GET", "PUT")),
    SpecPath("/user-company/{user-companyID}/name", "name", ("GET",)),
    SpecPath("/user-payment-service-provider/{itemId}", "user-payment-service-provider", ("GET",)),
    SpecPath("/user-person/{itemId}", "user-person", ("GET", "PUT")),
    SpecPath("/user/{itemId}", "user", ("GET",)),
    SpecPath(
        "/user/{userID}/additional-transaction-information-category",
        "additional-transaction-information-category",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/additional-transaction-information-category-user-defined",
        "additional-transaction-information-category-user-defined",
        ("POST",),
    ),
    SpecPath("/user/{userID}/attachment/{attachmentID}/content", "content", ("GET",)),
    SpecPath("/user/{userID}/attachment/{itemId}", "attachment", ("GET",)),
    SpecPath(
        "/user/{userID}/billing-contract-subscription",
        "billing-contract-subscription",
        ("GET",),
    ),
    SpecPath("/user/{userID}/bunqme-fundraiser-profile", "bunqme-fundraiser-profile", ("GET",)),
    SpecPath(
        "/user/{userID}/bunqme-fundraiser-profile/{itemId}",
        "bunqme-fundraiser-profile",
        ("GET",),
    ),
    SpecPath("/user/{userID}/card", "card", ("GET",)),
    SpecPath("/user/{userID}/card-batch", "card-batch", ("POST",)),
    SpecPath("/user/{userID}/card-batch-replace", "card-batch-replace", ("POST",)),
    SpecPath("/user/{userID}/card-credit", "card-credit", ("POST",)),
    SpecPath("/user/{userID}/card-debit", "card-debit", ("POST",)),
    SpecPath("/user/{userID}/card-name", "card-name", ("GET",)),
    SpecPath(
        "/user/{userID}/card/{cardID}/export-statement-card",
        "export-statement-card",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/card/{cardID}/export-statement-card-csv",
        "export-statement-card-csv",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/card/{cardID}/export-statement-card-csv/{itemId}",
        "export-statement-card-csv",
        ("GET", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/card/{cardID}/export-statement-card-pdf",
        "export-statement-card-pdf",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/card/{cardID}/export-statement-card-pdf/{itemId}",
        "export-statement-card-pdf",
        ("GET", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/card/{cardID}/export-statement-card/{export-statement-cardID}/content",
        "content",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/card/{cardID}/export-statement-card/{itemId}",
        "export-statement-card",
        ("GET",),
    ),
    SpecPath("/user/{userID}/card/{cardID}/generated-cvc2", "generated-cvc2", ("GET", "POST")),
    SpecPath(
        "/user/{userID}/card/{cardID}/generated-cvc2/{itemId}",
        "generated-cvc2",
        ("GET", "PUT"),
    ),
    SpecPath("/user/{userID}/card/{cardID}/replace", "replace", ("POST",)),
    SpecPath("/user/{userID}/card/{itemId}", "card", ("GET", "PUT")),
    SpecPath("/user/{userID}/certificate-pinned", "certificate-pinned", ("GET", "POST")),
    SpecPath("/user/{userID}/certificate-pinned/{itemId}", "certificate-pinned", ("GET", "DELETE")),
    SpecPath("/user/{userID}/challenge-request/{itemId}", "challenge-request", ("GET", "PUT")),
    SpecPath(
        "/user/{userID}/chat-conversation/{chat-conversationID}/attachment/{attachmentID}/content",
        "content",
        ("GET",),
    ),
    SpecPath("/user/{userID}/company", "company", ("GET", "POST")),
    SpecPath("/user/{userID}/company/{itemId}", "company", ("GET", "PUT")),
    SpecPath("/user/{userID}/confirmation-of-funds", "confirmation-of-funds", ("POST",)),
    SpecPath("/user/{userID}/credential-password-ip", "credential-password-ip", ("GET",)),
    SpecPath(
        "/user/{userID}/credential-password-ip/{credential-password-ipID}/ip",
        "ip",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/credential-password-ip/{credential-password-ipID}/ip/{itemId}",
        "ip",
        ("GET", "PUT"),
    ),
    SpecPath("/user/{userID}/credential-password-ip/{itemId}", "credential-password-ip", ("GET",)),
    SpecPath(
        "/user/{userID}/currency-cloud-beneficiary",
        "currency-cloud-beneficiary",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/currency-cloud-beneficiary-requirement",
        "currency-cloud-beneficiary-requirement",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/currency-cloud-beneficiary/{itemId}",
        "currency-cloud-beneficiary",
        ("GET",),
    ),
    SpecPath("/user/{userID}/event", "event", ("GET",)),
    SpecPath("/user/{userID}/event/{itemId}", "event", ("GET",)),
    SpecPath("/user/{userID}/export-annual-overview", "export-annual-overview", ("GET", "POST")),
    SpecPath(
        "/user/{userID}/export-annual-overview/{export-annual-overviewID}/content",
        "content",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/export-annual-overview/{itemId}",
        "export-annual-overview",
        ("GET", "DELETE"),
    ),
    SpecPath("/user/{userID}/feature-announcement/{itemId}", "feature-announcement", ("GET",)),
    SpecPath("/user/{userID}/insight-preference-date", "insight-preference-date", ("GET",)),
    SpecPath("/user/{userID}/insights", "insights", ("GET",)),
    SpecPath("/user/{userID}/insights-search", "insights-search", ("GET",)),
    SpecPath("/user/{userID}/invoice", "invoice", ("GET",)),
    SpecPath("/user/{userID}/invoice/{invoiceID}/invoice-export", "invoice-export", ("POST",)),
    SpecPath(
        "/user/{userID}/invoice/{invoiceID}/invoice-export/{itemId}",
        "invoice-export",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath("/user/{userID}/invoice/{invoiceID}/pdf-content", "pdf-content", ("GET",)),
    SpecPath("/user/{userID}/invoice/{itemId}", "invoice", ("GET",)),
    SpecPath("/user/{userID}/legal-name", "legal-name", ("GET",)),
    SpecPath("/user/{userID}/limit", "limit", ("GET",)),
    SpecPath("/user/{userID}/monetary-account", "monetary-account", ("GET",)),
    SpecPath("/user/{userID}/monetary-account-bank", "monetary-account-bank", ("GET", "POST")),
    SpecPath(
        "/user/{userID}/monetary-account-bank/{itemId}",
        "monetary-account-bank",
        ("GET", "PUT"),
    ),
    SpecPath("/user/{userID}/monetary-account-card", "monetary-account-card", ("GET",)),
    SpecPath(
        "/user/{userID}/monetary-account-card/{itemId}",
        "monetary-account-card",
        ("GET", "PUT"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account-external",
        "monetary-account-external",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account-external-savings",
        "monetary-account-external-savings",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account-external-savings/{itemId}",
        "monetary-account-external-savings",
        ("GET", "PUT"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account-external/{itemId}",
        "monetary-account-external",
        ("GET", "PUT"),
    ),
    SpecPath("/user/{userID}/monetary-account-joint", "monetary-account-joint", ("GET", "POST")),
    SpecPath(
        "/user/{userID}/monetary-account-joint/{itemId}",
        "monetary-account-joint",
        ("GET", "PUT"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account-savings",
        "monetary-account-savings",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account-savings/{itemId}",
        "monetary-account-savings",
        ("GET", "PUT"),
    ),
    SpecPath("/user/{userID}/monetary-account/{itemId}", "monetary-account", ("GET",)),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/adyen-card-transaction/{adyen-card-transactionID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/adyen-card-transaction/{adyen-card-transactionID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/adyen-card-transaction/{adyen-card-transactionID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/adyen-card-transaction/{adyen-card-transactionID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/attachment",
        "attachment",
        ("POST",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/attachment/{attachmentID}/content",
        "content",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/bunqme-fundraiser-result/{bunqme-fundraiser-resultID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/bunqme-fundraiser-result/{bunqme-fundraiser-resultID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/bunqme-fundraiser-result/{bunqme-fundraiser-resultID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/bunqme-fundraiser-result/{bunqme-fundraiser-resultID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/bunqme-fundraiser-result/{itemId}",
        "bunqme-fundraiser-result",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/bunqme-tab",
        "bunqme-tab",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/bunqme-tab-result-response/{itemId}",
        "bunqme-tab-result-response",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/bunqme-tab/{itemId}",
        "bunqme-tab",
        ("GET", "PUT"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/currency-cloud-payment-quote",
        "currency-cloud-payment-quote",
        ("POST",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/currency-conversion",
        "currency-conversion",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/currency-conversion-quote",
        "currency-conversion-quote",
        ("POST",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/currency-conversion-quote/{itemId}",
        "currency-conversion-quote",
        ("GET", "PUT"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/currency-conversion/{itemId}",
        "currency-conversion",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/customer-statement",
        "customer-statement",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/customer-statement/{customer-statementID}/content",
        "content",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/customer-statement/{itemId}",
        "customer-statement",
        ("GET", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/draft-payment",
        "draft-payment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/draft-payment/{draft-paymentID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/draft-payment/{draft-paymentID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/draft-payment/{draft-paymentID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/draft-payment/{draft-paymentID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/draft-payment/{itemId}",
        "draft-payment",
        ("GET", "PUT"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/event/{eventID}/statement",
        "statement",
        ("POST",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/event/{eventID}/statement/{itemId}",
        "statement",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/event/{eventID}/statement/{statementID}/content",
        "content",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/export-rib",
        "export-rib",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/export-rib/{export-ribID}/content",
        "content",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/export-rib/{itemId}",
        "export-rib",
        ("GET", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/ideal-merchant-transaction",
        "ideal-merchant-transaction",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/ideal-merchant-transaction/{ideal-merchant-transactionID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/ideal-merchant-transaction/{ideal-merchant-transactionID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/ideal-merchant-transaction/{ideal-merchant-transactionID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/ideal-merchant-transaction/{ideal-merchant-transactionID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/ideal-merchant-transaction/{itemId}",
        "ideal-merchant-transaction",
        ("GET",),
    ),
    SpecPath("/user/{userID}/monetary-account/{monetary-accountID}/invoice", "invoice", ("GET",)),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/invoice/{itemId}",
        "invoice",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/mastercard-action",
        "mastercard-action",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/mastercard-action/{itemId}",
        "mastercard-action",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/mastercard-action/{mastercard-actionID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/mastercard-action/{mastercard-actionID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/mastercard-action/{mastercard-actionID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/mastercard-action/{mastercard-actionID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/mastercard-action/{mastercard-actionID}/payment",
        "payment",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/notification-filter-url",
        "notification-filter-url",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/open-banking-merchant-transaction/{open-banking-merchant-transactionID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/open-banking-merchant-transaction/{open-banking-merchant-transactionID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/open-banking-merchant-transaction/{open-banking-merchant-transactionID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/open-banking-merchant-transaction/{open-banking-merchant-transactionID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment",
        "payment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment-auto-allocate",
        "payment-auto-allocate",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment-auto-allocate/{itemId}",
        "payment-auto-allocate",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment-auto-allocate/{payment-auto-allocateID}/definition",
        "definition",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment-auto-allocate/{payment-auto-allocateID}/instance",
        "instance",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment-auto-allocate/{payment-auto-allocateID}/instance/{itemId}",
        "instance",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment-batch",
        "payment-batch",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment-batch/{itemId}",
        "payment-batch",
        ("GET", "PUT"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment-batch/{payment-batchID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment-batch/{payment-batchID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment-batch/{payment-batchID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment-batch/{payment-batchID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment-delayed/{payment-delayedID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment-delayed/{payment-delayedID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment-delayed/{payment-delayedID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment-delayed/{payment-delayedID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment/{itemId}",
        "payment",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment/{paymentID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment/{paymentID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment/{paymentID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/payment/{paymentID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-inquiry",
        "request-inquiry",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-inquiry-batch",
        "request-inquiry-batch",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-inquiry-batch/{itemId}",
        "request-inquiry-batch",
        ("GET", "PUT"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-inquiry-batch/{request-inquiry-batchID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-inquiry-batch/{request-inquiry-batchID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-inquiry-batch/{request-inquiry-batchID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-inquiry-batch/{request-inquiry-batchID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-inquiry/{itemId}",
        "request-inquiry",
        ("GET", "PUT"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-inquiry/{request-inquiryID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-inquiry/{request-inquiryID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-inquiry/{request-inquiryID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-inquiry/{request-inquiryID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-response",
        "request-response",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-response/{itemId}",
        "request-response",
        ("GET", "PUT"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-response/{request-responseID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-response/{request-responseID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-response/{request-responseID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/request-response/{request-responseID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath("/user/{userID}/monetary-account/{monetary-accountID}/schedule", "schedule", ("GET",)),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-payment",
        "schedule-payment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-payment-batch",
        "schedule-payment-batch",
        ("POST",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-payment-batch/{itemId}",
        "schedule-payment-batch",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-payment-batch/{schedule-payment-batchID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-payment-batch/{schedule-payment-batchID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-payment-batch/{schedule-payment-batchID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-payment-batch/{schedule-payment-batchID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-payment/{itemId}",
        "schedule-payment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-payment/{schedule-paymentID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-payment/{schedule-paymentID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-payment/{schedule-paymentID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-payment/{schedule-paymentID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-request-inquiry-batch/{schedule-request-inquiry-batchID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-request-inquiry-batch/{schedule-request-inquiry-batchID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-request-inquiry-batch/{schedule-request-inquiry-batchID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-request-inquiry-batch/{schedule-request-inquiry-batchID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-request-inquiry/{schedule-request-inquiryID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-request-inquiry/{schedule-request-inquiryID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-request-inquiry/{schedule-request-inquiryID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule-request-inquiry/{schedule-request-inquiryID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule/{itemId}",
        "schedule",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule/{scheduleID}/schedule-instance",
        "schedule-instance",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule/{scheduleID}/schedule-instance/{itemId}",
        "schedule-instance",
        ("GET", "PUT"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule/{scheduleID}/schedule-instance/{schedule-instanceID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule/{scheduleID}/schedule-instance/{schedule-instanceID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule/{scheduleID}/schedule-instance/{schedule-instanceID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/schedule/{scheduleID}/schedule-instance/{schedule-instanceID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/share-invite-monetary-account-inquiry",
        "share-invite-monetary-account-inquiry",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/share-invite-monetary-account-inquiry/{itemId}",
        "share-invite-monetary-account-inquiry",
        ("GET", "PUT"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/sofort-merchant-transaction",
        "sofort-merchant-transaction",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/sofort-merchant-transaction/{itemId}",
        "sofort-merchant-transaction",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/sofort-merchant-transaction/{sofort-merchant-transactionID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/sofort-merchant-transaction/{sofort-merchant-transactionID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/sofort-merchant-transaction/{sofort-merchant-transactionID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/sofort-merchant-transaction/{sofort-merchant-transactionID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/switch-service-payment/{itemId}",
        "switch-service-payment",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/switch-service-payment/{switch-service-paymentID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/switch-service-payment/{switch-service-paymentID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/switch-service-payment/{switch-service-paymentID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/switch-service-payment/{switch-service-paymentID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/whitelist-sdd",
        "whitelist-sdd",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/whitelist-sdd/{itemId}",
        "whitelist-sdd",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/whitelist/{whitelistID}/whitelist-result/{whitelist-resultID}/note-attachment",
        "note-attachment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/whitelist/{whitelistID}/whitelist-result/{whitelist-resultID}/note-attachment/{itemId}",
        "note-attachment",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/whitelist/{whitelistID}/whitelist-result/{whitelist-resultID}/note-text",
        "note-text",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/monetary-account/{monetary-accountID}/whitelist/{whitelistID}/whitelist-result/{whitelist-resultID}/note-text/{itemId}",
        "note-text",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/notification-filter-email",
        "notification-filter-email",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/notification-filter-failure",
        "notification-filter-failure",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/notification-filter-push",
        "notification-filter-push",
        ("GET", "POST"),
    ),
    SpecPath("/user/{userID}/notification-filter-url", "notification-filter-url", ("GET", "POST")),
    SpecPath("/user/{userID}/oauth-client", "oauth-client", ("GET", "POST")),
    SpecPath("/user/{userID}/oauth-client/{itemId}", "oauth-client", ("GET", "PUT")),
    SpecPath(
        "/user/{userID}/oauth-client/{oauth-clientID}/callback-url",
        "callback-url",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/oauth-client/{oauth-clientID}/callback-url/{itemId}",
        "callback-url",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath("/user/{userID}/payment-auto-allocate", "payment-auto-allocate", ("GET",)),
    SpecPath(
        "/user/{userID}/payment-service-provider-draft-payment",
        "payment-service-provider-draft-payment",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/payment-service-provider-draft-payment/{itemId}",
        "payment-service-provider-draft-payment",
        ("GET", "PUT"),
    ),
    SpecPath(
        "/user/{userID}/payment-service-provider-issuer-transaction",
        "payment-service-provider-issuer-transaction",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/payment-service-provider-issuer-transaction/{itemId}",
        "payment-service-provider-issuer-transaction",
        ("GET", "PUT"),
    ),
    SpecPath("/user/{userID}/schedule", "schedule", ("GET",)),
    SpecPath(
        "/user/{userID}/share-invite-monetary-account-response",
        "share-invite-monetary-account-response",
        ("GET",),
    ),
    SpecPath(
        "/user/{userID}/share-invite-monetary-account-response/{itemId}",
        "share-invite-monetary-account-response",
        ("GET", "PUT"),
    ),
    SpecPath("/user/{userID}/token-qr-request-ideal", "token-qr-request-ideal", ("POST",)),
    SpecPath("/user/{userID}/token-qr-request-sofort", "token-qr-request-sofort", ("POST",)),
    SpecPath("/user/{userID}/transferwise-currency", "transferwise-currency", ("GET",)),
    SpecPath("/user/{userID}/transferwise-quote", "transferwise-quote", ("POST",)),
    SpecPath(
        "/user/{userID}/transferwise-quote-temporary",
        "transferwise-quote-temporary",
        ("POST",),
    ),
    SpecPath(
        "/user/{userID}/transferwise-quote-temporary/{itemId}",
        "transferwise-quote-temporary",
        ("GET",),
    ),
    SpecPath("/user/{userID}/transferwise-quote/{itemId}", "transferwise-quote", ("GET",)),
    SpecPath(
        "/user/{userID}/transferwise-quote/{transferwise-quoteID}/transferwise-recipient",
        "transferwise-recipient",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/transferwise-quote/{transferwise-quoteID}/transferwise-recipient-requirement",
        "transferwise-recipient-requirement",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/transferwise-quote/{transferwise-quoteID}/transferwise-recipient/{itemId}",
        "transferwise-recipient",
        ("GET", "DELETE"),
    ),
    SpecPath(
        "/user/{userID}/transferwise-quote/{transferwise-quoteID}/transferwise-transfer",
        "transferwise-transfer",
        ("GET", "POST"),
    ),
    SpecPath(
        "/user/{userID}/transferwise-quote/{transferwise-quoteID}/transferwise-transfer-requirement",
        "transferwise-transfer-requirement",
        ("POST",),
    ),
    SpecPath(
        "/user/{userID}/transferwise-quote/{transferwise-quoteID}/transferwise-transfer/{itemId}",
        "transferwise-transfer",
        ("GET",),
    ),
    SpecPath("/user/{userID}/transferwise-user", "transferwise-user", ("GET", "POST")),
    SpecPath("/user/{userID}/tree-progress", "tree-progress", ("GET",)),
    SpecPath("/user/{userID}/whitelist-sdd", "whitelist-sdd", ("GET",)),
    SpecPath("/user/{userID}/whitelist-sdd-one-off", "whitelist-sdd-one-off", ("GET", "POST")),
    SpecPath(
        "/user/{userID}/whitelist-sdd-one-off/{itemId}",
        "whitelist-sdd-one-off",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath("/user/{userID}/whitelist-sdd-recurring", "whitelist-sdd-recurring", ("GET", "POST")),
    SpecPath(
        "/user/{userID}/whitelist-sdd-recurring/{itemId}",
        "whitelist-sdd-recurring",
        ("GET", "PUT", "DELETE"),
    ),
    SpecPath("/user/{userID}/whitelist-sdd/{itemId}", "whitelist-sdd", ("GET",)),
)
