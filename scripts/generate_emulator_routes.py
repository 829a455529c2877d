"""Regenerate ``src/bunq_connect/emulator/http/_spec_paths.py``: every path of bunq's spec.

Usage (from the repository root)::

    .venv/bin/python scripts/generate_emulator_routes.py            # write the module
    .venv/bin/python scripts/generate_emulator_routes.py --check    # exit 1 if it is stale

The emulator must not read ``../shared`` at run time, so the 271 paths of ``openapi.json``
(with their tag and methods) are committed as data. ``emulator.http.spec_routes`` mounts a
"not emulated" answer for every (path, method) no real route serves, and
``scripts/emulator_coverage.py`` lists which is which. The output is deterministic (sorted by
path, methods in a fixed order) and already in the style ``ruff format`` keeps.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SPEC = REPO.parent / "shared/bunq-api/openapi.json"
DEFAULT_OUTPUT = REPO / "src/bunq_connect/emulator/http/_spec_paths.py"

METHODS = ("get", "post", "put", "delete", "patch")
LINE_LENGTH = 100

HEADER = '''\
# Generated from bunq's openapi.json by scripts/generate_emulator_routes.py.
# Do not edit by hand: change the script and regenerate.
"""Every path of bunq's API (relative to ``/v1``), its tag and its methods, in spec order.

>>> from bunq_connect.emulator.http._spec_paths import SPEC_PATHS
>>> len(SPEC_PATHS), sum(len(p.methods) for p in SPEC_PATHS)
({paths}, {operations})
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["SPEC_PATHS", "SpecPath"]


class SpecPath(NamedTuple):
    path: str
    tag: str
    methods: tuple[str, ...]


SPEC_PATHS: tuple[SpecPath, ...] = (
'''


def rows(spec: dict[str, Any]) -> list[tuple[str, str, tuple[str, ...]]]:
    out = []
    for path in sorted(spec["paths"]):
        item = spec["paths"][path]
        methods = tuple(m.upper() for m in METHODS if m in item)
        tags = {tag for m in methods for tag in item[m.lower()].get("tags", [])}
        tag = sorted(tags)[0] if tags else "untagged"
        out.append((path, tag, methods))
    return out


def _lit(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value)
    inner = ", ".join(_lit(v) for v in value)
    return f"({inner},)" if len(value) == 1 else f"({inner})"


def render(data: list[tuple[str, str, tuple[str, ...]]]) -> str:
    operations = sum(len(methods) for _, _, methods in data)
    out = [HEADER.replace("{paths}", str(len(data))).replace("{operations}", str(operations))]
    for path, tag, methods in data:
        line = f"    SpecPath({_lit(path)}, {_lit(tag)}, {_lit(methods)}),"
        if len(line) > LINE_LENGTH:
            # What ruff format does with a call too long for one line (a lone long string
            # stays as it is: E501 lets it be).
            line = (
                f"    SpecPath(\n        {_lit(path)},\n        {_lit(tag)},\n"
                f"        {_lit(methods)},\n    ),"
            )
        out.append(line + "\n")
    out.append(")\n")
    return "".join(out)


def generate(spec_path: Path) -> str:
    return render(rows(json.loads(spec_path.read_text(encoding="utf-8"))))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if --output is out of date")
    args = parser.parse_args(argv)
    source = generate(args.spec)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != source:
            print(f"{args.output} is stale: run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(source, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
