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
    "OrderItem",
    "OrderStatus",
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
        self.city = data["city"]
        self.country = data["country"]
        self.line1 = data["line1"]
        self.line2 = data.get("line2", UNSET)
        self.postal_code = data.get("postalCode", UNSET)
        present = 3 + (self.line2 is not UNSET) + (self.postal_code is not UNSET)
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
        return self


class Error(_model.Model):
    """Error"""

    message: str
    code: str | Unset = UNSET

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Error:
        """Build Error from the API's JSON."""
        self = object.__new__(cls)
        self.message = data["message"]
        self.code = data.get("code", UNSET)
        present = 1 + (self.code is not UNSET)
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
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
        self.quantity = data["quantity"]
        self.sku = data["sku"]
        self.unit_price = _model.optional(data, "unitPrice", float)
        present = 2 + (self.unit_price is not UNSET)
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
        return self


class OrderStatus(_model.OpenStrEnum):
    """OrderStatus"""

    PENDING = "PENDING"
    PAID = "PAID"
    SHIPPED = "SHIPPED"
    CANCELLED = "CANCELLED"
    REFUNDED = "REFUNDED"


class ListOrdersStatus(_model.OpenStrEnum):
    """The `listOrders status` type of the API."""

    PENDING = "PENDING"
    PAID = "PAID"
    SHIPPED = "SHIPPED"
    CANCELLED = "CANCELLED"
