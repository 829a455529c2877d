from __future__ import annotations

import threading

from bunq_connect.client._ratelimit import Limit, RateLimiter, RateLimits


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_get_allows_three_per_window_then_waits() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateLimits(safety_margin=0.0), clock=clock)
    path = "/v1/user/1/monetary-account"
    assert [limiter.reserve("GET", path) for _ in range(3)] == [0, 0, 0]
    assert limiter.reserve("GET", path) == 3.0
    assert limiter.reserve("GET", path) == 3.0
    assert limiter.reserve("GET", path) == 3.0
    assert limiter.reserve("GET", path) == 6.0


def test_endpoints_and_methods_are_counted_apart_and_query_ignored() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateLimits(safety_margin=0.0), clock=clock)
    for _ in range(3):
        assert limiter.reserve("GET", "/v1/a?count=200") == 0
    assert limiter.reserve("GET", "/v1/a?older_id=5") == 3.0
    assert limiter.reserve("GET", "/v1/b") == 0
    assert [limiter.reserve("POST", "/v1/a") for _ in range(5)] == [0] * 5
    assert limiter.reserve("POST", "/v1/a") == 3.0
    assert [limiter.reserve("PUT", "/v1/a") for _ in range(2)] == [0, 0]
    assert limiter.reserve("PUT", "/v1/a") == 3.0


def test_session_server_is_one_per_thirty_seconds() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateLimits(safety_margin=0.0), clock=clock)
    assert limiter.reserve("POST", "/v1/session-server") == 0
    assert limiter.reserve("POST", "/v1/session-server") == 30.0


def test_window_slides_with_time() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateLimits(get=Limit(2, 3.0), safety_margin=0.0), clock=clock)
    limiter.reserve("GET", "/x")
    clock.now += 1.0
    limiter.reserve("GET", "/x")
    clock.now += 2.5  # the first call left the window 0.5 s ago
    assert limiter.reserve("GET", "/x") == 0
    assert limiter.reserve("GET", "/x") == 0.5


def test_penalty_after_a_server_429() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateLimits(safety_margin=0.0), clock=clock)
    limiter.penalize("GET", "/x")
    assert limiter.reserve("GET", "/x") == 3.0


def test_disabled_never_waits() -> None:
    limiter = RateLimiter(enabled=False)
    assert all(limiter.reserve("GET", "/x") == 0 for _ in range(100))


def test_threads_share_reservations() -> None:
    clock = FakeClock()
    limiter = RateLimiter(RateLimits(safety_margin=0.0), clock=clock)
    waits: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        delay = limiter.reserve("GET", "/x")
        with lock:
            waits.append(delay)

    threads = [threading.Thread(target=worker) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # 12 calls at 3 per 3 s: exactly three at each of 0, 3, 6, 9 seconds
    assert sorted(waits) == [0.0] * 3 + [3.0] * 3 + [6.0] * 3 + [9.0] * 3


def test_async_client_meets_no_429_against_bunqs_limits(rate_limited_emulator: object) -> None:
    """Seven GETs of one endpoint through AsyncBunqClient, emulator limits on: none refused."""
    import time

    import anyio
    import httpx

    from bunq_connect.client import AsyncBunqClient
    from bunq_connect.emulator import EmulatorServer
    from bunq_connect.environments import discover
    from bunq_connect.playground import create_customer

    assert isinstance(rate_limited_emulator, EmulatorServer)
    customer = create_customer(discover(rate_limited_emulator.base_url))
    statuses: list[int] = []

    async def hook(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    async def run() -> float:
        http = httpx.AsyncClient(event_hooks={"response": [hook]})
        limiter = RateLimiter()  # its own, so other tests' calls do not count here
        async with AsyncBunqClient(
            customer.context, http_client=http, rate_limiter=limiter
        ) as client:
            started = time.monotonic()
            async with anyio.create_task_group() as group:
                for _ in range(7):
                    group.start_soon(client.monetary_accounts.list)
            elapsed = time.monotonic() - started
        await http.aclose()
        return elapsed

    elapsed = anyio.run(run)
    assert statuses.count(200) == 7
    assert 429 not in statuses
    assert elapsed >= 6.0  # 3 + 3 + 1 over three windows: the limiter really waited
