"""The committed module is exactly what scripts/generate_models.py writes today."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.shared_data import OPENAPI as SPEC_PATH

REPO = Path(__file__).resolve().parents[2]

SCRIPT = REPO / "scripts" / "generate_models.py"
COMMITTED = REPO / "src" / "bunq_connect" / "models" / "_generated.py"


def test_regenerating_gives_the_committed_module(tmp_path: Path) -> None:
    out = tmp_path / "_generated.py"
    subprocess.run(
        [sys.executable, str(SCRIPT), "--spec", str(SPEC_PATH), "--output", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert out.read_text(encoding="utf-8") == COMMITTED.read_text(encoding="utf-8"), (
        "src/bunq_connect/models/_generated.py is stale: run scripts/generate_models.py"
    )


def test_generated_module_has_no_timestamp_header() -> None:
    head = COMMITTED.read_text(encoding="utf-8")[:400]
    assert "timestamp" not in head
    assert "scripts/generate_models.py" in head
