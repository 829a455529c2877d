"""bunq's OpenAPI file, adapted to what bunq really sends, for validating the emulator.

    adapter = SpecAdapter.load()                    # ../shared/bunq-api/openapi.json
    adapter.validate("GET", "/v1/user/3/monetary-account", 200, body)   # [] or error strings
    adapter.envelope_schema(adapter.operation("GET", "/user/{userID}/monetary-account"), 200)
    adapter.openapi_document()                      # OpenAPI 3.1 with real envelopes (schemathesis)

The file's response schemas are flat. On the wire bunq sends ``{"Response": [{"TypeName":
{...}}, ...], "Pagination": {...}}`` (a single read is a one-item list, a create answers
``[{"Id": {"id": N}}]``) and errors as ``{"Error": [{"error_description",
"error_description_translated"}]}``. This module derives, for any operation and status, a JSON
Schema (2020-12) of that real envelope. How the type key of an item is found:

- a schema whose properties are all type names (``MonetaryAccountRead``: ``MonetaryAccountBank``,
  ``MonetaryAccountJoint``...; ``CompanyRead``: ``UserCompany``; ``XCreate``/``XUpdate`` with
  only ``Id``) IS the choice of keys: an item is one of them;
- the two multi-part answers (``POST /installation``: Id, Token, ServerPublicKey;
  ``POST /session-server``: Id, Token and one user) need each part once (``MULTI_PART``);
- a flat ``XCreate``/``XUpdate`` holding only ``id`` (or ``uuid``) is sent as ``Id`` (``Uuid``);
- any other flat ``XRead``/``XListing``/``XCreate``/``XUpdate`` is wrapped in ``X``;
- ``TYPE_ALIASES``: where bunq's own SDK reads another type key than the schema name gives
  (``DeviceRead`` is sent as ``Device``, ``InvoiceByUserRead`` as ``Invoice``...), both are
  accepted. The table was read off bunq-sdk 1.28.0's ``_OBJECT_TYPE_*`` constants.

Strict where it matters: the envelope has only ``Response`` (+ ``Pagination``) or only
``Error``; every item is a single-key object with an allowed type key and an object value;
single reads and creates hold exactly one item; lists carry ``Pagination`` with exactly
``future_url``/``newer_url``/``older_url`` (string or null); field types are the spec's; a type-
indication object nested in a payload (``requested_by_user``, ``EventObject``...) may hold only
its type keys; a non-200 answer must be the error envelope with both descriptions; a 200 for an
operation the spec does not have is a failure.

Deliberate relaxations, each because the file is known to be incomplete:

1. ``additionalProperties`` is allowed inside payloads: bunq adds fields before the file does.
2. ``required`` is dropped inside payloads: the file's lists describe request bodies, and
   answers omit fields bunq has no value for.
3. Every payload property may be ``null``: bunq sends null for absent values and the file never
   says ``nullable``.
4. Type keys: the aliases above are accepted besides the derived name.
5. DELETE answers: the file gives an empty object; any list of single-key items is accepted
   (bunq answers ``{"Response": []}``).
6. The twelve ``.../content`` downloads answer bytes, not JSON: a 200 there is not validated.
7. ``SANDBOX_USER_OPERATIONS``: the documented outright difference. The file says ``Id``; the
   sandbox sends ``{"Response": [{"ApiKey": {"api_key": "..."}}]}``, and that is what is checked.
8. ``FILTER_LIST_OPERATIONS``: a ``notification-filter-url`` POST answers the owner's complete
   filter list (``[{"NotificationFilterUrl": {...}}, ...]``, empty after clearing). The file says
   ``Id``, but bunq's own SDK ships a hand-written ``create_with_list_response`` for exactly this
   call that reads the list (``NotificationFilterUrl._from_json_list``), so the list is checked.
9. ``CREDENTIAL_CREATE_OPERATIONS``: ``POST /payment-service-provider-credential`` answers the
   new credential, ``[{"CredentialPasswordIp": {...}}]`` with its ``token_value``. The file says
   ``Id``, but bunq's own SDK (``PaymentServiceProviderCredentialInternal``, used by
   ``ApiContext.create_for_psd2``) reads ``CredentialPasswordIp`` from this very answer, so it
   is checked against ``PaymentServiceProviderCredentialRead``.
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import jsonschema_rs

from tests.shared_data import OPENAPI

__all__ = ["Operation", "SpecAdapter", "default_spec_file"]

REPO = Path(__file__).resolve().parents[2]
API_PREFIX = "/v1"
METHODS = ("get", "post", "put", "delete", "patch")
SUFFIXES = ("Listing", "Read", "Create", "Update", "Delete")

# The sandbox's documented outright difference from the file (see the shared README).
SANDBOX_USER_OPERATIONS = frozenset(
    {("POST", "/sandbox-user-person"), ("POST", "/sandbox-user-company")}
)
# Replace-all filter POSTs answer the resulting list (relaxation 8).
FILTER_LIST_OPERATIONS = frozenset(
    {
        ("POST", "/user/{userID}/notification-filter-url"),
        ("POST", "/user/{userID}/monetary-account/{monetary-accountID}/notification-filter-url"),
    }
)

# The PSD2 credential POST answers the credential itself (relaxation 9).
CREDENTIAL_CREATE_OPERATIONS = frozenset({("POST", "/payment-service-provider-credential")})

API_KEY_ITEM: dict[str, Any] = {
    "type": "object",
    "properties": {
        "ApiKey": {
            "type": "object",
            "properties": {"api_key": {"type": "string"}},
            "required": ["api_key"],
        }
    },
    "required": ["ApiKey"],
    "additionalProperties": False,
}

# Answers made of several parts, each once: (type keys of which exactly one is present, ...).
MULTI_PART: dict[str, tuple[tuple[str, ...], ...]] = {
    "InstallationCreate": (("Id",), ("Token",), ("ServerPublicKey",)),
    "SessionServerCreate": (
        ("Id",),
        ("Token",),
        ("UserPerson", "UserCompany", "UserApiKey", "UserPaymentServiceProvider"),
    ),
}

# Response schema -> the type key bunq's SDK (1.28.0) reads, where it is not the derived one.
TYPE_ALIASES: dict[str, str] = {
    "AttachmentPublicCreate": "Uuid",
    "BunqMeFundraiserProfileUserListing": "BunqMeFundraiserProfile",
    "BunqMeFundraiserProfileUserRead": "BunqMeFundraiserProfile",
    "CardCreditCreate": "CardCredit",
    "CardDebitCreate": "CardDebit",
    "CardNameListing": "CardUserNameArray",
    "CardUpdate": "Card",
    "ConfirmationOfFundsCreate": "ConfirmationOfFunds",
    "DeviceListing": "Device",
    "DeviceRead": "Device",
    "ExportStatementListing": "CustomerStatement",
    "ExportStatementRead": "CustomerStatement",
    "HealthCheckListing": "HealthCheckResult",
    "InsightEventListing": "Event",
    "InsightListing": "InsightCategory",
    "InstallationServerPublicKeyListing": "ServerPublicKey",
    "InvoiceByUserListing": "Invoice",
    "InvoiceByUserRead": "Invoice",
    "MasterCardIdentityCheckChallengeRequestUserRead": "MasterCardIdentityCheckChallengeRequest",
    "MasterCardPaymentListing": "Payment",
    "NotificationFilterEmailCreate": "NotificationFilterEmail",
    "NotificationFilterPushCreate": "NotificationFilterPush",
    "NotificationFilterUrlMonetaryAccountListing": "NotificationFilterUrl",
    "PaymentServiceProviderCredentialRead": "CredentialPasswordIp",
    "RequestResponseUpdate": "RequestResponse",
    "ScheduleInstanceListing": "ScheduledInstance",
    "ScheduleInstanceRead": "ScheduledInstance",
    "SchedulePaymentBatchRead": "ScheduledPaymentBatch",
    "SchedulePaymentListing": "ScheduledPayment",
    "SchedulePaymentRead": "ScheduledPayment",
    "SchedulePaymentUpdate": "ScheduledPayment",
    "TokenQrRequestIdealCreate": "RequestResponse",
    "TokenQrRequestSofortCreate": "RequestResponse",
    "TransferwiseAccountQuoteListing": "TransferwiseRecipient",
    "TransferwiseAccountQuoteRead": "TransferwiseRecipient",
    "TransferwiseAccountRequirementListing": "TransferwiseRequirement",
    "TransferwiseQuoteTemporaryRead": "TransferwiseQuote",
    "TransferwiseTransferListing": "TransferwisePayment",
    "TransferwiseTransferRead": "TransferwisePayment",
    "UserCompanyNameListing": "UserCompanyNameArray",
    "UserCredentialPasswordIpListing": "CredentialPasswordIp",
    "UserCredentialPasswordIpRead": "CredentialPasswordIp",
    "UserLegalNameListing": "UserLegalNameArray",
    "WhitelistSddListing": "Whitelist",
    "WhitelistSddMonetaryAccountPayingListing": "WhitelistSdd",
    "WhitelistSddMonetaryAccountPayingRead": "WhitelistSdd",
    "WhitelistSddRead": "Whitelist",
}
# Notes on any object share one wire type each (NoteTextPaymentRead is sent as NoteText).
ALIAS_PREFIXES = ("NoteText", "NoteAttachment")

NULLABLE_STRING = {"type": ["string", "null"]}
# An ``Id`` item (create and update answers) must carry its integer id.
ID_VALUE: dict[str, Any] = {
    "type": "object",
    "properties": {"id": {"type": "integer"}},
    "required": ["id"],
}
PAGINATION: dict[str, Any] = {
    "type": "object",
    "properties": {k: NULLABLE_STRING for k in ("future_url", "newer_url", "older_url")},
    "required": ["future_url", "newer_url", "older_url"],
    "additionalProperties": False,
}
ERROR_ENVELOPE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "Error": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "properties": {
                    "error_description": {"type": "string"},
                    "error_description_translated": {"type": "string"},
                },
                "required": ["error_description", "error_description_translated"],
                "additionalProperties": False,
            },
        }
    },
    "required": ["Error"],
    "additionalProperties": False,
}


def default_spec_file() -> Path:
    return Path(os.environ.get("BUNQ_OPENAPI", OPENAPI))


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _is_type_indication(schema: Mapping[str, Any]) -> bool:
    props = schema.get("properties") or {}
    return bool(props) and all(key[:1].isupper() for key in props)


@dataclass(frozen=True, slots=True)
class Operation:
    method: str  # GET, POST...
    path: str  # as in the spec, below /v1
    tag: str
    operation_id: str
    response_schema: str  # the spec's flat schema name, e.g. PaymentListing
    lists: bool

    @property
    def binary(self) -> bool:
        return self.path.endswith("/content") and self.method == "GET"


class SpecAdapter:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.schemas: Mapping[str, Any] = spec["components"]["schemas"]
        self.operations: list[Operation] = []
        for path, item in spec["paths"].items():
            for method in METHODS:
                if method not in item:
                    continue
                op = item[method]
                schema = op["responses"]["200"]["content"]["application/json"]["schema"]
                lists = schema.get("type") == "array"
                ref = (schema["items"] if lists else schema)["$ref"]
                self.operations.append(
                    Operation(
                        method=method.upper(),
                        path=path,
                        tag=(op.get("tags") or ["untagged"])[0],
                        operation_id=op["operationId"],
                        response_schema=_ref_name(ref),
                        lists=lists,
                    )
                )
        self._by_key = {(op.method, op.path): op for op in self.operations}
        # Match concrete paths: more literal segments win (``/user/{userID}/card-name`` over
        # ``/user/{userID}/card/{itemId}`` never collide in length, but be safe anyway).
        self._matchers: list[tuple[int, re.Pattern[str], str]] = []
        for path in spec["paths"]:
            pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$"
            literals = sum(1 for seg in path.split("/") if seg and not seg.startswith("{"))
            self._matchers.append((-literals, re.compile(pattern), path))
        self._matchers.sort(key=lambda m: (m[0], m[2]))
        self._validators: dict[tuple[str, str, bool], Any] = {}

    @classmethod
    def load(cls, spec_file: Path | None = None) -> SpecAdapter:
        path = spec_file or default_spec_file()
        return cls(json.loads(path.read_text(encoding="utf-8")))

    # -- finding operations -----------------------------------------------------------------

    def operation(self, method: str, spec_path: str) -> Operation:
        return self._by_key[(method.upper(), spec_path)]

    def spec_path_of(self, concrete_path: str) -> str | None:
        path = concrete_path.split("?", 1)[0]
        if path.startswith(API_PREFIX + "/"):
            path = path[len(API_PREFIX) :]
        for _, pattern, spec_path in self._matchers:
            if pattern.match(path):
                return spec_path
        return None

    def match(self, method: str, concrete_path: str) -> Operation | None:
        spec_path = self.spec_path_of(concrete_path)
        if spec_path is None:
            return None
        return self._by_key.get((method.upper(), spec_path))

    # -- payload schemas (response side) -----------------------------------------------------

    def payload_schema(self, node: Any, ref_prefix: str) -> Any:
        """A spec schema as the answer side sees it (relaxations 1-3), refs under ``ref_prefix``."""
        if isinstance(node, list):
            return [self.payload_schema(v, ref_prefix) for v in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            # OpenAPI 3.0 ignores a $ref's siblings (here: "type": "object", descriptions).
            return {"$ref": ref_prefix + _ref_name(node["$ref"])}
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in ("description", "readOnly", "writeOnly", "required", "example"):
                continue  # relaxation 2 drops "required"; the rest is prose
            if key == "properties":
                out[key] = {
                    name: {"anyOf": [{"type": "null"}, self.payload_schema(sub, ref_prefix)]}
                    for name, sub in value.items()
                }  # relaxation 3
            elif key == "items":
                out[key] = self.payload_schema(value, ref_prefix)
            else:
                out[key] = copy.deepcopy(value)
        if _is_type_indication(node):
            # A nested type-indication object holds only its type keys (strict).
            out["additionalProperties"] = False
            out["minProperties"] = 1
        return out

    def _component(self, name: str, ref_prefix: str) -> dict[str, Any]:
        return {"$ref": ref_prefix + name}

    def _alternatives(self, op: Operation, ref_prefix: str) -> dict[str, list[Any]]:
        """Type key -> schemas its value may match (several when an alias shares a key)."""
        name = op.response_schema
        schema = self.schemas[name]
        props: Mapping[str, Any] = schema.get("properties") or {}
        found: dict[str, list[Any]] = {}

        def add(key: str, value: Any) -> None:
            found.setdefault(key, []).append(ID_VALUE if key == "Id" else value)

        base = next((name[: -len(s)] for s in SUFFIXES if name.endswith(s)), name)
        if _is_type_indication(schema):
            for key, sub in props.items():
                add(key, self.payload_schema(sub, ref_prefix))
            single_value = self.payload_schema(next(iter(props.values())), ref_prefix)
        elif name.endswith(("Create", "Update")) and set(props) <= {"id"}:
            add("Id", self._component("BunqId", ref_prefix))
            single_value = None
        elif name.endswith(("Create", "Update")) and set(props) == {"uuid"}:
            add("Uuid", self._component(name, ref_prefix))
            single_value = None
        else:
            add(base, self._component(name, ref_prefix))
            single_value = self._component(name, ref_prefix)

        alias = TYPE_ALIASES.get(name) or next(
            (p for p in ALIAS_PREFIXES if name.startswith(p)), None
        )
        if alias is not None:
            if alias == "Uuid":
                value: Any = {
                    "type": "object",
                    "properties": {"uuid": {"type": "string"}},
                    "required": ["uuid"],
                }
            elif single_value is not None and (len(props) <= 1 or not _is_type_indication(schema)):
                value = single_value
            elif alias + "Read" in self.schemas:
                value = self._component(alias + "Read", ref_prefix)
            elif alias in self.schemas:
                value = self._component(alias, ref_prefix)
            else:
                value = {"type": "object"}
            add(alias, value)
        return found

    def _item_schema(self, alternatives: Mapping[str, list[Any]]) -> dict[str, Any]:
        properties = {
            key: (
                {"allOf": [{"type": "object"}, values[0]]}
                if len(values) == 1
                else {"allOf": [{"type": "object"}, {"anyOf": values}]}
            )
            for key, values in alternatives.items()
        }
        return {
            "type": "object",
            "minProperties": 1,
            "maxProperties": 1,
            "propertyNames": {"enum": sorted(alternatives)},
            "properties": properties,
        }

    # -- envelopes ----------------------------------------------------------------------------

    def envelope_schema(
        self, op: Operation | None, status: int, ref_prefix: str = "#/$defs/"
    ) -> dict[str, Any] | None:
        """JSON Schema of the real answer; ``None`` for a binary download (relaxation 6)."""
        if status != 200:
            return copy.deepcopy(ERROR_ENVELOPE)
        if op is None:
            raise LookupError("no operation in the spec: a 200 cannot be validated")
        if (op.method, op.path) in SANDBOX_USER_OPERATIONS:
            return self._success({"items": API_KEY_ITEM, "minItems": 1, "maxItems": 1}, False)
        if (op.method, op.path) in FILTER_LIST_OPERATIONS:
            filter_schema = self._component("NotificationFilterUrl", ref_prefix)
            item = self._item_schema({"NotificationFilterUrl": [filter_schema]})
            return self._success({"items": item}, False)
        if (op.method, op.path) in CREDENTIAL_CREATE_OPERATIONS:
            credential = self._component("PaymentServiceProviderCredentialRead", ref_prefix)
            item = self._item_schema({"CredentialPasswordIp": [credential]})
            return self._success({"items": item, "minItems": 1, "maxItems": 1}, False)
        if op.binary:
            return None
        if op.method == "DELETE":
            any_item = {"type": "object", "minProperties": 1, "maxProperties": 1}
            return self._success({"items": any_item}, False)  # relaxation 5
        if op.response_schema in MULTI_PART:
            parts = MULTI_PART[op.response_schema]
            item = self._item_schema(self._alternatives(op, ref_prefix))
            contains = [{"contains": {"anyOf": [{"required": [k]} for k in p]}} for p in parts]
            response = {"items": item, "minItems": len(parts), "maxItems": len(parts)}
            return self._success({**response, "allOf": contains}, False)
        item = self._item_schema(self._alternatives(op, ref_prefix))
        if op.lists:
            return self._success({"items": item}, True)
        return self._success({"items": item, "minItems": 1, "maxItems": 1}, False)

    @staticmethod
    def _success(response: dict[str, Any], lists: bool) -> dict[str, Any]:
        properties: dict[str, Any] = {"Response": {"type": "array", **response}}
        if lists:
            properties["Pagination"] = PAGINATION
        return {
            "type": "object",
            "properties": properties,
            "required": sorted(properties),
            "additionalProperties": False,
        }

    # -- validation ---------------------------------------------------------------------------

    @cached_property
    def _defs(self) -> dict[str, Any]:
        return {name: self.payload_schema(s, "#/$defs/") for name, s in self.schemas.items()}

    def _reachable(self, schema: Any) -> dict[str, Any]:
        """Only the definitions ``schema`` reaches: compiling all 711 per operation is slow."""
        seen: dict[str, Any] = {}
        stack = [schema]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref.startswith("#/$defs/"):
                    name = ref[len("#/$defs/") :]
                    if name not in seen:
                        seen[name] = self._defs[name]
                        stack.append(seen[name])
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)
        return seen

    def _validator(self, op: Operation | None, status: int) -> Any:
        key = (op.method, op.path, status == 200) if op else ("", "", status == 200)
        if key not in self._validators:
            schema = self.envelope_schema(op, status)
            if schema is None:
                self._validators[key] = None
            else:
                full = {**schema, "$defs": self._reachable(schema)}
                self._validators[key] = jsonschema_rs.Draft202012Validator(full)
        return self._validators[key]

    def validate(self, method: str, path: str, status: int, body: bytes) -> list[str]:
        """Errors of one answer (empty when it conforms). ``path`` is concrete, /v1 included."""
        op = self.match(method, path)
        if status == 200 and op is None:
            spec_path = self.spec_path_of(path)
            where = f"path {spec_path} has no {method}" if spec_path else "path not in the spec"
            return [f"200 for an operation bunq's spec does not have ({where})"]
        validator = self._validator(op, status)
        if validator is None:
            return []
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return [f"body is not JSON: {body[:80]!r}"]
        return [_describe(error) for error in _first(validator.iter_errors(data), 3)]

    # -- an OpenAPI document with real envelopes (schemathesis) -----------------------------

    def openapi_document(self) -> dict[str, Any]:
        """The spec as OpenAPI 3.1, each operation's answers replaced by the real envelopes.

        Request-side schemas are left as they are (they drive generation); the answer side lives
        in ``components.schemas["wire.<Name>"]`` copies with the relaxations applied.
        """
        doc = copy.deepcopy(dict(self.spec))
        doc["openapi"] = "3.1.0"
        prefix = "#/components/schemas/wire."
        wire = {f"wire.{n}": self.payload_schema(s, prefix) for n, s in self.schemas.items()}
        doc["components"]["schemas"].update(wire)
        error = {
            "description": "bunq error",
            "content": {"application/json": {"schema": ERROR_ENVELOPE}},
        }
        for op in self.operations:
            responses = doc["paths"][op.path][op.method.lower()]["responses"]
            envelope = self.envelope_schema(op, 200, prefix)
            ok = copy.deepcopy(responses["200"])
            if envelope is None:
                ok.pop("content", None)  # a download: bytes, nothing to check
            else:
                ok["content"] = {"application/json": {"schema": envelope}}
            doc["paths"][op.path][op.method.lower()]["responses"] = {
                "200": ok,
                "default": copy.deepcopy(error),
            }
        return doc


def _first(errors: Iterator[Any], n: int) -> list[Any]:
    out = []
    for error in errors:
        out.append(error)
        if len(out) == n:
            break
    return out


def _deepest(error: Any) -> Any:
    """For an anyOf/oneOf failure, the sub-error that got furthest into the instance.

    ``x is not valid under any of the schemas`` says little; a nullable field's branch that
    reached ``balance/value`` says what is wrong.
    """
    context = getattr(error.kind, "context", None)
    if not context:
        return error
    candidates = [sub for branch in context for sub in branch]
    if not candidates:
        return error
    best = max(candidates, key=lambda e: len(list(e.instance_path)))
    if len(list(best.instance_path)) == len(list(error.instance_path)) and len(context) > 1:
        # Nothing went deeper: the value matched no branch at this level (say, a string where
        # an object belongs); the branch other than "null" says which type was expected.
        non_null = [b for b in context if not any('"null"' in e.message for e in b)]
        if non_null and non_null[0]:
            return _deepest(non_null[0][0])
        return error
    return _deepest(best)


def _describe(error: Any) -> str:
    error = _deepest(error)
    where = "/".join(str(p) for p in error.instance_path) or "(root)"
    message = str(error.message)
    shown = json.dumps(error.instance, separators=(",", ":"), ensure_ascii=False)
    if len(shown) > 80 and message.startswith(shown):
        # The message opens with the whole offending value: keep its start and the verdict.
        message = f"{shown[:60]}... (truncated){message[len(shown) :]}"
    return f"at {where}: {message[:300]}"
