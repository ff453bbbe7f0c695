"""Every data type of the API, for type checkers: `models` names them all through this module
(under TYPE_CHECKING), and imports each one only when it is used."""

from ._other import PetBase
from ._shared import Error
from .pets import (
    Animal,
    Cat,
    Dog,
    PetStatus,
    PhotoInfo,
    SearchPetsFilter,
    SearchResult,
    UploadPhotoRequest,
    ValidationError,
    decode_animal,
    encode_animal,
)
from .pets_2 import NewPet, Owner, Pet
from .store import Order, OrderStatus, PlaceOrderRequest

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
