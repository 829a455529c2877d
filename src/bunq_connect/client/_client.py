"""``BunqClient`` and ``AsyncBunqClient``: one object per connection, no global state.

    from bunq_connect import BunqClient

    with BunqClient(context) as client:
        for account in client.monetary_accounts.list():
            print(account.id, account.iban, account.balance)

Both clients share every decision with :mod:`bunq_connect.client._base_client`; they differ only
in where they wait. The URL user id comes from the session (the UserApiKey id on behalf of a
customer), and a URL naming the granting customer's own id is refused before it is sent.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Mapping
from typing import Any, Self

import anyio
import httpx

from bunq_connect.client._base_client import (
    APIResponse,
    RequestOptions,
    check_user_id,
    default_headers,
)
from bunq_connect.client._call import Renew, Send, Sleep, call_flow
from bunq_connect.client._flow import Step, run_async, run_sync, send_async, send_sync
from bunq_connect.client._ratelimit import RateLimiter, shared_rate_limiter
from bunq_connect.client._retry import RetryPolicy
from bunq_connect.client._session import (
    AsyncSessionHook,
    AsyncSessionKeeper,
    SessionHook,
    SyncSessionKeeper,
)
from bunq_connect.client.resources import on_behalf as _r
from bunq_connect.client.resources.monetary_accounts import (
    AsyncMonetaryAccounts,
    MonetaryAccounts,
)
from bunq_connect.client.resources.oauth_clients import AsyncOAuthClients, OAuthClients
from bunq_connect.client.resources.users import AsyncUsers, Users
from bunq_connect.context import ApiContext
from bunq_connect.errors import BunqConnectError, RateLimitError, UsageError

__all__ = ["AsyncBunqClient", "BunqClient"]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class _ClientCore:
    """What both clients hold: the context, headers and the user-id rule."""

    def __init__(
        self,
        context: ApiContext,
        *,
        headers: Mapping[str, str] | None,
        rate_limiter: RateLimiter | None,
        retry_policy: RetryPolicy | None,
    ) -> None:
        if context.session is None:
            raise UsageError("the context has no session: call context.open_session() first")
        self.context = context
        self._headers = {**default_headers(), **(headers or {})}
        self._auth = context.auth()
        self.rate_limiter = rate_limiter or shared_rate_limiter(context.environment.api_base)
        self._api_path_prefix = httpx.URL(context.environment.api_base).path.rstrip("/")
        # Session-server is limited per API key: a digest names the key without holding it.
        self._session_scope = hashlib.sha256(
            context.api_key.get_secret_value().encode()
        ).hexdigest()[:16]
        self.retry_policy = retry_policy or RetryPolicy()

    def _limiter_path(self, options: RequestOptions) -> str:
        # bunq counts per endpoint: the concrete path, without the query. Plain string work:
        # parsing a URL per call cost ~11 us on every request, limiter on or off.
        if "://" in options.path:
            return httpx.URL(options.path).path
        return self._api_path_prefix + "/" + options.path.split("?", 1)[0].lstrip("/")

    def _flow(self, options: RequestOptions) -> Any:
        self._guard(options)
        return call_flow(
            options,
            limiter=self.rate_limiter,
            policy=self.retry_policy,
            limiter_path=self._limiter_path,
        )

    @property
    def user_id(self) -> int:
        """The id for URLs: the UserApiKey id when acting on behalf of a customer."""
        assert self.context.session is not None
        return self.context.session.user_id

    def _guard(self, options: RequestOptions) -> None:
        session = self.context.session
        granted = session.granted_by if session else None
        check_user_id(
            options.path,
            url_user_id=self.user_id,
            forbidden_user_id=granted.id if granted else None,
        )

    def _step(self, options: RequestOptions, token: str) -> Step:
        return Step(options, token, self._auth)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(environment={self.context.environment.name!r}, "
            f"user_id={self.user_id})"
        )


class BunqClient(_ClientCore):
    def __init__(
        self,
        context: ApiContext,
        *,
        http_client: httpx.Client | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        http2: bool = False,
        headers: Mapping[str, str] | None = None,
        on_session_renewed: SessionHook | None = None,
        rate_limiter: RateLimiter | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        super().__init__(
            context, headers=headers, rate_limiter=rate_limiter, retry_policy=retry_policy
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=timeout, http2=http2)
        self._sessions = SyncSessionKeeper(context, self._open_session, on_session_renewed)
        self.monetary_accounts = MonetaryAccounts(self)
        self.oauth_clients = OAuthClients(self)
        self.users = Users(self)
        self.payments = _r.Payments(self)
        self.payment_batches = _r.PaymentBatches(self)
        self.draft_payments = _r.DraftPayments(self)
        self.request_inquiries = _r.RequestInquiries(self)
        self.request_responses = _r.RequestResponses(self)
        self.confirmation_of_funds = _r.ConfirmationOfFunds(self)
        self.notification_filters = _r.NotificationFilters(self)
        self.events = _r.Events(self)
        self.cards = _r.Cards(self)
        self.payment_service_provider_draft_payments = _r.PaymentServiceProviderDraftPayments(self)
        self.operations = _r.Operations(self)

    def _open_session(self) -> Any:
        # bunq allows one session-server call per 30 s: renewals wait their turn here rather
        # than collect a 429 (and a 429 anyway holds the next renewal back a whole window).
        wait = self.rate_limiter.reserve_session(self._session_scope)
        if wait > 0:
            time.sleep(wait)
        try:
            return run_sync(
                self.context.session_flow(),
                self._http,
                self.context.environment.api_base,
                self._headers,
            )
        except RateLimitError:
            self.rate_limiter.penalize_session(self._session_scope)
            raise

    def request(self, options: RequestOptions) -> APIResponse:
        """Send one logical call: rate-limited, retried, renewing the session once if needed."""
        flow = self._flow(options)
        api_base = self.context.environment.api_base
        token: str | None = None
        result: Any = None
        failure: BunqConnectError | None = None
        while True:
            try:
                command = flow.throw(failure) if failure is not None else flow.send(result)
            except StopIteration as stop:
                response: APIResponse = stop.value
                return response
            result, failure = None, None
            try:
                if isinstance(command, Sleep):
                    time.sleep(command.seconds)
                elif isinstance(command, Send):
                    token = self._sessions.token()
                    result = send_sync(
                        self._http, self._step(command.options, token), api_base, self._headers
                    )
                    self._sessions.note_activity()
                elif isinstance(command, Renew):
                    self._sessions.renew(seen_token=token)
            except BunqConnectError as error:
                failure = error

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncBunqClient(_ClientCore):
    def __init__(
        self,
        context: ApiContext,
        *,
        http_client: httpx.AsyncClient | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        http2: bool = False,
        headers: Mapping[str, str] | None = None,
        on_session_renewed: AsyncSessionHook | None = None,
        rate_limiter: RateLimiter | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        super().__init__(
            context, headers=headers, rate_limiter=rate_limiter, retry_policy=retry_policy
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=timeout, http2=http2)
        self._sessions = AsyncSessionKeeper(context, self._open_session, on_session_renewed)
        self.monetary_accounts = AsyncMonetaryAccounts(self)
        self.oauth_clients = AsyncOAuthClients(self)
        self.users = AsyncUsers(self)
        self.payments = _r.AsyncPayments(self)
        self.payment_batches = _r.AsyncPaymentBatches(self)
        self.draft_payments = _r.AsyncDraftPayments(self)
        self.request_inquiries = _r.AsyncRequestInquiries(self)
        self.request_responses = _r.AsyncRequestResponses(self)
        self.confirmation_of_funds = _r.AsyncConfirmationOfFunds(self)
        self.notification_filters = _r.AsyncNotificationFilters(self)
        self.events = _r.AsyncEvents(self)
        self.cards = _r.AsyncCards(self)
        self.payment_service_provider_draft_payments = _r.AsyncPaymentServiceProviderDraftPayments(
            self
        )
        self.operations = _r.AsyncOperations(self)

    async def _open_session(self) -> Any:
        wait = self.rate_limiter.reserve_session(self._session_scope)
        if wait > 0:
            await anyio.sleep(wait)
        try:
            return await run_async(
                self.context.session_flow(),
                self._http,
                self.context.environment.api_base,
                self._headers,
            )
        except RateLimitError:
            self.rate_limiter.penalize_session(self._session_scope)
            raise

    async def request(self, options: RequestOptions) -> APIResponse:
        """Send one logical call: rate-limited, retried, renewing the session once if needed."""
        flow = self._flow(options)
        api_base = self.context.environment.api_base
        token: str | None = None
        result: Any = None
        failure: BunqConnectError | None = None
        while True:
            try:
                command = flow.throw(failure) if failure is not None else flow.send(result)
            except StopIteration as stop:
                response: APIResponse = stop.value
                return response
            result, failure = None, None
            try:
                if isinstance(command, Sleep):
                    await anyio.sleep(command.seconds)
                elif isinstance(command, Send):
                    token = await self._sessions.token()
                    result = await send_async(
                        self._http, self._step(command.options, token), api_base, self._headers
                    )
                    self._sessions.note_activity()
                elif isinstance(command, Renew):
                    await self._sessions.renew(seen_token=token)
            except BunqConnectError as error:
                failure = error

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
