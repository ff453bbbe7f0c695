"""Operations of the `store` group, reached as `client.store`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, cast

import httpx

from .. import _raw, _send
from .. import _runtime as _rt
from .._runtime import UNSET, Unset

if TYPE_CHECKING:
    from .. import models as _m
    from ..models.store import Order, PlaceOrderRequest
else:
    _m = _rt.LazyModule(__package__.rpartition(".")[0] + ".models")

__all__ = [
    "AsyncStoreResource",
    "AsyncStoreResourceWithRawResponse",
    "StoreResource",
    "StoreResourceWithRawResponse",
]


def _echo_note_result(response: httpx.Response) -> str:
    status = response.status_code
    try:
        if status == 200:
            return response.text
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    _rt.raise_error(response)


def _get_inventory_result(response: httpx.Response) -> dict[str, int]:
    status = response.status_code
    try:
        if status == 200:
            value = _rt.json_of(response)
            return cast("dict[str, int]", value)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    _rt.raise_error(response)


def _place_order_result(response: httpx.Response) -> Order:
    status = response.status_code
    try:
        if status == 200:
            value = _rt.json_of(response)
            return _m.Order.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    if 500 <= status < 600:
        from .. import errors

        raise _rt.typed_error(
            errors.PlaceOrderServerError,
            response,
            lambda value: _m.Error.from_dict(value),
        )
    _rt.raise_error(response)


class StoreResource:
    """Operations of the `store` group."""

    def __init__(self, client: _send.SyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> StoreResourceWithRawResponse:
        """The same operations, returning RawResponse (status, headers, body, parsed
        value)."""
        return StoreResourceWithRawResponse(self)

    def echo_note(
        self,
        *,
        body: str,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> str:
        """Echo a note as plain text"""
        response = self._client.request(
            "POST",
            "/store/notes",
            operation="echo_note",
            security=(),
            body=_rt.Body(
                "text",
                body,
                "text/plain",
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _echo_note_result(response)

    def get_inventory(
        self,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> dict[str, int]:
        """Count pets by status"""
        response = self._client.request(
            "GET",
            "/store/inventory",
            operation="get_inventory",
            security=(),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _get_inventory_result(response)

    def place_order(
        self,
        *,
        body: PlaceOrderRequest,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Order:
        """Order a pet"""
        response = self._client.request(
            "POST",
            "/store/orders",
            operation="place_order",
            security=(),
            body=_rt.Body(
                "form",
                body.to_dict(),
                "application/x-www-form-urlencoded",
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _place_order_result(response)


class StoreResourceWithRawResponse:
    """`StoreResource` operations that return RawResponse."""

    def __init__(self, resource: StoreResource) -> None:
        self.echo_note = _raw.raw(resource.echo_note)
        self.get_inventory = _raw.raw(resource.get_inventory)
        self.place_order = _raw.raw(resource.place_order)


class AsyncStoreResource:
    """Operations of the `store` group, for asyncio."""

    def __init__(self, client: _send.AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncStoreResourceWithRawResponse:
        """The same operations, returning RawResponse (status, headers, body, parsed
        value)."""
        return AsyncStoreResourceWithRawResponse(self)

    async def echo_note(
        self,
        *,
        body: str,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> str:
        """Echo a note as plain text"""
        response = await self._client.request(
            "POST",
            "/store/notes",
            operation="echo_note",
            security=(),
            body=_rt.Body(
                "text",
                body,
                "text/plain",
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _echo_note_result(response)

    async def get_inventory(
        self,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> dict[str, int]:
        """Count pets by status"""
        response = await self._client.request(
            "GET",
            "/store/inventory",
            operation="get_inventory",
            security=(),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _get_inventory_result(response)

    async def place_order(
        self,
        *,
        body: PlaceOrderRequest,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Order:
        """Order a pet"""
        response = await self._client.request(
            "POST",
            "/store/orders",
            operation="place_order",
            security=(),
            body=_rt.Body(
                "form",
                body.to_dict(),
                "application/x-www-form-urlencoded",
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _place_order_result(response)


class AsyncStoreResourceWithRawResponse:
    """`AsyncStoreResource` operations that return RawResponse."""

    def __init__(self, resource: AsyncStoreResource) -> None:
        self.echo_note = _raw.raw_async(resource.echo_note)
        self.get_inventory = _raw.raw_async(resource.get_inventory)
        self.place_order = _raw.raw_async(resource.place_order)
