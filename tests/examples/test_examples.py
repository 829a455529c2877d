"""The README's use-case guides run as written: each example as its own process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_example(name: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BUNQ_")}
    result = subprocess.run(
        [sys.executable, "-m", f"examples.{name}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    return result.stdout


def test_aisp_read() -> None:
    out = run_example("aisp_read")
    assert re.search(r"^\d+  NL\d\dBUNQ\d+  \d+\.\d\d EUR$", out, re.MULTILINE)
    assert re.search(r"^  \d+  25\.00 EUR  pocket money$", out, re.MULTILINE)
    assert re.search(r"^  new: \d+  5\.00 EUR$", out, re.MULTILINE)


def test_pisp_draft_payment() -> None:
    out = run_example("pisp_draft_payment")
    assert re.search(r"^draft \d+ PENDING$", out, re.MULTILINE)
    match = re.search(r"^draft \d+ ACCEPTED balance now (\d+\.\d\d) EUR$", out, re.MULTILINE)
    assert match


def test_cbpii_funds_check() -> None:
    out = run_example("cbpii_funds_check")
    assert "50.00 EUR available: True; 1,000,000.00 EUR available: False" in out


@pytest.mark.parametrize("name", ["callbacks"])
def test_other_examples_if_present(name: str) -> None:
    if not (ROOT / "examples" / f"{name}.py").exists():
        pytest.skip(f"examples/{name}.py is not written yet")
    run_example(name)
