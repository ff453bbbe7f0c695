"""Data types of the API used by its `store` operations."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Mapping
from typing import Any, ClassVar

from .. import _model
from .. import _runtime as _rt
from .._runtime import UNSET, Unset

__all__ = [
    "Order",
    "OrderStatus",
    "PlaceOrderRequest",
]


class Order(_model.Model):
    """The `Order` type of the API."""

    id_: uuid.UUID
    pet_id: int
    quantity: int
    status: OrderStatus
    complete: bool | Unset = UNSET
    note: str | None | Unset = UNSET
    ship_date: datetime.datetime | Unset = UNSET
    _wire_names: ClassVar[dict[str, str]] = {
        "id_": "id",
        "pet_id": "petId",
        "ship_date": "shipDate",
    }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Order:
        """Build Order from the API's JSON."""
        self = object.__new__(cls)
        self.id_ = _rt.parse_uuid(data["id"])
        self.pet_id = data["petId"]
        self.quantity = data["quantity"]
        self.status = OrderStatus(data["status"])
        self.complete = data.get("complete", UNSET)
        self.note = data.get("note", UNSET)
        self.ship_date = _model.optional(data, "shipDate", _rt.parse_datetime)
        present = (
            4
            + (self.complete is not UNSET)
            + (self.note is not UNSET)
            + (self.ship_date is not UNSET)
        )
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
        return self


class OrderStatus(_model.OpenStrEnum):
    """The `Order status` type of the API."""

    PLACED = "placed"
    APPROVED = "approved"
    DELIVERED = "delivered"


class PlaceOrderRequest(_model.Model):
    """The `placeOrder request` type of the API."""

    pet_id: int
    quantity: int
    note: str | Unset = UNSET
    _wire_names: ClassVar[dict[str, str]] = {"pet_id": "petId"}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlaceOrderRequest:
        """Build PlaceOrderRequest from the API's JSON."""
        self = object.__new__(cls)
        self.pet_id = data["petId"]
        self.quantity = data["quantity"]
        self.note = data.get("note", UNSET)
        present = 2 + (self.note is not UNSET)
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
        return self
