"""Raw responses: the parsed result together with the HTTP response it came from.

Copied verbatim into every generated package. `client.<group>.with_raw_response.<operation>(...)`
calls the same operation and returns `RawResponse[T]`: status, headers, body bytes, request id and
the parsed value. The client records the last response of a call in a context variable, so the
wrapper needs no second copy of each operation.
"""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable, Callable
from typing import Generic, ParamSpec, TypeVar

import httpx

from ._runtime import REQUEST_ID_HEADERS

P = ParamSpec("P")
T = TypeVar("T")

_capture: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar(
    "sdk_raw_capture", default=None
)


def record(response: httpx.Response) -> None:
    """Called by the client for every final response; kept only inside a raw call."""
    captured = _capture.get()
    if captured is not None:
        captured.append(response)


class RawResponse(Generic[T]):
    """An operation's parsed result with the response's status, headers and body."""

    def __init__(self, parsed: T, response: httpx.Response) -> None:
        self.parsed = parsed
        self.http_response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.content = response.content
        self.request_id = next(
            (response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None
        )

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, parsed={self.parsed!r})"


def raw(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """Wrap a sync operation so that it returns a RawResponse."""

    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        captured: list[httpx.Response] = []
        token = _capture.set(captured)
        try:
            parsed = method(*args, **kwargs)
        finally:
            _capture.reset(token)
        return RawResponse(parsed, captured[-1])

    return call


def raw_async(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """Wrap an async operation so that it returns a RawResponse."""

    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        captured: list[httpx.Response] = []
        token = _capture.set(captured)
        try:
            parsed = await method(*args, **kwargs)
        finally:
            _capture.reset(token)
        return RawResponse(parsed, captured[-1])

    return call
