"""Data types of the API used by its `store` operations."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from .. import _runtime as _rt
from .._runtime import UNSET, Unset

__all__ = [
    "Order",
    "OrderStatus",
    "PlaceOrderRequest",
]


@dataclass(kw_only=True)
class Order:
    """The `Order` type of the API."""

    id_: uuid.UUID
    pet_id: int
    quantity: int
    status: OrderStatus
    complete: bool | Unset = UNSET
    note: str | None | Unset = UNSET
    ship_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Order:
        """Build Order from the API's JSON."""
        return cls(
            id_=_rt.parse_uuid(data["id"]),
            pet_id=data["petId"],
            quantity=data["quantity"],
            status=OrderStatus(data["status"]),
            complete=data.get("complete", UNSET),
            note=data.get("note", UNSET),
            ship_date=(
                _rt.parse_datetime(data["shipDate"]) if "shipDate" in data else UNSET
            ),
            additional_properties={
                key: value for key, value in data.items() if key not in _ORDER_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["id"] = str(self.id_)
        data["petId"] = self.pet_id
        data["quantity"] = self.quantity
        data["status"] = self.status.value
        if not isinstance(self.complete, Unset):
            data["complete"] = self.complete
        if not isinstance(self.note, Unset):
            data["note"] = self.note
        if not isinstance(self.ship_date, Unset):
            data["shipDate"] = self.ship_date.isoformat()
        return data


_ORDER_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "petId",
        "quantity",
        "status",
        "complete",
        "note",
        "shipDate",
    )
)


class OrderStatus(str, Enum):
    """The `Order status` type of the API."""

    PLACED = "placed"
    APPROVED = "approved"
    DELIVERED = "delivered"

    @classmethod
    def _missing_(cls, value: object) -> OrderStatus:
        return _rt.unknown_enum_member(cls, value)


@dataclass(kw_only=True)
class PlaceOrderRequest:
    """The `placeOrder request` type of the API."""

    pet_id: int
    quantity: int
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlaceOrderRequest:
        """Build PlaceOrderRequest from the API's JSON."""
        return cls(
            pet_id=data["petId"],
            quantity=data["quantity"],
            note=data.get("note", UNSET),
            additional_properties={
                key: value
                for key, value in data.items()
                if key not in _PLACE_ORDER_REQUEST_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["petId"] = self.pet_id
        data["quantity"] = self.quantity
        if not isinstance(self.note, Unset):
            data["note"] = self.note
        return data


_PLACE_ORDER_REQUEST_FIELDS: frozenset[str] = frozenset(
    (
        "petId",
        "quantity",
        "note",
    )
)
