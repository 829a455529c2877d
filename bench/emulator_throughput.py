"""Emulator throughput: signed answers per second and p99 under concurrent load (issue 3).

    .venv/bin/python bench/emulator_throughput.py            # the real figures (~1 min)
    .venv/bin/python bench/emulator_throughput.py --quick    # smoke run (a few seconds)
    .venv/bin/python bench/emulator_throughput.py --loadgen python --connections 32

What runs where:

* the emulator (``create_app`` under uvicorn, rate limits off) in its own process;
* a bare Starlette app in its own process, one route at the same path answering the very
  bytes the emulator answered, unsigned: same uvicorn settings, same process layout;
* the load generator in a third process: ``wrk`` (Debian: ``apt-get install -y wrk``) when it
  is on PATH, else ``bench/_loadgen.py`` (asyncio, raw keep-alive connections).

Both servers get the same closed-loop load (``--connections`` keep-alive connections, each
sending the next request when the answer arrives) on ``GET /v1/user/{id}/monetary-account``
with a valid on-behalf (UserApiKey) session token and bunq's usual headers. Repetitions
alternate the two servers; the table shows medians over repetitions, and the ratio of the
emulator's throughput to the bare endpoint's is the figure. The emulator's extra work per
answer: session lookup, the account rules, JSON rendering, the RSA-2048 signature of the body
and the id headers.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import httpx
from _common import BENCH_DIR, ServerProcess, connect_customer, machine, median, table

from bunq_connect.client._base_client import default_headers
from bunq_connect.wire import headers as wire_headers

LOADGEN = BENCH_DIR / "_loadgen.py"
# Rate limits off: the bench measures the server, not bunq's 3-per-3-seconds rule.
EMULATOR_CONFIG: dict[str, Any] = {"rate_limits": False}

_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def _ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if not match:
        raise ValueError(f"unreadable wrk duration {text!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def parse_wrk(output: str, duration: float) -> dict[str, Any]:
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    total = re.search(r"(\d+) requests in", output)
    p50 = re.search(r"^\s+50%\s+(\S+)", output, re.MULTILINE)
    p99 = re.search(r"^\s+99%\s+(\S+)", output, re.MULTILINE)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    if not (rps and total and p50 and p99):
        raise RuntimeError("unreadable wrk output:\n" + output)
    return {
        "tool": "wrk",
        "requests": int(total.group(1)),
        "rps": float(rps.group(1)),
        "p50_ms": _ms(p50.group(1)),
        "p99_ms": _ms(p99.group(1)),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
    }


def lua_script(path: Path, request_headers: dict[str, str]) -> Path:
    """wrk takes the headers from a script (mode 0600): the token stays off the command line."""
    lines = [f"wrk.headers[{json.dumps(k)}] = {json.dumps(v)}" for k, v in request_headers.items()]
    path.write_text("\n".join(lines) + "\n")
    path.chmod(0o600)
    return path


def run_load(
    tool: str,
    url: str,
    request_headers: dict[str, str],
    *,
    connections: int,
    duration: float,
    warmup: float,
    workdir: Path,
) -> dict[str, Any]:
    if tool == "wrk":
        script = lua_script(workdir / "headers.lua", request_headers)
        base = ["wrk", "-t1", f"-c{connections}", "--latency", "-s", str(script)]
        if warmup > 0:
            subprocess.run(
                [*base, f"-d{max(1, round(warmup))}s", url], check=True, capture_output=True
            )
        out = subprocess.run(
            [*base, f"-d{max(1, round(duration))}s", url],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return parse_wrk(out, duration)
    job = {
        "url": url,
        "headers": request_headers,
        "connections": connections,
        "duration": duration,
        "warmup": warmup,
    }
    done = subprocess.run(
        [sys.executable, str(LOADGEN)],
        input=json.dumps(job),
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="emulator throughput vs a bare Starlette route")
    parser.add_argument("--quick", action="store_true", help="smoke run: one short repetition")
    parser.add_argument("--loadgen", choices=["auto", "wrk", "python"], default="auto")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--duration", type=float, default=8.0, help="seconds per measurement")
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args(argv)
    duration, warmup, reps = (
        (1.0, 0.5, 1) if args.quick else (args.duration, min(2.0, args.duration / 4), args.reps)
    )
    tool = args.loadgen
    if tool == "auto":
        tool = "wrk" if shutil.which("wrk") else "python"
    if tool == "wrk" and not shutil.which("wrk"):
        parser.error("wrk is not installed (Debian: apt-get install -y wrk); use --loadgen python")

    with tempfile.TemporaryDirectory(prefix="bench-throughput-") as tmp:
        workdir = Path(tmp)
        with ServerProcess("emulator", config=EMULATOR_CONFIG) as emulator:
            customer = connect_customer(emulator.base_url)
            request_headers = {
                **default_headers(),
                wire_headers.CLIENT_AUTHENTICATION: customer.session_token,
                wire_headers.CLIENT_REQUEST_ID: "bench-emulator-throughput",
            }
            path = httpx.URL(customer.accounts_url).path
            signed = httpx.get(customer.accounts_url, headers=request_headers)
            if signed.status_code != 200 or not signed.headers.get(wire_headers.SERVER_SIGNATURE):
                raise RuntimeError(f"the signed endpoint answered HTTP {signed.status_code}")
            body = signed.content
            with ServerProcess("bare", body=body, workdir=workdir) as bare:
                check = httpx.get(bare.base_url + path, headers=request_headers)
                if check.content != body:
                    raise RuntimeError("the bare endpoint does not answer the same body")
                targets = {"bare": bare.base_url + path, "emulator": emulator.base_url + path}
                results: dict[str, list[dict[str, Any]]] = {"bare": [], "emulator": []}
                for rep in range(reps):
                    order = ["bare", "emulator"] if rep % 2 == 0 else ["emulator", "bare"]
                    for name in order:
                        results[name].append(
                            run_load(
                                tool,
                                targets[name],
                                request_headers,
                                connections=args.connections,
                                duration=duration,
                                warmup=warmup,
                                workdir=workdir,
                            )
                        )

    summary = {
        name: {
            "rps": median([r["rps"] for r in runs]),
            "p50": median([r["p50_ms"] for r in runs]),
            "p99": median([r["p99_ms"] for r in runs]),
            "non_2xx": sum(r["non_2xx"] for r in runs),
            "all_rps": [r["rps"] for r in runs],
        }
        for name, runs in results.items()
    }
    print(
        f"emulator throughput: GET {path.split('/user/')[0]}/user/{{id}}/monetary-account, "
        f"{len(body)}-byte body; load: {tool}, {args.connections} keep-alive connections, "
        f"{duration:g} s x {reps} rep(s) per server, separate processes; {machine()}"
    )
    rows = [
        [
            label,
            f"{s['rps']:.0f}",
            f"{s['p50']:.2f}",
            f"{s['p99']:.2f}",
            str(s["non_2xx"]),
            " ".join(f"{v:.0f}" for v in s["all_rps"]),
        ]
        for label, s in (
            ("bare Starlette (unsigned)", summary["bare"]),
            ("emulator (signed)", summary["emulator"]),
        )
    ]
    print(table(["server", "req/s", "p50 ms", "p99 ms", "non-2xx", "req/s per rep"], rows))
    emu, base = summary["emulator"], summary["bare"]
    print(
        f"ratio emulator/bare: throughput {emu['rps'] / base['rps']:.2f}x, "
        f"p99 {emu['p99'] / base['p99']:.2f}x (medians over repetitions)"
    )
    if emu["non_2xx"]:
        print("note: the emulator answered non-2xx during the run (rate limits on?)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
