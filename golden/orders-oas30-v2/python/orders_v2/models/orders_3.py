"""Data types of the API used by its `orders` operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .. import _model
from .._runtime import UNSET, Unset
from .orders_2 import Order

__all__ = [
    "OrderList",
]


class OrderList(_model.Model):
    """OrderList"""

    orders: list[Order]
    next_token: str | Unset = UNSET
    _wire_names: ClassVar[dict[str, str]] = {"next_token": "nextToken"}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OrderList:
        """Build OrderList from the API's JSON."""
        self = object.__new__(cls)
        self.orders = [Order.from_dict(item) for item in data["orders"]]
        self.next_token = data.get("nextToken", UNSET)
        present = 1 + (self.next_token is not UNSET)
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
        return self
