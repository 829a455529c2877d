"""16 threads and 16 tasks meet an expired session: exactly one session-server call."""

from __future__ import annotations

import threading

import anyio
import httpx
import pytest

from bunq_connect.client import AsyncBunqClient, BunqClient
from bunq_connect.client._ratelimit import RateLimiter
from bunq_connect.context import ApiContext
from bunq_connect.emulator import EmulatorServer
from bunq_connect.environments import Environment
from tests.client.flow import make_customer
from tests.conftest import advance_clock

WORKERS = 16


class SessionServerCalls:
    """Counts POST /session-server requests leaving the client (an httpx event hook)."""

    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> None:
        if request.url.path.endswith("/session-server"):
            with self._lock:
                self.count += 1

    async def async_hook(self, request: httpx.Request) -> None:
        self(request)


def test_sixteen_threads_renew_once(fresh_emulator: EmulatorServer, fresh_env: Environment) -> None:
    customer = make_customer(fresh_env)
    context = customer.context
    calls = SessionServerCalls()
    advance_clock(fresh_emulator, 7200)  # the server expires it; the client cannot know
    hooks: list[str] = []
    barrier = threading.Barrier(WORKERS)
    results: list[int] = []
    errors: list[BaseException] = []

    with (
        httpx.Client(event_hooks={"request": [calls]}) as http,
        BunqClient(
            context,
            http_client=http,
            rate_limiter=RateLimiter(enabled=False),
            on_session_renewed=lambda ctx: hooks.append("renewed"),
        ) as client,
    ):

        def worker() -> None:
            barrier.wait()
            try:
                results.append(len(client.monetary_accounts.list().items))
            except BaseException as exc:  # collected, asserted below
                errors.append(exc)

        threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    assert errors == []
    assert len(results) == WORKERS
    assert calls.count == 1
    assert hooks == ["renewed"]
    assert context.session is not None
    assert context.session.expires_at > context.session.created_at


@pytest.mark.anyio
async def test_sixteen_tasks_renew_once(
    fresh_emulator: EmulatorServer, fresh_env: Environment
) -> None:
    customer = make_customer(fresh_env)
    context = customer.context
    calls = SessionServerCalls()
    advance_clock(fresh_emulator, 7200)
    hooks: list[str] = []
    results: list[int] = []

    async with (
        httpx.AsyncClient(event_hooks={"request": [calls.async_hook]}) as http,
        AsyncBunqClient(
            context,
            http_client=http,
            rate_limiter=RateLimiter(enabled=False),
            on_session_renewed=lambda ctx: hooks.append("renewed"),
        ) as client,
    ):

        async def worker() -> None:
            results.append(len((await client.monetary_accounts.list()).items))

        async with anyio.create_task_group() as group:
            for _ in range(WORKERS):
                group.start_soon(worker)

    assert len(results) == WORKERS
    assert calls.count == 1
    assert hooks == ["renewed"]


@pytest.mark.anyio
async def test_async_client_full_context_creation(env: Environment) -> None:
    from bunq_connect.sandbox import create_sandbox_user_async

    key = await create_sandbox_user_async(env)
    context = await ApiContext.create_async(env, key)
    assert context.session is not None
    async with AsyncBunqClient(context) as client:
        page = await client.monetary_accounts.list()
        kind, me = await client.users.me()
    assert kind == "UserPerson"
    assert me["id"] == context.session.user_id
    assert page.items[0].balance is not None


def test_activity_in_the_last_half_hour_extends_the_session_as_bunq_does() -> None:
    from datetime import UTC, datetime, timedelta

    from pydantic import SecretStr

    from bunq_connect.client._session import extend_on_activity
    from bunq_connect.models.session import SessionInfo

    start = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    session = SessionInfo(
        session_id=1,
        token=SecretStr("t"),
        created_at=start,
        expires_at=start + timedelta(hours=1),
        timeout_seconds=3600,
    )
    extend_on_activity(session, start + timedelta(minutes=20))  # 40 min left: no change
    assert session.expires_at == start + timedelta(hours=1)
    extend_on_activity(session, start + timedelta(minutes=45))  # 15 min left: extended
    assert session.expires_at == start + timedelta(minutes=45, hours=1)
    expired = start + timedelta(hours=3)
    extend_on_activity(session, expired)  # already over: only a new session helps
    assert session.expires_at == start + timedelta(minutes=45, hours=1)
