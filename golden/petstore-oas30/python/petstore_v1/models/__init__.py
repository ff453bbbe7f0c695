"""Data types of the API, each imported on first use so the package imports fast."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._other import PetBase as PetBase
    from ._shared import Error as Error
    from .pets import Animal as Animal
    from .pets import Cat as Cat
    from .pets import Dog as Dog
    from .pets import NewPet as NewPet
    from .pets import Owner as Owner
    from .pets import Pet as Pet
    from .pets import PetStatus as PetStatus
    from .pets import PhotoInfo as PhotoInfo
    from .pets import SearchPetsFilter as SearchPetsFilter
    from .pets import SearchResult as SearchResult
    from .pets import UploadPhotoRequest as UploadPhotoRequest
    from .pets import ValidationError as ValidationError
    from .pets import decode_animal as decode_animal
    from .pets import encode_animal as encode_animal
    from .store import Order as Order
    from .store import OrderStatus as OrderStatus
    from .store import PlaceOrderRequest as PlaceOrderRequest

_MODULE_OF: dict[str, str] = {
    "PetBase": "_other",
    "Error": "_shared",
    "Animal": "pets",
    "Cat": "pets",
    "Dog": "pets",
    "NewPet": "pets",
    "Owner": "pets",
    "Pet": "pets",
    "PetStatus": "pets",
    "PhotoInfo": "pets",
    "SearchPetsFilter": "pets",
    "SearchResult": "pets",
    "UploadPhotoRequest": "pets",
    "ValidationError": "pets",
    "decode_animal": "pets",
    "encode_animal": "pets",
    "Order": "store",
    "OrderStatus": "store",
    "PlaceOrderRequest": "store",
}

__all__ = [
    "Animal",
    "Cat",
    "Dog",
    "Error",
    "NewPet",
    "Order",
    "OrderStatus",
    "Owner",
    "Pet",
    "PetBase",
    "PetStatus",
    "PhotoInfo",
    "PlaceOrderRequest",
    "SearchPetsFilter",
    "SearchResult",
    "UploadPhotoRequest",
    "ValidationError",
    "decode_animal",
    "encode_animal",
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
