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
    "Error pets\n"
    "ListPetsStatus pets\n"
    "NewPet pets\n"
    "NewPetStatus pets\n"
    "Order store\n"
    "OrderStatus store\n"
    "Owner pets\n"
    "Pet pets\n"
    "PetBase _other\n"
    "PhotoInfo pets\n"
    "PlaceOrderRequest store\n"
    "UploadPhotoRequest pets\n"
    "ValidationError pets\n"
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
