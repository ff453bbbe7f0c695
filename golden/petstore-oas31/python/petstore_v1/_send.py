"""Sending an operation's request: credentials, retries, deadlines, logging, raw capture.

Copied verbatim into every generated package; the generated Client and AsyncClient derive from
these two classes. Each attempt is built and signed afresh (a retried SigV4 request carries a new
date) and keeps the same idempotency key.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import httpx

from ._log import log_attempt, log_retry
from ._raw import record
from ._retry import RetryPolicy, retry_error, retry_response
from ._runtime import (
    REQUEST_ID_HEADERS,
    UNSET,
    RequestBuilder,
    RequestTimeoutError,
    Timeout,
    Unset,
    total_of,
    wrap_transport_error,
)
from ._transport import async_client, sync_client

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._auth import Auth, AuthSet

EventHooks = Mapping[str, Sequence[Callable[..., Any]]]


class _Call:
    """The parts of one operation call that every attempt shares."""

    def __init__(
        self,
        client: _ClientCore,
        method: str,
        path: str,
        operation: str,
        security: Sequence[Sequence[str]],
        max_retries: int | Unset,
        idempotency_key: str | Unset,
        options: dict[str, Any],
    ) -> None:
        policy = client._retry
        self.policy = policy
        auth = client._auth
        self.auths: list[Auth] = auth.choose(operation, security) if auth else []
        self.retries = (
            policy.max_retries if isinstance(max_retries, Unset) else max_retries
        )
        extra = dict(options.pop("extra_headers", None) or {})
        if not isinstance(idempotency_key, Unset):
            extra[policy.idempotency_header] = idempotency_key
        timeout = options.get("timeout", UNSET)
        total = total_of(client._timeout if isinstance(timeout, Unset) else timeout)
        self.deadline = time.monotonic() + total if total is not None else None
        self._builder = client._builder
        self._request = (method, path, extra, options)
        self.secret_names = auth.secret_names() if auth else []

    def build(self) -> httpx.Request:
        """A fresh request for each attempt (so each is signed anew)."""
        method, path, extra, options = self._request
        return self._builder.build(method, path, extra_headers=extra, **options)

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()

    def check_deadline(self, request: httpx.Request) -> None:
        """Fail once the total timeout is spent; otherwise keep each phase within what is left."""
        left = self.remaining()
        if left is None:
            return
        if left <= 0:
            raise RequestTimeoutError("the call's total timeout ran out")
        limits = request.extensions.get("timeout") or {}
        request.extensions["timeout"] = {
            phase: left if limit is None else min(limit, left)
            for phase, limit in limits.items()
        } or {"connect": left, "read": left, "write": left, "pool": left}

    def retry_wait(
        self, attempt: int, request: httpx.Request, response: httpx.Response | None
    ) -> float | None:
        """Seconds to wait before trying again, or None when this attempt is the last."""
        if attempt >= self.retries:
            return None
        wait = self.policy.wait(attempt, response)
        left = self.remaining()
        if left is not None and wait >= left:
            return None
        reason = (
            str(response.status_code) if response is not None else "a transport error"
        )
        log_retry(request, wait, attempt, reason)
        return wait

    def should_retry(
        self,
        request: httpx.Request,
        response: httpx.Response | None,
        error: httpx.TransportError | None,
    ) -> bool:
        header = self.policy.idempotency_header
        if error is not None:
            return retry_error(request, error, header)
        assert response is not None
        return retry_response(request, response, header)

    def log(
        self,
        request: httpx.Request,
        response: httpx.Response | None,
        attempt: int,
        started: float,
        error: BaseException | None = None,
    ) -> None:
        request_id = None
        if response is not None:
            request_id = next(
                (
                    response.headers[h]
                    for h in REQUEST_ID_HEADERS
                    if h in response.headers
                ),
                None,
            )
        log_attempt(
            request,
            response,
            attempt=attempt,
            elapsed=time.perf_counter() - started,
            secret_names=self.secret_names,
            request_id=request_id,
            error=error,
        )


class _ClientCore:
    """Configuration shared by the sync and async clients."""

    def __init__(
        self,
        *,
        base_url: str,
        timeout: Timeout,
        headers: Mapping[str, str] | None,
        auth: AuthSet | None,
        retry: RetryPolicy | None,
        max_retries: int | None,
    ) -> None:
        self._builder = RequestBuilder(base_url, headers or {}, timeout)
        self._timeout = timeout
        self._auth = auth
        policy = retry or RetryPolicy()
        self._retry = (
            policy if max_retries is None else replace(policy, max_retries=max_retries)
        )

    @property
    def base_url(self) -> str:
        return self._builder.base_url


class SyncClient(_ClientCore):
    """Owns (or borrows) an httpx.Client and sends operation requests through it."""

    def __init__(
        self,
        *,
        base_url: str,
        timeout: Timeout = 30.0,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        auth: AuthSet | None = None,
        retry: RetryPolicy | None = None,
        max_retries: int | None = None,
        event_hooks: EventHooks | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            headers=headers,
            auth=auth,
            retry=retry,
            max_retries=max_retries,
        )
        self._owns_http = http_client is None
        hooks = {
            name: list(functions) for name, functions in (event_hooks or {}).items()
        }
        self._http = http_client or sync_client(hooks)

    def request(
        self,
        method: str,
        path: str,
        *,
        operation: str = "",
        security: Sequence[Sequence[str]] = (),
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        **options: Any,
    ) -> httpx.Response:
        """Send one operation's request, retrying what may be retried."""
        call = _Call(
            self,
            method,
            path,
            operation,
            security,
            max_retries,
            idempotency_key,
            options,
        )
        attempt = 0
        while True:
            request = call.build()
            call.check_deadline(request)
            for auth in call.auths:
                auth.apply(request)
            started = time.perf_counter()
            try:
                response = self._http.send(request)
            except httpx.TransportError as error:
                call.log(request, None, attempt, started, error)
                wait = None
                if call.should_retry(request, None, error):
                    wait = call.retry_wait(attempt, request, None)
                if wait is None:
                    raise wrap_transport_error(error) from error
            else:
                call.log(request, response, attempt, started)
                wait = None
                if call.should_retry(request, response, None):
                    wait = call.retry_wait(attempt, request, response)
                if wait is None:
                    record(response)
                    return response
                response.close()
            call.policy.sleep(wait)
            attempt += 1

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


class AsyncClientBase(_ClientCore):
    """The asyncio twin of SyncClient."""

    def __init__(
        self,
        *,
        base_url: str,
        timeout: Timeout = 30.0,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        auth: AuthSet | None = None,
        retry: RetryPolicy | None = None,
        max_retries: int | None = None,
        event_hooks: EventHooks | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            headers=headers,
            auth=auth,
            retry=retry,
            max_retries=max_retries,
        )
        self._owns_http = http_client is None
        hooks = {
            name: list(functions) for name, functions in (event_hooks or {}).items()
        }
        self._http = http_client or async_client(hooks)

    async def request(
        self,
        method: str,
        path: str,
        *,
        operation: str = "",
        security: Sequence[Sequence[str]] = (),
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
        **options: Any,
    ) -> httpx.Response:
        """Send one operation's request, retrying what may be retried."""
        call = _Call(
            self,
            method,
            path,
            operation,
            security,
            max_retries,
            idempotency_key,
            options,
        )
        attempt = 0
        while True:
            request = call.build()
            call.check_deadline(request)
            for auth in call.auths:
                await auth.apply_async(request)
            started = time.perf_counter()
            try:
                response = await self._send(request, call.remaining())
            except httpx.TransportError as error:
                call.log(request, None, attempt, started, error)
                wait = None
                if call.should_retry(request, None, error):
                    wait = call.retry_wait(attempt, request, None)
                if wait is None:
                    raise wrap_transport_error(error) from error
            else:
                call.log(request, response, attempt, started)
                wait = None
                if call.should_retry(request, response, None):
                    wait = call.retry_wait(attempt, request, response)
                if wait is None:
                    record(response)
                    return response
                await response.aclose()
            await call.policy.async_sleep(wait)
            attempt += 1

    async def _send(self, request: httpx.Request, left: float | None) -> httpx.Response:
        if left is None:
            return await self._http.send(request)
        import asyncio  # here, not at the top: sync-only programs never import asyncio

        try:
            return await asyncio.wait_for(self._http.send(request), left)
        except asyncio.TimeoutError:
            raise RequestTimeoutError("the call's total timeout ran out") from None

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"
