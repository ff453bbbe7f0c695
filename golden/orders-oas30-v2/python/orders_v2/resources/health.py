"""Operations of the `health` group, reached as `client.health`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from .. import _raw, _send
from .. import _runtime as _rt
from .._runtime import UNSET, Unset

__all__ = [
    "AsyncHealthResource",
    "AsyncHealthResourceWithRawResponse",
    "HealthResource",
    "HealthResourceWithRawResponse",
]


def _get_health_result(response: httpx.Response) -> None:
    status = response.status_code
    try:
        if status == 200:
            return
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    _rt.raise_error(response)


class HealthResource:
    """Operations of the `health` group."""

    def __init__(self, client: _send.SyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> HealthResourceWithRawResponse:
        """The same operations, returning RawResponse (status, headers, body, parsed
        value)."""
        return HealthResourceWithRawResponse(self)

    def get_health(
        self,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> None:
        """Health check"""
        response = self._client.request(
            "GET",
            "/health",
            operation="get_health",
            security=(),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _get_health_result(response)


class HealthResourceWithRawResponse:
    """`HealthResource` operations that return RawResponse."""

    def __init__(self, resource: HealthResource) -> None:
        self.get_health = _raw.raw(resource.get_health)


class AsyncHealthResource:
    """Operations of the `health` group, for asyncio."""

    def __init__(self, client: _send.AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncHealthResourceWithRawResponse:
        """The same operations, returning RawResponse (status, headers, body, parsed
        value)."""
        return AsyncHealthResourceWithRawResponse(self)

    async def get_health(
        self,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> None:
        """Health check"""
        response = await self._client.request(
            "GET",
            "/health",
            operation="get_health",
            security=(),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _get_health_result(response)


class AsyncHealthResourceWithRawResponse:
    """`AsyncHealthResource` operations that return RawResponse."""

    def __init__(self, resource: AsyncHealthResource) -> None:
        self.get_health = _raw.raw_async(resource.get_health)
