"""Regenerate ``src/bunq_connect/client/_operations.py``: one row per operation of the spec.

Usage (from the repository root)::

    .venv/bin/python scripts/generate_operations.py            # write the module
    .venv/bin/python scripts/generate_operations.py --check    # exit 1 if the file is stale
    .venv/bin/python scripts/generate_operations.py --spec other/openapi.json --output /tmp/x.py

Every (path, method) of bunq's OpenAPI file becomes an ``Operation``: its operationId and a
snake_case name, the HTTP method, the path relative to ``/v1`` with its ``{placeholders}``,
the path parameters with the keyword each takes in Python, whether it answers a list, the wire
type names of the items it answers, and whether it moves money (so that the client never
retries it blind). ``client.operations`` (``bunq_connect.client.resources.operations``) drives
any of them from this table.

The output is plain Python written by this script alone (no formatter in the loop), sorted by
path then method, so it is byte-for-byte deterministic for a given spec.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SPEC = Path(__file__).resolve().parents[2] / "shared/bunq-api/openapi.json"
DEFAULT_OUTPUT = REPO / "src/bunq_connect/client/_operations.py"

LINE_LENGTH = 100
METHODS = ("get", "post", "put", "delete", "patch")
SUFFIXES = ("Listing", "Read", "Create", "Update", "Delete")

# Calls after which money may have left an account (or been committed to leave it). Such a
# call is sent with moves_money=True: after an ambiguous failure it is looked up, never resent
# blind. Keyed by (method, the collection the call acts on).
MONEY_COLLECTIONS_POST = frozenset(
    {
        "payment",
        "payment-batch",
        "draft-payment",
        "schedule-payment",
        "schedule-payment-batch",
        "payment-service-provider-draft-payment",
        "payment-service-provider-issuer-transaction",
        "transferwise-transfer",
        # Not money yet, but a payment request sent twice is paid twice.
        "request-inquiry",
        "request-inquiry-batch",
    }
)
# PUT on an item of these collections can accept a payment request or a conversion.
MONEY_COLLECTIONS_PUT = frozenset({"request-response", "currency-conversion-quote"})

HEADER = '''\
# Generated from bunq's openapi.json by scripts/generate_operations.py.
# Do not edit by hand: change the script and regenerate.
"""Every operation of bunq's API as a row of data (see ``scripts/generate_operations.py``).

``by_name("List_all_Payment_for_User_MonetaryAccount")`` (or its snake_case name) gives the
row: ``method``, ``path``, ``lists``, ``item_types``, ``moves_money``... ``client.operations``
calls any of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["OPERATIONS", "Operation", "by_name"]


@dataclass(frozen=True, slots=True)
class Operation:
    """One (path, method) of the spec."""

    operation_id: str
    name: str
    """operationId in snake_case, e.g. ``list_all_payment_for_user_monetary_account``."""
    method: str
    path: str
    """Relative to ``/v1``, with the spec's placeholders, e.g. ``user/{userID}/card``."""
    path_params: tuple[tuple[str, str], ...]
    """(placeholder, keyword) in path order: ``("monetary-accountID", "monetary_account_id")``."""
    lists: bool
    """The answer is a paginated list."""
    response_schema: str
    """The spec's schema for one answered item (flat, without the type wrapper)."""
    item_types: tuple[str, ...]
    """Wire type names the items are expected under (``Payment``, ``Id``, ``UserPerson``...)."""
    request_schema: str | None
    moves_money: bool
    marker_field: str | None
    """Where a money-moving call carries its merchant_reference marker: ``merchant_reference``
    (top level) or ``entries.merchant_reference`` (a draft payment's entries), else ``None``."""


def by_name(name: str) -> Operation:
    """The operation with this operationId or snake_case name (KeyError if none)."""
    op = _BY_ID.get(name) or _BY_NAME.get(name)
    if op is None:
        raise KeyError(name)
    return op


OPERATIONS: tuple[Operation, ...] = (
'''

FOOTER = """\
)

_BY_ID: Mapping[str, Operation] = MappingProxyType({op.operation_id: op for op in OPERATIONS})
_BY_NAME: Mapping[str, Operation] = MappingProxyType({op.name: op for op in OPERATIONS})
"""

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake(text: str) -> str:
    """``List_all_Payment_for_User`` -> ``list_all_payment_for_user``."""
    parts = [_CAMEL.sub("_", part).lower() for part in text.split("_") if part]
    return "_".join(parts)


def param_keyword(placeholder: str) -> str:
    """``monetary-accountID`` -> ``monetary_account_id``; ``itemId`` -> ``item_id``."""
    name = re.sub(r"(UUID|ID|Id)$", lambda m: "_" + m.group(1).lower(), placeholder)
    return name.replace("-", "_").lower().lstrip("_")


def _ref_name(schema: dict[str, Any]) -> str:
    target = schema["items"] if schema.get("type") == "array" else schema
    return str(target["$ref"]).rsplit("/", 1)[-1]


def item_types(schemas: dict[str, Any], response_schema: str) -> tuple[str, ...]:
    """The wire type names items come wrapped in, as far as the spec tells."""
    properties = schemas.get(response_schema, {}).get("properties", {})
    if properties and all(key[:1].isupper() for key in properties):
        # The schema lists the wrappers itself (MonetaryAccountBank, UserPerson, Id, Token...).
        return tuple(properties)
    if response_schema.endswith("Delete"):
        return ()
    if response_schema.endswith(("Create", "Update")) and set(properties) <= {"id"}:
        # The spec describes the answer flat; bunq sends {"Id": {"id": ...}}.
        return ("Id",)
    for suffix in SUFFIXES:
        if response_schema.endswith(suffix):
            return (response_schema.removesuffix(suffix),)
    return (response_schema,)


def _request_schema(op: dict[str, Any]) -> str | None:
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
    ref = body.get("schema", {}).get("$ref")
    return str(ref).rsplit("/", 1)[-1] if ref else None


def moves_money(method: str, path: str) -> bool:
    segments = [s for s in path.split("/") if s]
    if method == "POST":
        return segments[-1] in MONEY_COLLECTIONS_POST
    if method == "PUT" and len(segments) >= 2 and segments[-1].startswith("{"):
        return segments[-2] in MONEY_COLLECTIONS_PUT
    return False


def marker_field(schemas: dict[str, Any], request_schema: str | None) -> str | None:
    if request_schema is None:
        return None
    properties = schemas.get(request_schema, {}).get("properties", {})
    if "merchant_reference" in properties:
        return "merchant_reference"
    entries = properties.get("entries", {})
    entry_ref = str(entries.get("items", {}).get("$ref", "")).rsplit("/", 1)[-1]
    if entry_ref and "merchant_reference" in schemas.get(entry_ref, {}).get("properties", {}):
        return "entries.merchant_reference"
    return None


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    schemas = spec["components"]["schemas"]
    rows: list[dict[str, Any]] = []
    for path in sorted(spec["paths"]):
        item = spec["paths"][path]
        for method in METHODS:
            if method not in item:
                continue
            op = item[method]
            schema = op["responses"]["200"]["content"]["application/json"]["schema"]
            response_schema = _ref_name(schema)
            placeholders = re.findall(r"\{([^}]+)\}", path)
            request_schema = _request_schema(op)
            money = moves_money(method.upper(), path)
            rows.append(
                {
                    "operation_id": op["operationId"],
                    "name": snake(op["operationId"]),
                    "method": method.upper(),
                    "path": path.lstrip("/"),
                    "path_params": tuple((p, param_keyword(p)) for p in placeholders),
                    "lists": schema.get("type") == "array",
                    "response_schema": response_schema,
                    "item_types": item_types(schemas, response_schema),
                    "request_schema": request_schema,
                    "moves_money": money,
                    "marker_field": marker_field(schemas, request_schema) if money else None,
                }
            )
    _check_unique(rows)
    return rows


def _check_unique(rows: list[dict[str, Any]]) -> None:
    for key in ("operation_id", "name"):
        seen: set[str] = set()
        for row in rows:
            if row[key] in seen:
                raise SystemExit(f"duplicate {key}: {row[key]}")
            seen.add(row[key])
    for row in rows:
        keywords = [kw for _, kw in row["path_params"]]
        if len(set(keywords)) != len(keywords):
            raise SystemExit(f"path parameters collide in {row['path']}")


def _lit(value: Any) -> str:
    """A Python literal in the style ruff format keeps (double quotes, trailing commas)."""
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, tuple):
        if not value:
            return "()"
        inner = ", ".join(_lit(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    return repr(value)


def render(rows: list[dict[str, Any]]) -> str:
    out = [HEADER]
    for row in rows:
        out.append("    Operation(\n")
        for key, value in row.items():
            line = f"        {key}={_lit(value)},"
            if len(line) > LINE_LENGTH and isinstance(value, tuple):
                # What ruff format does with a collection too long for one line.
                items = "".join(f"            {_lit(v)},\n" for v in value)
                line = f"        {key}=(\n{items}        ),"
            out.append(line + "\n")
        out.append("    ),\n")
    out.append(FOOTER)
    return "".join(out)


def generate(spec_path: Path) -> str:
    return render(operations(json.loads(spec_path.read_text(encoding="utf-8"))))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument(
        "--check", action="store_true", help="do not write; exit 1 if --output is out of date"
    )
    args = parser.parse_args(argv)
    source = generate(args.spec)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != source:
            print(f"{args.output} is stale: run scripts/generate_operations.py", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(source, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
