"""Every data type of the API, for type checkers: `models` names them all through this module
(under TYPE_CHECKING), and imports each one only when it is used."""

from ._other import PetBase
from .pets import (
    Error,
    ListPetsStatus,
    NewPet,
    NewPetStatus,
    Owner,
    Pet,
    PhotoInfo,
    UploadPhotoRequest,
    ValidationError,
)
from .store import Order, OrderStatus, PlaceOrderRequest

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
