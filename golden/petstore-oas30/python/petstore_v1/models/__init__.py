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
    "Animal pets\n"
    "Cat pets\n"
    "Dog pets\n"
    "Error _shared\n"
    "NewPet pets_2\n"
    "Order store\n"
    "OrderStatus store\n"
    "Owner pets_2\n"
    "Pet pets_2\n"
    "PetBase _other\n"
    "PetStatus pets\n"
    "PhotoInfo pets\n"
    "PlaceOrderRequest store\n"
    "SearchPetsFilter pets\n"
    "SearchResult pets\n"
    "UploadPhotoRequest pets\n"
    "ValidationError pets\n"
    "decode_animal pets\n"
    "encode_animal pets\n"
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
