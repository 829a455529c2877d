"""The benchmarks run: each script's ``--quick`` mode in a subprocess prints its table.

No timing is asserted here (speed is measured by the scripts themselves, on purpose, outside
the test suite). The throughput smoke run uses the Python load generator, so it does not
depend on ``wrk`` being installed; the client-overhead run skips the official SDK when its
venv (``make sdk-venv``) is absent.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO / "bench"
SDK_PYTHON = Path(os.environ.get("BUNQ_SDK_PYTHON") or REPO / ".venv-sdk" / "bin" / "python")
TIMEOUT = 120.0


def run_bench(script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(BENCH / script), "--quick", *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_emulator_throughput_prints_its_table() -> None:
    out = run_bench("emulator_throughput.py", "--loadgen", "python")
    assert "req/s" in out
    assert "p99 ms" in out
    assert "bare Starlette (unsigned)" in out
    assert "emulator (signed)" in out
    assert "ratio emulator/bare" in out


def test_client_overhead_prints_its_table() -> None:
    with_sdk = SDK_PYTHON.exists()
    out = run_bench("client_overhead.py", *([] if with_sdk else ["--no-sdk"]))
    assert "client/floor" in out
    lines = {line.split()[0]: line for line in out.splitlines() if line.startswith("HTTP")}
    assert set(lines) == {"HTTP", "HTTPS"}
    if with_sdk:
        assert "SDK/client" in out
        assert all(line.split()[3] != "-" for line in lines.values())  # SDK median present
    else:
        assert "official SDK skipped" in out


def test_rate_limited_sync_prints_its_table() -> None:
    out = run_bench("rate_limited_sync.py")
    assert "sustained pages/s" in out
    assert "429s" in out
    row = out.splitlines()[3].split()
    assert row[0] == "4"  # 800 payments at count 200
    assert row[1] == "800"


@pytest.mark.parametrize("script", sorted(p.name for p in BENCH.glob("[!_]*.py")))
def test_every_benchmark_has_a_quick_mode(script: str) -> None:
    assert "--quick" in (BENCH / script).read_text()
