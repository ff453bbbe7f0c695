"""Data types of the API, each imported on first use so the package imports fast."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._exports import *
    from ._exports import __all__ as __all__

# Each export and its module, a line each: data, not code, so that importing the package
# creates no object per model; a lookup finds its line with one search.
_MODULES = (
    "\n"
    "Address orders\n"
    "Error orders\n"
    "ListOrdersStatus orders\n"
    "NewOrder orders_2\n"
    "NewOrderCurrency orders_2\n"
    "Order orders_2\n"
    "OrderItem orders\n"
    "OrderList orders_3\n"
    "OrderStatus orders\n"
    "OrderUpdate orders_2\n"
)


def __getattr__(name: str) -> Any:
    if name == "__all__":
        return __dir__()
    start = _MODULES.find(f"\n{name} ") if name.isidentifier() else -1
    if start == -1:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = _MODULES[start + len(name) + 2 : _MODULES.index("\n", start + 1)]
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [line.partition(" ")[0] for line in _MODULES.split("\n") if line]
