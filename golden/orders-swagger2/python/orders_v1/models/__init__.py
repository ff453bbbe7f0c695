"""Data types of the API, each imported on first use so the package imports fast."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .orders import Address as Address
    from .orders import Error as Error
    from .orders import ListOrdersStatus as ListOrdersStatus
    from .orders import NewOrder as NewOrder
    from .orders import NewOrderCurrency as NewOrderCurrency
    from .orders import Order as Order
    from .orders import OrderItem as OrderItem
    from .orders import OrderList as OrderList
    from .orders import OrderStatus as OrderStatus
    from .orders import OrderUpdate as OrderUpdate

_MODULE_OF: dict[str, str] = {
    "Address": "orders",
    "Error": "orders",
    "ListOrdersStatus": "orders",
    "NewOrder": "orders",
    "NewOrderCurrency": "orders",
    "Order": "orders",
    "OrderItem": "orders",
    "OrderList": "orders",
    "OrderStatus": "orders",
    "OrderUpdate": "orders",
}

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


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
