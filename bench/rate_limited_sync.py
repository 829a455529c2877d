"""Rate-limited sync: page through 10,000 payments with bunq's limits on (issue 4).

    .venv/bin/python bench/rate_limited_sync.py            # 10,000 payments, 50 pages (~50 s)
    .venv/bin/python bench/rate_limited_sync.py --quick    # 800 payments, 4 pages (~4 s)

The emulator runs in-process (``EmulatorServer``, a background thread) with its rate limits
ON (GET: 3 calls per 3 s per client IP and endpoint, answered 429 beyond that). The bench seeds
the payments straight into the emulator's state through its payment rule (``transfer``: Sugar
Daddy pays the customer 0.01 EUR, N times), connects an app to the customer (OAuth), then
pages through the customer's account with ``client.payments.iter_pages(account_id,
count=200)`` on a ``BunqClient`` with its DEFAULT rate limiter (the process-wide one shared per
API host). An httpx event hook on the client's connection records when each page request left
and every status code the server answered, 429s included (the client would retry those).

Figures: the sustained rate is measured over whole 3-page windows (pages 1 .. 1+3m: 3m pages
in the time between their starts), so neither the burst the window allows at the start nor
where the last window is cut off counts for or against the client. The bound is bunq's
documented 3 pages per 3 s = 1.0 page/s. The plain rate (all pages over the whole run) is
printed too. Target (issue 4): at least 0.97 of the bound and no 429.
"""

from __future__ import annotations

import argparse
import sys
import time
from decimal import Decimal

import httpx
from _common import connect_customer, machine, table
from _server import emulator_config

from bunq_connect.client import BunqClient
from bunq_connect.client._ratelimit import RateLimiter
from bunq_connect.emulator import EmulatorServer
from bunq_connect.emulator.services import payments as payment_rules
from bunq_connect.errors import BunqConnectError

PAGE_SIZE = 200
BOUND = 3 / 3.0  # bunq: GET 3 calls per 3 s per endpoint -> 1.0 page/s


def sustained_rate(starts: list[float]) -> float | None:
    """Pages per second over whole 3-page windows: 3m pages between start 1 and start 1+3m."""
    m = (len(starts) - 1) // 3
    if m == 0:
        return None
    return 3 * m / (starts[3 * m] - starts[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="page through payments under rate limits")
    parser.add_argument("--quick", action="store_true", help="smoke run: 800 payments, 4 pages")
    parser.add_argument("--payments", type=int, default=10_000)
    parser.add_argument(
        "--no-client-limiter",
        action="store_true",
        help="control run: the client's limiter off, to see the server's 429s being counted",
    )
    args = parser.parse_args(argv)
    n_payments = 800 if args.quick else args.payments

    config = emulator_config({"rate_limits": True})
    limits_on = bool(getattr(config, "rate_limits", False))
    with EmulatorServer(config) as emulator:
        customer = connect_customer(emulator.base_url)
        session = customer.context.session
        assert session is not None
        assert session.granted_by is not None
        granted_by = session.granted_by.id

        # Seed: N incoming payments on the customer's primary account, through the rule.
        t0 = time.perf_counter()
        state = emulator.state
        with state.lock:
            account = next(
                a
                for a in state.monetary_accounts.values()
                if a.user_id == granted_by and a.currency == "EUR"
            )
        daddy = payment_rules.sugardaddy_account(emulator.emulator)
        for i in range(n_payments):
            payment_rules.transfer(
                emulator.emulator,
                debit=daddy,
                credit=account,
                amount=Decimal("0.01"),
                description=f"bench payment {i + 1}",
                merchant_reference=None,
            )
        with state.lock:
            on_account = sum(
                1 for p in state.payments.values() if p.monetary_account_id == account.id
            )
        seed_seconds = time.perf_counter() - t0

        listing_path = f"/monetary-account/{account.id}/payment"
        statuses: dict[int, int] = {}
        sent: dict[int, float] = {}
        starts: list[float] = []  # when each page that came back 200 was sent

        def on_request(request: httpx.Request) -> None:
            if request.url.path.endswith(listing_path):
                sent[id(request)] = time.perf_counter()

        def on_response(response: httpx.Response) -> None:
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            started = sent.pop(id(response.request), None)
            if started is not None and response.status_code == 200:
                starts.append(started)

        http = httpx.Client(
            timeout=30.0, event_hooks={"request": [on_request], "response": [on_response]}
        )
        pages = items = 0
        failure: str | None = None
        limiter = RateLimiter(enabled=False) if args.no_client_limiter else None  # None: shared
        with BunqClient(customer.context, http_client=http, rate_limiter=limiter) as client:
            begin = time.perf_counter()
            try:
                for page in client.payments.iter_pages(account.id, count=PAGE_SIZE):
                    pages += 1
                    items += len(page.items)
            except BunqConnectError as exc:  # reported below, with the figures so far
                failure = f"{type(exc).__name__} after {pages} pages"
            elapsed = time.perf_counter() - begin
        http.close()

    throttled = statuses.get(429, 0)
    sustained = sustained_rate(starts)
    plain = pages / elapsed
    limiter_text = (
        "NO client rate limiter (control run)"
        if args.no_client_limiter
        else "the default shared rate limiter"
    )
    print(
        f"rate-limited sync: {on_account} payments on one account, count={PAGE_SIZE}, "
        f"client.payments.iter_pages with {limiter_text}; emulator "
        f"in-process, rate limits {'ON' if limits_on else 'NOT AVAILABLE in this emulator'}; "
        f"seeded in {seed_seconds:.1f} s; {machine()}"
    )
    rows = [
        [
            str(pages),
            str(items),
            f"{elapsed:.1f}",
            f"{sustained:.3f}" if sustained else "-",
            f"{sustained / BOUND:.3f}" if sustained else "-",
            f"{plain:.3f}",
            str(throttled),
            " ".join(f"{code}:{count}" for code, count in sorted(statuses.items())),
        ]
    ]
    print(
        table(
            [
                "pages",
                "items",
                "seconds",
                "sustained pages/s",
                "of bound",
                "plain pages/s",
                "429s",
                "statuses seen",
            ],
            rows,
        )
    )
    print(f"bound: 3 pages / 3 s = {BOUND:.1f} page/s; target: >= 0.97 of it and zero 429s")
    if failure:
        print(f"the sync did not finish: {failure} (the client's bounded retries gave up)")
    elif items != on_account:
        print(f"note: the pages held {items} items, the account {on_account} payments")
    return 0


if __name__ == "__main__":
    sys.exit(main())
