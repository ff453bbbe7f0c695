"""Operations of the `health` group, reached as `client.health`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from .. import _runtime as _rt
from .._runtime import UNSET, Unset

__all__ = ["AsyncHealthResource", "HealthResource"]


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

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_health(
        self,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Health check"""
        response = self._client.request(
            "GET",
            "/health",
            operation="get_health",
            security=(),
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return _get_health_result(response)


class AsyncHealthResource:
    """Operations of the `health` group, for asyncio."""

    def __init__(self, client: _rt.AsyncClientBase) -> None:
        self._client = client

    async def get_health(
        self,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Health check"""
        response = await self._client.request(
            "GET",
            "/health",
            operation="get_health",
            security=(),
            timeout=timeout,
            extra_headers=extra_headers,
        )
        return _get_health_result(response)
