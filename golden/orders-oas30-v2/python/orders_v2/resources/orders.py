"""Operations of the `orders` group, reached as `client.orders`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from .. import _raw, _send
from .. import _runtime as _rt
from .._runtime import UNSET, Unset

if TYPE_CHECKING:
    from .. import models as _m
    from ..models.orders import ListOrdersStatus, OrderItem
    from ..models.orders_2 import NewOrder, Order, OrderUpdate
    from ..models.orders_3 import OrderList
else:
    _m = _rt.LazyModule(__package__.rpartition(".")[0] + ".models")

__all__ = [
    "AsyncOrdersResource",
    "AsyncOrdersResourceWithRawResponse",
    "OrdersResource",
    "OrdersResourceWithRawResponse",
]


def _create_order_result(response: httpx.Response) -> Order:
    status = response.status_code
    try:
        if status == 201:
            value = _rt.json_of(response)
            return _m.Order.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    if status == 400:
        from .. import errors

        raise _rt.typed_error(
            errors.CreateOrderBadRequestError,
            response,
            lambda value: _m.Error.from_dict(value),
        )
    _rt.raise_error(response)


def _get_order_result(response: httpx.Response) -> Order:
    status = response.status_code
    try:
        if status == 200:
            value = _rt.json_of(response)
            return _m.Order.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    if status == 404:
        from .. import errors

        raise _rt.typed_error(
            errors.GetOrderNotFoundError,
            response,
            lambda value: _m.Error.from_dict(value),
        )
    _rt.raise_error(response)


def _list_order_items_result(response: httpx.Response) -> list[OrderItem]:
    status = response.status_code
    try:
        if status == 200:
            value = _rt.json_of(response)
            return [_m.OrderItem.from_dict(item) for item in value]
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    if status == 404:
        from .. import errors

        raise _rt.typed_error(
            errors.ListOrderItemsNotFoundError,
            response,
            lambda value: _m.Error.from_dict(value),
        )
    _rt.raise_error(response)


def _list_orders_result(response: httpx.Response) -> OrderList:
    status = response.status_code
    try:
        if status == 200:
            value = _rt.json_of(response)
            return _m.OrderList.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    if status == 400:
        from .. import errors

        raise _rt.typed_error(
            errors.ListOrdersBadRequestError,
            response,
            lambda value: _m.Error.from_dict(value),
        )
    _rt.raise_error(response)


def _ship_order_result(response: httpx.Response) -> Order:
    status = response.status_code
    try:
        if status == 200:
            value = _rt.json_of(response)
            return _m.Order.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    if status == 404:
        from .. import errors

        raise _rt.typed_error(
            errors.ShipOrderNotFoundError,
            response,
            lambda value: _m.Error.from_dict(value),
        )
    if status == 409:
        from .. import errors

        raise _rt.typed_error(
            errors.ShipOrderConflictError,
            response,
            lambda value: _m.Error.from_dict(value),
        )
    _rt.raise_error(response)


def _update_order_result(response: httpx.Response) -> Order:
    status = response.status_code
    try:
        if status == 200:
            value = _rt.json_of(response)
            return _m.Order.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    if status == 400:
        from .. import errors

        raise _rt.typed_error(
            errors.UpdateOrderBadRequestError,
            response,
            lambda value: _m.Error.from_dict(value),
        )
    if status == 404:
        from .. import errors

        raise _rt.typed_error(
            errors.UpdateOrderNotFoundError,
            response,
            lambda value: _m.Error.from_dict(value),
        )
    _rt.raise_error(response)


class OrdersResource:
    """Operations of the `orders` group."""

    def __init__(self, client: _send.SyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrdersResourceWithRawResponse:
        """The same operations, returning RawResponse (status, headers, body, parsed
        value)."""
        return OrdersResourceWithRawResponse(self)

    def create_order(
        self,
        *,
        body: NewOrder,
        idempotency_key: str | Unset = UNSET,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Order:
        """Create an order"""
        response = self._client.request(
            "POST",
            "/orders",
            operation="create_order",
            security=(("OrdersUserPool",),),
            headers=(("Idempotency-Key", idempotency_key),),
            body=_rt.Body(
                "json",
                body.to_dict(),
                "application/json",
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _create_order_result(response)

    def get_order(
        self,
        order_id: str,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Order:
        """Get one order"""
        response = self._client.request(
            "GET",
            "/orders/{0}",
            operation="get_order",
            security=(("api_key",),),
            path_params=(_rt.path_value(order_id, "simple", False),),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _get_order_result(response)

    def list_order_items(
        self,
        order_id: str,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> list[OrderItem]:
        """List the items of an order"""
        response = self._client.request(
            "GET",
            "/orders/{0}/items",
            operation="list_order_items",
            security=(
                ("sigv4",),
                ("OrdersUserPool",),
            ),
            path_params=(_rt.path_value(order_id, "simple", False),),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _list_order_items_result(response)

    def list_orders(
        self,
        *,
        limit: str | Unset = UNSET,
        next_token: str | Unset = UNSET,
        status: ListOrdersStatus | Unset = UNSET,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> OrderList:
        """List orders

        Args:
            limit: Page size, 1-100 (sent as a string)."""
        response = self._client.request(
            "GET",
            "/orders",
            operation="list_orders",
            security=(("sigv4",),),
            query=(
                ("limit", limit, "form", True),
                ("nextToken", next_token, "form", True),
                ("status", status, "form", True),
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _list_orders_result(response)

    def ship_order(
        self,
        order_id: str,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Order:
        """Mark an order as shipped"""
        response = self._client.request(
            "POST",
            "/orders/{0}/ship",
            operation="ship_order",
            security=(("sigv4",),),
            path_params=(_rt.path_value(order_id, "simple", False),),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _ship_order_result(response)

    def update_order(
        self,
        order_id: str,
        *,
        body: OrderUpdate,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Order:
        """Update an order"""
        response = self._client.request(
            "PUT",
            "/orders/{0}",
            operation="update_order",
            security=(("PartnerTokenAuthorizer",),),
            path_params=(_rt.path_value(order_id, "simple", False),),
            body=_rt.Body(
                "json",
                body.to_dict(),
                "application/json",
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _update_order_result(response)


class OrdersResourceWithRawResponse:
    """`OrdersResource` operations that return RawResponse."""

    def __init__(self, resource: OrdersResource) -> None:
        self.create_order = _raw.raw(resource.create_order)
        self.get_order = _raw.raw(resource.get_order)
        self.list_order_items = _raw.raw(resource.list_order_items)
        self.list_orders = _raw.raw(resource.list_orders)
        self.ship_order = _raw.raw(resource.ship_order)
        self.update_order = _raw.raw(resource.update_order)


class AsyncOrdersResource:
    """Operations of the `orders` group, for asyncio."""

    def __init__(self, client: _send.AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrdersResourceWithRawResponse:
        """The same operations, returning RawResponse (status, headers, body, parsed
        value)."""
        return AsyncOrdersResourceWithRawResponse(self)

    async def create_order(
        self,
        *,
        body: NewOrder,
        idempotency_key: str | Unset = UNSET,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
    ) -> Order:
        """Create an order"""
        response = await self._client.request(
            "POST",
            "/orders",
            operation="create_order",
            security=(("OrdersUserPool",),),
            headers=(("Idempotency-Key", idempotency_key),),
            body=_rt.Body(
                "json",
                body.to_dict(),
                "application/json",
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
        return _create_order_result(response)

    async def get_order(
        self,
        order_id: str,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Order:
        """Get one order"""
        response = await self._client.request(
            "GET",
            "/orders/{0}",
            operation="get_order",
            security=(("api_key",),),
            path_params=(_rt.path_value(order_id, "simple", False),),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _get_order_result(response)

    async def list_order_items(
        self,
        order_id: str,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> list[OrderItem]:
        """List the items of an order"""
        response = await self._client.request(
            "GET",
            "/orders/{0}/items",
            operation="list_order_items",
            security=(
                ("sigv4",),
                ("OrdersUserPool",),
            ),
            path_params=(_rt.path_value(order_id, "simple", False),),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _list_order_items_result(response)

    async def list_orders(
        self,
        *,
        limit: str | Unset = UNSET,
        next_token: str | Unset = UNSET,
        status: ListOrdersStatus | Unset = UNSET,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> OrderList:
        """List orders

        Args:
            limit: Page size, 1-100 (sent as a string)."""
        response = await self._client.request(
            "GET",
            "/orders",
            operation="list_orders",
            security=(("sigv4",),),
            query=(
                ("limit", limit, "form", True),
                ("nextToken", next_token, "form", True),
                ("status", status, "form", True),
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _list_orders_result(response)

    async def ship_order(
        self,
        order_id: str,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Order:
        """Mark an order as shipped"""
        response = await self._client.request(
            "POST",
            "/orders/{0}/ship",
            operation="ship_order",
            security=(("sigv4",),),
            path_params=(_rt.path_value(order_id, "simple", False),),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _ship_order_result(response)

    async def update_order(
        self,
        order_id: str,
        *,
        body: OrderUpdate,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Order:
        """Update an order"""
        response = await self._client.request(
            "PUT",
            "/orders/{0}",
            operation="update_order",
            security=(("PartnerTokenAuthorizer",),),
            path_params=(_rt.path_value(order_id, "simple", False),),
            body=_rt.Body(
                "json",
                body.to_dict(),
                "application/json",
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _update_order_result(response)


class AsyncOrdersResourceWithRawResponse:
    """`AsyncOrdersResource` operations that return RawResponse."""

    def __init__(self, resource: AsyncOrdersResource) -> None:
        self.create_order = _raw.raw_async(resource.create_order)
        self.get_order = _raw.raw_async(resource.get_order)
        self.list_order_items = _raw.raw_async(resource.list_order_items)
        self.list_orders = _raw.raw_async(resource.list_orders)
        self.ship_order = _raw.raw_async(resource.ship_order)
        self.update_order = _raw.raw_async(resource.update_order)
