"""When a failed attempt is tried again, and after how long.

Copied verbatim into every generated package. Retries use exponential backoff with full jitter
and honour `Retry-After`. A request that may have reached the server is retried only when
repeating it is harmless: an idempotent method, or a caller-supplied idempotency key. Throttling
(429) and 408 mean the server did not act on the request, so those are retried for any method.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
NOT_ACTED_ON = frozenset({408, 429})  # the server refused before doing anything
TRANSIENT = frozenset({500, 502, 503, 504})
# Failures that happen before a request can have left this machine.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # here, not at the top: sync-only programs never import asyncio

    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries; `sleep`, `async_sleep` and `random` are replaceable for tests."""

    max_retries: int = 2
    backoff: float = 0.5  # upper bound of the first wait; doubles with each attempt
    max_wait: float = 20.0  # no single wait is longer, Retry-After included
    idempotency_header: str = "Idempotency-Key"
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(
        default=_asyncio_sleep, repr=False
    )
    random: Callable[[], float] = field(default=random.random, repr=False)

    def wait(self, attempt: int, response: httpx.Response | None) -> float:
        """Seconds to wait before attempt `attempt + 1` (attempts count from 0)."""
        if response is not None:
            told = retry_after(response)
            if told is not None:
                return min(max(told, 0.0), self.max_wait)
        return self.random() * min(self.max_wait, self.backoff * 2.0**attempt)


def can_repeat(request: httpx.Request, idempotency_header: str) -> bool:
    """Is sending this request twice harmless?"""
    return request.method in IDEMPOTENT_METHODS or idempotency_header in request.headers


def retry_response(
    request: httpx.Request, response: httpx.Response, header: str
) -> bool:
    status = response.status_code
    if status in NOT_ACTED_ON:
        return True
    return status in TRANSIENT and can_repeat(request, header)


def retry_error(
    request: httpx.Request, error: httpx.TransportError, header: str
) -> bool:
    if isinstance(error, NEVER_SENT):
        return True
    return can_repeat(request, header)


def retry_after(response: httpx.Response) -> float | None:
    """Retry-After as seconds, from either of its forms (delta-seconds or an HTTP date)."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when.timestamp() - time.time()
