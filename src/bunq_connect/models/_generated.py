# Generated from bunq's openapi.json by scripts/generate_models.py (datamodel-code-generator).
# Do not edit by hand: change the script and regenerate.

from __future__ import annotations

from bunq_connect.models.common import Amount, BunqModel, BunqTimestamp
from pydantic import Field, RootModel


class AdditionalTransactionInformationCategory(BunqModel):
    category: str | None = None
    """
    The category.
    """
    type: str | None = None
    """
    Who created this category.
    """
    status: str | None = None
    """
    Whether this category is active. Only relevant for user-defined categories.
    """
    order: int | None = None
    """
    The sort order of the category.
    """
    description: str | None = None
    """
    The description of the category.
    """
    description_translated: str | None = None
    """
    The translation of the description of the category.
    """
    color: str | None = None
    """
    The color of the category.
    """
    icon: str | None = None
    """
    The icon of the category.
    """


class AdditionalTransactionInformationCategoryListing(BunqModel):
    category: str | None = None
    """
    The category.
    """
    type: str | None = None
    """
    Who created this category.
    """
    status: str | None = None
    """
    Whether this category is active. Only relevant for user-defined categories.
    """
    order: int | None = None
    """
    The sort order of the category.
    """
    description: str | None = None
    """
    The description of the category.
    """
    description_translated: str | None = None
    """
    The translation of the description of the category.
    """
    color: str | None = None
    """
    The color of the category.
    """
    icon: str | None = None
    """
    The icon of the category.
    """


class AdditionalTransactionInformationCategoryUserDefined(BunqModel):
    category: str | None = None
    """
    The category.
    """
    status: str | None = None
    """
    Whether this category is active. Only relevant for user-defined categories.
    """
    description: str | None = None
    """
    The description of the category.
    """
    color: str | None = None
    """
    The color of the category.
    """
    icon: str | None = None
    """
    The icon of the category.
    """


class Address(BunqModel):
    street: str | None = None
    """
    The street.
    """
    house_number: str | None = None
    """
    The house number.
    """
    po_box: str | None = None
    """
    The PO box.
    """
    postal_code: str | None = None
    """
    The postal code.
    """
    city: str | None = None
    """
    The city.
    """
    country: str | None = None
    """
    The country as an ISO 3166-1 alpha-2 country code.
    """
    extra: str | None = None
    """
    The apartment, building or other extra information for addresses.
    """
    mailbox_name: str | None = None
    """
    The name on the mailbox (only used for Postal and Shipping addresses).
    """
    province: str | None = None
    """
    The province according to local standard.
    """
    is_user_address_updated: bool | None = None
    """
    To show whether user created or updated her address for app event listing.
    """


class AttachmentConversationContentListing(BunqModel):
    pass


class AttachmentMasterCardActionRefund(BunqModel):
    id: int | None = None
    """
    The id of the attached Attachment.
    """


class AttachmentMonetaryAccount(BunqModel):
    pass


class AttachmentMonetaryAccountContentListing(BunqModel):
    pass


class AttachmentMonetaryAccountCreate(BunqModel):
    id: int | None = None
    """
    The ID of the attachment created.
    """


class AttachmentMonetaryAccountPayment(BunqModel):
    id: int | None = None
    """
    The id of the attached Attachment.
    """
    monetary_account_id: int | None = None
    """
    The id of the MonetaryAccount this Attachment is attached from.
    """


class AttachmentPublic(BunqModel):
    pass


class AttachmentPublicContentListing(BunqModel):
    pass


class AttachmentUrl(BunqModel):
    type: str | None = None
    """
    The file type of attachment.
    """
    url: str | None = None
    """
    The URL where the attachment can be downloaded.
    """


class AttachmentUserContentListing(BunqModel):
    pass


class AvatarCreate(BunqModel):
    uuid: str | None = None
    """
    The UUID of the created avatar.
    """


class BillingContractSubscription(BunqModel):
    subscription_type: str | None = None
    """
    The subscription type of the user. Can be one of PERSON_SUPER_LIGHT_V1, PERSON_LIGHT_V1, PERSON_MORE_V1, PERSON_FREE_V1, PERSON_PREMIUM_V1, COMPANY_V1, or COMPANY_V2.
    """
    id: int | None = None
    """
    The id of the billing contract.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the billing contract was made.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the billing contract was last updated.
    """
    contract_date_start: str | None = None
    """
    The date from when the billing contract is valid.
    """
    contract_date_end: str | None = None
    """
    The date until when the billing contract is valid.
    """
    contract_version: int | None = None
    """
    The version of the billing contract.
    """
    subscription_type_downgrade: str | None = None
    """
    The subscription type the user will have after a subscription downgrade. Will be null if downgrading is not possible.
    """
    status: str | None = None
    """
    The subscription status.
    """
    sub_status: str | None = None
    """
    The subscription substatus.
    """


class BillingContractSubscriptionListing(BunqModel):
    id: int | None = None
    """
    The id of the billing contract.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the billing contract was made.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the billing contract was last updated.
    """
    contract_date_start: str | None = None
    """
    The date from when the billing contract is valid.
    """
    contract_date_end: str | None = None
    """
    The date until when the billing contract is valid.
    """
    contract_version: int | None = None
    """
    The version of the billing contract.
    """
    subscription_type: str | None = None
    """
    The subscription type of the user. Can be one of PERSON_SUPER_LIGHT_V1, PERSON_LIGHT_V1, PERSON_MORE_V1, PERSON_FREE_V1, PERSON_PREMIUM_V1, COMPANY_V1, or COMPANY_V2.
    """
    subscription_type_downgrade: str | None = None
    """
    The subscription type the user will have after a subscription downgrade. Will be null if downgrading is not possible.
    """
    status: str | None = None
    """
    The subscription status.
    """
    sub_status: str | None = None
    """
    The subscription substatus.
    """


class BirdeeInvestmentPortfolioBalance(BunqModel):
    amount_available: Amount | None = None
    amount_deposit_total: Amount | None = None
    amount_withdrawal_total: Amount | None = None
    amount_fee_total: Amount | None = None
    amount_profit: Amount | None = None
    amount_deposit_pending: Amount | None = None
    amount_withdrawal_pending: Amount | None = None


class BirdeeInvestmentPortfolioGoal(BunqModel):
    amount_target: Amount | None = None
    time_end: BunqTimestamp | None = None
    """
    The investment goal end time.
    """


class BirdeePortfolioAllocation(BunqModel):
    instrument_currency: str | None = None
    """
    Currency of the instrument.
    """
    instrument_asset_class: str | None = None
    """
    Asset Class of the instrument.
    """
    instrument_asset_class_name: str | None = None
    """
    Name of the asset class.
    """
    instrument_isin: str | None = None
    """
    ISIN code of the instrument.
    """
    instrument_name: str | None = None
    """
    Name of the instrument.
    """
    instrument_region_name: str | None = None
    """
    Name of the geographical region covered by the instrument
    """
    instrument_key_information_document_uri: str | None = None
    """
    Key Information Document of the instrument.
    """
    weight: str | None = None
    """
    Weight of the financial instrument in the model portfolio.
    """
    quantity: str | None = None
    """
    Quantity of the financial instrument in the portfolio.
    """
    price: str | None = None
    """
    Unit price of the financial instrument.
    """
    amount: str | None = None
    """
    Monetary amount of the financial instrument in the portfolio.
    """


class BunqId(BunqModel):
    id: int | None = None
    """
    An integer ID of an object. Unique per object type.
    """


class BunqMeMerchantAvailable(BunqModel):
    merchant_type: str | None = None
    """
    A merchant type supported by bunq.me.
    """
    available: bool | None = None
    """
    Whether or not the merchant is available for the user.
    """


class BunqMeTabCreate(BunqModel):
    id: int | None = None
    """
    The id of the created bunq.me.
    """


class BunqMeTabUpdate(BunqModel):
    Id: BunqId | None = None


class CardBatchCreate(BunqModel):
    updated_card_ids: list[BunqId] | None = None
    """
    The ids of the cards that have been updated.
    """


class CardBatchReplaceCreate(BunqModel):
    updated_card_ids: list[BunqId] | None = None
    """
    The ids of the cards that have been replaced.
    """


class CardCountryPermission(BunqModel):
    country: str | None = None
    """
    The country to allow transactions in (e.g. NL, DE).
    """
    expiry_time: BunqTimestamp | None = None
    """
    Expiry time of this rule.
    """
    id: int | None = None
    """
    The id of the card country permission entry.
    """


class CardCreditCreate(BunqModel):
    Id: BunqId | None = None


class CardDebitCreate(BunqModel):
    Id: BunqId | None = None


class CardGeneratedCvc2(BunqModel):
    type: str | None = None
    """
    The type of generated cvc2. Can be STATIC or GENERATED.
    """


class CardGeneratedCvc2Create(BunqModel):
    Id: BunqId | None = None


class CardGeneratedCvc2Listing(BunqModel):
    id: int | None = None
    """
    The id of the cvc code.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the cvc code's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the cvc code's last update.
    """
    type: str | None = None
    """
    The type of generated cvc2. Can be STATIC or GENERATED.
    """
    cvc2: str | None = None
    """
    The cvc2 code.
    """
    status: str | None = None
    """
    The status of the cvc2. Can be AVAILABLE, USED, EXPIRED, BLOCKED.
    """
    expiry_time: BunqTimestamp | None = None
    """
    Expiry time of the cvc2.
    """


class CardGeneratedCvc2Read(BunqModel):
    id: int | None = None
    """
    The id of the cvc code.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the cvc code's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the cvc code's last update.
    """
    type: str | None = None
    """
    The type of generated cvc2. Can be STATIC or GENERATED.
    """
    cvc2: str | None = None
    """
    The cvc2 code.
    """
    status: str | None = None
    """
    The status of the cvc2. Can be AVAILABLE, USED, EXPIRED, BLOCKED.
    """
    expiry_time: BunqTimestamp | None = None
    """
    Expiry time of the cvc2.
    """


class CardGeneratedCvc2Update(BunqModel):
    Id: BunqId | None = None


class CardNameListing(BunqModel):
    possible_card_name_array: list[str] | None = None
    """
    All possible variations (of suitable length) of user's legal name for the debit card.
    """


class CardPinAssignment(BunqModel):
    type: str | None = None
    """
    PIN type. Can be PRIMARY, SECONDARY or TERTIARY
    """
    routing_type: str | None = None
    """
    Routing type.
    """
    pin_code: str | None = None
    """
    The 4 digit PIN to be assigned to this account.
    """
    monetary_account_id: int | None = None
    """
    The ID of the monetary account to assign to this pin for the card.
    """
    status: str | None = None
    """
    The status of the card pin assignment.
    """


class CardPrimaryAccountNumber(BunqModel):
    id: int | None = None
    """
    The ID for this Virtual PAN.
    """
    description: str | None = None
    """
    The description for this PAN.
    """
    status: str | None = None
    """
    The status for this PAN, only for Online Cards.
    """
    monetary_account_id: int | None = None
    """
    The ID of the monetary account to assign to this PAN, only for Online Cards.
    """
    uuid: str | None = None
    """
    The UUID for this Virtual PAN.
    """
    four_digit: str | None = None
    """
    The last four digits of the PAN.
    """
    type: str | None = None
    """
    The type of the PAN.
    """


class CardReplace(BunqModel):
    name_on_card: str | None = None
    """
    The user's name as it will be on the card. Check 'card-name' for the available card names for a user.
    """
    preferred_name_on_card: str | None = None
    """
    The user's preferred name that can be put on the card.
    """
    pin_code_assignment: list[CardPinAssignment] | None = None
    """
    Array of Types, PINs, account IDs assigned to the card.
    """
    second_line: str | None = None
    """
    The second line on the card.
    """


class CardReplaceCreate(BunqModel):
    Id: BunqId | None = None


class CardReplacement(BunqModel):
    status: str | None = None
    """
    The status of the CardReplacement.
    """
    address_main: Address | None = None
    address_postal: Address | None = None
    card_id: int | None = None
    """
    The original card that belongs to the CardReplacement.
    """
    card_new_id: int | None = None
    """
    The new card that replaces the original card in the CardReplacement.
    """


class CardUpdate(BunqModel):
    Id: BunqId | None = None


class Certificate(BunqModel):
    certificate: str | None = None
    """
    A single certificate in the chain in .PEM format.
    """


class CertificatePinned(BunqModel):
    certificate_chain: list[Certificate] | None = None
    """
    The certificate chain in .PEM format.
    """


class CertificatePinnedCreate(BunqModel):
    id: int | None = None
    """
    The id generated for the pinned certificate chain.
    """


class CertificatePinnedDelete(BunqModel):
    pass


class CertificatePinnedListing(BunqModel):
    certificate_chain: str | None = None
    """
    The certificate chain in .PEM format. Certificates are glued with newline characters.
    """
    id: int | None = None
    """
    The id generated for the pinned certificate chain.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class CertificatePinnedRead(BunqModel):
    certificate_chain: str | None = None
    """
    The certificate chain in .PEM format. Certificates are glued with newline characters.
    """
    id: int | None = None
    """
    The id generated for the pinned certificate chain.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class CompanyCreate(BunqModel):
    Id: BunqId | None = None


class CompanyEmployeeCardReceipt(BunqModel):
    status: str | None = None
    """
    The status of the receipt.
    """


class CompanyUpdate(BunqModel):
    Id: BunqId | None = None


class CompanyVatNumber(BunqModel):
    type: str | None = None
    """
    The VAT identification number type.
    """
    country: str | None = None
    """
    The country of the VAT identification number.
    """
    value: str | None = None
    """
    The VAT identification number number.
    """


class ConfirmationOfFundsCreate(BunqModel):
    Id: BunqId | None = None


class CurrencyCloudBeneficiary(BunqModel):
    name: str | None = None
    """
    The name of the beneficiary.
    """
    country: str | None = None
    """
    The country of the beneficiary.
    """
    currency: str | None = None
    """
    The currency of the beneficiary.
    """
    payment_type: str | None = None
    """
    The payment type this requirement is for.
    """
    legal_entity_type: str | None = None
    """
    The legal entity type of the beneficiary.
    """
    all_field: list[str] | None = None
    """
    All fields that were required by CurrencyCloud. Obtained through the CurrencyCloudBeneficiaryRequirement listing.
    """


class CurrencyCloudBeneficiaryCreate(BunqModel):
    Id: BunqId | None = None


class CurrencyCloudBeneficiaryListing(BunqModel):
    id: int | None = None
    """
    The id of the profile.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the beneficiaries creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the beneficiaries last update.
    """
    name: str | None = None
    """
    The name of the beneficiary.
    """
    account_number: str | None = None
    """
    The account number to display for the beneficiary.
    """
    currency: str | None = None
    """
    The currency of the beneficiary.
    """
    external_identifier: str | None = None
    """
    The external identifier of the beneficiary.
    """


class CurrencyCloudBeneficiaryRead(BunqModel):
    id: int | None = None
    """
    The id of the profile.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the beneficiaries creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the beneficiaries last update.
    """
    name: str | None = None
    """
    The name of the beneficiary.
    """
    account_number: str | None = None
    """
    The account number to display for the beneficiary.
    """
    currency: str | None = None
    """
    The currency of the beneficiary.
    """
    external_identifier: str | None = None
    """
    The external identifier of the beneficiary.
    """


class CurrencyCloudBeneficiaryRequirementField(BunqModel):
    label: str | None = None
    """
    The label to display for the field.
    """
    name: str | None = None
    """
    The name of the field.
    """
    validation_expression: str | None = None
    """
    The expression to validate field input.
    """
    input_type: str | None = None
    """
    The type of data to input. Determines the keyboard to display.
    """


class CurrencyCloudBeneficiaryRequirementListing(BunqModel):
    payment_type: str | None = None
    """
    The payment type this requirement is for.
    """
    legal_entity_type: str | None = None
    """
    The entity type this requirement is for.
    """
    all_field: list[CurrencyCloudBeneficiaryRequirementField] | None = None
    """
    The fields that are required.
    """


class CurrencyCloudPaymentQuoteCreate(BunqModel):
    Id: BunqId | None = None


class CurrencyConversionQuoteCreate(BunqModel):
    Id: BunqId | None = None


class CurrencyConversionQuoteRead(BunqModel):
    id: int | None = None
    """
    The id of the quote.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the quote's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the quote's last update.
    """
    status: str | None = None
    """
    The status of the quote.
    """
    amount_source: Amount | None = None
    amount_target: Amount | None = None
    rate: str | None = None
    """
    The conversion rate.
    """
    time_expiry: BunqTimestamp | None = None
    """
    Timestamp for when this quote expires and the user should request a new one.
    """


class CurrencyConversionQuoteUpdate(BunqModel):
    Id: BunqId | None = None


class Customer(BunqModel):
    billing_account_id: str | None = None
    """
    The primary billing account account's id.
    """
    invoice_notification_preference: str | None = None
    """
    The preferred notification type for invoices.
    """
    id: int | None = None
    """
    The id of the customer.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the customer object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the customer object's last update.
    """


class CustomerLimit(BunqModel):
    limit_monetary_account: int | None = None
    """
    The limit of monetary accounts.
    """
    limit_monetary_account_remaining: int | None = None
    """
    The amount of additional monetary accounts you can create.
    """
    limit_card_debit_maestro: int | None = None
    """
    The limit of Maestro cards.
    """
    limit_card_debit_mastercard: int | None = None
    """
    The limit of MasterCard cards.
    """
    limit_card_debit_wildcard: int | None = None
    """
    DEPRECTATED: The limit of wildcards, e.g. Maestro or MasterCard cards.
    """
    limit_card_wildcard: int | None = None
    """
    The limit of wildcards, e.g. Maestro or MasterCard cards.
    """
    limit_card_replacement: int | None = None
    """
    The limit of free replacement cards.
    """
    limit_amount_monthly: Amount | None = None
    spent_amount_monthly: Amount | None = None


class CustomerLimitListing(BunqModel):
    limit_monetary_account: int | None = None
    """
    The limit of monetary accounts.
    """
    limit_monetary_account_remaining: int | None = None
    """
    The amount of additional monetary accounts you can create.
    """
    limit_card_debit_maestro: int | None = None
    """
    The limit of Maestro cards.
    """
    limit_card_debit_mastercard: int | None = None
    """
    The limit of MasterCard cards.
    """
    limit_card_debit_wildcard: int | None = None
    """
    DEPRECTATED: The limit of wildcards, e.g. Maestro or MasterCard cards.
    """
    limit_card_wildcard: int | None = None
    """
    The limit of wildcards, e.g. Maestro or MasterCard cards.
    """
    limit_card_replacement: int | None = None
    """
    The limit of free replacement cards.
    """
    limit_amount_monthly: Amount | None = None
    spent_amount_monthly: Amount | None = None


class DeviceServer(BunqModel):
    description: str | None = None
    """
    The description of the DeviceServer. This is only for your own reference when reading the DeviceServer again.
    """
    secret: str | None = None
    """
    The API key. You can request an API key in the bunq app.
    """
    permitted_ips: list[str] | None = None
    """
    An array of IPs (v4 or v6) this DeviceServer will be able to do calls from. These will be linked to the API key.
    """


class DeviceServerCreate(BunqModel):
    id: int | None = None
    """
    The id of the DeviceServer as created on the server.
    """


class DeviceServerListing(BunqModel):
    id: int | None = None
    """
    The id of the DeviceServer as created on the server.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the DeviceServer's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the DeviceServer's last update.
    """
    description: str | None = None
    """
    The description of the DeviceServer.
    """
    ip: str | None = None
    """
    The ip address which was used to create the DeviceServer.
    """
    status: str | None = None
    """
    The status of the DeviceServer. Can be ACTIVE, BLOCKED, NEEDS_CONFIRMATION or OBSOLETE.
    """


class DeviceServerRead(BunqModel):
    id: int | None = None
    """
    The id of the DeviceServer as created on the server.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the DeviceServer's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the DeviceServer's last update.
    """
    description: str | None = None
    """
    The description of the DeviceServer.
    """
    ip: str | None = None
    """
    The ip address which was used to create the DeviceServer.
    """
    status: str | None = None
    """
    The status of the DeviceServer. Can be ACTIVE, BLOCKED, NEEDS_CONFIRMATION or OBSOLETE.
    """


class DraftPaymentCreate(BunqModel):
    id: int | None = None
    """
    The id of the created DrafPayment.
    """


class DraftPaymentUpdate(BunqModel):
    id: int | None = None
    """
    The id of the created DrafPayment.
    """


class ErrorItem(BunqModel):
    error_description: str | None = None
    """
    The error description in English.
    """
    error_description_translated: str | None = None
    """
    The error description translated to the user's language.
    """


class Error(RootModel[list[ErrorItem] | None]):
    root: list[ErrorItem] | None = None


class ExportAnnualOverview(BunqModel):
    year: int | None = None
    """
    The year for which the overview is.
    """


class ExportAnnualOverviewContentListing(BunqModel):
    pass


class ExportAnnualOverviewCreate(BunqModel):
    id: int | None = None
    """
    The id of the annual overview as created on the server.
    """


class ExportAnnualOverviewDelete(BunqModel):
    pass


class ExportRib(BunqModel):
    pass


class ExportRibContentListing(BunqModel):
    pass


class ExportRibCreate(BunqModel):
    id: int | None = None
    """
    The id of the rib as created on the server.
    """


class ExportRibDelete(BunqModel):
    pass


class ExportRibListing(BunqModel):
    id: int | None = None
    """
    The id of the rib as created on the server.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the RIB's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the RIB's last update.
    """


class ExportRibRead(BunqModel):
    id: int | None = None
    """
    The id of the rib as created on the server.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the RIB's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the RIB's last update.
    """


class ExportStatement(BunqModel):
    statement_format: str | None = None
    """
    The format type of statement. Allowed values: MT940, CSV, PDF.
    """
    date_start: str | None = None
    """
    The start date for making statements.
    """
    date_end: str | None = None
    """
    The end date for making statements.
    """
    regional_format: str | None = None
    """
    Required for CSV exports. The regional format of the statement, can be UK_US (comma-separated) or EUROPEAN (semicolon-separated).
    """
    include_attachment: bool | None = None
    """
    Only for PDF exports. Includes attachments to mutations in the export, such as scanned receipts.
    """


class ExportStatementCardContentListing(BunqModel):
    pass


class ExportStatementCardCsv(BunqModel):
    date_start: str | None = None
    """
    The start date for making statements.
    """
    date_end: str | None = None
    """
    The end date for making statements.
    """
    regional_format: str | None = None
    """
    Required for CSV exports. The regional format of the statement, can be UK_US (comma-separated) or EUROPEAN (semicolon-separated).
    """


class ExportStatementCardCsvCreate(BunqModel):
    Id: BunqId | None = None


class ExportStatementCardCsvDelete(BunqModel):
    pass


class ExportStatementCardCsvListing(BunqModel):
    id: int | None = None
    """
    The id of the customer statement model.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the statement model's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the statement model's last update.
    """
    date_start: str | None = None
    """
    The date from when this statement shows transactions.
    """
    date_end: str | None = None
    """
    The date until which statement shows transactions.
    """
    status: str | None = None
    """
    The status of the export.
    """
    regional_format: str | None = None
    """
    The regional format of a CSV statement.
    """
    card_id: int | None = None
    """
    The card for which this statement was created.
    """


class ExportStatementCardCsvRead(BunqModel):
    id: int | None = None
    """
    The id of the customer statement model.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the statement model's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the statement model's last update.
    """
    date_start: str | None = None
    """
    The date from when this statement shows transactions.
    """
    date_end: str | None = None
    """
    The date until which statement shows transactions.
    """
    status: str | None = None
    """
    The status of the export.
    """
    regional_format: str | None = None
    """
    The regional format of a CSV statement.
    """
    card_id: int | None = None
    """
    The card for which this statement was created.
    """


class ExportStatementCardListing(BunqModel):
    id: int | None = None
    """
    The id of the customer statement model.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the statement model's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the statement model's last update.
    """
    date_start: str | None = None
    """
    The date from when this statement shows transactions.
    """
    date_end: str | None = None
    """
    The date until which statement shows transactions.
    """
    status: str | None = None
    """
    The status of the export.
    """
    regional_format: str | None = None
    """
    The regional format of a CSV statement.
    """
    card_id: int | None = None
    """
    The card for which this statement was created.
    """


class ExportStatementCardPdf(BunqModel):
    date_start: str | None = None
    """
    The start date for making statements.
    """
    date_end: str | None = None
    """
    The end date for making statements.
    """


class ExportStatementCardPdfCreate(BunqModel):
    Id: BunqId | None = None


class ExportStatementCardPdfDelete(BunqModel):
    pass


class ExportStatementCardPdfListing(BunqModel):
    id: int | None = None
    """
    The id of the customer statement model.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the statement model's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the statement model's last update.
    """
    date_start: str | None = None
    """
    The date from when this statement shows transactions.
    """
    date_end: str | None = None
    """
    The date until which statement shows transactions.
    """
    status: str | None = None
    """
    The status of the export.
    """
    card_id: int | None = None
    """
    The card for which this statement was created.
    """


class ExportStatementCardPdfRead(BunqModel):
    id: int | None = None
    """
    The id of the customer statement model.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the statement model's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the statement model's last update.
    """
    date_start: str | None = None
    """
    The date from when this statement shows transactions.
    """
    date_end: str | None = None
    """
    The date until which statement shows transactions.
    """
    status: str | None = None
    """
    The status of the export.
    """
    card_id: int | None = None
    """
    The card for which this statement was created.
    """


class ExportStatementCardRead(BunqModel):
    id: int | None = None
    """
    The id of the customer statement model.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the statement model's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the statement model's last update.
    """
    date_start: str | None = None
    """
    The date from when this statement shows transactions.
    """
    date_end: str | None = None
    """
    The date until which statement shows transactions.
    """
    status: str | None = None
    """
    The status of the export.
    """
    regional_format: str | None = None
    """
    The regional format of a CSV statement.
    """
    card_id: int | None = None
    """
    The card for which this statement was created.
    """


class ExportStatementContentListing(BunqModel):
    pass


class ExportStatementCreate(BunqModel):
    Id: BunqId | None = None


class ExportStatementDelete(BunqModel):
    pass


class ExportStatementPayment(BunqModel):
    pass


class ExportStatementPaymentContentListing(BunqModel):
    pass


class ExportStatementPaymentCreate(BunqModel):
    Id: BunqId | None = None


class ExportStatementPaymentRead(BunqModel):
    id: int | None = None
    """
    The id of the single payment statement model.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the statement model's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the statement model's last update.
    """
    status: str | None = None
    """
    The status of the export.
    """


class Fulfillment(BunqModel):
    type: str | None = None
    """
    Type of the information fulfillment.
    """
    reason: str | None = None
    """
    The reason why this fulfillment is requested.
    """
    reason_translated: str | None = None
    """
    The translated reason why this fulfillment is requested.
    """
    status: str | None = None
    """
    Status of this fulfillment.
    """
    time_mandatory: BunqTimestamp | None = None
    """
    Time when the information fulfillment becomes mandatory.
    """
    user_id: int | None = None
    """
    The user id this fulfillment is required for.
    """
    all_status_allowed: list[str] | None = None
    """
    The allowed statusses for this fulfillment.
    """


class Geolocation(BunqModel):
    latitude: float | None = None
    """
    The latitude for a geolocation restriction.
    """
    longitude: float | None = None
    """
    The longitude for a geolocation restriction.
    """
    altitude: float | None = None
    """
    The altitude for a geolocation restriction.
    """
    radius: float | None = None
    """
    The radius for a geolocation restriction.
    """


class HealthCheckResultEntry(BunqModel):
    type: str | None = None
    """
    The type of HealthCheckResultEntry.
    """
    status: str | None = None
    """
    The status of the HealthCheckResultEntry
    """


class IdealMerchantTransactionCreate(BunqModel):
    Id: BunqId | None = None


class Image(BunqModel):
    attachment_public_uuid: str | None = None
    """
    The public UUID of the public attachment containing the image.
    """
    content_type: str | None = None
    """
    The content-type as a MIME filetype.
    """
    height: int | None = None
    """
    The image height in pixels.
    """
    width: int | None = None
    """
    The image width in pixels.
    """


class InsightListing(BunqModel):
    category: str | None = None
    """
    The category.
    """
    category_translated: str | None = None
    """
    The translated category.
    """
    category_color: str | None = None
    """
    The color of the category.
    """
    category_icon: str | None = None
    """
    The icon of the category.
    """
    amount_total: Amount | None = None
    number_of_transactions: int | None = None
    """
    The number of the transactions in the category.
    """


class InsightPreferenceDateListing(BunqModel):
    day_of_month: int | None = None
    """
    The day of month at which budgeting/insights should start.
    """


class Installation(BunqModel):
    client_public_key: str | None = None
    """
    Your public key. This is the public part of the key pair that you are going to use to create value of the "X-Bunq-Client-Signature" header for all future API calls.
    """


class InstallationListing(BunqModel):
    id: int | None = None
    """
    The id of the Installation as created on the server. You can use this id to request the server's public key again.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class InstallationRead(BunqModel):
    id: int | None = None
    """
    The id of the Installation as created on the server. You can use this id to request the server's public key again.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class InstallationServerPublicKey(BunqModel):
    server_public_key: str | None = None
    """
    The server's public key for this Installation. You should use this key to verify the "X-Bunq-Server-Signature" header for each response from the server.
    """


class InstallationServerPublicKeyListing(BunqModel):
    server_public_key: str | None = None
    """
    The server's public key for this Installation.
    """


class InstallationToken(BunqModel):
    id: int | None = None
    """
    The id of the Token.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the Token's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the Token's last update.
    """
    token: str | None = None
    """
    The installation token is the token the client has to provide in the "X-Bunq-Client-Authentication" header for the creation of a DeviceServer and SessionServer.
    """


class InvoiceExportPdf(BunqModel):
    pass


class InvoiceExportPdfContentListing(BunqModel):
    pass


class InvoiceExportPdfCreate(BunqModel):
    Id: BunqId | None = None


class InvoiceExportPdfDelete(BunqModel):
    pass


class InvoiceExportPdfRead(BunqModel):
    id: int | None = None
    """
    The id of the invoice export model.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the invoice export's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the invoice export's last update.
    """
    status: str | None = None
    """
    The status of the invoice export.
    """


class InvoiceExportPdfUpdate(BunqModel):
    Id: BunqId | None = None


class InvoiceItem(BunqModel):
    id: int | None = None
    """
    The id of the invoice item.
    """
    billing_date: str | None = None
    """
    The billing date of the item.
    """
    type_description: str | None = None
    """
    The price description.
    """
    type_description_translated: str | None = None
    """
    The translated price description.
    """
    unit_vat_exclusive: Amount | None = None
    unit_vat_inclusive: Amount | None = None
    vat: int | None = None
    """
    The VAT tax fraction.
    """
    quantity: int | None = None
    """
    The number of items priced.
    """
    total_vat_exclusive: Amount | None = None
    total_vat_inclusive: Amount | None = None


class InvoiceItemGroup(BunqModel):
    type: str | None = None
    """
    The type of the invoice item group.
    """
    type_description: str | None = None
    """
    The description of the type of the invoice item group.
    """
    type_description_translated: str | None = None
    """
    The translated description of the type of the invoice item group.
    """
    instance_description: str | None = None
    """
    The identifier of the invoice item group.
    """
    product_vat_exclusive: Amount | None = None
    product_vat_inclusive: Amount | None = None
    item: list[InvoiceItem] | None = None
    """
    The invoice items in the group.
    """


class Issuer(BunqModel):
    bic: str | None = None
    """
    The BIC code.
    """
    name: str | None = None
    """
    The name of the bank.
    """


class MasterCardActionReference(BunqModel):
    event_id: int | None = None
    """
    The id of the event.
    """


class MasterCardIdentityCheckChallengeRequestUser(BunqModel):
    status: str | None = None
    """
    The status of the identity check. Can be ACCEPTED_PENDING_RESPONSE or REJECTED_PENDING_RESPONSE.
    """


class MasterCardIdentityCheckChallengeRequestUserUpdate(BunqModel):
    Id: BunqId | None = None


class MasterCardPaymentListing(BunqModel):
    pass


class MonetaryAccountBankCreate(BunqModel):
    Id: BunqId | None = None


class MonetaryAccountBankUpdate(BunqModel):
    Id: BunqId | None = None


class MonetaryAccountBudget(BunqModel):
    all_category: list[str] | None = None
    """
    DEPRECATED. The list of categories on which the user wants to set the budget.
    """
    amount: Amount | None = None
    recurrence_type: str | None = None
    """
    DEPRECATED. The recurrence type for the automatic top-up.
    """
    monetary_account_source_funding_id: int | None = None
    """
    DEPRECATED. The monetary account's ID from/to which the missing/exceeding funds will be transferred.
    """
    payment_day_of_month: int | None = None
    """
    DEPRECATED. The day of the month for the automatic top-up.
    """


class MonetaryAccountCardUpdate(BunqModel):
    Id: BunqId | None = None


class MonetaryAccountExternalCreate(BunqModel):
    Id: BunqId | None = None


class MonetaryAccountExternalSavingsCreate(BunqModel):
    Id: BunqId | None = None


class MonetaryAccountExternalSavingsUpdate(BunqModel):
    Id: BunqId | None = None


class MonetaryAccountExternalUpdate(BunqModel):
    Id: BunqId | None = None


class MonetaryAccountJointCreate(BunqModel):
    Id: BunqId | None = None


class MonetaryAccountJointUpdate(BunqModel):
    Id: BunqId | None = None


class MonetaryAccountProfileFill(BunqModel):
    status: str | None = None
    """
    The status of the profile.
    """
    balance_preferred: Amount | None = None
    balance_threshold_low: Amount | None = None
    issuer: Issuer | None = None


class MonetaryAccountSavingsCreate(BunqModel):
    Id: BunqId | None = None


class MonetaryAccountSavingsUpdate(BunqModel):
    Id: BunqId | None = None


class MonetaryAccountSetting(BunqModel):
    color: str | None = None
    """
    The color chosen for the MonetaryAccount.
    """
    icon: str | None = None
    """
    The icon chosen for the MonetaryAccount.
    """
    default_avatar_status: str | None = None
    """
    The status of the avatar. Can be either AVATAR_DEFAULT, AVATAR_CUSTOM or AVATAR_UNDETERMINED.
    """
    restriction_chat: str | None = None
    """
    The chat restriction. Possible values are ALLOW_INCOMING or BLOCK_INCOMING
    """
    sdd_expiration_action: str | None = None
    """
    The preference for this monetary account on whether to automatically accept or reject expiring SDDs.
    """


class MonetaryAccountSwitchService(BunqModel):
    id: int | None = None
    """
    The id of the monetary account.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the monetary account's creation.
    """
    description: str | None = None
    """
    The description for the bank account.
    """
    status: str | None = None
    """
    The status of the account.
    """
    sub_status: str | None = None
    """
    The sub-status of the account.
    """


class NoteAttachmentAdyenCardTransaction(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentAdyenCardTransactionCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentAdyenCardTransactionDelete(BunqModel):
    pass


class NoteAttachmentAdyenCardTransactionUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentBankSwitchServiceNetherlandsIncomingPayment(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentBankSwitchServiceNetherlandsIncomingPaymentCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentBankSwitchServiceNetherlandsIncomingPaymentDelete(BunqModel):
    pass


class NoteAttachmentBankSwitchServiceNetherlandsIncomingPaymentUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentBunqMeFundraiserResult(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentBunqMeFundraiserResultCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentBunqMeFundraiserResultDelete(BunqModel):
    pass


class NoteAttachmentBunqMeFundraiserResultUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentDraftPayment(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentDraftPaymentCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentDraftPaymentDelete(BunqModel):
    pass


class NoteAttachmentDraftPaymentUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentIdealMerchantTransaction(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentIdealMerchantTransactionCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentIdealMerchantTransactionDelete(BunqModel):
    pass


class NoteAttachmentIdealMerchantTransactionUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentMasterCardAction(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentMasterCardActionCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentMasterCardActionDelete(BunqModel):
    pass


class NoteAttachmentMasterCardActionUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentOpenBankingMerchantTransaction(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentOpenBankingMerchantTransactionCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentOpenBankingMerchantTransactionDelete(BunqModel):
    pass


class NoteAttachmentOpenBankingMerchantTransactionUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentPayment(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentPaymentBatch(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentPaymentBatchCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentPaymentBatchDelete(BunqModel):
    pass


class NoteAttachmentPaymentBatchUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentPaymentCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentPaymentDelayed(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentPaymentDelayedCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentPaymentDelayedDelete(BunqModel):
    pass


class NoteAttachmentPaymentDelayedUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentPaymentDelete(BunqModel):
    pass


class NoteAttachmentPaymentUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentRequestInquiry(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentRequestInquiryBatch(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentRequestInquiryBatchCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentRequestInquiryBatchDelete(BunqModel):
    pass


class NoteAttachmentRequestInquiryBatchUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentRequestInquiryCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentRequestInquiryDelete(BunqModel):
    pass


class NoteAttachmentRequestInquiryUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentRequestResponse(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentRequestResponseCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentRequestResponseDelete(BunqModel):
    pass


class NoteAttachmentRequestResponseUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentScheduleInstance(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentScheduleInstanceCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentScheduleInstanceDelete(BunqModel):
    pass


class NoteAttachmentScheduleInstanceUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentSchedulePayment(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentSchedulePaymentBatch(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentSchedulePaymentBatchCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentSchedulePaymentBatchDelete(BunqModel):
    pass


class NoteAttachmentSchedulePaymentBatchUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentSchedulePaymentCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentSchedulePaymentDelete(BunqModel):
    pass


class NoteAttachmentSchedulePaymentUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentScheduleRequest(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentScheduleRequestBatch(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentScheduleRequestBatchCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentScheduleRequestBatchDelete(BunqModel):
    pass


class NoteAttachmentScheduleRequestBatchUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentScheduleRequestCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentScheduleRequestDelete(BunqModel):
    pass


class NoteAttachmentScheduleRequestUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentSofortMerchantTransaction(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentSofortMerchantTransactionCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentSofortMerchantTransactionDelete(BunqModel):
    pass


class NoteAttachmentSofortMerchantTransactionUpdate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentWhitelistResult(BunqModel):
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment_id: int | None = None
    """
    The reference to the uploaded file to attach to this note.
    """


class NoteAttachmentWhitelistResultCreate(BunqModel):
    Id: BunqId | None = None


class NoteAttachmentWhitelistResultDelete(BunqModel):
    pass


class NoteAttachmentWhitelistResultUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextAdyenCardTransaction(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextAdyenCardTransactionCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextAdyenCardTransactionDelete(BunqModel):
    pass


class NoteTextAdyenCardTransactionUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextBankSwitchServiceNetherlandsIncomingPayment(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextBankSwitchServiceNetherlandsIncomingPaymentCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextBankSwitchServiceNetherlandsIncomingPaymentDelete(BunqModel):
    pass


class NoteTextBankSwitchServiceNetherlandsIncomingPaymentUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextBunqMeFundraiserResult(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextBunqMeFundraiserResultCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextBunqMeFundraiserResultDelete(BunqModel):
    pass


class NoteTextBunqMeFundraiserResultUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextDraftPayment(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextDraftPaymentCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextDraftPaymentDelete(BunqModel):
    pass


class NoteTextDraftPaymentUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextIdealMerchantTransaction(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextIdealMerchantTransactionCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextIdealMerchantTransactionDelete(BunqModel):
    pass


class NoteTextIdealMerchantTransactionUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextMasterCardAction(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextMasterCardActionCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextMasterCardActionDelete(BunqModel):
    pass


class NoteTextMasterCardActionUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextOpenBankingMerchantTransaction(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextOpenBankingMerchantTransactionCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextOpenBankingMerchantTransactionDelete(BunqModel):
    pass


class NoteTextOpenBankingMerchantTransactionUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextPayment(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextPaymentBatch(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextPaymentBatchCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextPaymentBatchDelete(BunqModel):
    pass


class NoteTextPaymentBatchUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextPaymentCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextPaymentDelayed(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextPaymentDelayedCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextPaymentDelayedDelete(BunqModel):
    pass


class NoteTextPaymentDelayedUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextPaymentDelete(BunqModel):
    pass


class NoteTextPaymentUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextRequestInquiry(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextRequestInquiryBatch(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextRequestInquiryBatchCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextRequestInquiryBatchDelete(BunqModel):
    pass


class NoteTextRequestInquiryBatchUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextRequestInquiryCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextRequestInquiryDelete(BunqModel):
    pass


class NoteTextRequestInquiryUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextRequestResponse(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextRequestResponseCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextRequestResponseDelete(BunqModel):
    pass


class NoteTextRequestResponseUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextScheduleInstance(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextScheduleInstanceCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextScheduleInstanceDelete(BunqModel):
    pass


class NoteTextScheduleInstanceUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextSchedulePayment(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextSchedulePaymentBatch(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextSchedulePaymentBatchCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextSchedulePaymentBatchDelete(BunqModel):
    pass


class NoteTextSchedulePaymentBatchUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextSchedulePaymentCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextSchedulePaymentDelete(BunqModel):
    pass


class NoteTextSchedulePaymentUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextScheduleRequest(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextScheduleRequestBatch(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextScheduleRequestBatchCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextScheduleRequestBatchDelete(BunqModel):
    pass


class NoteTextScheduleRequestBatchUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextScheduleRequestCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextScheduleRequestDelete(BunqModel):
    pass


class NoteTextScheduleRequestUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextSofortMerchantTransaction(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextSofortMerchantTransactionCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextSofortMerchantTransactionDelete(BunqModel):
    pass


class NoteTextSofortMerchantTransactionUpdate(BunqModel):
    Id: BunqId | None = None


class NoteTextWhitelistResult(BunqModel):
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextWhitelistResultCreate(BunqModel):
    Id: BunqId | None = None


class NoteTextWhitelistResultDelete(BunqModel):
    pass


class NoteTextWhitelistResultUpdate(BunqModel):
    Id: BunqId | None = None


class NotificationFilter(BunqModel):
    notification_delivery_method: str | None = None
    """
    The delivery method via which notifications that match this notification filter will be delivered. Possible choices are PUSH for delivery via push notification and URL for delivery via URL callback.
    """
    notification_target: str | None = None
    """
    The target of notifications that match this notification filter. For URL notification filters this is the URL to which the callback will be made. For PUSH notifications filters this should always be null.
    """
    category: str | None = None
    """
    The notification category that will match this notification filter. Possible choices are BILLING, CARD_TRANSACTION_FAILED, CARD_TRANSACTION_SUCCESSFUL, CHAT, DRAFT_PAYMENT, IDEAL, SOFORT, MONETARY_ACCOUNT_PROFILE, MUTATION, PAYMENT, PROMOTION, REQUEST, SCHEDULE_RESULT, SCHEDULE_STATUS, SHARE, SUPPORT, TAB_RESULT, USER_APPROVAL.
    """


class NotificationFilterEmail(BunqModel):
    notification_filters: list[NotificationFilterEmail] | None = None
    """
    The types of notifications that will result in a email notification for this user.
    """


class NotificationFilterEmailCreate(BunqModel):
    Id: BunqId | None = None


class NotificationFilterEmailListing(BunqModel):
    notification_filters: list[NotificationFilterEmail] | None = None
    """
    The types of notifications that will result in a email notification for this user.
    """


class NotificationFilterFailure(BunqModel):
    notification_filter_failed_ids: str | None = None
    """
    The IDs to retry.
    """


class NotificationFilterFailureCreate(BunqModel):
    Id: BunqId | None = None


class NotificationFilterFailureListing(BunqModel):
    notification_filters: list[NotificationFilter] | None = None
    """
    The types of notifications that will result in a url notification for this user.
    """
    category: str | None = None
    """
    The category of the failed notification.
    """
    event_type: str | None = None
    """
    The event type of the failed notification.
    """
    object_id: int | None = None
    """
    The object id used to generate the body of the notification.
    """
    exception_message: str | None = None
    """
    The exception bunq encountered when processing the callback.
    """
    response_code: int | None = None
    """
    The response code (or null) received from the endpoint.
    """


class NotificationFilterPush(BunqModel):
    notification_filters: list[NotificationFilterPush] | None = None
    """
    The types of notifications that will result in a push notification for this user.
    """


class NotificationFilterPushCreate(BunqModel):
    Id: BunqId | None = None


class NotificationFilterPushListing(BunqModel):
    notification_filters: list[NotificationFilterPush] | None = None
    """
    The types of notifications that will result in a push notification for this user.
    """


class NotificationFilterUrl(BunqModel):
    notification_filters: list[NotificationFilterUrl] | None = None
    """
    The types of notifications that will result in a url notification for this user.
    """


class NotificationFilterUrlCreate(BunqModel):
    Id: BunqId | None = None


class NotificationFilterUrlListing(BunqModel):
    notification_filters: list[NotificationFilterUrl] | None = None
    """
    The types of notifications that will result in a url notification for this user.
    """


class NotificationFilterUrlMonetaryAccount(BunqModel):
    notification_filters: list[NotificationFilterUrl] | None = None
    """
    The types of notifications that will result in a url notification for this monetary account.
    """


class NotificationFilterUrlMonetaryAccountCreate(BunqModel):
    Id: BunqId | None = None


class NotificationFilterUrlMonetaryAccountListing(BunqModel):
    notification_filters: list[NotificationFilterUrl] | None = None
    """
    The types of notifications that will result in a url notification for this monetary account.
    """


class OauthCallbackUrl(BunqModel):
    url: str | None = None
    """
    The URL for this callback.
    """


class OauthCallbackUrlCreate(BunqModel):
    Id: BunqId | None = None


class OauthCallbackUrlDelete(BunqModel):
    pass


class OauthCallbackUrlListing(BunqModel):
    url: str | None = None
    """
    The URL for this callback.
    """


class OauthCallbackUrlRead(BunqModel):
    url: str | None = None
    """
    The URL for this callback.
    """


class OauthCallbackUrlUpdate(BunqModel):
    Id: BunqId | None = None


class OauthClient(BunqModel):
    status: str | None = None
    """
    The status of the Oauth Client, can be ACTIVE or CANCELLED.
    """


class OauthClientCreate(BunqModel):
    Id: BunqId | None = None


class OauthClientListing(BunqModel):
    id: int | None = None
    """
    Id of the client.
    """
    status: str | None = None
    """
    The status of the pack group, can be ACTIVE, CANCELLED or CANCELLED_PENDING.
    """
    display_name: str | None = None
    """
    The display name of this Oauth Client
    """
    client_id: str | None = None
    """
    The Client ID associated with this Oauth Client
    """
    secret: str | None = None
    """
    Secret associated with this Oauth Client
    """
    callback_url: list[OauthCallbackUrl] | None = None
    """
    The callback URLs which are bound to this Oauth Client
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class OauthClientRead(BunqModel):
    id: int | None = None
    """
    Id of the client.
    """
    status: str | None = None
    """
    The status of the pack group, can be ACTIVE, CANCELLED or CANCELLED_PENDING.
    """
    display_name: str | None = None
    """
    The display name of this Oauth Client
    """
    client_id: str | None = None
    """
    The Client ID associated with this Oauth Client
    """
    secret: str | None = None
    """
    Secret associated with this Oauth Client
    """
    callback_url: list[OauthCallbackUrl] | None = None
    """
    The callback URLs which are bound to this Oauth Client
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class OauthClientUpdate(BunqModel):
    Id: BunqId | None = None


class PaymentArrivalExpected(BunqModel):
    status: str | None = None
    """
    Indicates when we expect the payment to arrive.
    """
    time: str | None = None
    """
    The time when the payment is expected to arrive.
    """


class PaymentAutoAllocateCreate(BunqModel):
    Id: BunqId | None = None


class PaymentAutoAllocateDelete(BunqModel):
    pass


class PaymentAutoAllocateUpdate(BunqModel):
    Id: BunqId | None = None


class PaymentBatchCreate(BunqModel):
    Id: BunqId | None = None


class PaymentBatchUpdate(BunqModel):
    Id: BunqId | None = None


class PaymentCreate(BunqModel):
    id: int | None = None
    """
    The id of the created Payment.
    """


class PaymentFee(BunqModel):
    value: str | None = None
    """
    The amount formatted to two decimal places.
    """
    currency: str | None = None
    """
    The currency of the amount. It is an ISO 4217 formatted currency code.
    """
    invoice_id: int | None = None
    """
    The id of the invoice related to possible payment fee.
    """


class PaymentServiceProviderCredential(BunqModel):
    client_payment_service_provider_certificate: str | None = None
    """
    Payment Services Directive 2 compatible QSEAL certificate
    """
    client_payment_service_provider_certificate_chain: str | None = None
    """
    Intermediate and root certificate belonging to the provided certificate.
    """
    client_public_key_signature: str | None = None
    """
    The Base64 encoded signature of the public key provided during installation and with the installation token appended as a nonce. Signed with the private key belonging to the QSEAL certificate.
    """


class PaymentServiceProviderCredentialCreate(BunqModel):
    Id: BunqId | None = None


class PaymentServiceProviderDraftPayment(BunqModel):
    sender_iban: str | None = None
    """
    The IBAN of the sender.
    """
    sender_name: str | None = None
    """
    The name of the sender.
    """
    counterparty_iban: str | None = None
    """
    The IBAN of the counterparty.
    """
    counterparty_name: str | None = None
    """
    The name of the counterparty.
    """
    description: str | None = None
    """
    Description of the payment.
    """
    amount: Amount | None = None
    status: str | None = None
    """
    The new status of the Draft Payment. Can only be set to REJECTED or CANCELLED by update.
    """


class PaymentServiceProviderDraftPaymentCreate(BunqModel):
    Id: BunqId | None = None


class PaymentServiceProviderDraftPaymentListing(BunqModel):
    sender_iban: str | None = None
    """
    The sender IBAN.
    """
    receiver_iban: str | None = None
    """
    The sender IBAN.
    """
    amount: Amount | None = None
    status: str | None = None
    """
    The status of the draft payment
    """


class PaymentServiceProviderDraftPaymentRead(BunqModel):
    sender_iban: str | None = None
    """
    The sender IBAN.
    """
    receiver_iban: str | None = None
    """
    The sender IBAN.
    """
    amount: Amount | None = None
    status: str | None = None
    """
    The status of the draft payment
    """


class PaymentServiceProviderDraftPaymentUpdate(BunqModel):
    Id: BunqId | None = None


class PaymentServiceProviderIssuerTransactionCreate(BunqModel):
    Id: BunqId | None = None


class PaymentServiceProviderIssuerTransactionUpdate(BunqModel):
    Id: BunqId | None = None


class PaymentSuspendedOutgoing(BunqModel):
    status: str | None = None
    """
    The status of the payment.
    """
    monetary_account_id: str | None = None
    """
    The ID of the monetary account the payment was sent from.
    """
    time_execution: BunqTimestamp | None = None
    """
    The time this payment should be executed.
    """


class PermittedDevice(BunqModel):
    description: str | None = None
    """
    The description of the device that may use the credential.
    """
    ip: str | None = None
    """
    The IP address of the device that may use the credential.
    """


class PermittedIp(BunqModel):
    ip: str | None = None
    """
    The IP address.
    """
    status: str | None = None
    """
    The status of the IP. May be "ACTIVE" or "INACTIVE". It is only possible to make requests from "ACTIVE" IP addresses. Only "ACTIVE" IPs will be billed.
    """


class PermittedIpCreate(BunqModel):
    Id: BunqId | None = None


class PermittedIpListing(BunqModel):
    ip: str | None = None
    """
    The IP address.
    """
    status: str | None = None
    """
    The status of the IP. May be "ACTIVE" or "INACTIVE". It is only possible to make requests from "ACTIVE" IP addresses. Only "ACTIVE" IPs will be billed.
    """


class PermittedIpRead(BunqModel):
    ip: str | None = None
    """
    The IP address.
    """
    status: str | None = None
    """
    The status of the IP. May be "ACTIVE" or "INACTIVE". It is only possible to make requests from "ACTIVE" IP addresses. Only "ACTIVE" IPs will be billed.
    """


class PermittedIpUpdate(BunqModel):
    Id: BunqId | None = None


class PointMutation(BunqModel):
    number_of_point: int | None = None
    """
    The number of points earned.
    """


class Pointer(BunqModel):
    type: str | None = None
    """
    The alias type, can be: EMAIL|PHONE_NUMBER|IBAN.
    """
    value: str | None = None
    """
    The alias value.
    """
    name: str | None = None
    """
    The alias name.
    """
    service: str | None = None
    """
    The pointer service. Only required for external counterparties.
    """


class RequestInquiryBatchCreate(BunqModel):
    Id: BunqId | None = None


class RequestInquiryBatchUpdate(BunqModel):
    Id: BunqId | None = None


class RequestInquiryCreate(BunqModel):
    id: int | None = None
    """
    The id of the created RequestInquiry.
    """


class RequestInquiryReference(BunqModel):
    type: str | None = None
    """
    The type of request inquiry. Can be RequestInquiry or RequestInquiryBatch.
    """
    id: int | None = None
    """
    The id of the request inquiry (batch).
    """


class RequestResponseUpdate(BunqModel):
    Id: BunqId | None = None


class SandboxUserCompany(BunqModel):
    pass


class SandboxUserCompanyCreate(BunqModel):
    Id: BunqId | None = None


class SandboxUserPerson(BunqModel):
    pass


class SandboxUserPersonCreate(BunqModel):
    Id: BunqId | None = None


class ScheduleInstanceUpdate(BunqModel):
    Id: BunqId | None = None


class SchedulePaymentBatchCreate(BunqModel):
    Id: BunqId | None = None


class SchedulePaymentBatchDelete(BunqModel):
    pass


class SchedulePaymentBatchUpdate(BunqModel):
    Id: BunqId | None = None


class SchedulePaymentCreate(BunqModel):
    Id: BunqId | None = None


class SchedulePaymentDelete(BunqModel):
    pass


class SchedulePaymentUpdate(BunqModel):
    Id: BunqId | None = None


class ScheduleUserListing(BunqModel):
    pass


class ServerError(BunqModel):
    pass


class ServerErrorCreate(BunqModel):
    Id: BunqId | None = None


class SessionDelete(BunqModel):
    pass


class SessionServer(BunqModel):
    secret: str | None = None
    """
    The API key of the user you want to login. If your API key has not been used before, it will be bound to the ip address of this DeviceServer.
    """


class SessionServerToken(BunqModel):
    id: int | None = None
    """
    The id of the Token.
    """
    token: str | None = None
    """
    The Session token is the token the client has to provide in the "X-Bunq-Client-Authentication" header for each API call that requires a Session (only the creation of a Installation and DeviceServer don't require a Session).
    """


class ShareDetailDraftPayment(BunqModel):
    make_draft_payments: bool | None = None
    """
    If set to true, the invited user will be able to make draft payments from the shared account.
    """
    view_balance: bool | None = None
    """
    If set to true, the invited user will be able to view the account balance.
    """
    view_old_events: bool | None = None
    """
    If set to true, the invited user will be able to view events from before the share was active.
    """
    view_new_events: bool | None = None
    """
    If set to true, the invited user will be able to view events starting from the time the share became active.
    """


class ShareDetailPayment(BunqModel):
    make_payments: bool | None = None
    """
    If set to true, the invited user will be able to make payments from the shared account.
    """
    make_draft_payments: bool | None = None
    """
    If set to true, the invited user will be able to make draft payments from the shared account.
    """
    view_balance: bool | None = None
    """
    If set to true, the invited user will be able to view the account balance.
    """
    view_old_events: bool | None = None
    """
    If set to true, the invited user will be able to view events from before the share was active.
    """
    view_new_events: bool | None = None
    """
    If set to true, the invited user will be able to view events starting from the time the share became active.
    """


class ShareDetailReadOnly(BunqModel):
    view_balance: bool | None = None
    """
    If set to true, the invited user will be able to view the account balance.
    """
    view_old_events: bool | None = None
    """
    If set to true, the invited user will be able to view events from before the share was active.
    """
    view_new_events: bool | None = None
    """
    If set to true, the invited user will be able to view events starting from the time the share became active.
    """


class ShareInviteMonetaryAccountInquiryCreate(BunqModel):
    id: int | None = None
    """
    The id of the newly created share invite.
    """


class ShareInviteMonetaryAccountInquiryUpdate(BunqModel):
    Id: BunqId | None = None


class ShareInviteMonetaryAccountResponseUpdate(BunqModel):
    Id: BunqId | None = None


class TaxResident(BunqModel):
    country: str | None = None
    """
    The country of the tax number.
    """
    tax_number: str | None = None
    """
    The tax number.
    """
    status: str | None = None
    """
    The status of the tax number. Either CONFIRMED or UNCONFIRMED.
    """
    id: int | None = None
    """
    The id of the tax resident.
    """


class TokenQrRequestIdeal(BunqModel):
    token: str | None = None
    """
    The token passed from a site or read from a QR code.
    """


class TokenQrRequestSofort(BunqModel):
    token: str | None = None
    """
    The token passed from a site or read from a QR code.
    """


class TokenQrRequestSofortCreate(BunqModel):
    Id: BunqId | None = None


class TransferwiseAccountQuoteCreate(BunqModel):
    Id: BunqId | None = None


class TransferwiseAccountQuoteDelete(BunqModel):
    pass


class TransferwiseAccountQuoteListing(BunqModel):
    account_id: str | None = None
    """
    Transferwise's id of the account.
    """
    currency: str | None = None
    """
    The currency the account.
    """
    country: str | None = None
    """
    The country of the account.
    """
    name_account_holder: str | None = None
    """
    The name of the account holder.
    """
    account_number: str | None = None
    """
    The account number.
    """
    bank_code: str | None = None
    """
    The bank code.
    """


class TransferwiseAccountQuoteRead(BunqModel):
    account_id: str | None = None
    """
    Transferwise's id of the account.
    """
    currency: str | None = None
    """
    The currency the account.
    """
    country: str | None = None
    """
    The country of the account.
    """
    name_account_holder: str | None = None
    """
    The name of the account holder.
    """
    account_number: str | None = None
    """
    The account number.
    """
    bank_code: str | None = None
    """
    The bank code.
    """


class TransferwiseAccountRequirementCreate(BunqModel):
    Id: BunqId | None = None


class TransferwiseCurrencyListing(BunqModel):
    currency: str | None = None
    """
    The currency code.
    """
    name: str | None = None
    """
    The currency name.
    """
    country: str | None = None
    """
    The country code associated with the currency.
    """


class TransferwiseQuote(BunqModel):
    currency_source: str | None = None
    """
    The source currency.
    """
    currency_target: str | None = None
    """
    The target currency.
    """
    amount_source: Amount | None = None
    amount_target: Amount | None = None
    id: int | None = None
    """
    The id of the quote.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the quote's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the quote's last update.
    """
    time_expiry: BunqTimestamp | None = None
    """
    The expiration timestamp of the quote.
    """
    quote_id: str | None = None
    """
    The quote id Transferwise needs.
    """
    amount_fee: Amount | None = None
    rate: str | None = None
    """
    The rate.
    """
    time_delivery_estimate: BunqTimestamp | None = None
    """
    The estimated delivery time.
    """


class TransferwiseQuoteCreate(BunqModel):
    Id: BunqId | None = None


class TransferwiseQuoteRead(BunqModel):
    id: int | None = None
    """
    The id of the quote.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the quote's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the quote's last update.
    """
    time_expiry: BunqTimestamp | None = None
    """
    The expiration timestamp of the quote.
    """
    quote_id: str | None = None
    """
    The quote id Transferwise needs.
    """
    amount_source: Amount | None = None
    amount_target: Amount | None = None
    amount_fee: Amount | None = None
    rate: str | None = None
    """
    The rate.
    """
    time_delivery_estimate: BunqTimestamp | None = None
    """
    The estimated delivery time.
    """


class TransferwiseQuoteTemporary(BunqModel):
    currency_source: str | None = None
    """
    The source currency.
    """
    currency_target: str | None = None
    """
    The target currency.
    """
    amount_source: Amount | None = None
    amount_target: Amount | None = None


class TransferwiseQuoteTemporaryCreate(BunqModel):
    Id: BunqId | None = None


class TransferwiseQuoteTemporaryRead(BunqModel):
    id: int | None = None
    """
    The id of the quote.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    time_expiry: BunqTimestamp | None = None
    """
    The expiration timestamp of the quote. Will always be null for temporary quotes.
    """
    quote_id: str | None = None
    """
    The quote id Transferwise needs. Will always be null for temporary quotes.
    """
    amount_source: Amount | None = None
    amount_target: Amount | None = None
    rate: str | None = None
    """
    The rate.
    """


class TransferwiseRequirementFieldGroupValidationAsyncParams(BunqModel):
    key: str | None = None
    """
    The parameter key.
    """
    parameter_name: str | None = None
    """
    The parameter label.
    """
    required: bool | None = None
    """
    Shows whether the parameter is required or not.
    """


class TransferwiseRequirementFieldGroupValuesAllowed(BunqModel):
    key: str | None = None
    """
    The key.
    """
    name: str | None = None
    """
    The label.
    """


class TransferwiseTransferCreate(BunqModel):
    Id: BunqId | None = None


class TransferwiseTransferRequirementCreate(BunqModel):
    Id: BunqId | None = None


class TransferwiseUser(BunqModel):
    oauth_code: str | None = None
    """
    The OAuth code returned by Transferwise we should be using to gain access to the user's Transferwise account.
    """


class TransferwiseUserCreate(BunqModel):
    Id: BunqId | None = None


class TransferwiseUserListing(BunqModel):
    id: int | None = None
    """
    The id of the TransferwiseUser.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the TransferwiseUser's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the TransferwiseUser's last update.
    """
    name: str | None = None
    """
    The name the user is registered with at TransferWise.
    """
    email: str | None = None
    """
    The email the user is registered with at TransferWise.
    """
    source: str | None = None
    """
    The source of the user at TransferWise.
    """


class Ubo(BunqModel):
    name: str | None = None
    """
    The name of the ultimate beneficiary owner.
    """
    date_of_birth: str | None = None
    """
    The date of birth of the ultimate beneficiary owner.
    """
    nationality: str | None = None
    """
    The nationality of the ultimate beneficiary owner.
    """


class UserCompanyNameListing(BunqModel):
    name_array: list[str] | None = None
    """
    All known (trade) names for a user company.
    """


class UserCompanyUpdate(BunqModel):
    id: int | None = None
    """
    The id of the modified company.
    """


class UserCredentialPasswordIpListing(BunqModel):
    id: int | None = None
    """
    The id of the credential.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the credential object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the credential object's last update.
    """
    status: str | None = None
    """
    The status of the credential.
    """
    expiry_time: BunqTimestamp | None = None
    """
    When the status is PENDING_FIRST_USE: when the credential expires.
    """
    token_value: str | None = None
    """
    When the status is PENDING_FIRST_USE: the value of the token.
    """
    permitted_device: PermittedDevice | None = None


class UserCredentialPasswordIpRead(BunqModel):
    id: int | None = None
    """
    The id of the credential.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the credential object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the credential object's last update.
    """
    status: str | None = None
    """
    The status of the credential.
    """
    expiry_time: BunqTimestamp | None = None
    """
    When the status is PENDING_FIRST_USE: when the credential expires.
    """
    token_value: str | None = None
    """
    When the status is PENDING_FIRST_USE: the value of the token.
    """
    permitted_device: PermittedDevice | None = None


class UserLegalNameListing(BunqModel):
    legal_names: list[str] | None = None
    """
    All legal names that can be used by the user
    """


class UserPersonUpdate(BunqModel):
    id: int | None = None
    """
    The id of the modified person object.
    """


class Whitelist(BunqModel):
    pass


class WhitelistSddOneOff(BunqModel):
    monetary_account_paying_id: int | None = None
    """
    ID of the monetary account of which you want to pay from.
    """
    request_id: int | None = None
    """
    ID of the request for which you want to whitelist the originating SDD.
    """
    maximum_amount_per_month: Amount | None = None
    maximum_amount_per_payment: Amount | None = None
    routing_type: str | None = None
    """
    The type of routing for this whitelist. Should be changed to non-optional CIT/technical#12806.
    """


class WhitelistSddOneOffCreate(BunqModel):
    Id: BunqId | None = None


class WhitelistSddOneOffDelete(BunqModel):
    pass


class WhitelistSddOneOffUpdate(BunqModel):
    Id: BunqId | None = None


class WhitelistSddRecurring(BunqModel):
    monetary_account_paying_id: int | None = None
    """
    ID of the monetary account of which you want to pay from.
    """
    request_id: int | None = None
    """
    ID of the request for which you want to whitelist the originating SDD.
    """
    maximum_amount_per_month: Amount | None = None
    maximum_amount_per_payment: Amount | None = None
    routing_type: str | None = None
    """
    The type of routing for this whitelist. Should be changed to non-optional CIT/technical#12806.
    """


class WhitelistSddRecurringCreate(BunqModel):
    Id: BunqId | None = None


class WhitelistSddRecurringDelete(BunqModel):
    pass


class WhitelistSddRecurringUpdate(BunqModel):
    Id: BunqId | None = None


class AdditionalInformation(BunqModel):
    category: str | None = None
    """
    The category of the refund, required for chargeback.
    """
    reason: str | None = None
    """
    The reason to refund, required for chargeback.
    """
    comment: str | None = None
    """
    Comment about the refund.
    """
    attachment: list[AttachmentMasterCardActionRefund] | None = None
    """
    The Attachments to attach to the refund request.
    """
    terms_and_conditions: str | None = None
    """
    Proof that the user acknowledged the terms and conditions for chargebacks.
    """


class AdditionalTransactionInformationCategoryUserDefinedCreate(BunqModel):
    Id: BunqId | None = None


class Attachment(BunqModel):
    description: str | None = None
    """
    The description of the attachment.
    """
    content_type: str | None = None
    """
    The content type of the attachment's file.
    """
    urls: list[AttachmentUrl] | None = None
    """
    The URLs where the file can be downloaded.
    """


class AttachmentPublicCreate(BunqModel):
    Id: BunqId | None = None


class AttachmentPublicRead(BunqModel):
    uuid: str | None = None
    """
    The UUID of the attachment.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the attachment's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the attachment's last update.
    """
    attachment: Attachment | None = None


class AttachmentUserRead(BunqModel):
    id: int | None = None
    """
    The id of the attachment.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the attachment's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the attachment's last update.
    """
    attachment: Attachment | None = None


class Avatar(BunqModel):
    uuid: str | None = None
    """
    The public UUID of the avatar.
    """
    anchor_uuid: str | None = None
    """
    The public UUID of object this avatar is anchored to.
    """
    image: list[Image] | None = None
    """
    The actual image information of this avatar.
    """
    style: str | None = None
    """
    The style (if applicable) for this Avatar.
    """


class AvatarRead(BunqModel):
    uuid: str | None = None
    """
    The UUID of the created avatar.
    """
    image: list[Image] | None = None
    """
    The content type of the image.
    """


class BirdeeInvestmentPortfolio(BunqModel):
    risk_profile_type: str | None = None
    """
    The type of risk profile associated with the portfolio.
    """
    investment_theme: str | None = None
    """
    The investment theme.
    """
    name: str | None = None
    """
    The name associated with the investment portfolio.
    """
    goal: BirdeeInvestmentPortfolioGoal | None = None
    status: str | None = None
    """
    Status of the portfolio.
    """
    number_of_strategy_change_annual_maximum: int | None = None
    """
    Maximum number of strategy changes in a year.
    """
    number_of_strategy_change_annual_used: int | None = None
    """
    Maximum number of strategy changes used.
    """
    external_identifier: str | None = None
    """
    The external identifier of the portfolio.
    """
    balance: BirdeeInvestmentPortfolioBalance | None = None
    allocations: list[BirdeePortfolioAllocation] | None = None
    """
    The allocations of the investment portfolio.
    """


class Card(BunqModel):
    pin_code: str | None = None
    """
    The plaintext pin code. Requests require encryption to be enabled.
    """
    activation_code: str | None = None
    """
    DEPRECATED: Activate a card by setting status to ACTIVE when the order_status is ACCEPTED_FOR_PRODUCTION.
    """
    status: str | None = None
    """
    The status to set for the card. Can be ACTIVE, DEACTIVATED, LOST, STOLEN or CANCELLED, and can only be set to LOST/STOLEN/CANCELLED when order status is ACCEPTED_FOR_PRODUCTION/DELIVERED_TO_CUSTOMER/CARD_UPDATE_REQUESTED/CARD_UPDATE_SENT/CARD_UPDATE_ACCEPTED. Can only be set to DEACTIVATED after initial activation, i.e. order_status is DELIVERED_TO_CUSTOMER/CARD_UPDATE_REQUESTED/CARD_UPDATE_SENT/CARD_UPDATE_ACCEPTED. Mind that all the possible choices (apart from ACTIVE and DEACTIVATED) are permanent and cannot be changed after.
    """
    order_status: str | None = None
    """
    The order status to set for the card. Set to CARD_REQUEST_PENDING to get a virtual card produced.
    """
    card_limit: Amount | None = None
    card_limit_atm: Amount | None = None
    country_permission: list[CardCountryPermission] | None = None
    """
    The countries for which to grant (temporary) permissions to use the card.
    """
    pin_code_assignment: list[CardPinAssignment] | None = None
    """
    Array of Types, PINs, account IDs assigned to the card.
    """
    primary_account_numbers: list[CardPrimaryAccountNumber] | None = None
    """
    Array of PANs and their attributes.
    """
    monetary_account_id_fallback: int | None = None
    """
    ID of the MA to be used as fallback for this card if insufficient balance. Fallback account is removed if not supplied.
    """
    preferred_name_on_card: str | None = None
    """
    The user's preferred name as it will be on the card.
    """
    second_line: str | None = None
    """
    The second line of text on the card
    """
    cancellation_reason: str | None = None
    """
    The reason for card cancellation.
    """


class CardBatchEntry(BunqModel):
    id: int | None = None
    """
    The ID of the card that needs to be updated.
    """
    status: str | None = None
    """
    The status to set for the card. Can be ACTIVE, DEACTIVATED, LOST, STOLEN or CANCELLED, and can only be set to LOST/STOLEN/CANCELLED when order status is ACCEPTED_FOR_PRODUCTION/DELIVERED_TO_CUSTOMER/CARD_UPDATE_REQUESTED/CARD_UPDATE_SENT/CARD_UPDATE_ACCEPTED. Can only be set to DEACTIVATED after initial activation, i.e. order_status is DELIVERED_TO_CUSTOMER/CARD_UPDATE_REQUESTED/CARD_UPDATE_SENT/CARD_UPDATE_ACCEPTED. Mind that all the possible choices (apart from ACTIVE and DEACTIVATED) are permanent and cannot be changed after.
    """
    card_limit: Amount | None = None
    card_limit_atm: Amount | None = None
    country_permission: list[CardCountryPermission] | None = None
    """
    The countries for which to grant (temporary) permissions to use the card.
    """
    monetary_account_id_fallback: int | None = None
    """
    ID of the MA to be used as fallback for this card if insufficient balance. Fallback account is removed if not supplied.
    """


class CardBatchReplaceEntry(BunqModel):
    id: int | None = None
    """
    The ID of the card that needs to be replaced.
    """
    name_on_card: str | None = None
    """
    The user's name as it will be on the card. Check 'card-name' for the available card names for a user.
    """
    pin_code_assignment: list[CardPinAssignment] | None = None
    """
    Array of Types, PINs, account IDs assigned to the card.
    """
    second_line: str | None = None
    """
    The second line on the card.
    """


class CardCredit(BunqModel):
    first_line: str | None = None
    """
    The first line of text on the card, used as name/description for it. It can contain at most 17 characters and it can be empty.
    """
    second_line: str | None = None
    """
    The second line of text on the card, used as name/description for it. It can contain at most 17 characters and it can be empty.
    """
    name_on_card: str | None = None
    """
    The user's name as it will be on the card. Check 'card-name' for the available card names for a user.
    """
    preferred_name_on_card: str | None = None
    """
    The user's preferred name that can be put on the card.
    """
    alias: Pointer | None = None
    type: str | None = None
    """
    The type of card to order. Can be MASTERCARD.
    """
    product_type: str | None = None
    """
    The product type of the card to order.
    """
    pin_code_assignment: list[CardPinAssignment] | None = None
    """
    Array of Types, PINs, account IDs assigned to the card.
    """
    monetary_account_id_fallback: int | None = None
    """
    ID of the MA to be used as fallback for this card if insufficient balance. Fallback account is removed if not supplied.
    """
    order_status: str | None = None
    """
    The order status of this card. Can be CARD_REQUEST_PENDING or VIRTUAL_DELIVERY.
    """


class CardDebit(BunqModel):
    second_line: str | None = None
    """
    The second line of text on the card, used as name/description for it. It can contain at most 17 characters and it can be empty.
    """
    name_on_card: str | None = None
    """
    The user's name as it will be on the card. Check 'card-name' for the available card names for a user.
    """
    preferred_name_on_card: str | None = None
    """
    The user's preferred name that can be put on the card.
    """
    alias: Pointer | None = None
    type: str | None = None
    """
    The type of card to order. Can be MAESTRO or MASTERCARD.
    """
    product_type: str | None = None
    """
    The product type of the card to order.
    """
    pin_code_assignment: list[CardPinAssignment] | None = None
    """
    Array of Types, PINs, account IDs assigned to the card.
    """
    monetary_account_id_fallback: int | None = None
    """
    ID of the MA to be used as fallback for this card if insufficient balance. Fallback account is removed if not supplied.
    """
    order_status: str | None = None
    """
    The order status of this card. Can be CARD_REQUEST_PENDING or VIRTUAL_DELIVERY.
    """


class Company(BunqModel):
    name: str | None = None
    """
    The company name.
    """
    address_main: Address | None = None
    address_postal: Address | None = None
    country: str | None = None
    """
    The country where the company is registered.
    """
    ubo: list[Ubo] | None = None
    """
    The names and birth dates of the company's ultimate beneficiary owners. Minimum zero, maximum four.
    """
    chamber_of_commerce_number: str | None = None
    """
    The company's chamber of commerce number.
    """
    legal_form: str | None = None
    """
    The company's legal form.
    """
    subscription_type: str | None = None
    """
    The subscription type for the company.
    """
    avatar_uuid: str | None = None
    """
    The public UUID of the company's avatar.
    """
    vat_number: CompanyVatNumber | None = None
    vat_numbers: list[CompanyVatNumber] | None = None
    """
    All the vat numbers of the company
    """
    signup_track_type: str | None = None
    """
    The type of signup track the user is following.
    """


class CompanyEmployeeCard(BunqModel):
    pointer_counter_user: Pointer | None = None
    pointer_monetary_account: Pointer | None = None
    type: str | None = None
    """
    The type of card to order.
    """
    product_type: str | None = None
    """
    The product type of the card to order.
    """
    company_name_on_card: str | None = None
    """
    The name of the company that should be displayed on the card.
    """
    employee_name_on_card: str | None = None
    """
    The name of the employee that should be displayed on the card.
    """
    employee_preferred_name_on_card: str | None = None
    """
    The user's preferred name as it will be on the card.
    """
    amount_limit_monthly: Amount | None = None
    status: str | None = None
    """
    The status of the employee card.
    """
    card: Card | None = None
    amount_spent_monthly: Amount | None = None
    number_of_company_employee_card_receipt_pending: int | None = None
    """
    The number of transactions that still need a receipt.
    """


class CompanyEmployeeSettingAdyenCardTransaction(BunqModel):
    pointer_counter_user: Pointer | None = None
    status: str | None = None
    """
    Whether the user is allowed to use Tap to Pay.
    """
    monetary_account_payout_id: int | None = None
    """
    The ID of the monetary account where Tap to Pay transactions should be paid out to.
    """


class ConfirmationOfFunds(BunqModel):
    pointer_iban: Pointer | None = None
    amount: Amount | None = None


class CurrencyCloudPaymentQuote(BunqModel):
    pointers: list[Pointer] | None = None
    """
    The points we want to know the fees for.
    """


class CurrencyConversionQuote(BunqModel):
    amount: Amount | None = None
    currency_source: str | None = None
    """
    The currency we are converting.
    """
    currency_target: str | None = None
    """
    The currency we are converting towards.
    """
    order_type: str | None = None
    """
    The type of the quote, SELL or BUY.
    """
    counterparty_alias: Pointer | None = None
    status: str | None = None
    """
    The status of the quote.
    """


class DeviceListing(BunqModel):
    DeviceServer_1: DeviceServer | None = Field(None, alias="DeviceServer")


class DeviceRead(BunqModel):
    DeviceServer_1: DeviceServer | None = Field(None, alias="DeviceServer")


class FeatureAnnouncement(BunqModel):
    avatar: Avatar | None = None
    title: str | None = None
    """
    The event overview title of the feature display
    """
    sub_title: str | None = None
    """
    The event overview subtitle of the feature display
    """
    type: str | None = None
    """
    The type of the feature announcement so apps can override with their own stuff if desired
    """


class FeatureAnnouncementRead(BunqModel):
    avatar: Avatar | None = None
    title: str | None = None
    """
    The event overview title of the feature display
    """
    sub_title: str | None = None
    """
    The event overview subtitle of the feature display
    """
    type: str | None = None
    """
    The type of the feature announcement so apps can override with their own stuff if desired
    """


class HealthCheckResult(BunqModel):
    status: str | None = None
    """
    The result status of the health check.
    """
    allEntry: list[HealthCheckResultEntry] | None = None
    """
    The entries on which the current status is based.
    """


class InstallationCreate(BunqModel):
    Id: BunqId | None = None
    Token: InstallationToken | None = None
    ServerPublicKey: InstallationServerPublicKey | None = None


class LabelUser(BunqModel):
    uuid: str | None = None
    """
    The public UUID of the label-user.
    """
    display_name: str | None = None
    """
    The name to be displayed for this user, as it was given on the request.
    """
    country: str | None = None
    """
    The country of the user. 000 stands for "unknown"
    """
    avatar: Avatar | None = None
    public_nick_name: str | None = None
    """
    The current nickname of the user.
    """


class MonetaryAccountCard(BunqModel):
    id: int | None = None
    """
    The id of the MonetaryAccountCard.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountCard's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountCard's last update.
    """
    currency: str | None = None
    """
    The currency of the MonetaryAccountCard as an ISO 4217 formatted currency code.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountCard. Defaults to 'prepaid credit card'.
    """
    daily_limit: Amount | None = None
    overdraft_limit: Amount | None = None
    balance: Amount | None = None
    balance_real: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountCard.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountCard's public UUID.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountCard.
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountCard providing extra information regarding the status.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountCard.
    """


class MonetaryAccountCardListing(BunqModel):
    id: int | None = None
    """
    The id of the MonetaryAccountCard.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountCard's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountCard's last update.
    """
    currency: str | None = None
    """
    The currency of the MonetaryAccountCard as an ISO 4217 formatted currency code.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountCard. Defaults to 'prepaid credit card'.
    """
    daily_limit: Amount | None = None
    overdraft_limit: Amount | None = None
    balance: Amount | None = None
    balance_real: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountCard.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountCard's public UUID.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountCard.
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountCard providing extra information regarding the status.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountCard.
    """


class MonetaryAccountCardRead(BunqModel):
    id: int | None = None
    """
    The id of the MonetaryAccountCard.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountCard's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountCard's last update.
    """
    currency: str | None = None
    """
    The currency of the MonetaryAccountCard as an ISO 4217 formatted currency code.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountCard. Defaults to 'prepaid credit card'.
    """
    daily_limit: Amount | None = None
    overdraft_limit: Amount | None = None
    balance: Amount | None = None
    balance_real: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountCard.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountCard's public UUID.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountCard.
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountCard providing extra information regarding the status.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountCard.
    """


class MonetaryAccountLight(BunqModel):
    currency: str | None = None
    """
    The currency of the MonetaryAccountLight as an ISO 4217 formatted currency code.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountLight. Defaults to 'bunq account'.
    """
    daily_limit: Amount | None = None
    avatar_uuid: str | None = None
    """
    The UUID of the Avatar of the MonetaryAccountLight.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountLight. Can be: ACTIVE, BLOCKED, CANCELLED or PENDING_REOPEN
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountLight providing extra information regarding the status. Will be NONE for ACTIVE or PENDING_REOPEN, COMPLETELY or ONLY_ACCEPTING_INCOMING for BLOCKED and REDEMPTION_INVOLUNTARY, REDEMPTION_VOLUNTARY or PERMANENT for CANCELLED.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccountBank, can only be OTHER.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccountBank. Can be any user provided message.
    """
    setting: MonetaryAccountSetting | None = None
    id: int | None = None
    """
    The id of the MonetaryAccountLight.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountLight's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountLight's last update.
    """
    avatar: Avatar | None = None
    balance: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountLight.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountLight's public UUID.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountLight.
    """
    balance_maximum: Amount | None = None
    budget_month_used: Amount | None = None
    budget_month_maximum: Amount | None = None
    budget_year_used: Amount | None = None
    budget_year_maximum: Amount | None = None
    budget_withdrawal_year_used: Amount | None = None
    budget_withdrawal_year_maximum: Amount | None = None


class NoteAttachmentAdyenCardTransactionListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentAdyenCardTransactionRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentBankSwitchServiceNetherlandsIncomingPaymentListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentBankSwitchServiceNetherlandsIncomingPaymentRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentBunqMeFundraiserResultListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentBunqMeFundraiserResultRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentDraftPaymentListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentDraftPaymentRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentIdealMerchantTransactionListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentIdealMerchantTransactionRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentMasterCardActionListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentMasterCardActionRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentOpenBankingMerchantTransactionListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentOpenBankingMerchantTransactionRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentPaymentBatchListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentPaymentBatchRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentPaymentDelayedListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentPaymentDelayedRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentPaymentListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentPaymentRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentRequestInquiryBatchListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentRequestInquiryBatchRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentRequestInquiryListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentRequestInquiryRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentRequestResponseListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentRequestResponseRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentScheduleInstanceListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentScheduleInstanceRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentSchedulePaymentBatchListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentSchedulePaymentBatchRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentSchedulePaymentListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentSchedulePaymentRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentScheduleRequestBatchListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentScheduleRequestBatchRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentScheduleRequestListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentScheduleRequestRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentSofortMerchantTransactionListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentSofortMerchantTransactionRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentWhitelistResultListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteAttachmentWhitelistResultRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    description: str | None = None
    """
    Optional description of the attachment.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The attachment attached to the note.
    """


class NoteTextAdyenCardTransactionListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextAdyenCardTransactionRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextBankSwitchServiceNetherlandsIncomingPaymentListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextBankSwitchServiceNetherlandsIncomingPaymentRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextBunqMeFundraiserResultListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextBunqMeFundraiserResultRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextDraftPaymentListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextDraftPaymentRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextIdealMerchantTransactionListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextIdealMerchantTransactionRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextMasterCardActionListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextMasterCardActionRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextOpenBankingMerchantTransactionListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextOpenBankingMerchantTransactionRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextPaymentBatchListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextPaymentBatchRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextPaymentDelayedListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextPaymentDelayedRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextPaymentListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextPaymentRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextRequestInquiryBatchListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextRequestInquiryBatchRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextRequestInquiryListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextRequestInquiryRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextRequestResponseListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextRequestResponseRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextScheduleInstanceListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextScheduleInstanceRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextSchedulePaymentBatchListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextSchedulePaymentBatchRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextSchedulePaymentListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextSchedulePaymentRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextScheduleRequestBatchListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextScheduleRequestBatchRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextScheduleRequestListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextScheduleRequestRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextSofortMerchantTransactionListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextSofortMerchantTransactionRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextWhitelistResultListing(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class NoteTextWhitelistResultRead(BunqModel):
    id: int | None = None
    """
    The id of the note.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the note's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the note's last update.
    """
    label_user_creator: LabelUser | None = None
    content: str | None = None
    """
    The content of the note.
    """


class OpenBankingProviderBank(BunqModel):
    account_information_service_status: str | None = None
    """
    Whether we support Open Banking budgeting using the bank provider.
    """
    payment_information_service_status: str | None = None
    """
    Whether we support top ups using the bank provider.
    """
    name: str | None = None
    """
    The name of the bank provider.
    """
    aiia_provider_id: str | None = None
    """
    The external identifier for this bank.
    """
    country: str | None = None
    """
    Country of provider
    """
    all_payment_method_allowed_sepa: list[str] | None = None
    """
    All payment methods allowed for Sepa payments.
    """
    all_payment_method_allowed_domestic: list[str] | None = None
    """
    All payment methods allowed for Domestic payments.
    """
    audience_business_status: bool | None = None
    """
    Whether business banking is supported by the provider.
    """
    audience_private_status: bool | None = None
    """
    Whether personal banking is supported by the provider.
    """
    avatar: Avatar | None = None


class PartnerPromotionCashback(BunqModel):
    public_uuid: str | None = None
    """
    The public UUID of the cashback promotion.
    """
    status: str | None = None
    """
    The status of the cashback promotion.
    """
    promotion_code: str | None = None
    """
    The promotion code used in signup to indicate the partner that referred the user.
    """
    amount_cashback_per_transaction_maximum: Amount | None = None
    number_of_transaction_maximum: int | None = None
    """
    The maximum number of transactions that can be made.
    """
    amount_transaction_minimum: Amount | None = None
    url_together: str | None = None
    """
    The URL to the Together page with FAQs about this promotion.
    """
    deeplink: str | None = None
    """
    The deeplink to the cashback promotion.
    """
    partner_name: str | None = None
    """
    The name of the partner.
    """
    partner_avatar: Avatar | None = None
    promotion_title_short: list[str] | None = None
    """
    The short title of the promotion.
    """
    promotion_title_long: list[str] | None = None
    """
    The long title of the promotion.
    """
    promotion_description: list[str] | None = None
    """
    The description of the promotion.
    """


class PaymentAutoAllocateDefinition(BunqModel):
    type: str | None = None
    """
    The type of definition.
    """
    counterparty_alias: Pointer | None = None
    description: str | None = None
    """
    The description for the payment.
    """
    amount: Amount | None = None
    fraction: int | None = None
    """
    The percentage of the triggering payment's amount to allocate.
    """
    id: int | None = None
    """
    The id of the PaymentAutoAllocateDefinition.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the PaymentAutoAllocateDefinition was created.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the PaymentAutoAllocateDefinition was last updated.
    """


class PaymentAutoAllocateDefinitionListing(BunqModel):
    id: int | None = None
    """
    The id of the PaymentAutoAllocateDefinition.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the PaymentAutoAllocateDefinition was created.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the PaymentAutoAllocateDefinition was last updated.
    """
    counterparty_alias: Pointer | None = None
    description: str | None = None
    """
    The description for the payment.
    """
    amount: Amount | None = None
    fraction: int | None = None
    """
    The percentage of the triggering payment's amount to allocate.
    """


class PaymentServiceProviderCredentialRead(BunqModel):
    id: int | None = None
    """
    The id of the credential.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the credential object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the credential object's last update.
    """
    status: str | None = None
    """
    The status of the credential.
    """
    expiry_time: BunqTimestamp | None = None
    """
    When the status is PENDING_FIRST_USE: when the credential expires.
    """
    token_value: str | None = None
    """
    When the status is PENDING_FIRST_USE: the value of the token.
    """
    permitted_device: PermittedDevice | None = None


class PaymentServiceProviderIssuerTransaction(BunqModel):
    counterparty_alias: Pointer | None = None
    amount: Amount | None = None
    description: str | None = None
    """
    The description of this transaction, to be shown to the user and to the counter party.
    """
    url_redirect: str | None = None
    """
    The url to which the user should be redirected once the transaction is accepted or rejected.
    """
    time_expiry: BunqTimestamp | None = None
    """
    The (optional) expiration time of the transaction. Defaults to 10 minutes.
    """
    status: str | None = None
    """
    The status of the transaction. Can only be used for cancelling the transaction.
    """


class RelationUser(BunqModel):
    user_id: str | None = None
    """
    The user's ID.
    """
    counter_user_id: str | None = None
    """
    The counter user's ID.
    """
    label_user: LabelUser | None = None
    counter_label_user: LabelUser | None = None
    relationship: str | None = None
    """
    The requested relation type.
    """
    status: str | None = None
    """
    The request's status, only for UPDATE.
    """
    user_status: str | None = None
    """
    The account status of a user
    """
    counter_user_status: str | None = None
    """
    The account status of a user
    """
    company_employee_setting_adyen_card_transaction: (
        CompanyEmployeeSettingAdyenCardTransaction | None
    ) = None
    all_company_employee_card: list[CompanyEmployeeCard] | None = None
    """
    Cards accessible by the company employee
    """


class ShareDetail(BunqModel):
    payment: ShareDetailPayment | None = None
    read_only: ShareDetailReadOnly | None = None
    draft_payment: ShareDetailDraftPayment | None = None


class TransferwiseRequirementFieldGroupValidationAsync(BunqModel):
    url: str | None = None
    """
    The url to be used to validate user input.
    """
    params: TransferwiseRequirementFieldGroupValidationAsyncParams | None = None


class TreeProgressListing(BunqModel):
    number_of_tree: float | None = None
    """
    The number of trees this user and all users have planted.
    """
    progress_tree_next: float | None = None
    """
    The progress towards the next tree.
    """
    url_invite_profile: str | None = None
    """
    URL of the invite profile.
    """
    label_user: LabelUser | None = None


class UserBlocklistMasterCardMerchant(BunqModel):
    merchant_name: str | None = None
    """
    The name of the merchant.
    """
    merchant_id: str | None = None
    """
    The blocklisted merchant.
    """
    merchant_identifier: str | None = None
    """
    Identifier of the merchant we are blocklisting.
    """
    mastercard_merchant_id: str | None = None
    """
    The blocklisted merchant.
    """
    external_merchant_id: str | None = None
    """
    Externally provided merchant identification.
    """
    id: int | None = None
    """
    The id of the blocklist.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """
    status: str | None = None
    """
    The status of the the blocklist.
    """
    merchant_hash: str | None = None
    """
    Hash of the merchant we are blocklisting.
    """
    merchant_avatar: Avatar | None = None


class UserCompany(BunqModel):
    name: str | None = None
    """
    The company name.
    """
    public_nick_name: str | None = None
    """
    The company's public nick name.
    """
    avatar_uuid: str | None = None
    """
    The public UUID of the company's avatar.
    """
    address_main: Address | None = None
    address_postal: Address | None = None
    language: str | None = None
    """
    The person's preferred language. Formatted as a ISO 639-1 language code plus a ISO 3166-1 alpha-2 country code, seperated by an underscore.
    """
    region: str | None = None
    """
    The person's preferred region. Formatted as a ISO 639-1 language code plus a ISO 3166-1 alpha-2 country code, seperated by an underscore.
    """
    country: str | None = None
    """
    The country as an ISO 3166-1 alpha-2 country code.
    """
    ubo: list[Ubo] | None = None
    """
    The names of the company's ultimate beneficiary owners. Minimum zero, maximum four.
    """
    chamber_of_commerce_number: str | None = None
    """
    The company's chamber of commerce number.
    """
    legal_form: str | None = None
    """
    The company's legal form.
    """
    status: str | None = None
    """
    The user status. Can be: ACTIVE, SIGNUP, RECOVERY.
    """
    sub_status: str | None = None
    """
    The user sub-status. Can be: NONE, FACE_RESET, APPROVAL, APPROVAL_DIRECTOR, APPROVAL_PARENT, APPROVAL_SUPPORT, COUNTER_IBAN, IDEAL or SUBMIT.
    """
    session_timeout: int | None = None
    """
    The setting for the session timeout of the company in seconds.
    """
    daily_limit_without_confirmation_login: Amount | None = None
    id: int | None = None
    """
    The id of the modified company.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the company object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the company object's last update.
    """
    public_uuid: str | None = None
    """
    The company's public UUID.
    """
    display_name: str | None = None
    """
    The company's display name.
    """
    alias: list[Pointer] | None = None
    """
    The aliases of the account.
    """
    type_of_business_entity: str | None = None
    """
    The type of business entity.
    """
    sector_of_industry: str | None = None
    """
    The sector of industry.
    """
    counter_bank_iban: str | None = None
    """
    The company's other bank account IBAN, through which we verify it.
    """
    avatar: Avatar | None = None
    address_shipping: Address | None = None
    version_terms_of_service: str | None = None
    """
    The version of the terms of service accepted by the user.
    """
    directors: list[LabelUser] | None = None
    """
    The existing bunq aliases for the company's directors.
    """
    notification_filters: list[NotificationFilter] | None = None
    """
    The types of notifications that will result in a push notification or URL callback for this UserCompany.
    """
    customer: Customer | None = None
    customer_limit: CustomerLimit | None = None
    billing_contract: list[BillingContractSubscription] | None = None
    """
    The subscription of the company.
    """
    deny_reason: str | None = None
    """
    The user deny reason.
    """
    relations: list[RelationUser] | None = None
    """
    The relations for this user.
    """
    tax_resident: list[TaxResident] | None = None
    """
    The user's tax residence numbers for different countries.
    """


class UserCompanyRead(BunqModel):
    id: int | None = None
    """
    The id of the modified company.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the company object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the company object's last update.
    """
    public_uuid: str | None = None
    """
    The company's public UUID.
    """
    name: str | None = None
    """
    The company name.
    """
    display_name: str | None = None
    """
    The company's display name.
    """
    public_nick_name: str | None = None
    """
    The company's public nick name.
    """
    alias: list[Pointer] | None = None
    """
    The aliases of the account.
    """
    chamber_of_commerce_number: str | None = None
    """
    The company's chamber of commerce number.
    """
    legal_form: str | None = None
    """
    The company's legal form.
    """
    type_of_business_entity: str | None = None
    """
    The type of business entity.
    """
    sector_of_industry: str | None = None
    """
    The sector of industry.
    """
    counter_bank_iban: str | None = None
    """
    The company's other bank account IBAN, through which we verify it.
    """
    avatar: Avatar | None = None
    address_main: Address | None = None
    address_postal: Address | None = None
    address_shipping: Address | None = None
    version_terms_of_service: str | None = None
    """
    The version of the terms of service accepted by the user.
    """
    directors: list[LabelUser] | None = None
    """
    The existing bunq aliases for the company's directors.
    """
    language: str | None = None
    """
    The person's preferred language. Formatted as a ISO 639-1 language code plus a ISO 3166-1 alpha-2 country code, seperated by an underscore.
    """
    country: str | None = None
    """
    The country as an ISO 3166-1 alpha-2 country code.
    """
    region: str | None = None
    """
    The person's preferred region. Formatted as a ISO 639-1 language code plus a ISO 3166-1 alpha-2 country code, seperated by an underscore.
    """
    ubo: list[Ubo] | None = None
    """
    The names of the company's ultimate beneficiary owners. Minimum zero, maximum four.
    """
    status: str | None = None
    """
    The user status. Can be: ACTIVE, SIGNUP, RECOVERY.
    """
    sub_status: str | None = None
    """
    The user sub-status. Can be: NONE, FACE_RESET, APPROVAL, APPROVAL_DIRECTOR, APPROVAL_PARENT, APPROVAL_SUPPORT, COUNTER_IBAN, IDEAL or SUBMIT.
    """
    session_timeout: int | None = None
    """
    The setting for the session timeout of the company in seconds.
    """
    daily_limit_without_confirmation_login: Amount | None = None
    notification_filters: list[NotificationFilter] | None = None
    """
    The types of notifications that will result in a push notification or URL callback for this UserCompany.
    """
    customer: Customer | None = None
    customer_limit: CustomerLimit | None = None
    billing_contract: list[BillingContractSubscription] | None = None
    """
    The subscription of the company.
    """
    deny_reason: str | None = None
    """
    The user deny reason.
    """
    relations: list[RelationUser] | None = None
    """
    The relations for this user.
    """
    tax_resident: list[TaxResident] | None = None
    """
    The user's tax residence numbers for different countries.
    """


class UserPartnerPromotionCashback(BunqModel):
    promotion_code: str | None = None
    """
    The promotion code used in signup to indicate the partner that referred the user.
    """
    status: str | None = None
    """
    The status of the user partner promotion.
    """
    number_of_transaction_remaining: int | None = None
    """
    The number of transactions that are still eligible for this promotion.
    """
    partner_promotion: PartnerPromotionCashback | None = None


class UserPaymentServiceProvider(BunqModel):
    id: int | None = None
    """
    The id of the user.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the user object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the user object's last update.
    """
    certificate_distinguished_name: str | None = None
    """
    The distinguished name from the certificate used to identify this user.
    """
    alias: list[Pointer] | None = None
    """
    The aliases of the user.
    """
    avatar: Avatar | None = None
    status: str | None = None
    """
    The user status. The user status. Can be: ACTIVE, BLOCKED or DENIED.
    """
    sub_status: str | None = None
    """
    The user sub-status. Can be: NONE
    """
    public_uuid: str | None = None
    """
    The providers's public UUID.
    """
    display_name: str | None = None
    """
    The display name for the provider.
    """
    public_nick_name: str | None = None
    """
    The public nick name for the provider.
    """
    language: str | None = None
    """
    The provider's language. Formatted as a ISO 639-1 language code plus a ISO 3166-1 alpha-2 country code, separated by an underscore.
    """
    region: str | None = None
    """
    The provider's region. Formatted as a ISO 639-1 language code plus a ISO 3166-1 alpha-2 country code, separated by an underscore.
    """
    session_timeout: int | None = None
    """
    The setting for the session timeout of the user in seconds.
    """


class UserPaymentServiceProviderRead(BunqModel):
    id: int | None = None
    """
    The id of the user.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the user object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the user object's last update.
    """
    certificate_distinguished_name: str | None = None
    """
    The distinguished name from the certificate used to identify this user.
    """
    alias: list[Pointer] | None = None
    """
    The aliases of the user.
    """
    avatar: Avatar | None = None
    status: str | None = None
    """
    The user status. The user status. Can be: ACTIVE, BLOCKED or DENIED.
    """
    sub_status: str | None = None
    """
    The user sub-status. Can be: NONE
    """
    public_uuid: str | None = None
    """
    The providers's public UUID.
    """
    display_name: str | None = None
    """
    The display name for the provider.
    """
    public_nick_name: str | None = None
    """
    The public nick name for the provider.
    """
    language: str | None = None
    """
    The provider's language. Formatted as a ISO 639-1 language code plus a ISO 3166-1 alpha-2 country code, separated by an underscore.
    """
    region: str | None = None
    """
    The provider's region. Formatted as a ISO 639-1 language code plus a ISO 3166-1 alpha-2 country code, separated by an underscore.
    """
    session_timeout: int | None = None
    """
    The setting for the session timeout of the user in seconds.
    """


class UserPerson(BunqModel):
    subscription_type: str | None = None
    """
    The subscription type the user should start on.
    """
    first_name: str | None = None
    """
    The person's first name.
    """
    middle_name: str | None = None
    """
    The person's middle name.
    """
    last_name: str | None = None
    """
    The person's last name.
    """
    public_nick_name: str | None = None
    """
    The public nick name for the person.
    """
    address_main: Address | None = None
    address_postal: Address | None = None
    avatar_uuid: str | None = None
    """
    The public UUID of the user's avatar.
    """
    tax_resident: list[TaxResident] | None = None
    """
    The user's tax residence numbers for different countries.
    """
    document_type: str | None = None
    """
    The type of identification document the person registered with.
    """
    document_number: str | None = None
    """
    The identification document number the person registered with.
    """
    document_country_of_issuance: str | None = None
    """
    The country which issued the identification document the person registered with.
    """
    document_front_attachment_id: int | None = None
    """
    The reference to the uploaded picture/scan of the front side of the identification document.
    """
    document_back_attachment_id: int | None = None
    """
    The reference to the uploaded picture/scan of the back side of the identification document.
    """
    date_of_birth: str | None = None
    """
    The person's date of birth. Accepts ISO8601 date formats.
    """
    nationality: str | None = None
    """
    The person's nationality. Formatted as a SO 3166-1 alpha-2 country code.
    """
    all_nationality: list[str] | None = None
    """
    All of the person's nationalities.
    """
    language: str | None = None
    """
    The person's preferred language. Formatted as a ISO 639-1 language code plus a ISO 3166-1 alpha-2 country code, seperated by an underscore.
    """
    region: str | None = None
    """
    The person's preferred region. Formatted as a ISO 639-1 language code plus a ISO 3166-1 alpha-2 country code, seperated by an underscore.
    """
    gender: str | None = None
    """
    The person's gender. Can be MALE, FEMALE or UNKNOWN.
    """
    status: str | None = None
    """
    The user status. The user status. Can be: ACTIVE, BLOCKED, SIGNUP, RECOVERY, DENIED or ABORTED.
    """
    sub_status: str | None = None
    """
    The user sub-status. Can be: NONE, FACE_RESET, APPROVAL, APPROVAL_DIRECTOR, APPROVAL_PARENT, APPROVAL_SUPPORT, COUNTER_IBAN, IDEAL or SUBMIT.
    """
    legal_guardian_alias: Pointer | None = None
    session_timeout: int | None = None
    """
    The setting for the session timeout of the user in seconds.
    """
    daily_limit_without_confirmation_login: Amount | None = None
    display_name: str | None = None
    """
    The display name for the person.
    """
    signup_track_type: str | None = None
    """
    The type of signup track the user is following.
    """
    id: int | None = None
    """
    The id of the modified person object.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the person object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the person object's last update.
    """
    public_uuid: str | None = None
    """
    The person's public UUID.
    """
    legal_name: str | None = None
    """
    The person's legal name.
    """
    alias: list[Pointer] | None = None
    """
    The aliases of the user.
    """
    address_shipping: Address | None = None
    place_of_birth: str | None = None
    """
    The person's place of birth.
    """
    country_of_birth: str | None = None
    """
    The person's country of birth. Formatted as a SO 3166-1 alpha-2 country code.
    """
    avatar: Avatar | None = None
    version_terms_of_service: str | None = None
    """
    The version of the terms of service accepted by the user.
    """
    notification_filters: list[NotificationFilter] | None = None
    """
    The types of notifications that will result in a push notification or URL callback for this UserPerson.
    """
    relations: list[RelationUser] | None = None
    """
    The relations for this user.
    """


class UserPersonRead(BunqModel):
    id: int | None = None
    """
    The id of the modified person object.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the person object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the person object's last update.
    """
    public_uuid: str | None = None
    """
    The person's public UUID.
    """
    first_name: str | None = None
    """
    The person's first name.
    """
    middle_name: str | None = None
    """
    The person's middle name.
    """
    last_name: str | None = None
    """
    The person's last name.
    """
    legal_name: str | None = None
    """
    The person's legal name.
    """
    display_name: str | None = None
    """
    The display name for the person.
    """
    public_nick_name: str | None = None
    """
    The public nick name for the person.
    """
    alias: list[Pointer] | None = None
    """
    The aliases of the user.
    """
    tax_resident: list[TaxResident] | None = None
    """
    The user's tax residence numbers for different countries.
    """
    address_main: Address | None = None
    address_postal: Address | None = None
    address_shipping: Address | None = None
    date_of_birth: str | None = None
    """
    The person's date of birth. Accepts ISO8601 date formats.
    """
    place_of_birth: str | None = None
    """
    The person's place of birth.
    """
    country_of_birth: str | None = None
    """
    The person's country of birth. Formatted as a SO 3166-1 alpha-2 country code.
    """
    nationality: str | None = None
    """
    The person's nationality. Formatted as a SO 3166-1 alpha-2 country code.
    """
    all_nationality: list[str] | None = None
    """
    All of the person's nationalities.
    """
    language: str | None = None
    """
    The person's preferred language. Formatted as a ISO 639-1 language code plus a ISO 3166-1 alpha-2 country code, seperated by an underscore.
    """
    region: str | None = None
    """
    The person's preferred region. Formatted as a ISO 639-1 language code plus a ISO 3166-1 alpha-2 country code, seperated by an underscore.
    """
    gender: str | None = None
    """
    The person's gender. Can be MALE, FEMALE or UNKNOWN.
    """
    avatar: Avatar | None = None
    version_terms_of_service: str | None = None
    """
    The version of the terms of service accepted by the user.
    """
    status: str | None = None
    """
    The user status. The user status. Can be: ACTIVE, BLOCKED, SIGNUP, RECOVERY, DENIED or ABORTED.
    """
    sub_status: str | None = None
    """
    The user sub-status. Can be: NONE, FACE_RESET, APPROVAL, APPROVAL_DIRECTOR, APPROVAL_PARENT, APPROVAL_SUPPORT, COUNTER_IBAN, IDEAL or SUBMIT.
    """
    session_timeout: int | None = None
    """
    The setting for the session timeout of the user in seconds.
    """
    daily_limit_without_confirmation_login: Amount | None = None
    notification_filters: list[NotificationFilter] | None = None
    """
    The types of notifications that will result in a push notification or URL callback for this UserPerson.
    """
    relations: list[RelationUser] | None = None
    """
    The relations for this user.
    """


class CardBatch(BunqModel):
    cards: list[CardBatchEntry] | None = None
    """
    The cards that need to be updated.
    """


class CardBatchReplace(BunqModel):
    cards: list[CardBatchReplaceEntry] | None = None
    """
    The cards that need to be replaced.
    """


class CashbackPayoutItem(BunqModel):
    status: str | None = None
    """
    The status of the cashback payout item.
    """
    amount: Amount | None = None
    rate_applied: str | None = None
    """
    The cashback rate.
    """
    transaction_category: AdditionalTransactionInformationCategory | None = None
    user_partner_promotion: UserPartnerPromotionCashback | None = None


class CoOwner(BunqModel):
    alias: LabelUser | None = None
    status: str | None = None
    """
    Can be: ACCEPTED, REJECTED, PENDING or REVOKED
    """


class CompanyListing(BunqModel):
    UserCompany_1: UserCompany | None = Field(None, alias="UserCompany")


class CompanyRead(BunqModel):
    UserCompany_1: UserCompany | None = Field(None, alias="UserCompany")


class DraftPaymentResponse(BunqModel):
    status: str | None = None
    """
    The status with which was responded.
    """
    user_alias_created: LabelUser | None = None


class ExportAnnualOverviewListing(BunqModel):
    id: int | None = None
    """
    The id of the annual overview as created on the server.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the annual overview 's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the annual overview 's last update.
    """
    year: int | None = None
    """
    The year for which the overview is.
    """
    alias_user: LabelUser | None = None


class ExportAnnualOverviewRead(BunqModel):
    id: int | None = None
    """
    The id of the annual overview as created on the server.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the annual overview 's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the annual overview 's last update.
    """
    year: int | None = None
    """
    The year for which the overview is.
    """
    alias_user: LabelUser | None = None


class HealthCheckListing(BunqModel):
    HealthResult: HealthCheckResult | None = None


class LabelCard(BunqModel):
    uuid: str | None = None
    """
    The public UUID.
    """
    type: str | None = None
    """
    The type of the card.
    """
    second_line: str | None = None
    """
    The second line on the card.
    """
    expiry_date: str | None = None
    """
    The date this card will expire.
    """
    status: str | None = None
    """
    The status of the card.
    """
    label_user: LabelUser | None = None


class LabelMonetaryAccount(BunqModel):
    iban: str | None = None
    """
    The IBAN of the monetary account.
    """
    display_name: str | None = None
    """
    The name to display with this monetary account.
    """
    avatar: Avatar | None = None
    label_user: LabelUser | None = None
    country: str | None = None
    """
    The country of the user. Formatted as a ISO 3166-1 alpha-2 country code.
    """
    bunq_me: Pointer | None = None
    is_light: bool | None = None
    """
    Whether or not the monetary account is light.
    """
    swift_bic: str | None = None
    """
    The BIC used for a SWIFT payment.
    """
    swift_account_number: str | None = None
    """
    The account number used for a SWIFT payment. May or may not be an IBAN.
    """
    transferwise_account_number: str | None = None
    """
    The account number used for a Transferwise payment. May or may not be an IBAN.
    """
    transferwise_bank_code: str | None = None
    """
    The bank code used for a Transferwise payment. May or may not be a BIC.
    """
    merchant_category_code: str | None = None
    """
    The merchant category code.
    """


class MasterCardActionRefund(BunqModel):
    type: str | None = None
    """
    Type of this refund. Can de REFUND or CHARGEBACK
    """
    sub_type: str | None = None
    """
    The sub type of this refund indicating whether the chargeback will be FULL or PARTIAL.
    """
    amount: Amount | None = None
    category: str | None = None
    """
    The category of the refund, required for chargeback.
    """
    reason: str | None = None
    """
    The reason of the refund. Can be REFUND_EXPIRED_TRANSACTION, REFUND_REQUESTED, REFUND_MERCHANT, REFUND_CHARGEBACK.
    """
    comment: str | None = None
    """
    Comment about the refund.
    """
    attachment: list[AttachmentMasterCardActionRefund] | None = None
    """
    The Attachments to attach to the refund request.
    """
    terms_and_conditions: str | None = None
    """
    Proof that the user acknowledged the terms and conditions for chargebacks.
    """
    id: int | None = None
    """
    The id of the refund.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the refund's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the refund's last update.
    """
    label_user_creator: LabelUser | None = None
    status: str | None = None
    """
    The status of the refunded mastercard action. Can be AUTO_APPROVED, AUTO_APPROVED_WAITING_FOR_EXPIRY, PENDING_APPROVAL, APPROVED, REFUNDED, DENIED or FAILED
    """
    reference_mastercard_action_event: list[MasterCardActionReference] | None = None
    """
    The reference to the object this refund applies to.
    """
    mastercard_action_id: int | None = None
    """
    The id of mastercard action being refunded.
    """
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    description: str | None = None
    """
    The description for this transaction to display.
    """
    label_card: LabelCard | None = None
    time_refund: BunqTimestamp | None = None
    """
    The time the refund will take place.
    """
    additional_information: AdditionalInformation | None = None
    status_description: str | None = None
    """
    Description of the refund's current status.
    """
    status_description_translated: str | None = None
    """
    Description of the refund's current status, translated in user's language.
    """
    status_together_url: str | None = None
    """
    Together topic concerning the refund's current status.
    """


class MasterCardActionReport(BunqModel):
    mastercard_action_id: int | None = None
    """
    The id of mastercard action being reported.
    """
    type: str | None = None
    """
    The id of mastercard action being reported.
    """
    status: str | None = None
    """
    The id of mastercard action being reported.
    """
    merchant_id: str | None = None
    """
    The reported merchant.
    """
    merchant_name: str | None = None
    """
    The name of the merchant.
    """
    counterparty_alias: LabelMonetaryAccount | None = None


class MasterCardIdentityCheckChallengeRequestUserRead(BunqModel):
    amount: str | None = None
    """
    The transaction amount.
    """
    expiry_time: BunqTimestamp | None = None
    """
    When the identity check expires.
    """
    description: str | None = None
    """
    The description of the purchase. NULL if no description is given.
    """
    status: str | None = None
    """
    The status of the secure code. Can be PENDING, ACCEPTED, REJECTED, EXPIRED.
    """
    decision_description: str | None = None
    """
    Textual explanation of the decision.
    """
    decision_description_translated: str | None = None
    """
    Textual explanation of the decision in user's language.
    """
    url_merchant_app: str | None = None
    """
    The return url for the merchant app after the challenge is accepted or rejected.
    """
    counterparty_alias: LabelMonetaryAccount | None = None
    event_id: int | None = None
    """
    The ID of the latest event for the identity check.
    """
    card_id: int | None = None
    """
    The ID of the card used for the authentication request of the identity check.
    """


class MonetaryAccountProfileDrain(BunqModel):
    status: str | None = None
    """
    The status of the profile.
    """
    balance_preferred: Amount | None = None
    balance_threshold_high: Amount | None = None
    savings_account_alias: LabelMonetaryAccount | None = None


class OpenBankingAccount(BunqModel):
    status: str | None = None
    """
    The status of this account.
    """
    iban: str | None = None
    """
    The iban of this account.
    """
    time_synced_last: BunqTimestamp | None = None
    """
    The timestamp of the last time the account was synced with our open banking partner.
    """
    provider_bank: OpenBankingProviderBank | None = None
    balance_booked: Amount | None = None
    balance_available: Amount | None = None


class PaymentAutoAllocate(BunqModel):
    payment_id: int | None = None
    """
    The payment that should be used to define the triggers for the payment auto allocate.
    """
    type: str | None = None
    """
    Whether a payment should be sorted ONCE or RECURRING.
    """
    definition: list[PaymentAutoAllocateDefinition] | None = None
    """
    The definition of how the money should be allocated.
    """


class PaymentAutoAllocateUserListing(BunqModel):
    PaymentAutoAllocate_1: PaymentAutoAllocate | None = Field(None, alias="PaymentAutoAllocate")


class PaymentServiceProviderIssuerTransactionListing(BunqModel):
    id: int | None = None
    """
    The id of this transaction.
    """
    created: BunqTimestamp | None = None
    """
    The time this transaction was created.
    """
    updated: BunqTimestamp | None = None
    """
    The time this transaction was last updated.
    """
    public_uuid: str | None = None
    """
    The public uuid used to identify this transaction.
    """
    counterparty_alias: LabelMonetaryAccount | None = None
    amount: Amount | None = None
    description: str | None = None
    """
    The description of this transaction, to be shown to the user and to the counter party.
    """
    url_redirect: str | None = None
    """
    The url to which the user should be redirected once the transaction is accepted or rejected.
    """
    time_expiry: BunqTimestamp | None = None
    """
    The (optional) expiration time of the transaction. Defaults to 10 minutes.
    """
    status: str | None = None
    """
    The status of the transaction. Can only be used for cancelling the transaction.
    """
    alias: LabelMonetaryAccount | None = None


class PaymentServiceProviderIssuerTransactionRead(BunqModel):
    id: int | None = None
    """
    The id of this transaction.
    """
    created: BunqTimestamp | None = None
    """
    The time this transaction was created.
    """
    updated: BunqTimestamp | None = None
    """
    The time this transaction was last updated.
    """
    public_uuid: str | None = None
    """
    The public uuid used to identify this transaction.
    """
    counterparty_alias: LabelMonetaryAccount | None = None
    amount: Amount | None = None
    description: str | None = None
    """
    The description of this transaction, to be shown to the user and to the counter party.
    """
    url_redirect: str | None = None
    """
    The url to which the user should be redirected once the transaction is accepted or rejected.
    """
    time_expiry: BunqTimestamp | None = None
    """
    The (optional) expiration time of the transaction. Defaults to 10 minutes.
    """
    status: str | None = None
    """
    The status of the transaction. Can only be used for cancelling the transaction.
    """
    alias: LabelMonetaryAccount | None = None


class RequestResponse(BunqModel):
    amount_responded: Amount | None = None
    status: str | None = None
    """
    The status of the RequestResponse. Can be ACCEPTED, PENDING, REJECTED, REFUND_REQUESTED, REFUNDED or REVOKED.
    """
    address_shipping: Address | None = None
    address_billing: Address | None = None
    currency_conversion_quote_id: int | None = None
    """
    When the request is accepted on a monetary account with a different currency, a quote is expected to convert.
    """
    id: int | None = None
    """
    The id of the Request Response.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the Request Response was created.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the Request Response was last updated (will be updated when chat messages are received).
    """
    time_responded: BunqTimestamp | None = None
    """
    The timestamp of when the RequestResponse was responded to.
    """
    time_expiry: BunqTimestamp | None = None
    """
    The timestamp of when the RequestResponse expired or will expire.
    """
    time_refund_requested: BunqTimestamp | None = None
    """
    The timestamp of when a refund request for the RequestResponse was claimed.
    """
    time_refunded: BunqTimestamp | None = None
    """
    The timestamp of when the RequestResponse was refunded.
    """
    user_refund_requested: LabelUser | None = None
    monetary_account_id: int | None = None
    """
    The id of the MonetaryAccount the RequestResponse was received on.
    """
    amount_inquired: Amount | None = None
    description: str | None = None
    """
    The description for the RequestResponse provided by the requesting party. Maximum 9000 characters.
    """
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    attachment: list[Attachment] | None = None
    """
    The Attachments attached to the RequestResponse.
    """
    minimum_age: int | None = None
    """
    The minimum age the user accepting the RequestResponse must have.
    """
    require_address: str | None = None
    """
    Whether or not an address must be provided on accept.
    """
    geolocation: Geolocation | None = None
    type: str | None = None
    """
    The type of the RequestInquiry. Can be DIRECT_DEBIT, DIRECT_DEBIT_B2B, IDEAL, SOFORT or INTERNAL.
    """
    sub_type: str | None = None
    """
    The subtype of the RequestInquiry. Can be ONCE or RECURRING for DIRECT_DEBIT RequestInquiries and NONE for all other.
    """
    redirect_url: str | None = None
    """
    The URL which the user is sent to after accepting or rejecting the Request.
    """
    credit_scheme_identifier: str | None = None
    """
    The credit scheme id provided by the counterparty for DIRECT_DEBIT inquiries.
    """
    mandate_identifier: str | None = None
    """
    The mandate id provided by the counterparty for DIRECT_DEBIT inquiries.
    """
    registration_action: str | None = None
    """
    Recommended registration action after IdealIssuerTransaction from iDEAL issuer transaction.
    """
    eligible_whitelist_id: int | None = None
    """
    The whitelist id for this action or null.
    """
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """
    event_id: int | None = None
    """
    The ID of the latest event for the request.
    """
    monetary_account_preferred_id: int | None = None
    """
    The ID of the monetary account this user prefers to pay the request from.
    """


class RequestResponseListing(BunqModel):
    id: int | None = None
    """
    The id of the Request Response.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the Request Response was created.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the Request Response was last updated (will be updated when chat messages are received).
    """
    time_responded: BunqTimestamp | None = None
    """
    The timestamp of when the RequestResponse was responded to.
    """
    time_expiry: BunqTimestamp | None = None
    """
    The timestamp of when the RequestResponse expired or will expire.
    """
    time_refund_requested: BunqTimestamp | None = None
    """
    The timestamp of when a refund request for the RequestResponse was claimed.
    """
    time_refunded: BunqTimestamp | None = None
    """
    The timestamp of when the RequestResponse was refunded.
    """
    user_refund_requested: LabelUser | None = None
    monetary_account_id: int | None = None
    """
    The id of the MonetaryAccount the RequestResponse was received on.
    """
    amount_inquired: Amount | None = None
    amount_responded: Amount | None = None
    status: str | None = None
    """
    The status of the RequestResponse. Can be ACCEPTED, PENDING, REJECTED, REFUND_REQUESTED, REFUNDED or REVOKED.
    """
    description: str | None = None
    """
    The description for the RequestResponse provided by the requesting party. Maximum 9000 characters.
    """
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    attachment: list[Attachment] | None = None
    """
    The Attachments attached to the RequestResponse.
    """
    minimum_age: int | None = None
    """
    The minimum age the user accepting the RequestResponse must have.
    """
    require_address: str | None = None
    """
    Whether or not an address must be provided on accept.
    """
    geolocation: Geolocation | None = None
    type: str | None = None
    """
    The type of the RequestInquiry. Can be DIRECT_DEBIT, DIRECT_DEBIT_B2B, IDEAL, SOFORT or INTERNAL.
    """
    sub_type: str | None = None
    """
    The subtype of the RequestInquiry. Can be ONCE or RECURRING for DIRECT_DEBIT RequestInquiries and NONE for all other.
    """
    redirect_url: str | None = None
    """
    The URL which the user is sent to after accepting or rejecting the Request.
    """
    address_billing: Address | None = None
    address_shipping: Address | None = None
    credit_scheme_identifier: str | None = None
    """
    The credit scheme id provided by the counterparty for DIRECT_DEBIT inquiries.
    """
    mandate_identifier: str | None = None
    """
    The mandate id provided by the counterparty for DIRECT_DEBIT inquiries.
    """
    registration_action: str | None = None
    """
    Recommended registration action after IdealIssuerTransaction from iDEAL issuer transaction.
    """
    eligible_whitelist_id: int | None = None
    """
    The whitelist id for this action or null.
    """
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """
    event_id: int | None = None
    """
    The ID of the latest event for the request.
    """
    monetary_account_preferred_id: int | None = None
    """
    The ID of the monetary account this user prefers to pay the request from.
    """


class RequestResponseRead(BunqModel):
    id: int | None = None
    """
    The id of the Request Response.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the Request Response was created.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the Request Response was last updated (will be updated when chat messages are received).
    """
    time_responded: BunqTimestamp | None = None
    """
    The timestamp of when the RequestResponse was responded to.
    """
    time_expiry: BunqTimestamp | None = None
    """
    The timestamp of when the RequestResponse expired or will expire.
    """
    time_refund_requested: BunqTimestamp | None = None
    """
    The timestamp of when a refund request for the RequestResponse was claimed.
    """
    time_refunded: BunqTimestamp | None = None
    """
    The timestamp of when the RequestResponse was refunded.
    """
    user_refund_requested: LabelUser | None = None
    monetary_account_id: int | None = None
    """
    The id of the MonetaryAccount the RequestResponse was received on.
    """
    amount_inquired: Amount | None = None
    amount_responded: Amount | None = None
    status: str | None = None
    """
    The status of the RequestResponse. Can be ACCEPTED, PENDING, REJECTED, REFUND_REQUESTED, REFUNDED or REVOKED.
    """
    description: str | None = None
    """
    The description for the RequestResponse provided by the requesting party. Maximum 9000 characters.
    """
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    attachment: list[Attachment] | None = None
    """
    The Attachments attached to the RequestResponse.
    """
    minimum_age: int | None = None
    """
    The minimum age the user accepting the RequestResponse must have.
    """
    require_address: str | None = None
    """
    Whether or not an address must be provided on accept.
    """
    geolocation: Geolocation | None = None
    type: str | None = None
    """
    The type of the RequestInquiry. Can be DIRECT_DEBIT, DIRECT_DEBIT_B2B, IDEAL, SOFORT or INTERNAL.
    """
    sub_type: str | None = None
    """
    The subtype of the RequestInquiry. Can be ONCE or RECURRING for DIRECT_DEBIT RequestInquiries and NONE for all other.
    """
    redirect_url: str | None = None
    """
    The URL which the user is sent to after accepting or rejecting the Request.
    """
    address_billing: Address | None = None
    address_shipping: Address | None = None
    credit_scheme_identifier: str | None = None
    """
    The credit scheme id provided by the counterparty for DIRECT_DEBIT inquiries.
    """
    mandate_identifier: str | None = None
    """
    The mandate id provided by the counterparty for DIRECT_DEBIT inquiries.
    """
    registration_action: str | None = None
    """
    Recommended registration action after IdealIssuerTransaction from iDEAL issuer transaction.
    """
    eligible_whitelist_id: int | None = None
    """
    The whitelist id for this action or null.
    """
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """
    event_id: int | None = None
    """
    The ID of the latest event for the request.
    """
    monetary_account_preferred_id: int | None = None
    """
    The ID of the monetary account this user prefers to pay the request from.
    """


class SchedulePaymentEntry(BunqModel):
    amount: Amount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    description: str | None = None
    """
    The description for the Payment. Maximum 140 characters for Payments to external IBANs, 9000 characters for Payments to only other bunq MonetaryAccounts.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The Attachments attached to the Payment.
    """
    merchant_reference: str | None = None
    """
    Optional data included with the Payment specific to the merchant.
    """
    allow_bunqto: bool | None = None
    """
    Whether or not sending a bunq.to payment is allowed.
    """
    alias: LabelMonetaryAccount | None = None


class ShareInviteMonetaryAccountInquiry(BunqModel):
    counter_user_alias: LabelUser | None = None
    access_type: str | None = None
    """
    Type of access that is in place.
    """
    draft_share_invite_bank_id: int | None = None
    """
    DEPRECATED: USE `access_type` INSTEAD | The id of the draft share invite bank.
    """
    share_detail: ShareDetail | None = None
    status: str | None = None
    """
    The status of the share. Can be ACTIVE, REVOKED, REJECTED.
    """
    relationship: str | None = None
    """
    The relationship: COMPANY_DIRECTOR, COMPANY_EMPLOYEE, etc
    """
    share_type: str | None = None
    """
    DEPRECATED: USE `access_type` INSTEAD | The share type, either STANDARD or MUTUAL.
    """
    start_date: str | None = None
    """
    DEPRECATED: USE `access_type` INSTEAD | The start date of this share.
    """
    end_date: str | None = None
    """
    DEPRECATED: USE `access_type` INSTEAD | The expiration date of this share.
    """
    alias: LabelMonetaryAccount | None = None
    user_alias_created: LabelUser | None = None
    user_alias_revoked: LabelUser | None = None
    monetary_account_id: int | None = None
    """
    The id of the monetary account the share applies to.
    """
    id: int | None = None
    """
    The id of the newly created share invite.
    """


class ShareInviteMonetaryAccountInquiryListing(BunqModel):
    alias: LabelMonetaryAccount | None = None
    user_alias_created: LabelUser | None = None
    user_alias_revoked: LabelUser | None = None
    counter_user_alias: LabelUser | None = None
    monetary_account_id: int | None = None
    """
    The id of the monetary account the share applies to.
    """
    status: str | None = None
    """
    The status of the share. Can be ACTIVE, REVOKED, REJECTED.
    """
    access_type: str | None = None
    """
    Type of access that is in place.
    """
    relationship: str | None = None
    """
    The relationship: COMPANY_DIRECTOR, COMPANY_EMPLOYEE, etc
    """
    id: int | None = None
    """
    The id of the newly created share invite.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class ShareInviteMonetaryAccountInquiryRead(BunqModel):
    alias: LabelMonetaryAccount | None = None
    user_alias_created: LabelUser | None = None
    user_alias_revoked: LabelUser | None = None
    counter_user_alias: LabelUser | None = None
    monetary_account_id: int | None = None
    """
    The id of the monetary account the share applies to.
    """
    status: str | None = None
    """
    The status of the share. Can be ACTIVE, REVOKED, REJECTED.
    """
    access_type: str | None = None
    """
    Type of access that is in place.
    """
    relationship: str | None = None
    """
    The relationship: COMPANY_DIRECTOR, COMPANY_EMPLOYEE, etc
    """
    id: int | None = None
    """
    The id of the newly created share invite.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class ShareInviteMonetaryAccountResponse(BunqModel):
    status: str | None = None
    """
    The status of the share. Can be ACTIVE, REVOKED, REJECTED.
    """
    card_id: int | None = None
    """
    The card to link to the shared monetary account. Used only if share_detail is ShareDetailCardPayment.
    """
    id: int | None = None
    """
    The id of the ShareInviteBankResponse.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the ShareInviteBankResponse creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the ShareInviteBankResponse last update.
    """
    counter_alias: LabelMonetaryAccount | None = None
    user_alias_cancelled: LabelUser | None = None
    monetary_account_id: int | None = None
    """
    The id of the monetary account the ACCEPTED share applies to. null otherwise.
    """
    draft_share_invite_bank_id: int | None = None
    """
    The id of the draft share invite bank.
    """
    share_detail: ShareDetail | None = None
    access_type: str | None = None
    """
    Type of access that is wanted, one of VIEW_BALANCE, VIEW_TRANSACTION, DRAFT_PAYMENT or FULL_TRANSIENT
    """
    relation_user: RelationUser | None = None
    share_type: str | None = None
    """
    The share type, either STANDARD or MUTUAL.
    """
    start_date: str | None = None
    """
    The start date of this share.
    """
    end_date: str | None = None
    """
    The expiration date of this share.
    """
    description: str | None = None
    """
    The description of this share. It is basically the monetary account description.
    """


class ShareInviteMonetaryAccountResponseListing(BunqModel):
    id: int | None = None
    """
    The id of the ShareInviteBankResponse.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the ShareInviteBankResponse creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the ShareInviteBankResponse last update.
    """
    counter_alias: LabelMonetaryAccount | None = None
    user_alias_cancelled: LabelUser | None = None
    monetary_account_id: int | None = None
    """
    The id of the monetary account the ACCEPTED share applies to. null otherwise.
    """
    draft_share_invite_bank_id: int | None = None
    """
    The id of the draft share invite bank.
    """
    share_detail: ShareDetail | None = None
    access_type: str | None = None
    """
    Type of access that is wanted, one of VIEW_BALANCE, VIEW_TRANSACTION, DRAFT_PAYMENT or FULL_TRANSIENT
    """
    status: str | None = None
    """
    The status of the share. Can be ACTIVE, REVOKED, REJECTED.
    """
    relation_user: RelationUser | None = None
    share_type: str | None = None
    """
    The share type, either STANDARD or MUTUAL.
    """
    start_date: str | None = None
    """
    The start date of this share.
    """
    end_date: str | None = None
    """
    The expiration date of this share.
    """
    description: str | None = None
    """
    The description of this share. It is basically the monetary account description.
    """


class ShareInviteMonetaryAccountResponseRead(BunqModel):
    id: int | None = None
    """
    The id of the ShareInviteBankResponse.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the ShareInviteBankResponse creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the ShareInviteBankResponse last update.
    """
    counter_alias: LabelMonetaryAccount | None = None
    user_alias_cancelled: LabelUser | None = None
    monetary_account_id: int | None = None
    """
    The id of the monetary account the ACCEPTED share applies to. null otherwise.
    """
    draft_share_invite_bank_id: int | None = None
    """
    The id of the draft share invite bank.
    """
    share_detail: ShareDetail | None = None
    access_type: str | None = None
    """
    Type of access that is wanted, one of VIEW_BALANCE, VIEW_TRANSACTION, DRAFT_PAYMENT or FULL_TRANSIENT
    """
    status: str | None = None
    """
    The status of the share. Can be ACTIVE, REVOKED, REJECTED.
    """
    relation_user: RelationUser | None = None
    share_type: str | None = None
    """
    The share type, either STANDARD or MUTUAL.
    """
    start_date: str | None = None
    """
    The start date of this share.
    """
    end_date: str | None = None
    """
    The expiration date of this share.
    """
    description: str | None = None
    """
    The description of this share. It is basically the monetary account description.
    """


class SofortMerchantTransaction(BunqModel):
    amount_requested: Amount | None = None
    issuer: str | None = None
    """
    The BIC of the issuer.
    """
    monetary_account_id: int | None = None
    """
    The id of the monetary account this sofort merchant transaction links to.
    """
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    amount_guaranteed: Amount | None = None
    issuer_authentication_url: str | None = None
    """
    The URL to visit to 
    """
    status: str | None = None
    """
    The status of the transaction.
    """
    error_message: list[Error] | None = None
    """
    The error message of the transaction.
    """
    transaction_identifier: str | None = None
    """
    The 'transaction ID' of the Sofort transaction.
    """


class SofortMerchantTransactionListing(BunqModel):
    monetary_account_id: int | None = None
    """
    The id of the monetary account this sofort merchant transaction links to.
    """
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    amount_guaranteed: Amount | None = None
    amount_requested: Amount | None = None
    issuer: str | None = None
    """
    The BIC of the issuer.
    """
    issuer_authentication_url: str | None = None
    """
    The URL to visit to 
    """
    status: str | None = None
    """
    The status of the transaction.
    """
    error_message: list[Error] | None = None
    """
    The error message of the transaction.
    """
    transaction_identifier: str | None = None
    """
    The 'transaction ID' of the Sofort transaction.
    """


class SofortMerchantTransactionRead(BunqModel):
    monetary_account_id: int | None = None
    """
    The id of the monetary account this sofort merchant transaction links to.
    """
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    amount_guaranteed: Amount | None = None
    amount_requested: Amount | None = None
    issuer: str | None = None
    """
    The BIC of the issuer.
    """
    issuer_authentication_url: str | None = None
    """
    The URL to visit to 
    """
    status: str | None = None
    """
    The status of the transaction.
    """
    error_message: list[Error] | None = None
    """
    The error message of the transaction.
    """
    transaction_identifier: str | None = None
    """
    The 'transaction ID' of the Sofort transaction.
    """


class TokenQrRequestIdealCreate(BunqModel):
    id: int | None = None
    """
    The id of the RequestResponse.
    """
    time_responded: BunqTimestamp | None = None
    """
    The timestamp of when the RequestResponse was responded to.
    """
    time_expiry: BunqTimestamp | None = None
    """
    The timestamp of when the RequestResponse expired or will expire.
    """
    monetary_account_id: int | None = None
    """
    The id of the MonetaryAccount the RequestResponse was received on.
    """
    amount_inquired: Amount | None = None
    amount_responded: Amount | None = None
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    description: str | None = None
    """
    The description for the RequestResponse provided by the requesting party. Maximum 9000 characters.
    """
    attachment: list[Attachment] | None = None
    """
    The Attachments attached to the RequestResponse.
    """
    status: str | None = None
    """
    The status of the created RequestResponse. Can only be PENDING.
    """
    minimum_age: int | None = None
    """
    The minimum age the user accepting the RequestResponse must have.
    """
    require_address: str | None = None
    """
    Whether or not an address must be provided on accept.
    """
    address_shipping: Address | None = None
    address_billing: Address | None = None
    geolocation: Geolocation | None = None
    redirect_url: str | None = None
    """
    The URL which the user is sent to after accepting or rejecting the Request.
    """
    type: str | None = None
    """
    The type of the RequestResponse. Can be only be IDEAL.
    """
    sub_type: str | None = None
    """
    The subtype of the RequestResponse. Can be only be NONE.
    """
    eligible_whitelist_id: int | None = None
    """
    The whitelist id for this action or null.
    """


class TransferwiseRequirementFieldGroup(BunqModel):
    key: str | None = None
    """
    The key of the field. This is the value to send as input.
    """
    type: str | None = None
    """
    The field's input type: "text", "select" or "radio".
    """
    name: str | None = None
    """
    The field name.
    """
    refresh_requirements_on_change: bool | None = None
    """
    Indicates that any changes in this field affect the requirements, if this field is changed, the requirements endpoint must be called again to recheck if there are any additional requirements.
    """
    required: bool | None = None
    """
    Whether or not the field is required.
    """
    display_format: str | None = None
    """
    Formatting mask to guide user input.
    """
    example: str | None = None
    """
    An example value for this field.
    """
    min_length: str | None = None
    """
    The minimum length of the field's value.
    """
    max_length: str | None = None
    """
    The maximum length of the field's value.
    """
    validation_regexp: str | None = None
    """
    A regular expression which may be used to validate the user input.
    """
    validation_async: TransferwiseRequirementFieldGroupValidationAsync | None = None
    values_allowed: TransferwiseRequirementFieldGroupValuesAllowed | None = None


class TransferwiseTransfer(BunqModel):
    monetary_account_id: str | None = None
    """
    The id of the monetary account the payment should be made from.
    """
    recipient_id: str | None = None
    """
    The id of the target account.
    """
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    status: str | None = None
    """
    The status.
    """
    sub_status: str | None = None
    """
    The subStatus.
    """
    status_transferwise: str | None = None
    """
    The status as Transferwise reports it.
    """
    status_transferwise_issue: str | None = None
    """
    A status to indicatie if Transferwise has an issue with this payment and requires more information.
    """
    amount_source: Amount | None = None
    amount_target: Amount | None = None
    rate: str | None = None
    """
    The rate of the payment.
    """
    reference: str | None = None
    """
    The reference of the payment.
    """
    pay_in_reference: str | None = None
    """
    The Pay-In reference of the payment.
    """
    time_delivery_estimate: BunqTimestamp | None = None
    """
    The estimated delivery time.
    """
    quote: TransferwiseQuote | None = None


class TransferwiseTransferListing(BunqModel):
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    status: str | None = None
    """
    The status.
    """
    sub_status: str | None = None
    """
    The subStatus.
    """
    status_transferwise: str | None = None
    """
    The status as Transferwise reports it.
    """
    status_transferwise_issue: str | None = None
    """
    A status to indicatie if Transferwise has an issue with this payment and requires more information.
    """
    amount_source: Amount | None = None
    amount_target: Amount | None = None
    rate: str | None = None
    """
    The rate of the payment.
    """
    reference: str | None = None
    """
    The reference of the payment.
    """
    pay_in_reference: str | None = None
    """
    The Pay-In reference of the payment.
    """
    time_delivery_estimate: BunqTimestamp | None = None
    """
    The estimated delivery time.
    """
    quote: TransferwiseQuote | None = None


class TransferwiseTransferRead(BunqModel):
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    status: str | None = None
    """
    The status.
    """
    sub_status: str | None = None
    """
    The subStatus.
    """
    status_transferwise: str | None = None
    """
    The status as Transferwise reports it.
    """
    status_transferwise_issue: str | None = None
    """
    A status to indicatie if Transferwise has an issue with this payment and requires more information.
    """
    amount_source: Amount | None = None
    amount_target: Amount | None = None
    rate: str | None = None
    """
    The rate of the payment.
    """
    reference: str | None = None
    """
    The reference of the payment.
    """
    pay_in_reference: str | None = None
    """
    The Pay-In reference of the payment.
    """
    time_delivery_estimate: BunqTimestamp | None = None
    """
    The estimated delivery time.
    """
    quote: TransferwiseQuote | None = None


class UserApiKeyAnchoredUser(BunqModel):
    UserPerson_1: UserPerson | None = Field(None, alias="UserPerson")
    UserCompany_1: UserCompany | None = Field(None, alias="UserCompany")
    UserPaymentServiceProvider_1: UserPaymentServiceProvider | None = Field(
        None, alias="UserPaymentServiceProvider"
    )


class WhitelistSddListing(BunqModel):
    id: int | None = None
    """
    The ID of the whitelist entry.
    """
    monetary_account_incoming_id: int | None = None
    """
    The account to which payments will come in before possibly being 'redirected' by the whitelist.
    """
    monetary_account_paying_id: int | None = None
    """
    The account from which payments will be deducted when a transaction is matched with this whitelist.
    """
    type: str | None = None
    """
    The type of the SDD whitelist, can be CORE or B2B.
    """
    status: str | None = None
    """
    The status of the whitelist.
    """
    credit_scheme_identifier: str | None = None
    """
    The credit scheme ID provided by the counterparty.
    """
    mandate_identifier: str | None = None
    """
    The mandate ID provided by the counterparty.
    """
    counterparty_alias: LabelMonetaryAccount | None = None
    maximum_amount_per_month: Amount | None = None
    user_alias_created: LabelUser | None = None
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class WhitelistSddMonetaryAccountPayingListing(BunqModel):
    id: int | None = None
    """
    The ID of the whitelist entry.
    """
    monetary_account_incoming_id: int | None = None
    """
    The account to which payments will come in before possibly being 'redirected' by the whitelist.
    """
    monetary_account_paying_id: int | None = None
    """
    The account from which payments will be deducted when a transaction is matched with this whitelist.
    """
    type: str | None = None
    """
    The type of the SDD whitelist, can be CORE or B2B.
    """
    status: str | None = None
    """
    The status of the whitelist.
    """
    credit_scheme_identifier: str | None = None
    """
    The credit scheme ID provided by the counterparty.
    """
    mandate_identifier: str | None = None
    """
    The mandate ID provided by the counterparty.
    """
    counterparty_alias: LabelMonetaryAccount | None = None
    maximum_amount_per_month: Amount | None = None
    user_alias_created: LabelUser | None = None
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class WhitelistSddMonetaryAccountPayingRead(BunqModel):
    id: int | None = None
    """
    The ID of the whitelist entry.
    """
    monetary_account_incoming_id: int | None = None
    """
    The account to which payments will come in before possibly being 'redirected' by the whitelist.
    """
    monetary_account_paying_id: int | None = None
    """
    The account from which payments will be deducted when a transaction is matched with this whitelist.
    """
    type: str | None = None
    """
    The type of the SDD whitelist, can be CORE or B2B.
    """
    status: str | None = None
    """
    The status of the whitelist.
    """
    credit_scheme_identifier: str | None = None
    """
    The credit scheme ID provided by the counterparty.
    """
    mandate_identifier: str | None = None
    """
    The mandate ID provided by the counterparty.
    """
    counterparty_alias: LabelMonetaryAccount | None = None
    maximum_amount_per_month: Amount | None = None
    user_alias_created: LabelUser | None = None
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class WhitelistSddOneOffListing(BunqModel):
    id: int | None = None
    """
    The ID of the whitelist entry.
    """
    monetary_account_incoming_id: int | None = None
    """
    The account to which payments will come in before possibly being 'redirected' by the whitelist.
    """
    monetary_account_paying_id: int | None = None
    """
    The account from which payments will be deducted when a transaction is matched with this whitelist.
    """
    type: str | None = None
    """
    The type of the SDD whitelist, can be CORE or B2B.
    """
    status: str | None = None
    """
    The status of the whitelist.
    """
    credit_scheme_identifier: str | None = None
    """
    The credit scheme ID provided by the counterparty.
    """
    counterparty_alias: LabelMonetaryAccount | None = None
    maximum_amount_per_month: Amount | None = None
    maximum_amount_per_payment: Amount | None = None
    user_alias_created: LabelUser | None = None
    routing_type: str | None = None
    """
    The type of routing for this whitelist.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class WhitelistSddOneOffRead(BunqModel):
    id: int | None = None
    """
    The ID of the whitelist entry.
    """
    monetary_account_incoming_id: int | None = None
    """
    The account to which payments will come in before possibly being 'redirected' by the whitelist.
    """
    monetary_account_paying_id: int | None = None
    """
    The account from which payments will be deducted when a transaction is matched with this whitelist.
    """
    type: str | None = None
    """
    The type of the SDD whitelist, can be CORE or B2B.
    """
    status: str | None = None
    """
    The status of the whitelist.
    """
    credit_scheme_identifier: str | None = None
    """
    The credit scheme ID provided by the counterparty.
    """
    counterparty_alias: LabelMonetaryAccount | None = None
    maximum_amount_per_month: Amount | None = None
    maximum_amount_per_payment: Amount | None = None
    user_alias_created: LabelUser | None = None
    routing_type: str | None = None
    """
    The type of routing for this whitelist.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class WhitelistSddRead(BunqModel):
    id: int | None = None
    """
    The ID of the whitelist entry.
    """
    monetary_account_incoming_id: int | None = None
    """
    The account to which payments will come in before possibly being 'redirected' by the whitelist.
    """
    monetary_account_paying_id: int | None = None
    """
    The account from which payments will be deducted when a transaction is matched with this whitelist.
    """
    type: str | None = None
    """
    The type of the SDD whitelist, can be CORE or B2B.
    """
    status: str | None = None
    """
    The status of the whitelist.
    """
    credit_scheme_identifier: str | None = None
    """
    The credit scheme ID provided by the counterparty.
    """
    mandate_identifier: str | None = None
    """
    The mandate ID provided by the counterparty.
    """
    counterparty_alias: LabelMonetaryAccount | None = None
    maximum_amount_per_month: Amount | None = None
    user_alias_created: LabelUser | None = None
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class WhitelistSddRecurringListing(BunqModel):
    id: int | None = None
    """
    The ID of the whitelist entry.
    """
    monetary_account_incoming_id: int | None = None
    """
    The account to which payments will come in before possibly being 'redirected' by the whitelist.
    """
    monetary_account_paying_id: int | None = None
    """
    The account from which payments will be deducted when a transaction is matched with this whitelist.
    """
    type: str | None = None
    """
    The type of the SDD whitelist, can be CORE or B2B.
    """
    status: str | None = None
    """
    The status of the whitelist.
    """
    credit_scheme_identifier: str | None = None
    """
    The credit scheme ID provided by the counterparty.
    """
    mandate_identifier: str | None = None
    """
    The mandate ID provided by the counterparty.
    """
    counterparty_alias: LabelMonetaryAccount | None = None
    maximum_amount_per_month: Amount | None = None
    maximum_amount_per_payment: Amount | None = None
    user_alias_created: LabelUser | None = None
    routing_type: str | None = None
    """
    The type of routing for this whitelist.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class WhitelistSddRecurringRead(BunqModel):
    id: int | None = None
    """
    The ID of the whitelist entry.
    """
    monetary_account_incoming_id: int | None = None
    """
    The account to which payments will come in before possibly being 'redirected' by the whitelist.
    """
    monetary_account_paying_id: int | None = None
    """
    The account from which payments will be deducted when a transaction is matched with this whitelist.
    """
    type: str | None = None
    """
    The type of the SDD whitelist, can be CORE or B2B.
    """
    status: str | None = None
    """
    The status of the whitelist.
    """
    credit_scheme_identifier: str | None = None
    """
    The credit scheme ID provided by the counterparty.
    """
    mandate_identifier: str | None = None
    """
    The mandate ID provided by the counterparty.
    """
    counterparty_alias: LabelMonetaryAccount | None = None
    maximum_amount_per_month: Amount | None = None
    maximum_amount_per_payment: Amount | None = None
    user_alias_created: LabelUser | None = None
    routing_type: str | None = None
    """
    The type of routing for this whitelist.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class BankSwitchServiceNetherlandsIncoming(BunqModel):
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    status: str | None = None
    """
    The status of the switch service.
    """
    user_alias: LabelUser | None = None
    sub_status: str | None = None
    """
    The sub status of the switch service.
    """
    time_start_desired: BunqTimestamp | None = None
    """
    The timestamp when the switch service desired to be start.
    """
    time_start_actual: BunqTimestamp | None = None
    """
    The timestamp when the switch service actually starts.
    """
    time_end: BunqTimestamp | None = None
    """
    The timestamp when the switch service ends.
    """
    attachment: Attachment | None = None
    rejection_reason: str | None = None
    """
    Rejection reason enum.
    """
    rejection_reason_description: str | None = None
    """
    Rejection reason description to be shown to the user.
    """
    rejection_reason_description_translated: str | None = None
    """
    Rejection reason description to be shown to the user, translated.
    """
    rejection_reason_together_url: str | None = None
    """
    Rejection reason together URL.
    """


class BunqMeFundraiserProfile(BunqModel):
    pointer: Pointer | None = None
    color: str | None = None
    """
    The color chosen for the bunq.me fundraiser profile in hexadecimal format.
    """
    alias: LabelMonetaryAccount | None = None
    currency: str | None = None
    """
    The currency of the MonetaryAccount that created the bunq.me fundraiser profile.
    """
    description: str | None = None
    """
    The description of the bunq.me fundraiser profile.
    """
    attachment: AttachmentPublic | None = None
    status: str | None = None
    """
    The status of the bunq.me fundraiser profile, can be ACTIVE or DEACTIVATED.
    """
    redirect_url: str | None = None
    """
    The URL which the user is sent to when a payment is completed.
    """
    invite_profile_name: str | None = None
    """
    Provided if the user has enabled their invite link.
    """
    merchant_available: list[BunqMeMerchantAvailable] | None = None
    """
    List of available merchants.
    """


class BunqMeFundraiserProfileUserListing(BunqModel):
    monetary_account_id: int | None = None
    """
    Id of the monetary account on which you want to receive bunq.me payments.
    """
    owner_user_id: int | None = None
    """
    Id of the user owning the profile.
    """
    color: str | None = None
    """
    The color chosen for the bunq.me fundraiser profile in hexadecimal format.
    """
    alias: LabelMonetaryAccount | None = None
    currency: str | None = None
    """
    The currency of the MonetaryAccount that created the bunq.me fundraiser profile.
    """
    description: str | None = None
    """
    The description of the bunq.me fundraiser profile.
    """
    attachment: AttachmentPublic | None = None
    pointer: Pointer | None = None
    redirect_url: str | None = None
    """
    The URL which the user is sent to when a payment is completed.
    """
    status: str | None = None
    """
    The status of the bunq.me fundraiser profile, can be ACTIVE or DEACTIVATED.
    """


class BunqMeFundraiserProfileUserRead(BunqModel):
    monetary_account_id: int | None = None
    """
    Id of the monetary account on which you want to receive bunq.me payments.
    """
    owner_user_id: int | None = None
    """
    Id of the user owning the profile.
    """
    color: str | None = None
    """
    The color chosen for the bunq.me fundraiser profile in hexadecimal format.
    """
    alias: LabelMonetaryAccount | None = None
    currency: str | None = None
    """
    The currency of the MonetaryAccount that created the bunq.me fundraiser profile.
    """
    description: str | None = None
    """
    The description of the bunq.me fundraiser profile.
    """
    attachment: AttachmentPublic | None = None
    pointer: Pointer | None = None
    redirect_url: str | None = None
    """
    The URL which the user is sent to when a payment is completed.
    """
    status: str | None = None
    """
    The status of the bunq.me fundraiser profile, can be ACTIVE or DEACTIVATED.
    """


class BunqMeTabEntry(BunqModel):
    amount_inquired: Amount | None = None
    description: str | None = None
    """
    The description for the bunq.me. Maximum 9000 characters.
    """
    redirect_url: str | None = None
    """
    The URL which the user is sent to when a payment is completed.
    """
    uuid: str | None = None
    """
    The uuid of the bunq.me.
    """
    alias: LabelMonetaryAccount | None = None
    status: str | None = None
    """
    The status of the bunq.me. Can be WAITING_FOR_PAYMENT, CANCELLED or EXPIRED.
    """
    merchant_available: list[BunqMeMerchantAvailable] | None = None
    """
    List of available merchants.
    """
    invite_profile_name: str | None = None
    """
    Provided if the user has enabled their invite link.
    """


class CoOwnerInviteResponse(BunqModel):
    status: str | None = None
    """
    The status of the invite. Can be PENDING, REVOKED (the user deletes the share inquiry before it's accepted) or ACCEPTED
    """
    alias: LabelMonetaryAccount | None = None
    counter_alias: LabelMonetaryAccount | None = None
    monetary_account_id: int | None = None
    """
    The ID of the monetaryAccount
    """
    monetary_account_type: str | None = None
    """
    The extension type of the monetaryAccount
    """
    freeze_status: str | None = None
    """
    The freeze_status of the invite.
    """
    label_freeze_user: LabelUser | None = None
    all_co_owner: list[CoOwner] | None = None
    """
    The users the account will be joint with.
    """


class DraftPaymentEntry(BunqModel):
    amount: Amount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    description: str | None = None
    """
    The description for the DraftPayment. Maximum 140 characters for DraftPayments to external IBANs, 9000 characters for DraftPayments to only other bunq MonetaryAccounts.
    """
    merchant_reference: str | None = None
    """
    Optional data to be included with the Payment specific to the merchant.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The Attachments attached to the DraftPayment.
    """
    id: int | None = None
    """
    The id of the draft payment entry.
    """
    alias: LabelMonetaryAccount | None = None
    type: str | None = None
    """
    The type of the draft payment entry.
    """


class ExportStatementListing(BunqModel):
    id: int | None = None
    """
    The id of the customer statement model.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the statement model's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the statement model's last update.
    """
    date_start: str | None = None
    """
    The date from when this statement shows transactions.
    """
    date_end: str | None = None
    """
    The date until which statement shows transactions.
    """
    status: str | None = None
    """
    The status of the export.
    """
    statement_number: int | None = None
    """
    MT940 Statement number. Unique per monetary account.
    """
    statement_format: str | None = None
    """
    The format of statement.
    """
    regional_format: str | None = None
    """
    The regional format of a CSV statement.
    """
    alias_monetary_account: LabelMonetaryAccount | None = None


class ExportStatementRead(BunqModel):
    id: int | None = None
    """
    The id of the customer statement model.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the statement model's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the statement model's last update.
    """
    date_start: str | None = None
    """
    The date from when this statement shows transactions.
    """
    date_end: str | None = None
    """
    The date until which statement shows transactions.
    """
    status: str | None = None
    """
    The status of the export.
    """
    statement_number: int | None = None
    """
    MT940 Statement number. Unique per monetary account.
    """
    statement_format: str | None = None
    """
    The format of statement.
    """
    regional_format: str | None = None
    """
    The regional format of a CSV statement.
    """
    alias_monetary_account: LabelMonetaryAccount | None = None


class GinmonTransaction(BunqModel):
    status: str | None = None
    """
    The status of the transaction.
    """
    status_description: str | None = None
    """
    The status of the transaction.
    """
    status_description_translated: str | None = None
    """
    The translated status of the transaction.
    """
    amount_billing: Amount | None = None
    amount_billing_original: Amount | None = None
    isin: str | None = None
    """
    The ISIN of the security.
    """
    external_identifier: str | None = None
    """
    External identifier of this order at Ginmon.
    """
    label_user: LabelUser | None = None
    label_monetary_account: LabelMonetaryAccount | None = None
    counter_label_monetary_account: LabelMonetaryAccount | None = None
    event_id: int | None = None
    """
    The id of the event of transaction.
    """


class IdealMerchantTransaction(BunqModel):
    amount_requested: Amount | None = None
    issuer: str | None = None
    """
    The BIC of the issuer.
    """
    monetary_account_id: int | None = None
    """
    The id of the monetary account this ideal merchant transaction links to.
    """
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    amount_guaranteed: Amount | None = None
    expiration: str | None = None
    """
    When the transaction will expire.
    """
    issuer_name: str | None = None
    """
    The Name of the issuer.
    """
    issuer_authentication_url: str | None = None
    """
    The URL to visit to 
    """
    purchase_identifier: str | None = None
    """
    The 'purchase ID' of the iDEAL transaction.
    """
    status: str | None = None
    """
    The status of the transaction.
    """
    status_timestamp: str | None = None
    """
    When the status was last updated.
    """
    transaction_identifier: str | None = None
    """
    The 'transaction ID' of the iDEAL transaction.
    """


class IdealMerchantTransactionListing(BunqModel):
    monetary_account_id: int | None = None
    """
    The id of the monetary account this ideal merchant transaction links to.
    """
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    amount_guaranteed: Amount | None = None
    amount_requested: Amount | None = None
    expiration: str | None = None
    """
    When the transaction will expire.
    """
    issuer: str | None = None
    """
    The BIC of the issuer.
    """
    issuer_name: str | None = None
    """
    The Name of the issuer.
    """
    issuer_authentication_url: str | None = None
    """
    The URL to visit to 
    """
    purchase_identifier: str | None = None
    """
    The 'purchase ID' of the iDEAL transaction.
    """
    status: str | None = None
    """
    The status of the transaction.
    """
    status_timestamp: str | None = None
    """
    When the status was last updated.
    """
    transaction_identifier: str | None = None
    """
    The 'transaction ID' of the iDEAL transaction.
    """


class IdealMerchantTransactionRead(BunqModel):
    monetary_account_id: int | None = None
    """
    The id of the monetary account this ideal merchant transaction links to.
    """
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    amount_guaranteed: Amount | None = None
    amount_requested: Amount | None = None
    expiration: str | None = None
    """
    When the transaction will expire.
    """
    issuer: str | None = None
    """
    The BIC of the issuer.
    """
    issuer_name: str | None = None
    """
    The Name of the issuer.
    """
    issuer_authentication_url: str | None = None
    """
    The URL to visit to 
    """
    purchase_identifier: str | None = None
    """
    The 'purchase ID' of the iDEAL transaction.
    """
    status: str | None = None
    """
    The status of the transaction.
    """
    status_timestamp: str | None = None
    """
    When the status was last updated.
    """
    transaction_identifier: str | None = None
    """
    The 'transaction ID' of the iDEAL transaction.
    """


class Invoice(BunqModel):
    status: str | None = None
    """
    The invoice status.
    """
    description: str | None = None
    """
    The description provided by the admin.
    """
    external_url: str | None = None
    """
    The external url provided by the admin.
    """
    id: int | None = None
    """
    The id of the invoice object.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the invoice object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the invoice object's last update.
    """
    invoice_date: str | None = None
    """
    The invoice date.
    """
    invoice_number: str | None = None
    """
    The invoice number.
    """
    category: str | None = None
    """
    The category to display to the user.
    """
    group: list[InvoiceItemGroup] | None = None
    """
    The invoice item groups.
    """
    total_vat_inclusive: Amount | None = None
    total_vat_exclusive: Amount | None = None
    total_vat: Amount | None = None
    alias: LabelMonetaryAccount | None = None
    address: Address | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    counterparty_address: Address | None = None
    chamber_of_commerce_number: str | None = None
    """
    The company's chamber of commerce number.
    """
    vat_number: str | None = None
    """
    The company's chamber of commerce number.
    """
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """


class InvoiceByUserListing(BunqModel):
    id: int | None = None
    """
    The id of the invoice object.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the invoice object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the invoice object's last update.
    """
    invoice_date: str | None = None
    """
    The invoice date.
    """
    invoice_number: str | None = None
    """
    The invoice number.
    """
    status: str | None = None
    """
    The invoice status.
    """
    group: list[InvoiceItemGroup] | None = None
    """
    The invoice item groups.
    """
    total_vat_inclusive: Amount | None = None
    total_vat_exclusive: Amount | None = None
    total_vat: Amount | None = None
    alias: LabelMonetaryAccount | None = None
    address: Address | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    counterparty_address: Address | None = None
    chamber_of_commerce_number: str | None = None
    """
    The company's chamber of commerce number.
    """
    vat_number: str | None = None
    """
    The company's chamber of commerce number.
    """


class InvoiceByUserRead(BunqModel):
    id: int | None = None
    """
    The id of the invoice object.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the invoice object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the invoice object's last update.
    """
    invoice_date: str | None = None
    """
    The invoice date.
    """
    invoice_number: str | None = None
    """
    The invoice number.
    """
    status: str | None = None
    """
    The invoice status.
    """
    group: list[InvoiceItemGroup] | None = None
    """
    The invoice item groups.
    """
    total_vat_inclusive: Amount | None = None
    total_vat_exclusive: Amount | None = None
    total_vat: Amount | None = None
    alias: LabelMonetaryAccount | None = None
    address: Address | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    counterparty_address: Address | None = None
    chamber_of_commerce_number: str | None = None
    """
    The company's chamber of commerce number.
    """
    vat_number: str | None = None
    """
    The company's chamber of commerce number.
    """


class InvoiceListing(BunqModel):
    id: int | None = None
    """
    The id of the invoice object.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the invoice object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the invoice object's last update.
    """
    invoice_date: str | None = None
    """
    The invoice date.
    """
    invoice_number: str | None = None
    """
    The invoice number.
    """
    status: str | None = None
    """
    The invoice status.
    """
    category: str | None = None
    """
    The category to display to the user.
    """
    group: list[InvoiceItemGroup] | None = None
    """
    The invoice item groups.
    """
    total_vat_inclusive: Amount | None = None
    total_vat_exclusive: Amount | None = None
    total_vat: Amount | None = None
    alias: LabelMonetaryAccount | None = None
    address: Address | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    counterparty_address: Address | None = None
    chamber_of_commerce_number: str | None = None
    """
    The company's chamber of commerce number.
    """
    vat_number: str | None = None
    """
    The company's chamber of commerce number.
    """
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """


class InvoiceRead(BunqModel):
    id: int | None = None
    """
    The id of the invoice object.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the invoice object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the invoice object's last update.
    """
    invoice_date: str | None = None
    """
    The invoice date.
    """
    invoice_number: str | None = None
    """
    The invoice number.
    """
    status: str | None = None
    """
    The invoice status.
    """
    category: str | None = None
    """
    The category to display to the user.
    """
    group: list[InvoiceItemGroup] | None = None
    """
    The invoice item groups.
    """
    total_vat_inclusive: Amount | None = None
    total_vat_exclusive: Amount | None = None
    total_vat: Amount | None = None
    alias: LabelMonetaryAccount | None = None
    address: Address | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    counterparty_address: Address | None = None
    chamber_of_commerce_number: str | None = None
    """
    The company's chamber of commerce number.
    """
    vat_number: str | None = None
    """
    The company's chamber of commerce number.
    """
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """


class MonetaryAccountProfile(BunqModel):
    profile_fill: MonetaryAccountProfileFill | None = None
    profile_drain: MonetaryAccountProfileDrain | None = None


class MonetaryAccountSavings(BunqModel):
    currency: str | None = None
    """
    The currency of the MonetaryAccountSavings as an ISO 4217 formatted currency code.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountSavings. Defaults to 'bunq account'.
    """
    daily_limit: Amount | None = None
    avatar_uuid: str | None = None
    """
    The UUID of the Avatar of the MonetaryAccountSavings.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountSavings. Can be: ACTIVE, BLOCKED, CANCELLED or PENDING_REOPEN
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountSavings providing extra information regarding the status. Will be NONE for ACTIVE or PENDING_REOPEN, COMPLETELY or ONLY_ACCEPTING_INCOMING for BLOCKED and REDEMPTION_INVOLUNTARY, REDEMPTION_VOLUNTARY or PERMANENT for CANCELLED.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccountSavings, can only be OTHER.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccountSavings. Can be any user provided message.
    """
    all_co_owner: list[CoOwner] | None = None
    """
    The users the account will be joint with.
    """
    setting: MonetaryAccountSetting | None = None
    savings_goal: Amount | None = None
    id: int | None = None
    """
    The id of the MonetaryAccountSavings.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountSavings's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountSavings's last update.
    """
    avatar: Avatar | None = None
    balance: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountSavings.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountSavings's public UUID.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountSavings.
    """
    monetary_account_profile: MonetaryAccountProfile | None = None
    savings_goal_progress: float | None = None
    """
    The progress in percentages for the Savings Goal set for this MonetaryAccountSavings.
    """
    number_of_payment_remaining: str | None = None
    """
    The number of payments that can be made from this savings account
    """
    all_auto_save_id: list[BunqId] | None = None
    """
    The ids of the AutoSave.
    """


class MonetaryAccountSavingsListing(BunqModel):
    id: int | None = None
    """
    The id of the MonetaryAccountSavings.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountSavings's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountSavings's last update.
    """
    avatar: Avatar | None = None
    currency: str | None = None
    """
    The currency of the MonetaryAccountSavings as an ISO 4217 formatted currency code.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountSavings. Defaults to 'bunq account'.
    """
    daily_limit: Amount | None = None
    balance: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountSavings.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountSavings's public UUID.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountSavings. Can be: ACTIVE, BLOCKED, CANCELLED or PENDING_REOPEN
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountSavings providing extra information regarding the status. Will be NONE for ACTIVE or PENDING_REOPEN, COMPLETELY or ONLY_ACCEPTING_INCOMING for BLOCKED and REDEMPTION_INVOLUNTARY, REDEMPTION_VOLUNTARY or PERMANENT for CANCELLED.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccountSavings, can only be OTHER.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccountSavings. Can be any user provided message.
    """
    all_co_owner: list[CoOwner] | None = None
    """
    The users the account will be joint with.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountSavings.
    """
    monetary_account_profile: MonetaryAccountProfile | None = None
    setting: MonetaryAccountSetting | None = None
    savings_goal: Amount | None = None
    savings_goal_progress: float | None = None
    """
    The progress in percentages for the Savings Goal set for this MonetaryAccountSavings.
    """
    number_of_payment_remaining: str | None = None
    """
    The number of payments that can be made from this savings account
    """
    all_auto_save_id: list[BunqId] | None = None
    """
    The ids of the AutoSave.
    """


class MonetaryAccountSavingsRead(BunqModel):
    id: int | None = None
    """
    The id of the MonetaryAccountSavings.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountSavings's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountSavings's last update.
    """
    avatar: Avatar | None = None
    currency: str | None = None
    """
    The currency of the MonetaryAccountSavings as an ISO 4217 formatted currency code.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountSavings. Defaults to 'bunq account'.
    """
    daily_limit: Amount | None = None
    balance: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountSavings.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountSavings's public UUID.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountSavings. Can be: ACTIVE, BLOCKED, CANCELLED or PENDING_REOPEN
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountSavings providing extra information regarding the status. Will be NONE for ACTIVE or PENDING_REOPEN, COMPLETELY or ONLY_ACCEPTING_INCOMING for BLOCKED and REDEMPTION_INVOLUNTARY, REDEMPTION_VOLUNTARY or PERMANENT for CANCELLED.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccountSavings, can only be OTHER.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccountSavings. Can be any user provided message.
    """
    all_co_owner: list[CoOwner] | None = None
    """
    The users the account will be joint with.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountSavings.
    """
    monetary_account_profile: MonetaryAccountProfile | None = None
    setting: MonetaryAccountSetting | None = None
    savings_goal: Amount | None = None
    savings_goal_progress: float | None = None
    """
    The progress in percentages for the Savings Goal set for this MonetaryAccountSavings.
    """
    number_of_payment_remaining: str | None = None
    """
    The number of payments that can be made from this savings account
    """
    all_auto_save_id: list[BunqId] | None = None
    """
    The ids of the AutoSave.
    """


class TransferwiseRequirementField(BunqModel):
    key: str | None = None
    """
    The name of the required field.
    """
    value: str | None = None
    """
    The value of the required field.
    """
    name: str | None = None
    """
    The descriptive label of the field.
    """
    group: TransferwiseRequirementFieldGroup | None = None


class TransferwiseTransferRequirement(BunqModel):
    recipient_id: str | None = None
    """
    The id of the target account.
    """
    detail: list[TransferwiseRequirementField] | None = None
    """
    The fields which were specified as "required" and have since been filled by the user. Always provide the full list.
    """


class UserApiKey(BunqModel):
    id: int | None = None
    """
    The id of the user.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the user object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the user object's last update.
    """
    requested_by_user: UserApiKeyAnchoredUser | None = None
    granted_by_user: UserApiKeyAnchoredUser | None = None


class UserListing(BunqModel):
    UserPerson_1: UserPerson | None = Field(None, alias="UserPerson")
    UserCompany_1: UserCompany | None = Field(None, alias="UserCompany")
    UserApiKey_1: UserApiKey | None = Field(None, alias="UserApiKey")
    UserPaymentServiceProvider_1: UserPaymentServiceProvider | None = Field(
        None, alias="UserPaymentServiceProvider"
    )


class UserRead(BunqModel):
    UserPerson_1: UserPerson | None = Field(None, alias="UserPerson")
    UserCompany_1: UserCompany | None = Field(None, alias="UserCompany")
    UserApiKey_1: UserApiKey | None = Field(None, alias="UserApiKey")
    UserPaymentServiceProvider_1: UserPaymentServiceProvider | None = Field(
        None, alias="UserPaymentServiceProvider"
    )


class BunqMeTab(BunqModel):
    bunqme_tab_entry: BunqMeTabEntry | None = None
    status: str | None = None
    """
    The status of the bunq.me. Ignored in POST requests but can be used for cancelling the bunq.me by setting status as CANCELLED with a PUT request.
    """
    event_id: int | None = None
    """
    The ID of the related event if the bunqMeTab made by 'split' functionality.
    """


class MonetaryAccountBank(BunqModel):
    currency: str | None = None
    """
    The currency of the MonetaryAccountBank as an ISO 4217 formatted currency code.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountBank. Defaults to 'bunq account'.
    """
    daily_limit: Amount | None = None
    avatar_uuid: str | None = None
    """
    The UUID of the Avatar of the MonetaryAccountBank.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountBank. Can be: ACTIVE, BLOCKED, CANCELLED or PENDING_REOPEN
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountBank providing extra information regarding the status. Will be NONE for ACTIVE or PENDING_REOPEN, COMPLETELY or ONLY_ACCEPTING_INCOMING for BLOCKED and REDEMPTION_INVOLUNTARY, REDEMPTION_VOLUNTARY or PERMANENT for CANCELLED.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccountBank, can only be OTHER.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccountBank. Can be any user provided message.
    """
    display_name: str | None = None
    """
    The legal name of the user / company using this monetary account.
    """
    setting: MonetaryAccountSetting | None = None
    country_iban: str | None = None
    """
    The country of the monetary account IBAN.
    """
    id: int | None = None
    """
    The id of the MonetaryAccountBank.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountBank's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountBank's last update.
    """
    avatar: Avatar | None = None
    overdraft_limit: Amount | None = None
    balance: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountBank.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountBank's public UUID.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountBank.
    """
    monetary_account_profile: MonetaryAccountProfile | None = None
    all_auto_save_id: list[BunqId] | None = None
    """
    The ids of the AutoSave.
    """


class MonetaryAccountBankListing(BunqModel):
    id: int | None = None
    """
    The id of the MonetaryAccountBank.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountBank's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountBank's last update.
    """
    avatar: Avatar | None = None
    currency: str | None = None
    """
    The currency of the MonetaryAccountBank as an ISO 4217 formatted currency code.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountBank. Defaults to 'bunq account'.
    """
    daily_limit: Amount | None = None
    overdraft_limit: Amount | None = None
    balance: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountBank.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountBank's public UUID.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountBank. Can be: ACTIVE, BLOCKED, CANCELLED or PENDING_REOPEN
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountBank providing extra information regarding the status. Will be NONE for ACTIVE or PENDING_REOPEN, COMPLETELY or ONLY_ACCEPTING_INCOMING for BLOCKED and REDEMPTION_INVOLUNTARY, REDEMPTION_VOLUNTARY or PERMANENT for CANCELLED.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccountBank, can only be OTHER.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccountBank. Can be any user provided message.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountBank.
    """
    monetary_account_profile: MonetaryAccountProfile | None = None
    display_name: str | None = None
    """
    The legal name of the user / company using this monetary account.
    """
    setting: MonetaryAccountSetting | None = None
    all_auto_save_id: list[BunqId] | None = None
    """
    The ids of the AutoSave.
    """


class MonetaryAccountBankRead(BunqModel):
    id: int | None = None
    """
    The id of the MonetaryAccountBank.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountBank's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountBank's last update.
    """
    avatar: Avatar | None = None
    currency: str | None = None
    """
    The currency of the MonetaryAccountBank as an ISO 4217 formatted currency code.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountBank. Defaults to 'bunq account'.
    """
    daily_limit: Amount | None = None
    overdraft_limit: Amount | None = None
    balance: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountBank.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountBank's public UUID.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountBank. Can be: ACTIVE, BLOCKED, CANCELLED or PENDING_REOPEN
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountBank providing extra information regarding the status. Will be NONE for ACTIVE or PENDING_REOPEN, COMPLETELY or ONLY_ACCEPTING_INCOMING for BLOCKED and REDEMPTION_INVOLUNTARY, REDEMPTION_VOLUNTARY or PERMANENT for CANCELLED.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccountBank, can only be OTHER.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccountBank. Can be any user provided message.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountBank.
    """
    monetary_account_profile: MonetaryAccountProfile | None = None
    display_name: str | None = None
    """
    The legal name of the user / company using this monetary account.
    """
    setting: MonetaryAccountSetting | None = None
    all_auto_save_id: list[BunqId] | None = None
    """
    The ids of the AutoSave.
    """


class MonetaryAccountExternal(BunqModel):
    currency: str | None = None
    """
    The currency of the MonetaryAccountExternal as an ISO 4217 formatted currency code.
    """
    service: str | None = None
    """
    The external service the Monetary Account is connected with.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountExternal. Defaults to 'bunq account'.
    """
    daily_limit: Amount | None = None
    avatar_uuid: str | None = None
    """
    The UUID of the Avatar of the MonetaryAccountExternal.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountExternal. Can be: ACTIVE, BLOCKED, CANCELLED or PENDING_REOPEN
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountExternal providing extra information regarding the status. Will be NONE for ACTIVE or PENDING_REOPEN, COMPLETELY or ONLY_ACCEPTING_INCOMING for BLOCKED and REDEMPTION_INVOLUNTARY, REDEMPTION_VOLUNTARY or PERMANENT for CANCELLED.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccountExternal, can only be OTHER.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccountExternal. Can be any user provided message.
    """
    display_name: str | None = None
    """
    The legal name of the user / company using this monetary account.
    """
    setting: MonetaryAccountSetting | None = None
    id: int | None = None
    """
    The id of the MonetaryAccountExternal.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountExternal's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountExternal's last update.
    """
    avatar: Avatar | None = None
    overdraft_limit: Amount | None = None
    balance: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountExternal.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountExternal's public UUID.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountExternal.
    """
    monetary_account_profile: MonetaryAccountProfile | None = None
    all_auto_save_id: list[BunqId] | None = None
    """
    The ids of the AutoSave.
    """
    open_banking_account: OpenBankingAccount | None = None


class MonetaryAccountExternalListing(BunqModel):
    id: int | None = None
    """
    The id of the MonetaryAccountExternal.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountExternal's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountExternal's last update.
    """
    avatar: Avatar | None = None
    currency: str | None = None
    """
    The currency of the MonetaryAccountExternal as an ISO 4217 formatted currency code.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountExternal. Defaults to 'bunq account'.
    """
    daily_limit: Amount | None = None
    overdraft_limit: Amount | None = None
    balance: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountExternal.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountExternal's public UUID.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountExternal. Can be: ACTIVE, BLOCKED, CANCELLED or PENDING_REOPEN
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountExternal providing extra information regarding the status. Will be NONE for ACTIVE or PENDING_REOPEN, COMPLETELY or ONLY_ACCEPTING_INCOMING for BLOCKED and REDEMPTION_INVOLUNTARY, REDEMPTION_VOLUNTARY or PERMANENT for CANCELLED.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccountExternal, can only be OTHER.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccountExternal. Can be any user provided message.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountExternal.
    """
    monetary_account_profile: MonetaryAccountProfile | None = None
    display_name: str | None = None
    """
    The legal name of the user / company using this monetary account.
    """
    setting: MonetaryAccountSetting | None = None
    all_auto_save_id: list[BunqId] | None = None
    """
    The ids of the AutoSave.
    """
    service: str | None = None
    """
    The external service the Monetary Account is connected with.
    """
    open_banking_account: OpenBankingAccount | None = None


class MonetaryAccountExternalRead(BunqModel):
    id: int | None = None
    """
    The id of the MonetaryAccountExternal.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountExternal's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountExternal's last update.
    """
    avatar: Avatar | None = None
    currency: str | None = None
    """
    The currency of the MonetaryAccountExternal as an ISO 4217 formatted currency code.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountExternal. Defaults to 'bunq account'.
    """
    daily_limit: Amount | None = None
    overdraft_limit: Amount | None = None
    balance: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountExternal.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountExternal's public UUID.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountExternal. Can be: ACTIVE, BLOCKED, CANCELLED or PENDING_REOPEN
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountExternal providing extra information regarding the status. Will be NONE for ACTIVE or PENDING_REOPEN, COMPLETELY or ONLY_ACCEPTING_INCOMING for BLOCKED and REDEMPTION_INVOLUNTARY, REDEMPTION_VOLUNTARY or PERMANENT for CANCELLED.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccountExternal, can only be OTHER.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccountExternal. Can be any user provided message.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountExternal.
    """
    monetary_account_profile: MonetaryAccountProfile | None = None
    display_name: str | None = None
    """
    The legal name of the user / company using this monetary account.
    """
    setting: MonetaryAccountSetting | None = None
    all_auto_save_id: list[BunqId] | None = None
    """
    The ids of the AutoSave.
    """
    service: str | None = None
    """
    The external service the Monetary Account is connected with.
    """
    open_banking_account: OpenBankingAccount | None = None


class MonetaryAccountExternalSavings(BunqModel):
    currency: str | None = None
    """
    The currency of the MonetaryAccountExternalSavings as an ISO 4217 formatted currency code.
    """
    service: str | None = None
    """
    The service the MonetaryAccountExternalSavings is connected with.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountExternalSavings. Defaults to 'bunq account'.
    """
    daily_limit: Amount | None = None
    avatar_uuid: str | None = None
    """
    The UUID of the Avatar of the MonetaryAccountExternalSavings.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountExternalSavings. Can be: ACTIVE, BLOCKED, CANCELLED or PENDING_REOPEN
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountExternalSavings providing extra information regarding the status. Will be NONE for ACTIVE or PENDING_REOPEN, COMPLETELY or ONLY_ACCEPTING_INCOMING for BLOCKED and REDEMPTION_INVOLUNTARY, REDEMPTION_VOLUNTARY or PERMANENT for CANCELLED.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccountExternalSavings, can only be OTHER.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccountExternalSavings. Can be any user provided message.
    """
    display_name: str | None = None
    """
    The legal name of the user / company using this monetary account.
    """
    setting: MonetaryAccountSetting | None = None
    savings_goal: Amount | None = None
    id: int | None = None
    """
    The id of the MonetaryAccountExternalSavings.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountExternalSavings's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountExternalSavings's last update.
    """
    avatar: Avatar | None = None
    balance: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountExternalSavings.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountExternalSavings's public UUID.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountExternalSavings.
    """
    monetary_account_profile: MonetaryAccountProfile | None = None
    all_auto_save_id: list[BunqId] | None = None
    """
    The ids of the AutoSave.
    """
    savings_goal_progress: float | None = None
    """
    The progress in percentages for the Savings Goal set for this MonetaryAccountExternalSavings.
    """
    number_of_payment_remaining: str | None = None
    """
    The number of payments that can be made from this savings account
    """


class MonetaryAccountExternalSavingsListing(BunqModel):
    id: int | None = None
    """
    The id of the MonetaryAccountExternalSavings.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountExternalSavings's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountExternalSavings's last update.
    """
    avatar: Avatar | None = None
    currency: str | None = None
    """
    The currency of the MonetaryAccountExternalSavings as an ISO 4217 formatted currency code.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountExternalSavings. Defaults to 'bunq account'.
    """
    daily_limit: Amount | None = None
    balance: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountExternalSavings.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountExternalSavings's public UUID.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountExternalSavings. Can be: ACTIVE, BLOCKED, CANCELLED or PENDING_REOPEN
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountExternalSavings providing extra information regarding the status. Will be NONE for ACTIVE or PENDING_REOPEN, COMPLETELY or ONLY_ACCEPTING_INCOMING for BLOCKED and REDEMPTION_INVOLUNTARY, REDEMPTION_VOLUNTARY or PERMANENT for CANCELLED.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccountExternalSavings, can only be OTHER.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccountExternalSavings. Can be any user provided message.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountExternalSavings.
    """
    monetary_account_profile: MonetaryAccountProfile | None = None
    display_name: str | None = None
    """
    The legal name of the user / company using this monetary account.
    """
    setting: MonetaryAccountSetting | None = None
    all_auto_save_id: list[BunqId] | None = None
    """
    The ids of the AutoSave.
    """
    savings_goal: Amount | None = None
    savings_goal_progress: float | None = None
    """
    The progress in percentages for the Savings Goal set for this MonetaryAccountExternalSavings.
    """
    number_of_payment_remaining: str | None = None
    """
    The number of payments that can be made from this savings account
    """


class MonetaryAccountExternalSavingsRead(BunqModel):
    id: int | None = None
    """
    The id of the MonetaryAccountExternalSavings.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountExternalSavings's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountExternalSavings's last update.
    """
    avatar: Avatar | None = None
    currency: str | None = None
    """
    The currency of the MonetaryAccountExternalSavings as an ISO 4217 formatted currency code.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountExternalSavings. Defaults to 'bunq account'.
    """
    daily_limit: Amount | None = None
    balance: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountExternalSavings.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountExternalSavings's public UUID.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountExternalSavings. Can be: ACTIVE, BLOCKED, CANCELLED or PENDING_REOPEN
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountExternalSavings providing extra information regarding the status. Will be NONE for ACTIVE or PENDING_REOPEN, COMPLETELY or ONLY_ACCEPTING_INCOMING for BLOCKED and REDEMPTION_INVOLUNTARY, REDEMPTION_VOLUNTARY or PERMANENT for CANCELLED.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccountExternalSavings, can only be OTHER.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccountExternalSavings. Can be any user provided message.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountExternalSavings.
    """
    monetary_account_profile: MonetaryAccountProfile | None = None
    display_name: str | None = None
    """
    The legal name of the user / company using this monetary account.
    """
    setting: MonetaryAccountSetting | None = None
    all_auto_save_id: list[BunqId] | None = None
    """
    The ids of the AutoSave.
    """
    savings_goal: Amount | None = None
    savings_goal_progress: float | None = None
    """
    The progress in percentages for the Savings Goal set for this MonetaryAccountExternalSavings.
    """
    number_of_payment_remaining: str | None = None
    """
    The number of payments that can be made from this savings account
    """


class MonetaryAccountInvestment(BunqModel):
    currency: str | None = None
    """
    The currency of the MonetaryAccountInvestment as an ISO 4217 formatted currency code.
    """
    provider: str | None = None
    """
    The provider of the investment service.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountInvestment. Defaults to 'bunq account'.
    """
    daily_limit: Amount | None = None
    avatar_uuid: str | None = None
    """
    The UUID of the Avatar of the MonetaryAccountInvestment.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountInvestment. Can be: ACTIVE, BLOCKED, CANCELLED or PENDING_REOPEN
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountInvestment providing extra information regarding the status. Will be NONE for ACTIVE or PENDING_REOPEN, COMPLETELY or ONLY_ACCEPTING_INCOMING for BLOCKED and REDEMPTION_INVOLUNTARY, REDEMPTION_VOLUNTARY or PERMANENT for CANCELLED.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccountInvestment, can only be OTHER.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccountInvestment. Can be any user provided message.
    """
    display_name: str | None = None
    """
    The legal name of the user / company using this monetary account.
    """
    setting: MonetaryAccountSetting | None = None
    birdee_investment_portfolio: BirdeeInvestmentPortfolio | None = None
    monetary_account_deposit_initial_id: int | None = None
    """
    ID of the MA to be used for the initial deposit to the investment account.
    """
    amount_deposit_initial: Amount | None = None
    id: int | None = None
    """
    The id of the MonetaryAccountInvestment.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountInvestment's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountInvestment's last update.
    """
    avatar: Avatar | None = None
    balance: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountInvestment.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountInvestment's public UUID.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountInvestment.
    """
    monetary_account_profile: MonetaryAccountProfile | None = None
    all_auto_save_id: list[BunqId] | None = None
    """
    The ids of the AutoSave.
    """


class MonetaryAccountJoint(BunqModel):
    currency: str | None = None
    """
    The currency of the MonetaryAccountJoint as an ISO 4217 formatted currency code.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountJoint. Defaults to 'bunq account'.
    """
    daily_limit: Amount | None = None
    overdraft_limit: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountJoint.
    """
    avatar_uuid: str | None = None
    """
    The UUID of the Avatar of the MonetaryAccountJoint.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountJoint. Can be: ACTIVE, BLOCKED, CANCELLED or PENDING_REOPEN
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountJoint providing extra information regarding the status. Will be NONE for ACTIVE or PENDING_REOPEN, COMPLETELY or ONLY_ACCEPTING_INCOMING for BLOCKED and REDEMPTION_INVOLUNTARY, REDEMPTION_VOLUNTARY or PERMANENT for CANCELLED.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccountJoint, can only be OTHER.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccountJoint. Can be any user provided message.
    """
    all_co_owner: list[CoOwner] | None = None
    """
    The users the account will be joint with.
    """
    setting: MonetaryAccountSetting | None = None
    id: int | None = None
    """
    The id of the MonetaryAccountJoint.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountJoint's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountJoint's last update.
    """
    avatar: Avatar | None = None
    balance: Amount | None = None
    public_uuid: str | None = None
    """
    The MonetaryAccountJoint's public UUID.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountJoint.
    """
    monetary_account_profile: MonetaryAccountProfile | None = None
    all_auto_save_id: list[BunqId] | None = None
    """
    The ids of the AutoSave.
    """


class MonetaryAccountJointListing(BunqModel):
    id: int | None = None
    """
    The id of the MonetaryAccountJoint.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountJoint's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountJoint's last update.
    """
    avatar: Avatar | None = None
    currency: str | None = None
    """
    The currency of the MonetaryAccountJoint as an ISO 4217 formatted currency code.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountJoint. Defaults to 'bunq account'.
    """
    daily_limit: Amount | None = None
    overdraft_limit: Amount | None = None
    balance: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountJoint.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountJoint's public UUID.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountJoint. Can be: ACTIVE, BLOCKED, CANCELLED or PENDING_REOPEN
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountJoint providing extra information regarding the status. Will be NONE for ACTIVE or PENDING_REOPEN, COMPLETELY or ONLY_ACCEPTING_INCOMING for BLOCKED and REDEMPTION_INVOLUNTARY, REDEMPTION_VOLUNTARY or PERMANENT for CANCELLED.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccountJoint, can only be OTHER.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccountJoint. Can be any user provided message.
    """
    all_co_owner: list[CoOwner] | None = None
    """
    The users the account will be joint with.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountJoint.
    """
    monetary_account_profile: MonetaryAccountProfile | None = None
    setting: MonetaryAccountSetting | None = None
    all_auto_save_id: list[BunqId] | None = None
    """
    The ids of the AutoSave.
    """


class MonetaryAccountJointRead(BunqModel):
    id: int | None = None
    """
    The id of the MonetaryAccountJoint.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountJoint's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the MonetaryAccountJoint's last update.
    """
    avatar: Avatar | None = None
    currency: str | None = None
    """
    The currency of the MonetaryAccountJoint as an ISO 4217 formatted currency code.
    """
    description: str | None = None
    """
    The description of the MonetaryAccountJoint. Defaults to 'bunq account'.
    """
    daily_limit: Amount | None = None
    overdraft_limit: Amount | None = None
    balance: Amount | None = None
    alias: list[Pointer] | None = None
    """
    The Aliases for the MonetaryAccountJoint.
    """
    public_uuid: str | None = None
    """
    The MonetaryAccountJoint's public UUID.
    """
    status: str | None = None
    """
    The status of the MonetaryAccountJoint. Can be: ACTIVE, BLOCKED, CANCELLED or PENDING_REOPEN
    """
    sub_status: str | None = None
    """
    The sub-status of the MonetaryAccountJoint providing extra information regarding the status. Will be NONE for ACTIVE or PENDING_REOPEN, COMPLETELY or ONLY_ACCEPTING_INCOMING for BLOCKED and REDEMPTION_INVOLUNTARY, REDEMPTION_VOLUNTARY or PERMANENT for CANCELLED.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccountJoint, can only be OTHER.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccountJoint. Can be any user provided message.
    """
    all_co_owner: list[CoOwner] | None = None
    """
    The users the account will be joint with.
    """
    user_id: int | None = None
    """
    The id of the User who owns the MonetaryAccountJoint.
    """
    monetary_account_profile: MonetaryAccountProfile | None = None
    setting: MonetaryAccountSetting | None = None
    all_auto_save_id: list[BunqId] | None = None
    """
    The ids of the AutoSave.
    """


class MonetaryAccountListing(BunqModel):
    MonetaryAccountLight_1: MonetaryAccountLight | None = Field(None, alias="MonetaryAccountLight")
    MonetaryAccountBank_1: MonetaryAccountBank | None = Field(None, alias="MonetaryAccountBank")
    MonetaryAccountExternal_1: MonetaryAccountExternal | None = Field(
        None, alias="MonetaryAccountExternal"
    )
    MonetaryAccountInvestment_1: MonetaryAccountInvestment | None = Field(
        None, alias="MonetaryAccountInvestment"
    )
    MonetaryAccountJoint_1: MonetaryAccountJoint | None = Field(None, alias="MonetaryAccountJoint")
    MonetaryAccountSavings_1: MonetaryAccountSavings | None = Field(
        None, alias="MonetaryAccountSavings"
    )
    MonetaryAccountSwitchService_1: MonetaryAccountSwitchService | None = Field(
        None, alias="MonetaryAccountSwitchService"
    )
    MonetaryAccountExternalSavings_1: MonetaryAccountExternalSavings | None = Field(
        None, alias="MonetaryAccountExternalSavings"
    )
    MonetaryAccountCard_1: MonetaryAccountCard | None = Field(None, alias="MonetaryAccountCard")


class MonetaryAccountRead(BunqModel):
    MonetaryAccountLight_1: MonetaryAccountLight | None = Field(None, alias="MonetaryAccountLight")
    MonetaryAccountBank_1: MonetaryAccountBank | None = Field(None, alias="MonetaryAccountBank")
    MonetaryAccountExternal_1: MonetaryAccountExternal | None = Field(
        None, alias="MonetaryAccountExternal"
    )
    MonetaryAccountInvestment_1: MonetaryAccountInvestment | None = Field(
        None, alias="MonetaryAccountInvestment"
    )
    MonetaryAccountJoint_1: MonetaryAccountJoint | None = Field(None, alias="MonetaryAccountJoint")
    MonetaryAccountSavings_1: MonetaryAccountSavings | None = Field(
        None, alias="MonetaryAccountSavings"
    )
    MonetaryAccountSwitchService_1: MonetaryAccountSwitchService | None = Field(
        None, alias="MonetaryAccountSwitchService"
    )
    MonetaryAccountExternalSavings_1: MonetaryAccountExternalSavings | None = Field(
        None, alias="MonetaryAccountExternalSavings"
    )
    MonetaryAccountCard_1: MonetaryAccountCard | None = Field(None, alias="MonetaryAccountCard")


class SessionServerCreate(BunqModel):
    Id: BunqId | None = None
    Token: SessionServerToken | None = None
    UserCompany_1: UserCompany | None = Field(None, alias="UserCompany")
    UserPerson_1: UserPerson | None = Field(None, alias="UserPerson")
    UserApiKey_1: UserApiKey | None = Field(None, alias="UserApiKey")
    UserPaymentServiceProvider_1: UserPaymentServiceProvider | None = Field(
        None, alias="UserPaymentServiceProvider"
    )


class TransferwiseAccountQuote(BunqModel):
    country: str | None = None
    """
    The country of the receiving account.
    """
    name_account_holder: str | None = None
    """
    The name of the account holder.
    """
    type: str | None = None
    """
    The chosen recipient account type. The possible options are provided dynamically in the response endpoint.
    """
    detail: list[TransferwiseRequirementField] | None = None
    """
    The fields which were specified as "required" and have since been filled by the user. Always provide the full list.
    """


class TransferwiseAccountRequirement(BunqModel):
    country: str | None = None
    """
    The country of the receiving account.
    """
    name_account_holder: str | None = None
    """
    The name of the account holder.
    """
    type: str | None = None
    """
    The chosen recipient account type. The possible options are provided dynamically in the response endpoint.
    """
    detail: list[TransferwiseRequirementField] | None = None
    """
    The fields which were specified as "required" and have since been filled by the user. Always provide the full list.
    """


class TransferwiseAccountRequirementListing(BunqModel):
    type: str | None = None
    """
    A possible recipient account type.
    """
    label: str | None = None
    """
    The label of the possible recipient account type to show to the user.
    """
    fields: list[TransferwiseRequirementField] | None = None
    """
    The fields which the user needs to fill.
    """


class MonetaryAccount(BunqModel):
    alias: list[Pointer] | None = None
    """
    The aliases for the MonetaryAccount.
    """
    balance: Amount | None = None
    monetary_account_profile: list[MonetaryAccountProfile] | None = None
    """
    The profiles of the account.
    """
    setting: MonetaryAccountSetting | None = None
    budget: list[MonetaryAccountBudget] | None = None
    """
    The budgets of the MonetaryAccount.
    """
    reason: str | None = None
    """
    The reason for voluntarily cancelling (closing) the MonetaryAccount.
    """
    reason_description: str | None = None
    """
    The optional free-form reason for voluntarily cancelling (closing) the MonetaryAccount. Can be any user provided message.
    """
    share: ShareInviteMonetaryAccountResponse | None = None
    all_auto_save_id: list[BunqId] | None = None
    """
    The ids of the AutoSave.
    """
    fulfillments: list[Fulfillment] | None = None
    """
    The fulfillments for this MonetaryAccount.
    """
    relation_user: RelationUser | None = None
    all_co_owner: list[CoOwner] | None = None
    """
    The users the account will be joint with.
    """
    co_owner_invite: CoOwnerInviteResponse | None = None
    open_banking_account: OpenBankingAccount | None = None
    birdee_investment_portfolio: BirdeeInvestmentPortfolio | None = None
    MonetaryAccountLight_1: MonetaryAccountLight | None = Field(None, alias="MonetaryAccountLight")
    MonetaryAccountBank_1: MonetaryAccountBank | None = Field(None, alias="MonetaryAccountBank")
    MonetaryAccountExternal_1: MonetaryAccountExternal | None = Field(
        None, alias="MonetaryAccountExternal"
    )
    MonetaryAccountInvestment_1: MonetaryAccountInvestment | None = Field(
        None, alias="MonetaryAccountInvestment"
    )
    MonetaryAccountJoint_1: MonetaryAccountJoint | None = Field(None, alias="MonetaryAccountJoint")
    MonetaryAccountSavings_1: MonetaryAccountSavings | None = Field(
        None, alias="MonetaryAccountSavings"
    )
    MonetaryAccountSwitchService_1: MonetaryAccountSwitchService | None = Field(
        None, alias="MonetaryAccountSwitchService"
    )
    MonetaryAccountExternalSavings_1: MonetaryAccountExternalSavings | None = Field(
        None, alias="MonetaryAccountExternalSavings"
    )
    MonetaryAccountCard_1: MonetaryAccountCard | None = Field(None, alias="MonetaryAccountCard")


class CardListing(BunqModel):
    id: int | None = None
    """
    The id of the card.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the card's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the card's last update.
    """
    public_uuid: str | None = None
    """
    The public UUID of the card.
    """
    user_id: int | None = None
    """
    DEPRECATED. ID of the user who is owner of the card.
    """
    user_owner_id: int | None = None
    """
    ID of the user who is owner of the card.
    """
    user_holder_id: int | None = None
    """
    ID of the user who is holder of the card.
    """
    type: str | None = None
    """
    The type of the card. Can be MAESTRO, MASTERCARD.
    """
    sub_type: str | None = None
    """
    The sub-type of the card.
    """
    product_type: str | None = None
    """
    The product type of the card.
    """
    product_sub_type: str | None = None
    """
    The product sub-type of the card.
    """
    first_line: str | None = None
    """
    The first line of text on the card
    """
    second_line: str | None = None
    """
    The second line of text on the card
    """
    status: str | None = None
    """
    The status to set for the card. Can be ACTIVE, DEACTIVATED, LOST, STOLEN, CANCELLED, EXPIRED or PIN_TRIES_EXCEEDED.
    """
    sub_status: str | None = None
    """
    The sub-status of the card. Can be NONE or REPLACED.
    """
    order_status: str | None = None
    """
    The order status of the card. Can be NEW_CARD_REQUEST_RECEIVED, CARD_REQUEST_PENDING, SENT_FOR_PRODUCTION, ACCEPTED_FOR_PRODUCTION, DELIVERED_TO_CUSTOMER, CARD_UPDATE_REQUESTED, CARD_UPDATE_PENDING, CARD_UPDATE_SENT, CARD_UPDATE_ACCEPTED, VIRTUAL_DELIVERY, NEW_CARD_REQUEST_PENDING_USER_APPROVAL, SENT_FOR_DELIVERY or NEW_CARD_REQUEST_CANCELLED.
    """
    expiry_date: str | None = None
    """
    Expiry date of the card.
    """
    name_on_card: str | None = None
    """
    The user's name on the card.
    """
    preferred_name_on_card: str | None = None
    """
    The user's preferred name on the card.
    """
    primary_account_numbers: list[CardPrimaryAccountNumber] | None = None
    """
    Array of PANs and their attributes.
    """
    payment_account_reference: str | None = None
    """
    The payment account reference number associated with the card.
    """
    card_limit: Amount | None = None
    card_limit_atm: Amount | None = None
    country_permission: list[CardCountryPermission] | None = None
    """
    The countries for which to grant (temporary) permissions to use the card.
    """
    label_monetary_account_ordered: LabelMonetaryAccount | None = None
    label_monetary_account_current: LabelMonetaryAccount | None = None
    monetary_account: MonetaryAccount | None = None
    pin_code_assignment: list[CardPinAssignment] | None = None
    """
    Array of Types, PINs, account IDs assigned to the card.
    """
    monetary_account_id_fallback: int | None = None
    """
    ID of the MA to be used as fallback for this card if insufficient balance. Fallback account is removed if not supplied.
    """
    country: str | None = None
    """
    The country that is domestic to the card. Defaults to country of residence of user.
    """
    card_shipment_tracking_url: str | None = None
    """
    A tracking link provided by our shipment provider.
    """
    is_card_eligible_for_free_replacement: bool | None = None
    """
    Whether this card is eligible for a free replacement.
    """
    card_replacement: CardReplacement | None = None
    card_generated_cvc2: CardGeneratedCvc2 | None = None
    is_limited_edition: bool | None = None
    """
    Whether this card is a limited edition metal card.
    """
    card_metal_member_since_date: str | None = None
    """
    The date for the member since field on the black metal card.
    """
    company_employee_card: CompanyEmployeeCard | None = None


class CardRead(BunqModel):
    id: int | None = None
    """
    The id of the card.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the card's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the card's last update.
    """
    public_uuid: str | None = None
    """
    The public UUID of the card.
    """
    user_id: int | None = None
    """
    DEPRECATED. ID of the user who is owner of the card.
    """
    user_owner_id: int | None = None
    """
    ID of the user who is owner of the card.
    """
    user_holder_id: int | None = None
    """
    ID of the user who is holder of the card.
    """
    type: str | None = None
    """
    The type of the card. Can be MAESTRO, MASTERCARD.
    """
    sub_type: str | None = None
    """
    The sub-type of the card.
    """
    product_type: str | None = None
    """
    The product type of the card.
    """
    product_sub_type: str | None = None
    """
    The product sub-type of the card.
    """
    first_line: str | None = None
    """
    The first line of text on the card
    """
    second_line: str | None = None
    """
    The second line of text on the card
    """
    status: str | None = None
    """
    The status to set for the card. Can be ACTIVE, DEACTIVATED, LOST, STOLEN, CANCELLED, EXPIRED or PIN_TRIES_EXCEEDED.
    """
    sub_status: str | None = None
    """
    The sub-status of the card. Can be NONE or REPLACED.
    """
    order_status: str | None = None
    """
    The order status of the card. Can be NEW_CARD_REQUEST_RECEIVED, CARD_REQUEST_PENDING, SENT_FOR_PRODUCTION, ACCEPTED_FOR_PRODUCTION, DELIVERED_TO_CUSTOMER, CARD_UPDATE_REQUESTED, CARD_UPDATE_PENDING, CARD_UPDATE_SENT, CARD_UPDATE_ACCEPTED, VIRTUAL_DELIVERY, NEW_CARD_REQUEST_PENDING_USER_APPROVAL, SENT_FOR_DELIVERY or NEW_CARD_REQUEST_CANCELLED.
    """
    expiry_date: str | None = None
    """
    Expiry date of the card.
    """
    name_on_card: str | None = None
    """
    The user's name on the card.
    """
    preferred_name_on_card: str | None = None
    """
    The user's preferred name on the card.
    """
    primary_account_numbers: list[CardPrimaryAccountNumber] | None = None
    """
    Array of PANs and their attributes.
    """
    payment_account_reference: str | None = None
    """
    The payment account reference number associated with the card.
    """
    card_limit: Amount | None = None
    card_limit_atm: Amount | None = None
    country_permission: list[CardCountryPermission] | None = None
    """
    The countries for which to grant (temporary) permissions to use the card.
    """
    label_monetary_account_ordered: LabelMonetaryAccount | None = None
    label_monetary_account_current: LabelMonetaryAccount | None = None
    monetary_account: MonetaryAccount | None = None
    pin_code_assignment: list[CardPinAssignment] | None = None
    """
    Array of Types, PINs, account IDs assigned to the card.
    """
    monetary_account_id_fallback: int | None = None
    """
    ID of the MA to be used as fallback for this card if insufficient balance. Fallback account is removed if not supplied.
    """
    country: str | None = None
    """
    The country that is domestic to the card. Defaults to country of residence of user.
    """
    card_shipment_tracking_url: str | None = None
    """
    A tracking link provided by our shipment provider.
    """
    is_card_eligible_for_free_replacement: bool | None = None
    """
    Whether this card is eligible for a free replacement.
    """
    card_replacement: CardReplacement | None = None
    card_generated_cvc2: CardGeneratedCvc2 | None = None
    is_limited_edition: bool | None = None
    """
    Whether this card is a limited edition metal card.
    """
    card_metal_member_since_date: str | None = None
    """
    The date for the member since field on the black metal card.
    """
    company_employee_card: CompanyEmployeeCard | None = None


class BankSwitchServiceNetherlandsIncomingPayment(BunqModel):
    bank_switch_service: BankSwitchServiceNetherlandsIncoming | None = None
    payment: Payment | None = None


class BankSwitchServiceNetherlandsIncomingPaymentRead(BunqModel):
    bank_switch_service: BankSwitchServiceNetherlandsIncoming | None = None
    payment: Payment | None = None


class BunqMeFundraiserResult(BunqModel):
    id: int | None = None
    """
    The id of the bunq.me.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the bunq.me was created.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the bunq.me was last updated.
    """
    bunqme_fundraiser_profile: BunqMeFundraiserProfile | None = None
    payments: list[Payment] | None = None
    """
    The list of payments, paid to the bunq.me fundraiser profile.
    """


class BunqMeFundraiserResultRead(BunqModel):
    id: int | None = None
    """
    The id of the bunq.me.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the bunq.me was created.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the bunq.me was last updated.
    """
    bunqme_fundraiser_profile: BunqMeFundraiserProfile | None = None
    payments: list[Payment] | None = None
    """
    The list of payments, paid to the bunq.me fundraiser profile.
    """


class BunqMeTabListing(BunqModel):
    id: int | None = None
    """
    The id of the created bunq.me.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the bunq.me was created.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the bunq.me was last updated.
    """
    time_expiry: BunqTimestamp | None = None
    """
    The timestamp of when the bunq.me expired or will expire.
    """
    monetary_account_id: int | None = None
    """
    The id of the MonetaryAccount the bunq.me was sent from.
    """
    status: str | None = None
    """
    The status of the bunq.me. Can be WAITING_FOR_PAYMENT, CANCELLED or EXPIRED.
    """
    type: str | None = None
    """
    The type of the bunq.me Tab. Should be BUNQ_ME
    """
    alias_monetary_account: LabelMonetaryAccount | None = None
    bunqme_tab_share_url: str | None = None
    """
    The url that points to the bunq.me page.
    """
    bunqme_tab_entry: BunqMeTabEntry | None = None
    bunqme_tab_entries: list[BunqMeTabEntry] | None = None
    """
    The bunq.me tab entries attached to this bunq.me Tab.
    """
    result_inquiries: list[BunqMeTabResultInquiry] | None = None
    """
    The list of bunq.me result Inquiries successfully made and paid.
    """


class BunqMeTabRead(BunqModel):
    id: int | None = None
    """
    The id of the created bunq.me.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the bunq.me was created.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the bunq.me was last updated.
    """
    time_expiry: BunqTimestamp | None = None
    """
    The timestamp of when the bunq.me expired or will expire.
    """
    monetary_account_id: int | None = None
    """
    The id of the MonetaryAccount the bunq.me was sent from.
    """
    status: str | None = None
    """
    The status of the bunq.me. Can be WAITING_FOR_PAYMENT, CANCELLED or EXPIRED.
    """
    type: str | None = None
    """
    The type of the bunq.me Tab. Should be BUNQ_ME
    """
    alias_monetary_account: LabelMonetaryAccount | None = None
    bunqme_tab_share_url: str | None = None
    """
    The url that points to the bunq.me page.
    """
    bunqme_tab_entry: BunqMeTabEntry | None = None
    bunqme_tab_entries: list[BunqMeTabEntry] | None = None
    """
    The bunq.me tab entries attached to this bunq.me Tab.
    """
    result_inquiries: list[BunqMeTabResultInquiry] | None = None
    """
    The list of bunq.me result Inquiries successfully made and paid.
    """


class BunqMeTabResultInquiry(BunqModel):
    payment: Payment | None = None
    bunq_me_tab_id: int | None = None
    """
    The Id of the bunq.me tab that this BunqMeTabResultInquiry belongs to.
    """


class BunqMeTabResultResponse(BunqModel):
    payment: Payment | None = None


class BunqMeTabResultResponseRead(BunqModel):
    payment: Payment | None = None


class CurrencyConversion(BunqModel):
    id: int | None = None
    """
    The id of the conversion.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the conversion's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the conversion's last update.
    """
    status: str | None = None
    """
    The status of the conversion.
    """
    date_delivery_expected: str | None = None
    """
    The expected delivery date of the conversion.
    """
    rate: str | None = None
    """
    The rate of the conversion.
    """
    amount: Amount | None = None
    counter_amount: Amount | None = None
    group_uuid: str | None = None
    """
    The group uuid of the conversion.
    """
    type: str | None = None
    """
    The type of this conversion.
    """
    order_type: str | None = None
    """
    The order type, buying or selling.
    """
    label_monetary_account: LabelMonetaryAccount | None = None
    counter_label_monetary_account: LabelMonetaryAccount | None = None
    payment: Payment | None = None


class CurrencyConversionListing(BunqModel):
    id: int | None = None
    """
    The id of the conversion.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the conversion's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the conversion's last update.
    """
    status: str | None = None
    """
    The status of the conversion.
    """
    date_delivery_expected: str | None = None
    """
    The expected delivery date of the conversion.
    """
    rate: str | None = None
    """
    The rate of the conversion.
    """
    amount: Amount | None = None
    counter_amount: Amount | None = None
    group_uuid: str | None = None
    """
    The group uuid of the conversion.
    """
    type: str | None = None
    """
    The type of this conversion.
    """
    order_type: str | None = None
    """
    The order type, buying or selling.
    """
    label_monetary_account: LabelMonetaryAccount | None = None
    counter_label_monetary_account: LabelMonetaryAccount | None = None
    payment: Payment | None = None


class CurrencyConversionRead(BunqModel):
    id: int | None = None
    """
    The id of the conversion.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the conversion's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the conversion's last update.
    """
    status: str | None = None
    """
    The status of the conversion.
    """
    date_delivery_expected: str | None = None
    """
    The expected delivery date of the conversion.
    """
    rate: str | None = None
    """
    The rate of the conversion.
    """
    amount: Amount | None = None
    counter_amount: Amount | None = None
    group_uuid: str | None = None
    """
    The group uuid of the conversion.
    """
    type: str | None = None
    """
    The type of this conversion.
    """
    order_type: str | None = None
    """
    The order type, buying or selling.
    """
    label_monetary_account: LabelMonetaryAccount | None = None
    counter_label_monetary_account: LabelMonetaryAccount | None = None
    payment: Payment | None = None


class DraftPayment(BunqModel):
    status: str | None = None
    """
    The status of the DraftPayment.
    """
    entries: list[DraftPaymentEntry] | None = None
    """
    The list of entries in the DraftPayment. Each entry will result in a payment when the DraftPayment is accepted.
    """
    previous_updated_timestamp: str | None = None
    """
    The last updated_timestamp that you received for this DraftPayment. This needs to be provided to prevent race conditions.
    """
    number_of_required_accepts: int | None = None
    """
    The number of accepts that are required for the draft payment to receive status ACCEPTED. Currently only 1 is valid.
    """
    schedule: Schedule | None = None


class DraftPaymentAnchorObject(BunqModel):
    Payment_1: Payment | None = Field(None, alias="Payment")
    PaymentBatch_1: PaymentBatch | None = Field(None, alias="PaymentBatch")


class DraftPaymentListing(BunqModel):
    id: int | None = None
    """
    The id of the created DrafPayment.
    """
    monetary_account_id: int | None = None
    """
    The id of the MonetaryAccount the DraftPayment applies to.
    """
    user_alias_created: LabelUser | None = None
    responses: list[DraftPaymentResponse] | None = None
    """
    All responses to this draft payment.
    """
    status: str | None = None
    """
    The status of the DraftPayment.
    """
    type: str | None = None
    """
    The type of the DraftPayment.
    """
    entries: list[DraftPaymentEntry] | None = None
    """
    The entries in the DraftPayment.
    """
    object: DraftPaymentAnchorObject | None = None
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """
    schedule: Schedule | None = None
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class DraftPaymentRead(BunqModel):
    id: int | None = None
    """
    The id of the created DrafPayment.
    """
    monetary_account_id: int | None = None
    """
    The id of the MonetaryAccount the DraftPayment applies to.
    """
    user_alias_created: LabelUser | None = None
    responses: list[DraftPaymentResponse] | None = None
    """
    All responses to this draft payment.
    """
    status: str | None = None
    """
    The status of the DraftPayment.
    """
    type: str | None = None
    """
    The type of the DraftPayment.
    """
    entries: list[DraftPaymentEntry] | None = None
    """
    The entries in the DraftPayment.
    """
    object: DraftPaymentAnchorObject | None = None
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """
    schedule: Schedule | None = None
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class Event(BunqModel):
    id: int | None = None
    """
    The id of the event.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the event's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the event's last update.
    """
    action: str | None = None
    """
    The performed action. Can be: CREATE or UPDATE.
    """
    user_id: str | None = None
    """
    The id of the user the event applied to (if it was a user event).
    """
    monetary_account_id: str | None = None
    """
    The id of the monetary account the event applied to (if it was a monetary account event).
    """
    object: EventObject | None = None
    status: str | None = None
    """
    The event status. Can be: FINALIZED or AWAITING_REPLY. An example of FINALIZED event is a payment received event, while an AWAITING_REPLY event is a request received event.
    """
    object_data_at_event: EventObject | None = None
    is_event_latest_for_object: bool | None = None
    """
    Indicator whether this is the latest event for the object.
    """
    is_event_reassignable: bool | None = None
    """
    Indicator whether this is event can be reassigned to another Monetary Account.
    """


class EventListing(BunqModel):
    id: int | None = None
    """
    The id of the event.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the event's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the event's last update.
    """
    action: str | None = None
    """
    The performed action. Can be: CREATE or UPDATE.
    """
    user_id: str | None = None
    """
    The id of the user the event applied to (if it was a user event).
    """
    monetary_account_id: str | None = None
    """
    The id of the monetary account the event applied to (if it was a monetary account event).
    """
    object: EventObject | None = None
    status: str | None = None
    """
    The event status. Can be: FINALIZED or AWAITING_REPLY. An example of FINALIZED event is a payment received event, while an AWAITING_REPLY event is a request received event.
    """


class EventObject(BunqModel):
    BunqMeTab_1: BunqMeTab | None = Field(None, alias="BunqMeTab")
    BunqMeTabResultResponse_1: BunqMeTabResultResponse | None = Field(
        None, alias="BunqMeTabResultResponse"
    )
    BunqMeFundraiserResult_1: BunqMeFundraiserResult | None = Field(
        None, alias="BunqMeFundraiserResult"
    )
    Card_1: Card | None = Field(None, alias="Card")
    CardDebit_1: CardDebit | None = Field(None, alias="CardDebit")
    DraftPayment_1: DraftPayment | None = Field(None, alias="DraftPayment")
    FeatureAnnouncement_1: FeatureAnnouncement | None = Field(None, alias="FeatureAnnouncement")
    IdealMerchantTransaction_1: IdealMerchantTransaction | None = Field(
        None, alias="IdealMerchantTransaction"
    )
    Invoice_1: Invoice | None = Field(None, alias="Invoice")
    ScheduledPayment: SchedulePayment | None = None
    ScheduledPaymentBatch: SchedulePaymentBatch | None = None
    ScheduledInstance: ScheduleInstance | None = None
    MasterCardAction_1: MasterCardAction | None = Field(None, alias="MasterCardAction")
    BankSwitchServiceNetherlandsIncomingPayment_1: (
        BankSwitchServiceNetherlandsIncomingPayment | None
    ) = Field(None, alias="BankSwitchServiceNetherlandsIncomingPayment")
    Payment_1: Payment | None = Field(None, alias="Payment")
    PaymentBatch_1: PaymentBatch | None = Field(None, alias="PaymentBatch")
    RequestInquiryBatch_1: RequestInquiryBatch | None = Field(None, alias="RequestInquiryBatch")
    RequestInquiry_1: RequestInquiry | None = Field(None, alias="RequestInquiry")
    RequestResponse_1: RequestResponse | None = Field(None, alias="RequestResponse")
    ShareInviteBankInquiry: ShareInviteMonetaryAccountInquiry | None = None
    ShareInviteBankResponse: ShareInviteMonetaryAccountResponse | None = None
    SofortMerchantTransaction_1: SofortMerchantTransaction | None = Field(
        None, alias="SofortMerchantTransaction"
    )
    TransferwisePayment: TransferwiseTransfer | None = None


class EventRead(BunqModel):
    id: int | None = None
    """
    The id of the event.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the event's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the event's last update.
    """
    action: str | None = None
    """
    The performed action. Can be: CREATE or UPDATE.
    """
    user_id: str | None = None
    """
    The id of the user the event applied to (if it was a user event).
    """
    monetary_account_id: str | None = None
    """
    The id of the monetary account the event applied to (if it was a monetary account event).
    """
    object: EventObject | None = None
    status: str | None = None
    """
    The event status. Can be: FINALIZED or AWAITING_REPLY. An example of FINALIZED event is a payment received event, while an AWAITING_REPLY event is a request received event.
    """


class InsightEventListing(BunqModel):
    id: int | None = None
    """
    The id of the event.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the event's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the event's last update.
    """
    action: str | None = None
    """
    The performed action. Can be: CREATE or UPDATE.
    """
    user_id: str | None = None
    """
    The id of the user the event applied to (if it was a user event).
    """
    monetary_account_id: str | None = None
    """
    The id of the monetary account the event applied to (if it was a monetary account event).
    """
    object: EventObject | None = None
    status: str | None = None
    """
    The event status. Can be: FINALIZED or AWAITING_REPLY. An example of FINALIZED event is a payment received event, while an AWAITING_REPLY event is a request received event.
    """


class MasterCardAction(BunqModel):
    id: int | None = None
    """
    The id of the MastercardAction.
    """
    monetary_account_id: int | None = None
    """
    The id of the monetary account this action links to.
    """
    card_id: int | None = None
    """
    The id of the card this action links to.
    """
    amount_local: Amount | None = None
    amount_converted: Amount | None = None
    amount_billing: Amount | None = None
    amount_original_local: Amount | None = None
    amount_original_billing: Amount | None = None
    amount_fee: Amount | None = None
    card_authorisation_id_response: str | None = None
    """
    The response code by which authorised transaction can be identified as authorised by bunq.
    """
    decision: str | None = None
    """
    Why the transaction was denied, if it was denied, or just ALLOWED.
    """
    payment_status: str | None = None
    """
    The payment status of the transaction. For example PAYMENT_SUCCESSFUL, for a successful payment.
    """
    decision_description: str | None = None
    """
    Empty if allowed, otherwise a textual explanation of why it was denied.
    """
    decision_description_translated: str | None = None
    """
    Empty if allowed, otherwise a textual explanation of why it was denied in user's language.
    """
    decision_together_url: str | None = None
    """
    Empty if allowed or if no relevant Together topic exists, otherwise contains the URL for a Together topic with more information about the decision.
    """
    description: str | None = None
    """
    The description for this transaction to display.
    """
    authorisation_status: str | None = None
    """
    The status in the authorisation process.
    """
    authorisation_type: str | None = None
    """
    The type of transaction that was delivered using the card.
    """
    pan_entry_mode_user: str | None = None
    """
    The type of entry mode the user used. Can be 'ATM', 'ICC', 'MAGNETIC_STRIPE' or 'E_COMMERCE'.
    """
    settlement_status: str | None = None
    """
    The setlement status in the authorisation process.
    """
    clearing_status: str | None = None
    """
    The clearing status of the authorisation. Can be 'PENDING', 'FIRST_PRESENTMENT_COMPLETE' or 'REFUND_LENIENCY'.
    """
    maturity_date: str | None = None
    """
    The maturity date.
    """
    city: str | None = None
    """
    The city where the message originates from as announced by the terminal.
    """
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    label_card: LabelCard | None = None
    merchant_id: str | None = None
    """
    The identification string of the merchant.
    """
    token_status: str | None = None
    """
    If this is a tokenisation action, this shows the status of the token.
    """
    reservation_expiry_time: BunqTimestamp | None = None
    """
    If this is a reservation, the moment the reservation will expire.
    """
    clearing_expiry_time: BunqTimestamp | None = None
    """
    The time when the processing of the clearing is expired, refunding the authorisation.
    """
    applied_limit: str | None = None
    """
    The type of the limit applied to validate if this MasterCardAction was within the spending limits. The returned string matches the limit types as defined in the card endpoint.
    """
    secure_code_id: int | None = None
    """
    The secure code id for this mastercard action or null.
    """
    wallet_provider_id: str | None = None
    """
    The ID of the wallet provider as defined by MasterCard. 420 = bunq Android app with Tap&Pay; 103 = Apple Pay.
    """
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """
    card_tokenization_event: Event | None = None
    all_mastercard_action_refund: list[MasterCardActionRefund] | None = None
    """
    A reference to the Refunds if they exist.
    """
    pos_card_presence: str | None = None
    """
    The Card Presence type of the POS.
    """
    pos_card_holder_presence: str | None = None
    """
    The Card Holder Presence type of the POS.
    """
    eligible_whitelist_id: int | None = None
    """
    The whitelist id for this action or null.
    """
    cashback_payout_item: CashbackPayoutItem | None = None
    point_mutation: PointMutation | None = None
    blacklist: UserBlocklistMasterCardMerchant | None = None
    blocklist: UserBlocklistMasterCardMerchant | None = None
    additional_authentication_status: str | None = None
    """
    The status of the additional authentication performed (3ds) by the user for this transaction.
    """
    pin_status: str | None = None
    """
    Status checking the provided PIN.
    """
    mastercard_action_report: MasterCardActionReport | None = None
    merchant_category_code: str | None = None
    """
    The MCC provided.
    """
    company_employee_card_receipt: CompanyEmployeeCardReceipt | None = None


class MasterCardActionListing(BunqModel):
    id: int | None = None
    """
    The id of the MastercardAction.
    """
    monetary_account_id: int | None = None
    """
    The id of the monetary account this action links to.
    """
    card_id: int | None = None
    """
    The id of the card this action links to.
    """
    amount_local: Amount | None = None
    amount_converted: Amount | None = None
    amount_billing: Amount | None = None
    amount_original_local: Amount | None = None
    amount_original_billing: Amount | None = None
    amount_fee: Amount | None = None
    card_authorisation_id_response: str | None = None
    """
    The response code by which authorised transaction can be identified as authorised by bunq.
    """
    decision: str | None = None
    """
    Why the transaction was denied, if it was denied, or just ALLOWED.
    """
    payment_status: str | None = None
    """
    The payment status of the transaction. For example PAYMENT_SUCCESSFUL, for a successful payment.
    """
    decision_description: str | None = None
    """
    Empty if allowed, otherwise a textual explanation of why it was denied.
    """
    decision_description_translated: str | None = None
    """
    Empty if allowed, otherwise a textual explanation of why it was denied in user's language.
    """
    decision_together_url: str | None = None
    """
    Empty if allowed or if no relevant Together topic exists, otherwise contains the URL for a Together topic with more information about the decision.
    """
    description: str | None = None
    """
    The description for this transaction to display.
    """
    authorisation_status: str | None = None
    """
    The status in the authorisation process.
    """
    authorisation_type: str | None = None
    """
    The type of transaction that was delivered using the card.
    """
    pan_entry_mode_user: str | None = None
    """
    The type of entry mode the user used. Can be 'ATM', 'ICC', 'MAGNETIC_STRIPE' or 'E_COMMERCE'.
    """
    settlement_status: str | None = None
    """
    The setlement status in the authorisation process.
    """
    clearing_status: str | None = None
    """
    The clearing status of the authorisation. Can be 'PENDING', 'FIRST_PRESENTMENT_COMPLETE' or 'REFUND_LENIENCY'.
    """
    maturity_date: str | None = None
    """
    The maturity date.
    """
    city: str | None = None
    """
    The city where the message originates from as announced by the terminal.
    """
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    label_card: LabelCard | None = None
    merchant_id: str | None = None
    """
    The identification string of the merchant.
    """
    token_status: str | None = None
    """
    If this is a tokenisation action, this shows the status of the token.
    """
    reservation_expiry_time: BunqTimestamp | None = None
    """
    If this is a reservation, the moment the reservation will expire.
    """
    clearing_expiry_time: BunqTimestamp | None = None
    """
    The time when the processing of the clearing is expired, refunding the authorisation.
    """
    applied_limit: str | None = None
    """
    The type of the limit applied to validate if this MasterCardAction was within the spending limits. The returned string matches the limit types as defined in the card endpoint.
    """
    secure_code_id: int | None = None
    """
    The secure code id for this mastercard action or null.
    """
    wallet_provider_id: str | None = None
    """
    The ID of the wallet provider as defined by MasterCard. 420 = bunq Android app with Tap&Pay; 103 = Apple Pay.
    """
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """
    card_tokenization_event: Event | None = None
    all_mastercard_action_refund: list[MasterCardActionRefund] | None = None
    """
    A reference to the Refunds if they exist.
    """
    pos_card_presence: str | None = None
    """
    The Card Presence type of the POS.
    """
    pos_card_holder_presence: str | None = None
    """
    The Card Holder Presence type of the POS.
    """
    eligible_whitelist_id: int | None = None
    """
    The whitelist id for this action or null.
    """
    cashback_payout_item: CashbackPayoutItem | None = None
    point_mutation: PointMutation | None = None
    blacklist: UserBlocklistMasterCardMerchant | None = None
    blocklist: UserBlocklistMasterCardMerchant | None = None
    additional_authentication_status: str | None = None
    """
    The status of the additional authentication performed (3ds) by the user for this transaction.
    """
    pin_status: str | None = None
    """
    Status checking the provided PIN.
    """
    mastercard_action_report: MasterCardActionReport | None = None
    merchant_category_code: str | None = None
    """
    The MCC provided.
    """
    company_employee_card_receipt: CompanyEmployeeCardReceipt | None = None
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class MasterCardActionRead(BunqModel):
    id: int | None = None
    """
    The id of the MastercardAction.
    """
    monetary_account_id: int | None = None
    """
    The id of the monetary account this action links to.
    """
    card_id: int | None = None
    """
    The id of the card this action links to.
    """
    amount_local: Amount | None = None
    amount_converted: Amount | None = None
    amount_billing: Amount | None = None
    amount_original_local: Amount | None = None
    amount_original_billing: Amount | None = None
    amount_fee: Amount | None = None
    card_authorisation_id_response: str | None = None
    """
    The response code by which authorised transaction can be identified as authorised by bunq.
    """
    decision: str | None = None
    """
    Why the transaction was denied, if it was denied, or just ALLOWED.
    """
    payment_status: str | None = None
    """
    The payment status of the transaction. For example PAYMENT_SUCCESSFUL, for a successful payment.
    """
    decision_description: str | None = None
    """
    Empty if allowed, otherwise a textual explanation of why it was denied.
    """
    decision_description_translated: str | None = None
    """
    Empty if allowed, otherwise a textual explanation of why it was denied in user's language.
    """
    decision_together_url: str | None = None
    """
    Empty if allowed or if no relevant Together topic exists, otherwise contains the URL for a Together topic with more information about the decision.
    """
    description: str | None = None
    """
    The description for this transaction to display.
    """
    authorisation_status: str | None = None
    """
    The status in the authorisation process.
    """
    authorisation_type: str | None = None
    """
    The type of transaction that was delivered using the card.
    """
    pan_entry_mode_user: str | None = None
    """
    The type of entry mode the user used. Can be 'ATM', 'ICC', 'MAGNETIC_STRIPE' or 'E_COMMERCE'.
    """
    settlement_status: str | None = None
    """
    The setlement status in the authorisation process.
    """
    clearing_status: str | None = None
    """
    The clearing status of the authorisation. Can be 'PENDING', 'FIRST_PRESENTMENT_COMPLETE' or 'REFUND_LENIENCY'.
    """
    maturity_date: str | None = None
    """
    The maturity date.
    """
    city: str | None = None
    """
    The city where the message originates from as announced by the terminal.
    """
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    label_card: LabelCard | None = None
    merchant_id: str | None = None
    """
    The identification string of the merchant.
    """
    token_status: str | None = None
    """
    If this is a tokenisation action, this shows the status of the token.
    """
    reservation_expiry_time: BunqTimestamp | None = None
    """
    If this is a reservation, the moment the reservation will expire.
    """
    clearing_expiry_time: BunqTimestamp | None = None
    """
    The time when the processing of the clearing is expired, refunding the authorisation.
    """
    applied_limit: str | None = None
    """
    The type of the limit applied to validate if this MasterCardAction was within the spending limits. The returned string matches the limit types as defined in the card endpoint.
    """
    secure_code_id: int | None = None
    """
    The secure code id for this mastercard action or null.
    """
    wallet_provider_id: str | None = None
    """
    The ID of the wallet provider as defined by MasterCard. 420 = bunq Android app with Tap&Pay; 103 = Apple Pay.
    """
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """
    card_tokenization_event: Event | None = None
    all_mastercard_action_refund: list[MasterCardActionRefund] | None = None
    """
    A reference to the Refunds if they exist.
    """
    pos_card_presence: str | None = None
    """
    The Card Presence type of the POS.
    """
    pos_card_holder_presence: str | None = None
    """
    The Card Holder Presence type of the POS.
    """
    eligible_whitelist_id: int | None = None
    """
    The whitelist id for this action or null.
    """
    cashback_payout_item: CashbackPayoutItem | None = None
    point_mutation: PointMutation | None = None
    blacklist: UserBlocklistMasterCardMerchant | None = None
    blocklist: UserBlocklistMasterCardMerchant | None = None
    additional_authentication_status: str | None = None
    """
    The status of the additional authentication performed (3ds) by the user for this transaction.
    """
    pin_status: str | None = None
    """
    Status checking the provided PIN.
    """
    mastercard_action_report: MasterCardActionReport | None = None
    merchant_category_code: str | None = None
    """
    The MCC provided.
    """
    company_employee_card_receipt: CompanyEmployeeCardReceipt | None = None
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class Payment(BunqModel):
    amount: Amount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    description: str | None = None
    """
    The description for the Payment. Maximum 140 characters for Payments to external IBANs, 9000 characters for Payments to only other bunq MonetaryAccounts.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The Attachments attached to the Payment.
    """
    merchant_reference: str | None = None
    """
    Optional data included with the Payment specific to the merchant.
    """
    allow_bunqto: bool | None = None
    """
    Whether or not sending a bunq.to payment is allowed.
    """
    id: int | None = None
    """
    The id of the created Payment.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the Payment was done.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the Payment was last updated (will be updated when chat messages are received).
    """
    monetary_account_id: int | None = None
    """
    The id of the MonetaryAccount the Payment was made to or from (depending on whether this is an incoming or outgoing Payment).
    """
    alias: LabelMonetaryAccount | None = None
    type: str | None = None
    """
    The type of Payment, can be BUNQ, EBA_SCT, EBA_SDD, IDEAL, SWIFT or FIS (card).
    """
    sub_type: str | None = None
    """
    The sub-type of the Payment, can be PAYMENT, WITHDRAWAL, REVERSAL, REQUEST, BILLING, SCT, SDD or NLO.
    """
    payment_arrival_expected: PaymentArrivalExpected | None = None
    bunqto_status: str | None = None
    """
    The status of the bunq.to payment.
    """
    bunqto_sub_status: str | None = None
    """
    The sub status of the bunq.to payment.
    """
    bunqto_share_url: str | None = None
    """
    The status of the bunq.to payment.
    """
    bunqto_expiry: str | None = None
    """
    When bunq.to payment is about to expire.
    """
    bunqto_time_responded: BunqTimestamp | None = None
    """
    The timestamp of when the bunq.to payment was responded to.
    """
    batch_id: int | None = None
    """
    The id of the PaymentBatch if this Payment was part of one.
    """
    scheduled_id: int | None = None
    """
    The id of the JobScheduled if the Payment was scheduled.
    """
    address_shipping: Address | None = None
    address_billing: Address | None = None
    geolocation: Geolocation | None = None
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """
    balance_after_mutation: Amount | None = None
    payment_auto_allocate_instance: PaymentAutoAllocateInstance | None = None
    payment_suspended_outgoing: PaymentSuspendedOutgoing | None = None
    payment_fee: PaymentFee | None = None


class PaymentAutoAllocateInstance(BunqModel):
    id: int | None = None
    """
    The id of the PaymentAutoAllocateInstance.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the PaymentAutoAllocateInstance was created.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the PaymentAutoAllocateInstance was last updated.
    """
    payment_auto_allocate_id: int | None = None
    """
    The ID of the payment auto allocate this instance belongs to.
    """
    status: str | None = None
    """
    The status of the payment auto allocate instance. SUCCEEDED or FAILED.
    """
    error_message: list[Error] | None = None
    """
    The error message, if the payment auto allocating failed.
    """
    payment_batch: PaymentBatch | None = None
    payment_id: int | None = None
    """
    The ID of the payment that triggered the allocating of the payments.
    """
    all_ginmon_transaction_order: list[GinmonTransaction] | None = None
    """
    All Ginmon transaction orders executed with this instance.
    """


class PaymentAutoAllocateInstanceListing(BunqModel):
    id: int | None = None
    """
    The id of the PaymentAutoAllocateInstance.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the PaymentAutoAllocateInstance was created.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the PaymentAutoAllocateInstance was last updated.
    """
    payment_auto_allocate_id: int | None = None
    """
    The ID of the payment auto allocate this instance belongs to.
    """
    status: str | None = None
    """
    The status of the payment auto allocate instance. SUCCEEDED or FAILED.
    """
    error_message: list[Error] | None = None
    """
    The error message, if the payment auto allocating failed.
    """
    payment_batch: PaymentBatch | None = None
    payment_id: int | None = None
    """
    The ID of the payment that triggered the allocating of the payments.
    """
    all_ginmon_transaction_order: list[GinmonTransaction] | None = None
    """
    All Ginmon transaction orders executed with this instance.
    """


class PaymentAutoAllocateInstanceRead(BunqModel):
    id: int | None = None
    """
    The id of the PaymentAutoAllocateInstance.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the PaymentAutoAllocateInstance was created.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the PaymentAutoAllocateInstance was last updated.
    """
    payment_auto_allocate_id: int | None = None
    """
    The ID of the payment auto allocate this instance belongs to.
    """
    status: str | None = None
    """
    The status of the payment auto allocate instance. SUCCEEDED or FAILED.
    """
    error_message: list[Error] | None = None
    """
    The error message, if the payment auto allocating failed.
    """
    payment_batch: PaymentBatch | None = None
    payment_id: int | None = None
    """
    The ID of the payment that triggered the allocating of the payments.
    """
    all_ginmon_transaction_order: list[GinmonTransaction] | None = None
    """
    All Ginmon transaction orders executed with this instance.
    """


class PaymentAutoAllocateListing(BunqModel):
    id: int | None = None
    """
    The id of the PaymentAutoAllocate.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the PaymentAutoAllocate was created.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the PaymentAutoAllocate was last updated.
    """
    type: str | None = None
    """
    The type.
    """
    status: str | None = None
    """
    The status.
    """
    trigger_amount: Amount | None = None
    payment: Payment | None = None
    payment_original: Payment | None = None
    payment_latest: Payment | None = None


class PaymentAutoAllocateRead(BunqModel):
    id: int | None = None
    """
    The id of the PaymentAutoAllocate.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the PaymentAutoAllocate was created.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the PaymentAutoAllocate was last updated.
    """
    type: str | None = None
    """
    The type.
    """
    status: str | None = None
    """
    The status.
    """
    trigger_amount: Amount | None = None
    payment: Payment | None = None
    payment_original: Payment | None = None
    payment_latest: Payment | None = None


class PaymentBatch(BunqModel):
    payments: PaymentBatchAnchoredPayment | list[Payment] | None = None
    """
    The list of mutations that were made.
    """


class PaymentBatchAnchoredPayment(BunqModel):
    Payment_1: list[Payment] | None = Field(None, alias="Payment")


class PaymentBatchListing(BunqModel):
    payments: PaymentBatchAnchoredPayment | list[Payment] | None = None
    """
    The list of mutations that were made.
    """
    id: int | None = None
    """
    The id of the object.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class PaymentBatchRead(BunqModel):
    payments: PaymentBatchAnchoredPayment | list[Payment] | None = None
    """
    The list of mutations that were made.
    """
    id: int | None = None
    """
    The id of the object.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class PaymentListing(BunqModel):
    id: int | None = None
    """
    The id of the created Payment.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the Payment was done.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the Payment was last updated (will be updated when chat messages are received).
    """
    monetary_account_id: int | None = None
    """
    The id of the MonetaryAccount the Payment was made to or from (depending on whether this is an incoming or outgoing Payment).
    """
    amount: Amount | None = None
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    description: str | None = None
    """
    The description for the Payment. Maximum 140 characters for Payments to external IBANs, 9000 characters for Payments to only other bunq MonetaryAccounts.
    """
    type: str | None = None
    """
    The type of Payment, can be BUNQ, EBA_SCT, EBA_SDD, IDEAL, SWIFT or FIS (card).
    """
    sub_type: str | None = None
    """
    The sub-type of the Payment, can be PAYMENT, WITHDRAWAL, REVERSAL, REQUEST, BILLING, SCT, SDD or NLO.
    """
    payment_arrival_expected: PaymentArrivalExpected | None = None
    bunqto_status: str | None = None
    """
    The status of the bunq.to payment.
    """
    bunqto_sub_status: str | None = None
    """
    The sub status of the bunq.to payment.
    """
    bunqto_share_url: str | None = None
    """
    The status of the bunq.to payment.
    """
    bunqto_expiry: str | None = None
    """
    When bunq.to payment is about to expire.
    """
    bunqto_time_responded: BunqTimestamp | None = None
    """
    The timestamp of when the bunq.to payment was responded to.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The Attachments attached to the Payment.
    """
    merchant_reference: str | None = None
    """
    Optional data included with the Payment specific to the merchant.
    """
    batch_id: int | None = None
    """
    The id of the PaymentBatch if this Payment was part of one.
    """
    scheduled_id: int | None = None
    """
    The id of the JobScheduled if the Payment was scheduled.
    """
    address_shipping: Address | None = None
    address_billing: Address | None = None
    geolocation: Geolocation | None = None
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """
    balance_after_mutation: Amount | None = None
    payment_auto_allocate_instance: PaymentAutoAllocateInstance | None = None
    payment_suspended_outgoing: PaymentSuspendedOutgoing | None = None
    payment_fee: PaymentFee | None = None


class PaymentRead(BunqModel):
    id: int | None = None
    """
    The id of the created Payment.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp when the Payment was done.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp when the Payment was last updated (will be updated when chat messages are received).
    """
    monetary_account_id: int | None = None
    """
    The id of the MonetaryAccount the Payment was made to or from (depending on whether this is an incoming or outgoing Payment).
    """
    amount: Amount | None = None
    alias: LabelMonetaryAccount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    description: str | None = None
    """
    The description for the Payment. Maximum 140 characters for Payments to external IBANs, 9000 characters for Payments to only other bunq MonetaryAccounts.
    """
    type: str | None = None
    """
    The type of Payment, can be BUNQ, EBA_SCT, EBA_SDD, IDEAL, SWIFT or FIS (card).
    """
    sub_type: str | None = None
    """
    The sub-type of the Payment, can be PAYMENT, WITHDRAWAL, REVERSAL, REQUEST, BILLING, SCT, SDD or NLO.
    """
    payment_arrival_expected: PaymentArrivalExpected | None = None
    bunqto_status: str | None = None
    """
    The status of the bunq.to payment.
    """
    bunqto_sub_status: str | None = None
    """
    The sub status of the bunq.to payment.
    """
    bunqto_share_url: str | None = None
    """
    The status of the bunq.to payment.
    """
    bunqto_expiry: str | None = None
    """
    When bunq.to payment is about to expire.
    """
    bunqto_time_responded: BunqTimestamp | None = None
    """
    The timestamp of when the bunq.to payment was responded to.
    """
    attachment: list[AttachmentMonetaryAccountPayment] | None = None
    """
    The Attachments attached to the Payment.
    """
    merchant_reference: str | None = None
    """
    Optional data included with the Payment specific to the merchant.
    """
    batch_id: int | None = None
    """
    The id of the PaymentBatch if this Payment was part of one.
    """
    scheduled_id: int | None = None
    """
    The id of the JobScheduled if the Payment was scheduled.
    """
    address_shipping: Address | None = None
    address_billing: Address | None = None
    geolocation: Geolocation | None = None
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """
    balance_after_mutation: Amount | None = None
    payment_auto_allocate_instance: PaymentAutoAllocateInstance | None = None
    payment_suspended_outgoing: PaymentSuspendedOutgoing | None = None
    payment_fee: PaymentFee | None = None


class RequestInquiry(BunqModel):
    amount_inquired: Amount | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    description: str | None = None
    """
    The description of the inquiry.
    """
    attachment: list[BunqId] | None = None
    """
    The attachments attached to the payment.
    """
    merchant_reference: str | None = None
    """
    The client's custom reference that was attached to the request and the mutation.
    """
    status: str | None = None
    """
    The status of the request.
    """
    minimum_age: int | None = None
    """
    The minimum age the user accepting the RequestInquiry must have.
    """
    require_address: str | None = None
    """
    Whether or not an address must be provided on accept.
    """
    want_tip: bool | None = None
    """
    [DEPRECATED] Whether or not the accepting user can give an extra tip on top of the requested Amount. Defaults to false.
    """
    allow_amount_lower: bool | None = None
    """
    [DEPRECATED] Whether or not the accepting user can choose to accept with a lower amount than requested. Defaults to false.
    """
    allow_amount_higher: bool | None = None
    """
    [DEPRECATED] Whether or not the accepting user can choose to accept with a higher amount than requested. Defaults to false.
    """
    allow_bunqme: bool | None = None
    """
    Whether or not sending a bunq.me request is allowed.
    """
    redirect_url: str | None = None
    """
    The URL which the user is sent to after accepting or rejecting the Request.
    """
    event_id: int | None = None
    """
    The ID of the associated event if the request was made using 'split the bill'.
    """
    id: int | None = None
    """
    The id of the created RequestInquiry.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the payment request's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the payment request's last update.
    """
    time_responded: BunqTimestamp | None = None
    """
    The timestamp of when the payment request was responded to.
    """
    time_expiry: BunqTimestamp | None = None
    """
    The timestamp of when the payment request expired.
    """
    monetary_account_id: int | None = None
    """
    The id of the monetary account the request response applies to.
    """
    amount_responded: Amount | None = None
    user_alias_created: LabelUser | None = None
    user_alias_revoked: LabelUser | None = None
    batch_id: int | None = None
    """
    The id of the batch if the request was part of a batch.
    """
    scheduled_id: int | None = None
    """
    The id of the scheduled job if the request was scheduled.
    """
    bunqme_share_url: str | None = None
    """
    The url that points to the bunq.me request.
    """
    address_shipping: Address | None = None
    address_billing: Address | None = None
    geolocation: Geolocation | None = None
    reference_split_the_bill: RequestReferenceSplitTheBillAnchorObject | None = None


class RequestInquiryBatch(BunqModel):
    request_inquiries: list[RequestInquiry] | None = None
    """
    The list of requests that were made.
    """
    status: str | None = None
    """
    The status of the request.
    """
    total_amount_inquired: Amount | None = None
    event_id: int | None = None
    """
    The ID of the associated event if the request batch was made using 'split the bill'.
    """
    reference_split_the_bill: RequestReferenceSplitTheBillAnchorObject | None = None


class RequestInquiryBatchListing(BunqModel):
    request_inquiries: list[RequestInquiry] | None = None
    """
    The list of requests that were made.
    """
    total_amount_inquired: Amount | None = None
    reference_split_the_bill: RequestReferenceSplitTheBillAnchorObject | None = None


class RequestInquiryBatchRead(BunqModel):
    request_inquiries: list[RequestInquiry] | None = None
    """
    The list of requests that were made.
    """
    total_amount_inquired: Amount | None = None
    reference_split_the_bill: RequestReferenceSplitTheBillAnchorObject | None = None


class RequestInquiryListing(BunqModel):
    id: int | None = None
    """
    The id of the created RequestInquiry.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the payment request's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the payment request's last update.
    """
    time_responded: BunqTimestamp | None = None
    """
    The timestamp of when the payment request was responded to.
    """
    time_expiry: BunqTimestamp | None = None
    """
    The timestamp of when the payment request expired.
    """
    monetary_account_id: int | None = None
    """
    The id of the monetary account the request response applies to.
    """
    amount_inquired: Amount | None = None
    amount_responded: Amount | None = None
    user_alias_created: LabelUser | None = None
    user_alias_revoked: LabelUser | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    description: str | None = None
    """
    The description of the inquiry.
    """
    merchant_reference: str | None = None
    """
    The client's custom reference that was attached to the request and the mutation.
    """
    attachment: list[BunqId] | None = None
    """
    The attachments attached to the payment.
    """
    status: str | None = None
    """
    The status of the request.
    """
    batch_id: int | None = None
    """
    The id of the batch if the request was part of a batch.
    """
    scheduled_id: int | None = None
    """
    The id of the scheduled job if the request was scheduled.
    """
    minimum_age: int | None = None
    """
    The minimum age the user accepting the RequestInquiry must have.
    """
    require_address: str | None = None
    """
    Whether or not an address must be provided on accept.
    """
    bunqme_share_url: str | None = None
    """
    The url that points to the bunq.me request.
    """
    redirect_url: str | None = None
    """
    The URL which the user is sent to after accepting or rejecting the Request.
    """
    address_shipping: Address | None = None
    address_billing: Address | None = None
    geolocation: Geolocation | None = None
    reference_split_the_bill: RequestReferenceSplitTheBillAnchorObject | None = None


class RequestInquiryRead(BunqModel):
    id: int | None = None
    """
    The id of the created RequestInquiry.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the payment request's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the payment request's last update.
    """
    time_responded: BunqTimestamp | None = None
    """
    The timestamp of when the payment request was responded to.
    """
    time_expiry: BunqTimestamp | None = None
    """
    The timestamp of when the payment request expired.
    """
    monetary_account_id: int | None = None
    """
    The id of the monetary account the request response applies to.
    """
    amount_inquired: Amount | None = None
    amount_responded: Amount | None = None
    user_alias_created: LabelUser | None = None
    user_alias_revoked: LabelUser | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    description: str | None = None
    """
    The description of the inquiry.
    """
    merchant_reference: str | None = None
    """
    The client's custom reference that was attached to the request and the mutation.
    """
    attachment: list[BunqId] | None = None
    """
    The attachments attached to the payment.
    """
    status: str | None = None
    """
    The status of the request.
    """
    batch_id: int | None = None
    """
    The id of the batch if the request was part of a batch.
    """
    scheduled_id: int | None = None
    """
    The id of the scheduled job if the request was scheduled.
    """
    minimum_age: int | None = None
    """
    The minimum age the user accepting the RequestInquiry must have.
    """
    require_address: str | None = None
    """
    Whether or not an address must be provided on accept.
    """
    bunqme_share_url: str | None = None
    """
    The url that points to the bunq.me request.
    """
    redirect_url: str | None = None
    """
    The URL which the user is sent to after accepting or rejecting the Request.
    """
    address_shipping: Address | None = None
    address_billing: Address | None = None
    geolocation: Geolocation | None = None
    reference_split_the_bill: RequestReferenceSplitTheBillAnchorObject | None = None


class RequestInquiryUpdate(BunqModel):
    id: int | None = None
    """
    The id of the payment request.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the payment request's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the payment request's last update.
    """
    time_responded: BunqTimestamp | None = None
    """
    The timestamp of when the payment request was responded to.
    """
    time_expiry: BunqTimestamp | None = None
    """
    The timestamp of when the payment request expired.
    """
    monetary_account_id: int | None = None
    """
    The id of the monetary account the request response applies to.
    """
    amount_inquired: Amount | None = None
    amount_responded: Amount | None = None
    user_alias_created: LabelUser | None = None
    user_alias_revoked: LabelUser | None = None
    counterparty_alias: LabelMonetaryAccount | None = None
    description: str | None = None
    """
    The description of the inquiry.
    """
    merchant_reference: str | None = None
    """
    The client's custom reference that was attached to the request and the mutation.
    """
    attachment: list[BunqId] | None = None
    """
    The attachments attached to the payment.
    """
    status: str | None = None
    """
    The status of the request.
    """
    batch_id: int | None = None
    """
    The id of the batch if the request was part of a batch.
    """
    scheduled_id: int | None = None
    """
    The id of the scheduled job if the request was scheduled.
    """
    minimum_age: int | None = None
    """
    The minimum age the user accepting the RequestInquiry must have.
    """
    require_address: str | None = None
    """
    Whether or not an address must be provided on accept.
    """
    address_shipping: Address | None = None
    address_billing: Address | None = None
    geolocation: Geolocation | None = None
    reference_split_the_bill: RequestReferenceSplitTheBillAnchorObject | None = None


class RequestReferenceSplitTheBillAnchorObject(BunqModel):
    BillingInvoice: Invoice | None = None
    DraftPayment_1: DraftPayment | None = Field(None, alias="DraftPayment")
    MasterCardAction_1: MasterCardAction | None = Field(None, alias="MasterCardAction")
    Payment_1: Payment | None = Field(None, alias="Payment")
    PaymentBatch_1: PaymentBatch | None = Field(None, alias="PaymentBatch")
    RequestResponse_1: RequestResponse | None = Field(None, alias="RequestResponse")
    ScheduleInstance_1: ScheduleInstance | None = Field(None, alias="ScheduleInstance")
    WhitelistResult_1: WhitelistResult | None = Field(None, alias="WhitelistResult")
    TransferwisePayment: TransferwiseTransfer | None = None
    CurrencyConversion_1: CurrencyConversion | None = Field(None, alias="CurrencyConversion")


class Schedule(BunqModel):
    time_start: BunqTimestamp | None = None
    """
    The schedule start time (UTC).
    """
    time_end: BunqTimestamp | None = None
    """
    The schedule end time (UTC).
    """
    recurrence_unit: str | None = None
    """
    The schedule recurrence unit, options: ONCE, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY
    """
    recurrence_size: int | None = None
    """
    The schedule recurrence size. For example size 4 and unit WEEKLY means the recurrence is every 4 weeks.
    """
    status: str | None = None
    """
    The schedule status, options: ACTIVE, FINISHED, CANCELLED.
    """
    object: ScheduleAnchorObject | None = None


class ScheduleAnchorObject(BunqModel):
    Payment_1: Payment | None = Field(None, alias="Payment")
    PaymentBatch_1: PaymentBatch | None = Field(None, alias="PaymentBatch")


class ScheduleInstance(BunqModel):
    state: str | None = None
    """
    The state of the scheduleInstance. (FINISHED_SUCCESSFULLY, RETRY, FAILED_USER_ERROR)
    """
    time_start: BunqTimestamp | None = None
    """
    The schedule start time (UTC).
    """
    time_end: BunqTimestamp | None = None
    """
    The schedule end time (UTC).
    """
    error_message: list[Error] | None = None
    """
    The message when the scheduled instance has run and failed due to user error.
    """
    scheduled_object: ScheduleAnchorObject | None = None
    result_object: ScheduleInstanceAnchorObject | None = None
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """


class ScheduleInstanceAnchorObject(BunqModel):
    Payment_1: Payment | None = Field(None, alias="Payment")
    PaymentBatch_1: PaymentBatch | None = Field(None, alias="PaymentBatch")


class ScheduleInstanceListing(BunqModel):
    state: str | None = None
    """
    The state of the scheduleInstance. (FINISHED_SUCCESSFULLY, RETRY, FAILED_USER_ERROR)
    """
    time_start: BunqTimestamp | None = None
    """
    The schedule start time (UTC).
    """
    time_end: BunqTimestamp | None = None
    """
    The schedule end time (UTC).
    """
    error_message: list[Error] | None = None
    """
    The message when the scheduled instance has run and failed due to user error.
    """
    scheduled_object: ScheduleAnchorObject | None = None
    result_object: ScheduleInstanceAnchorObject | None = None
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """
    id: int | None = None
    """
    The id of the object.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class ScheduleInstanceRead(BunqModel):
    state: str | None = None
    """
    The state of the scheduleInstance. (FINISHED_SUCCESSFULLY, RETRY, FAILED_USER_ERROR)
    """
    time_start: BunqTimestamp | None = None
    """
    The schedule start time (UTC).
    """
    time_end: BunqTimestamp | None = None
    """
    The schedule end time (UTC).
    """
    error_message: list[Error] | None = None
    """
    The message when the scheduled instance has run and failed due to user error.
    """
    scheduled_object: ScheduleAnchorObject | None = None
    result_object: ScheduleInstanceAnchorObject | None = None
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """
    id: int | None = None
    """
    The id of the object.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class ScheduleListing(BunqModel):
    time_start: BunqTimestamp | None = None
    """
    The schedule start time (UTC).
    """
    time_end: BunqTimestamp | None = None
    """
    The schedule end time (UTC).
    """
    recurrence_unit: str | None = None
    """
    The schedule recurrence unit, options: ONCE, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY
    """
    recurrence_size: int | None = None
    """
    The schedule recurrence size. For example size 4 and unit WEEKLY means the recurrence is every 4 weeks.
    """
    status: str | None = None
    """
    The schedule status, options: ACTIVE, FINISHED, CANCELLED.
    """
    object: ScheduleAnchorObject | None = None


class SchedulePayment(BunqModel):
    payment: SchedulePaymentEntry | None = None
    schedule: Schedule | None = None
    purpose: str | None = None
    """
    The schedule purpose.
    """
    status: str | None = None
    """
    The schedule status, options: ACTIVE, FINISHED, CANCELLED.
    """


class SchedulePaymentBatch(BunqModel):
    payments: list[SchedulePaymentEntry] | None = None
    """
    The payment details.
    """
    schedule: Schedule | None = None


class SchedulePaymentBatchRead(BunqModel):
    payments: list[SchedulePaymentEntry] | None = None
    """
    The payment details.
    """
    schedule: Schedule | None = None


class SchedulePaymentListing(BunqModel):
    payment: SchedulePaymentEntry | None = None
    schedule: Schedule | None = None
    status: str | None = None
    """
    The schedule status, options: ACTIVE, FINISHED, CANCELLED.
    """
    purpose: str | None = None
    """
    The schedule purpose.
    """
    id: int | None = None
    """
    The id of the object.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class SchedulePaymentRead(BunqModel):
    payment: SchedulePaymentEntry | None = None
    schedule: Schedule | None = None
    status: str | None = None
    """
    The schedule status, options: ACTIVE, FINISHED, CANCELLED.
    """
    purpose: str | None = None
    """
    The schedule purpose.
    """
    id: int | None = None
    """
    The id of the object.
    """
    created: BunqTimestamp | None = None
    """
    The timestamp of the object's creation.
    """
    updated: BunqTimestamp | None = None
    """
    The timestamp of the object's last update.
    """


class ScheduleRead(BunqModel):
    time_start: BunqTimestamp | None = None
    """
    The schedule start time (UTC).
    """
    time_end: BunqTimestamp | None = None
    """
    The schedule end time (UTC).
    """
    recurrence_unit: str | None = None
    """
    The schedule recurrence unit, options: ONCE, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY
    """
    recurrence_size: int | None = None
    """
    The schedule recurrence size. For example size 4 and unit WEEKLY means the recurrence is every 4 weeks.
    """
    status: str | None = None
    """
    The schedule status, options: ACTIVE, FINISHED, CANCELLED.
    """
    object: ScheduleAnchorObject | None = None


class WhitelistResult(BunqModel):
    id: int | None = None
    """
    The ID of the whitelist entry.
    """
    monetary_account_paying_id: int | None = None
    """
    The account from which payments will be deducted when a transaction is matched with this whitelist.
    """
    status: str | None = None
    """
    The status of the WhitelistResult.
    """
    sub_status: str | None = None
    """
    The subStatus of the WhitelistResult.
    """
    error_message: list[Error] | None = None
    """
    The message when the whitelist result has failed due to user error.
    """
    whitelist: Whitelist | None = None
    object: WhitelistResultViewAnchoredObject | None = None
    request_reference_split_the_bill: list[RequestInquiryReference] | None = None
    """
    The reference to the object used for split the bill. Can be RequestInquiry or RequestInquiryBatch
    """


class WhitelistResultViewAnchoredObject(BunqModel):
    id: int | None = None
    """
    The ID of the whitelist entry.
    """
    requestResponse: RequestResponse | None = None
    draftPayment: DraftPayment | None = None


NotificationFilterEmail.model_rebuild()
NotificationFilterPush.model_rebuild()
NotificationFilterUrl.model_rebuild()
BankSwitchServiceNetherlandsIncomingPayment.model_rebuild()
BankSwitchServiceNetherlandsIncomingPaymentRead.model_rebuild()
BunqMeFundraiserResult.model_rebuild()
BunqMeFundraiserResultRead.model_rebuild()
BunqMeTabListing.model_rebuild()
BunqMeTabRead.model_rebuild()
BunqMeTabResultInquiry.model_rebuild()
BunqMeTabResultResponse.model_rebuild()
BunqMeTabResultResponseRead.model_rebuild()
CurrencyConversion.model_rebuild()
CurrencyConversionListing.model_rebuild()
CurrencyConversionRead.model_rebuild()
DraftPayment.model_rebuild()
DraftPaymentAnchorObject.model_rebuild()
DraftPaymentListing.model_rebuild()
DraftPaymentRead.model_rebuild()
Event.model_rebuild()
EventListing.model_rebuild()
EventObject.model_rebuild()
Payment.model_rebuild()
PaymentAutoAllocateInstance.model_rebuild()
PaymentAutoAllocateInstanceListing.model_rebuild()
PaymentAutoAllocateInstanceRead.model_rebuild()
PaymentBatch.model_rebuild()
RequestInquiry.model_rebuild()
RequestInquiryBatch.model_rebuild()
RequestInquiryBatchListing.model_rebuild()
RequestInquiryBatchRead.model_rebuild()
RequestInquiryListing.model_rebuild()
RequestInquiryRead.model_rebuild()
RequestInquiryUpdate.model_rebuild()
RequestReferenceSplitTheBillAnchorObject.model_rebuild()
Schedule.model_rebuild()
ScheduleInstance.model_rebuild()
WhitelistResult.model_rebuild()
