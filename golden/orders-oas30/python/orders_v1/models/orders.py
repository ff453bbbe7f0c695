"""Data types of the API used by its `orders` operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .. import _model
from .._runtime import UNSET, Unset

__all__ = [
    "Address",
    "Error",
    "ListOrdersStatus",
    "NewOrder",
    "NewOrderCurrency",
    "Order",
    "OrderItem",
    "OrderList",
    "OrderStatus",
    "OrderUpdate",
]


class Address(_model.Model):
    """Address"""

    city: str
    country: str
    line1: str
    line2: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    _wire_names: ClassVar[dict[str, str]] = {"postal_code": "postalCode"}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Address:
        """Build Address from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.city = rest.pop("city")
        self.country = rest.pop("country")
        self.line1 = rest.pop("line1")
        self.line2 = rest.pop("line2", UNSET)
        self.postal_code = rest.pop("postalCode", UNSET)
        self.additional_properties = rest or {}
        return self


class Error(_model.Model):
    """Error"""

    message: str
    code: str | Unset = UNSET

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Error:
        """Build Error from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.message = rest.pop("message")
        self.code = rest.pop("code", UNSET)
        self.additional_properties = rest or {}
        return self


class NewOrder(_model.Model):
    """NewOrder"""

    customer_id: str
    items: list[OrderItem]
    currency: NewOrderCurrency | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    _wire_names: ClassVar[dict[str, str]] = {
        "customer_id": "customerId",
        "shipping_address": "shippingAddress",
    }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NewOrder:
        """Build NewOrder from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.customer_id = rest.pop("customerId")
        self.items = [OrderItem.from_dict(item) for item in rest.pop("items")]
        self.currency = _model.optional(rest, "currency", NewOrderCurrency)
        self.shipping_address = _model.optional(
            rest, "shippingAddress", Address.from_dict
        )
        self.additional_properties = rest or {}
        return self


class NewOrderCurrency(_model.OpenStrEnum):
    """The `NewOrder currency` type of the API."""

    USD = "USD"
    EUR = "EUR"
    GBP = "GBP"


class Order(_model.Model):
    """Order"""

    created_at: int
    """Seconds since the Unix epoch."""
    customer_id: str
    items: list[OrderItem]
    order_id: str
    status: OrderStatus
    currency: str | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    total: float | Unset = UNSET
    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "createdAt",
        "customer_id": "customerId",
        "order_id": "orderId",
        "shipping_address": "shippingAddress",
    }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Order:
        """Build Order from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.created_at = rest.pop("createdAt")
        self.customer_id = rest.pop("customerId")
        self.items = [OrderItem.from_dict(item) for item in rest.pop("items")]
        self.order_id = rest.pop("orderId")
        self.status = OrderStatus(rest.pop("status"))
        self.currency = rest.pop("currency", UNSET)
        self.shipping_address = _model.optional(
            rest, "shippingAddress", Address.from_dict
        )
        self.total = _model.optional(rest, "total", float)
        self.additional_properties = rest or {}
        return self


class OrderItem(_model.Model):
    """OrderItem"""

    quantity: int
    sku: str
    unit_price: float | Unset = UNSET
    _wire_names: ClassVar[dict[str, str]] = {"unit_price": "unitPrice"}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OrderItem:
        """Build OrderItem from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.quantity = rest.pop("quantity")
        self.sku = rest.pop("sku")
        self.unit_price = _model.optional(rest, "unitPrice", float)
        self.additional_properties = rest or {}
        return self


class OrderList(_model.Model):
    """OrderList"""

    orders: list[Order]
    next_token: str | Unset = UNSET
    _wire_names: ClassVar[dict[str, str]] = {"next_token": "nextToken"}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OrderList:
        """Build OrderList from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.orders = [Order.from_dict(item) for item in rest.pop("orders")]
        self.next_token = rest.pop("nextToken", UNSET)
        self.additional_properties = rest or {}
        return self


class OrderStatus(_model.OpenStrEnum):
    """OrderStatus"""

    PENDING = "PENDING"
    PAID = "PAID"
    SHIPPED = "SHIPPED"
    CANCELLED = "CANCELLED"


class OrderUpdate(_model.Model):
    """OrderUpdate"""

    shipping_address: Address | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    _wire_names: ClassVar[dict[str, str]] = {"shipping_address": "shippingAddress"}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OrderUpdate:
        """Build OrderUpdate from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.shipping_address = _model.optional(
            rest, "shippingAddress", Address.from_dict
        )
        self.status = _model.optional(rest, "status", OrderStatus)
        self.additional_properties = rest or {}
        return self


class ListOrdersStatus(_model.OpenStrEnum):
    """The `listOrders status` type of the API."""

    PENDING = "PENDING"
    PAID = "PAID"
    SHIPPED = "SHIPPED"
    CANCELLED = "CANCELLED"
