"""Data types of the API used by its `orders` operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .. import _model
from .._runtime import UNSET, Unset
from .orders import Address, OrderItem, OrderStatus

__all__ = [
    "NewOrder",
    "NewOrderCurrency",
    "Order",
    "OrderUpdate",
]


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
