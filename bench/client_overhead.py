"""Client overhead: ``monetary_accounts.list()`` vs the floor and the official SDK (issue 4).

    .venv/bin/python bench/client_overhead.py            # the real figures (~30 s)
    .venv/bin/python bench/client_overhead.py --quick    # smoke run (a few seconds)
    .venv/bin/python bench/client_overhead.py --no-sdk   # without the official SDK

Over loopback HTTP and HTTPS (a throw-away local CA from ``trustme``; uvicorn serves with its
certificate), the median time of one call for:

* **bunq-connect**: ``BunqClient(context).monetary_accounts.list()`` on behalf of a customer:
  request id, headers, the user-id guard, response signature verification (RSA-2048),
  envelope and model parsing, on a keep-alive ``httpx.Client``. The client-side rate limiter
  is DISABLED (``RateLimiter(enabled=False)``): it would otherwise (rightly) hold the calls to
  bunq's 3 per 3 s; this bench measures the per-call cost, not the limit.
* **floor**: a bare keep-alive ``httpx.Client`` GET of the same URL with the same headers (a
  fresh request id per call, like the client), reading the body, nothing else.
* **official SDK** (bunq-sdk 1.28.0 in ``.venv-sdk``, ``make sdk-venv``): its
  ``MonetaryAccountApiObject.list()`` (same URL) in a subprocess that loops N times and reports
  its own median; it trusts the local CA through ``REQUESTS_CA_BUNDLE``. Skipped when the SDK
  venv is absent.

The two in-process clients share one process and alternate call by call (the order flipped
each round), so drifts on a noisy machine hit both alike. The emulator runs in
its own process (uvicorn), so its work does not share the client's GIL. Targets (issue 4):
bunq-connect within 1.15x of the floor, and at least 3x faster than the SDK over HTTPS.
"""

from __future__ import annotations

import argparse
import json
import os
import ssl
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from _common import (
    BENCH_DIR,
    SDK_PYTHON,
    OnBehalf,
    ServerProcess,
    Tls,
    connect_customer,
    machine,
    median,
    table,
)

from bunq_connect.client import BunqClient
from bunq_connect.client._base_client import default_headers, new_request_id
from bunq_connect.client._ratelimit import RateLimiter
from bunq_connect.wire import headers as wire_headers

SDK_SCRIPT = BENCH_DIR / "_sdk_overhead.py"
# The official SDK opens its own session with the same access token right after ours: the
# emulator's 1-per-30-s session-server rule per key would refuse it, so it is off here.
EMULATOR_CONFIG: dict[str, Any] = {"session_server_interval": 0.0, "rate_limits": False}


def time_calls(call: Callable[[], object], n: int) -> list[float]:
    samples = []
    for _ in range(n):
        t0 = time.perf_counter()
        call()
        samples.append(time.perf_counter() - t0)
    return samples


def measure_in_process(
    customer: OnBehalf, verify: ssl.SSLContext | bool, *, rounds: int, n: int, warmup: int
) -> dict[str, list[float]]:
    url = customer.accounts_url
    token = customer.session_token
    base_headers = default_headers()
    samples: dict[str, list[float]] = {"bunq-connect": [], "floor": []}
    with (
        httpx.Client(verify=verify, timeout=30.0) as floor_http,
        httpx.Client(verify=verify, timeout=30.0) as client_http,
        BunqClient(
            customer.context, http_client=client_http, rate_limiter=RateLimiter(enabled=False)
        ) as client,
    ):

        def floor() -> None:
            response = floor_http.get(
                url,
                headers={
                    **base_headers,
                    wire_headers.CLIENT_REQUEST_ID: new_request_id(),
                    wire_headers.CLIENT_AUTHENTICATION: token,
                },
            )
            response.raise_for_status()

        def bunq_connect() -> None:
            client.monetary_accounts.list()

        calls = {"bunq-connect": bunq_connect, "floor": floor}
        page = client.monetary_accounts.list()
        if not page.items:
            raise RuntimeError("the customer has no monetary account to list")
        for call in calls.values():
            time_calls(call, warmup)
        # Calls alternate one by one (A B A B ..., the order flipped every round): on a shared,
        # noisy machine both clients then see the same background load.
        for r in range(rounds):
            order = list(calls) if r % 2 == 0 else list(reversed(calls))
            for _ in range(n):
                for name in order:
                    t0 = time.perf_counter()
                    calls[name]()
                    samples[name].append(time.perf_counter() - t0)
    return samples


def measure_sdk(customer: OnBehalf, tls: Tls | None, *, n: int, warmup: int) -> list[float]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # the SDK venv must not see this project's sources
    if tls is not None:
        env["REQUESTS_CA_BUNDLE"] = str(tls.ca_file)
    base_url = customer.env.api_base.removesuffix("/v1")
    job = {"base_url": base_url, "api_key": customer.access_token, "n": n, "warmup": warmup}
    done = subprocess.run(
        [str(SDK_PYTHON), str(SDK_SCRIPT)],
        input=json.dumps(job),
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=600,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the SDK run failed:\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    samples: list[float] = result["samples"]
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="bunq-connect vs bare httpx vs the official SDK")
    parser.add_argument("--quick", action="store_true", help="smoke run: few calls")
    parser.add_argument("--no-sdk", action="store_true", help="skip the official SDK")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--calls", type=int, default=250, help="calls per client per round")
    parser.add_argument("--sdk-calls", type=int, default=300)
    args = parser.parse_args(argv)
    rounds, n, warmup, sdk_n = (
        (2, 20, 10, 10) if args.quick else (args.rounds, args.calls, 100, args.sdk_calls)
    )
    with_sdk = not args.no_sdk and SDK_PYTHON.exists()

    figures: dict[str, dict[str, float]] = {}
    spreads: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="bench-overhead-") as tmp:
        tls_files = Tls.create(Path(tmp))
        for scheme, tls in (("http", None), ("https", tls_files)):
            verify: ssl.SSLContext | bool = tls.client_context() if tls else True
            with ServerProcess("emulator", tls=tls, config=EMULATOR_CONFIG) as server:
                customer = connect_customer(server.base_url, verify=verify)
                samples = measure_in_process(customer, verify, rounds=rounds, n=n, warmup=warmup)
                if with_sdk:
                    samples["official SDK"] = measure_sdk(customer, tls, n=sdk_n, warmup=5)
            figures[scheme] = {name: median(values) for name, values in samples.items()}
            # Per-round medians of the in-process pair: how stable the ratio is.
            per_round = [
                median(samples["bunq-connect"][i * n : (i + 1) * n])
                / median(samples["floor"][i * n : (i + 1) * n])
                for i in range(rounds)
            ]
            spreads[scheme] = f"{min(per_round):.2f}-{max(per_round):.2f}"

    print(
        f"client overhead: median time per monetary_accounts.list() (GET "
        f"/v1/user/{{id}}/monetary-account, on behalf of a customer), emulator in its own "
        f"process; {rounds} rounds x {n} calls per in-process client, "
        f"SDK {sdk_n if with_sdk else 0} calls; client rate limiter disabled; {machine()}"
    )
    rows = []
    for scheme, fig in figures.items():
        client, floor = fig["bunq-connect"], fig["floor"]
        sdk = fig.get("official SDK")
        rows.append(
            [
                scheme.upper(),
                f"{floor * 1e6:.0f}",
                f"{client * 1e6:.0f}",
                f"{sdk * 1e6:.0f}" if sdk else "-",
                f"{client / floor:.3f}",
                spreads[scheme],
                f"{sdk / client:.1f}" if sdk else "-",
            ]
        )
    print(
        table(
            [
                "scheme",
                "floor us",
                "bunq-connect us",
                "SDK us",
                "client/floor",
                "per round",
                "SDK/client",
            ],
            rows,
        )
    )
    print("targets (HTTPS): client/floor <= 1.15, SDK/client >= 3")
    if not with_sdk:
        print("official SDK skipped (no .venv-sdk: make sdk-venv)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
