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
        self.customer_id = data["customerId"]
        self.items = [OrderItem.from_dict(item) for item in data["items"]]
        self.currency = _model.optional(data, "currency", NewOrderCurrency)
        self.shipping_address = _model.optional(
            data, "shippingAddress", Address.from_dict
        )
        present = (
            2 + (self.currency is not UNSET) + (self.shipping_address is not UNSET)
        )
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
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
        self.created_at = data["createdAt"]
        self.customer_id = data["customerId"]
        self.items = [OrderItem.from_dict(item) for item in data["items"]]
        self.order_id = data["orderId"]
        self.status = OrderStatus(data["status"])
        self.currency = data.get("currency", UNSET)
        self.shipping_address = _model.optional(
            data, "shippingAddress", Address.from_dict
        )
        self.total = _model.optional(data, "total", float)
        present = (
            5
            + (self.currency is not UNSET)
            + (self.shipping_address is not UNSET)
            + (self.total is not UNSET)
        )
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
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
        self.shipping_address = _model.optional(
            data, "shippingAddress", Address.from_dict
        )
        self.status = _model.optional(data, "status", OrderStatus)
        present = 0 + (self.shipping_address is not UNSET) + (self.status is not UNSET)
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
        return self
