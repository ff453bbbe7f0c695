"""Data types of the API, each imported on first use so the package imports fast."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._other import PetBase as PetBase
    from .pets import Error as Error
    from .pets import ListPetsStatus as ListPetsStatus
    from .pets import NewPet as NewPet
    from .pets import NewPetStatus as NewPetStatus
    from .pets import Owner as Owner
    from .pets import Pet as Pet
    from .pets import PhotoInfo as PhotoInfo
    from .pets import UploadPhotoRequest as UploadPhotoRequest
    from .pets import ValidationError as ValidationError
    from .store import Order as Order
    from .store import OrderStatus as OrderStatus
    from .store import PlaceOrderRequest as PlaceOrderRequest

_MODULE_OF: dict[str, str] = {
    "PetBase": "_other",
    "Error": "pets",
    "ListPetsStatus": "pets",
    "NewPet": "pets",
    "NewPetStatus": "pets",
    "Owner": "pets",
    "Pet": "pets",
    "PhotoInfo": "pets",
    "UploadPhotoRequest": "pets",
    "ValidationError": "pets",
    "Order": "store",
    "OrderStatus": "store",
    "PlaceOrderRequest": "store",
}

__all__ = [
    "Error",
    "ListPetsStatus",
    "NewPet",
    "NewPetStatus",
    "Order",
    "OrderStatus",
    "Owner",
    "Pet",
    "PetBase",
    "PhotoInfo",
    "PlaceOrderRequest",
    "UploadPhotoRequest",
    "ValidationError",
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
