"""Regenerate ``src/bunq_connect/models/_generated.py`` from bunq's OpenAPI file.

Usage (from the repository root)::

    .venv/bin/python scripts/generate_models.py            # write the module
    .venv/bin/python scripts/generate_models.py --check    # exit 1 if the committed file is stale
    .venv/bin/python scripts/generate_models.py --spec other/openapi.json --output /tmp/x.py

The generator is datamodel-code-generator (pydantic v2 output); this script only prepares its
input and options so that the output is deterministic (no timestamp, pinned formatting) and
fits the hand-written layer in ``bunq_connect.models.common``:

* every model derives from :class:`~bunq_connect.models.common.BunqModel` (extra fields kept);
* every field is optional (bunq omits fields freely);
* the spec's ``Amount`` schema is replaced by the hand-written ``Amount`` (Decimal value);
* timestamp fields (``created``, ``updated``, ``time_*``, ``*_time``, ``*_time_*``, all typed
  as plain strings in the spec) are typed :data:`~bunq_connect.models.common.BunqTimestamp`
  (aware UTC datetimes), through the generator's scoped ``--type-overrides``;
* the spec is corrected first where real bunq bodies (``shared/bunq-api/callbacks``) contradict
  it; see :func:`corrected_spec` (integer fields sent with a fraction, ``created``/``updated``
  missing from read shapes, ``PaymentBatch.payments`` sent as a plain list).

Nothing is post-processed by hand: the generator's own options do all of it, and the result is
formatted with ``ruff format --isolated`` so that it does not depend on the project's settings.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SPEC = Path(__file__).resolve().parents[2] / "shared/bunq-api/openapi.json"
DEFAULT_OUTPUT = REPO / "src/bunq_connect/models/_generated.py"

COMMON = "bunq_connect.models.common"
BASE_CLASS = f"{COMMON}.BunqModel"
AMOUNT_TYPE = f"{COMMON}.Amount"
TIMESTAMP_TYPE = f"{COMMON}.BunqTimestamp"

HEADER = (
    "# Generated from bunq's openapi.json by scripts/generate_models.py"
    " (datamodel-code-generator).\n"
    "# Do not edit by hand: change the script and regenerate."
)

# String fields that hold a bunq timestamp ("YYYY-MM-DD hh:mm:ss.ffffff", UTC). Fields named
# *_date, expiration, status_timestamp, bunqto_expiry, time (alone) and
# previous_updated_timestamp stay plain strings: the spec does not say they are full timestamps
# (several are dates such as "2021-07-31"), and previous_updated_timestamp is echoed back as-is.
TIMESTAMP_FIELD = re.compile(r"^(created|updated)$|^time_|_time$|_time_")

# Spec corrections, each backed by a real body in shared/bunq-api/callbacks or bunq's own SDK.
#
# Fields the spec types as integer but bunq sends as numbers with a fraction (a real callback
# carries "latitude": 52.387862883215); bunq's own SDK types them as float.
NUMBER_FIELDS: dict[str, tuple[str, ...]] = {
    "Geolocation": ("latitude", "longitude", "altitude", "radius"),
    "*": ("savings_goal_progress", "progress_tree_next", "number_of_tree"),
}
# bunq stamps every stored object with created/updated, but some read shapes in the spec leave
# them out (real DraftPayment, MasterCardAction, ShareInvite... callbacks carry them). Every
# XRead/XListing schema with an "id" gets them, and these get id/created/updated as well:
STAMPED_SCHEMAS = (
    "PaymentBatchRead",
    "PaymentBatchListing",
    "ScheduleInstanceRead",
    "ScheduleInstanceListing",
    "SchedulePaymentRead",
    "SchedulePaymentListing",
)
# A real PaymentBatch callback sends "payments" as a plain list of payments, the spec as
# {"Payment": [...]}: accept both.
LIST_OR_WRAPPED = {("PaymentBatch", "payments"): "Payment"}


def _stamp(schema: dict[str, Any], with_id: bool) -> None:
    props = schema.setdefault("properties", {})
    fields = {
        "id": ("integer", "The id of the object."),
        "created": ("string", "The timestamp of the object's creation."),
        "updated": ("string", "The timestamp of the object's last update."),
    }
    for name, (kind, description) in fields.items():
        if name == "id" and not with_id:
            continue
        props.setdefault(
            name, {"type": kind, "description": description, "readOnly": True, "writeOnly": False}
        )


GENERATOR_OPTIONS = [
    "--input-file-type=openapi",
    "--output-model-type=pydantic_v2.BaseModel",
    "--target-python-version=3.11",
    f"--base-class={BASE_CLASS}",
    "--disable-timestamp",
    "--force-optional",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-double-quotes",
    "--use-schema-description",
    "--use-field-description",
    # The spec writes {"type": "object", "description": ..., "$ref": ...}; OpenAPI 3.0 ignores
    # the siblings of a $ref. Without this every such field gets its own copy of the model
    # (Avatar1 ... Avatar699).
    "--ignore-ref-siblings-by-schema-version",
    "--formatters=builtin",
    f"--custom-file-header={HEADER}",
    "--disable-warnings",
]


def _schemas(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    schemas: dict[str, dict[str, Any]] = spec["components"]["schemas"]
    return schemas


def corrected_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of ``spec`` with the known mistakes fixed (see the tables above)."""
    spec = json.loads(json.dumps(spec))
    schemas = _schemas(spec)
    for name, schema in schemas.items():
        props = schema.get("properties", {})
        wanted = NUMBER_FIELDS.get(name, ()) + NUMBER_FIELDS["*"]
        for field, prop in props.items():
            if field in wanted and prop.get("type") == "integer":
                prop["type"] = "number"
        if name.endswith(("Read", "Listing")) and "id" in props:
            _stamp(schema, with_id=False)
        for (base, field), item in LIST_OR_WRAPPED.items():
            if name in (base, f"{base}Read", f"{base}Listing") and field in props:
                prop = props[field]
                props[field] = {
                    "description": prop.get("description", ""),
                    "readOnly": prop.get("readOnly", False),
                    "writeOnly": prop.get("writeOnly", False),
                    "anyOf": [
                        {"$ref": prop["$ref"]},
                        {"type": "array", "items": {"$ref": f"#/components/schemas/{item}"}},
                    ],
                }
    for name in STAMPED_SCHEMAS:
        _stamp(schemas[name], with_id=True)
    return spec


def timestamp_fields(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """(schema, field) pairs typed as BunqTimestamp."""
    found = []
    for name, schema in _schemas(spec).items():
        for field, prop in schema.get("properties", {}).items():
            is_plain_string = prop.get("type") == "string" and "format" not in prop
            if is_plain_string and TIMESTAMP_FIELD.search(field):
                found.append((name, field))
    return sorted(found)


def type_overrides(spec: dict[str, Any]) -> dict[str, str]:
    overrides = {"Amount": AMOUNT_TYPE}
    for name, field in timestamp_fields(spec):
        overrides[f"{name}.{field}"] = TIMESTAMP_TYPE
    return overrides


def _ruff_format(source: str) -> str:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "format",
            "--isolated",
            "--line-length=100",
            "--target-version=py311",
            "--stdin-filename=_generated.py",
            "-",
        ],
        input=source,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def generate(spec_path: Path) -> str:
    """Run the generator on ``spec_path`` and return the module's source."""
    spec = corrected_spec(json.loads(spec_path.read_text(encoding="utf-8")))
    overrides = type_overrides(spec)
    with tempfile.TemporaryDirectory() as tmp:
        corrected = Path(tmp) / "openapi.json"
        corrected.write_text(json.dumps(spec), encoding="utf-8")
        out = Path(tmp) / "_generated.py"
        subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
            [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                f"--input={corrected}",
                f"--output={out}",
                f"--type-overrides={json.dumps(overrides, sort_keys=True)}",
                *GENERATOR_OPTIONS,
            ],
            check=True,
            cwd=tmp,  # keep any pyproject.toml [tool.datamodel-codegen] out of it
        )
        source = out.read_text(encoding="utf-8")
    return _ruff_format(source)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="bunq's openapi.json")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="module to write")
    parser.add_argument(
        "--check", action="store_true", help="do not write; exit 1 if --output is out of date"
    )
    args = parser.parse_args(argv)

    source = generate(args.spec)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != source:
            print(f"{args.output} is out of date: run scripts/generate_models.py", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(source, encoding="utf-8")
    print(f"wrote {args.output} ({source.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
