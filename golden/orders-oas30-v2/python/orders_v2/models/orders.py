"""Data types of the API used by its `orders` operations."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from .. import _runtime as _rt
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


@dataclass(kw_only=True)
class Address:
    """Address"""

    city: str
    country: str
    line1: str
    line2: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Address:
        """Build Address from the API's JSON."""
        return cls(
            city=data["city"],
            country=data["country"],
            line1=data["line1"],
            line2=data.get("line2", UNSET),
            postal_code=data.get("postalCode", UNSET),
            additional_properties={
                key: value for key, value in data.items() if key not in _ADDRESS_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["city"] = self.city
        data["country"] = self.country
        data["line1"] = self.line1
        if not isinstance(self.line2, Unset):
            data["line2"] = self.line2
        if not isinstance(self.postal_code, Unset):
            data["postalCode"] = self.postal_code
        return data


_ADDRESS_FIELDS: frozenset[str] = frozenset(
    (
        "city",
        "country",
        "line1",
        "line2",
        "postalCode",
    )
)


@dataclass(kw_only=True)
class Error:
    """Error"""

    message: str
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Error:
        """Build Error from the API's JSON."""
        return cls(
            message=data["message"],
            code=data.get("code", UNSET),
            additional_properties={
                key: value for key, value in data.items() if key not in _ERROR_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["message"] = self.message
        if not isinstance(self.code, Unset):
            data["code"] = self.code
        return data


_ERROR_FIELDS: frozenset[str] = frozenset(
    (
        "message",
        "code",
    )
)


@dataclass(kw_only=True)
class NewOrder:
    """NewOrder"""

    customer_id: str
    items: list[OrderItem]
    currency: NewOrderCurrency | Unset = UNSET
    gift_message: str | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NewOrder:
        """Build NewOrder from the API's JSON."""
        return cls(
            customer_id=data["customerId"],
            items=[OrderItem.from_dict(item) for item in data["items"]],
            currency=(
                NewOrderCurrency(data["currency"]) if "currency" in data else UNSET
            ),
            gift_message=data.get("giftMessage", UNSET),
            shipping_address=(
                Address.from_dict(data["shippingAddress"])
                if "shippingAddress" in data
                else UNSET
            ),
            additional_properties={
                key: value
                for key, value in data.items()
                if key not in _NEW_ORDER_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["customerId"] = self.customer_id
        data["items"] = [item.to_dict() for item in self.items]
        if not isinstance(self.currency, Unset):
            data["currency"] = self.currency.value
        if not isinstance(self.gift_message, Unset):
            data["giftMessage"] = self.gift_message
        if not isinstance(self.shipping_address, Unset):
            data["shippingAddress"] = self.shipping_address.to_dict()
        return data


_NEW_ORDER_FIELDS: frozenset[str] = frozenset(
    (
        "customerId",
        "items",
        "currency",
        "giftMessage",
        "shippingAddress",
    )
)


class NewOrderCurrency(str, Enum):
    """The `NewOrder currency` type of the API."""

    USD = "USD"
    EUR = "EUR"
    GBP = "GBP"

    @classmethod
    def _missing_(cls, value: object) -> NewOrderCurrency:
        return _rt.unknown_enum_member(cls, value)


@dataclass(kw_only=True)
class Order:
    """Order"""

    created_at: datetime.datetime
    """RFC 3339 timestamp."""
    customer_id: str
    items: list[OrderItem]
    order_id: str
    status: OrderStatus
    currency: str | Unset = UNSET
    shipping_address: Address | Unset = UNSET
    total: float | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Order:
        """Build Order from the API's JSON."""
        return cls(
            created_at=_rt.parse_datetime(data["createdAt"]),
            customer_id=data["customerId"],
            items=[OrderItem.from_dict(item) for item in data["items"]],
            order_id=data["orderId"],
            status=OrderStatus(data["status"]),
            currency=data.get("currency", UNSET),
            shipping_address=(
                Address.from_dict(data["shippingAddress"])
                if "shippingAddress" in data
                else UNSET
            ),
            total=(float(data["total"]) if "total" in data else UNSET),
            additional_properties={
                key: value for key, value in data.items() if key not in _ORDER_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["createdAt"] = self.created_at.isoformat()
        data["customerId"] = self.customer_id
        data["items"] = [item.to_dict() for item in self.items]
        data["orderId"] = self.order_id
        data["status"] = self.status.value
        if not isinstance(self.currency, Unset):
            data["currency"] = self.currency
        if not isinstance(self.shipping_address, Unset):
            data["shippingAddress"] = self.shipping_address.to_dict()
        if not isinstance(self.total, Unset):
            data["total"] = self.total
        return data


_ORDER_FIELDS: frozenset[str] = frozenset(
    (
        "createdAt",
        "customerId",
        "items",
        "orderId",
        "status",
        "currency",
        "shippingAddress",
        "total",
    )
)


@dataclass(kw_only=True)
class OrderItem:
    """OrderItem"""

    quantity: int
    sku: str
    unit_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OrderItem:
        """Build OrderItem from the API's JSON."""
        return cls(
            quantity=data["quantity"],
            sku=data["sku"],
            unit_price=(float(data["unitPrice"]) if "unitPrice" in data else UNSET),
            additional_properties={
                key: value
                for key, value in data.items()
                if key not in _ORDER_ITEM_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["quantity"] = self.quantity
        data["sku"] = self.sku
        if not isinstance(self.unit_price, Unset):
            data["unitPrice"] = self.unit_price
        return data


_ORDER_ITEM_FIELDS: frozenset[str] = frozenset(
    (
        "quantity",
        "sku",
        "unitPrice",
    )
)


@dataclass(kw_only=True)
class OrderList:
    """OrderList"""

    orders: list[Order]
    next_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OrderList:
        """Build OrderList from the API's JSON."""
        return cls(
            orders=[Order.from_dict(item) for item in data["orders"]],
            next_token=data.get("nextToken", UNSET),
            additional_properties={
                key: value
                for key, value in data.items()
                if key not in _ORDER_LIST_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["orders"] = [item.to_dict() for item in self.orders]
        if not isinstance(self.next_token, Unset):
            data["nextToken"] = self.next_token
        return data


_ORDER_LIST_FIELDS: frozenset[str] = frozenset(
    (
        "orders",
        "nextToken",
    )
)


class OrderStatus(str, Enum):
    """OrderStatus"""

    PENDING = "PENDING"
    PAID = "PAID"
    SHIPPED = "SHIPPED"
    CANCELLED = "CANCELLED"
    REFUNDED = "REFUNDED"

    @classmethod
    def _missing_(cls, value: object) -> OrderStatus:
        return _rt.unknown_enum_member(cls, value)


@dataclass(kw_only=True)
class OrderUpdate:
    """OrderUpdate"""

    shipping_address: Address | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OrderUpdate:
        """Build OrderUpdate from the API's JSON."""
        return cls(
            shipping_address=(
                Address.from_dict(data["shippingAddress"])
                if "shippingAddress" in data
                else UNSET
            ),
            status=(OrderStatus(data["status"]) if "status" in data else UNSET),
            additional_properties={
                key: value
                for key, value in data.items()
                if key not in _ORDER_UPDATE_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        if not isinstance(self.shipping_address, Unset):
            data["shippingAddress"] = self.shipping_address.to_dict()
        if not isinstance(self.status, Unset):
            data["status"] = self.status.value
        return data


_ORDER_UPDATE_FIELDS: frozenset[str] = frozenset(
    (
        "shippingAddress",
        "status",
    )
)


class ListOrdersStatus(str, Enum):
    """The `listOrders status` type of the API."""

    PENDING = "PENDING"
    PAID = "PAID"
    SHIPPED = "SHIPPED"
    CANCELLED = "CANCELLED"

    @classmethod
    def _missing_(cls, value: object) -> ListOrdersStatus:
        return _rt.unknown_enum_member(cls, value)
