"""Data types of the API used by its `pets` operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeAlias

from .. import _model
from .. import _runtime as _rt
from .._runtime import UNSET, Unset

__all__ = [
    "Animal",
    "Cat",
    "Dog",
    "PetStatus",
    "PhotoInfo",
    "SearchPetsFilter",
    "SearchResult",
    "UploadPhotoRequest",
    "ValidationError",
    "decode_animal",
    "encode_animal",
]


Animal: TypeAlias = "Cat | Dog"


def decode_animal(data: Any) -> Animal:
    """Decode Animal from JSON, trying each variant in turn."""
    if isinstance(data, dict):
        kind = data.get("petType")
        if kind == "cat":
            return Cat.from_dict(data)
        if kind == "dog":
            return Dog.from_dict(data)
    if isinstance(data, dict):
        try:
            return Cat.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if isinstance(data, dict):
        try:
            return Dog.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    raise ValueError("no variant of Animal matches the data")


def encode_animal(value: Animal) -> Any:
    """Encode Animal as JSON data."""
    return _model.encode(value)


class Cat(_model.Model):
    """The `Cat` type of the API."""

    name: str
    pet_type: str
    indoor: bool | Unset = UNSET
    _wire_names: ClassVar[dict[str, str]] = {"pet_type": "petType"}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cat:
        """Build Cat from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.name = rest.pop("name")
        self.pet_type = rest.pop("petType")
        self.indoor = rest.pop("indoor", UNSET)
        self.additional_properties = rest or {}
        return self


class Dog(_model.Model):
    """The `Dog` type of the API."""

    name: str
    pet_type: str
    bark_volume: int | Unset = UNSET
    _wire_names: ClassVar[dict[str, str]] = {
        "pet_type": "petType",
        "bark_volume": "barkVolume",
    }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dog:
        """Build Dog from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.name = rest.pop("name")
        self.pet_type = rest.pop("petType")
        self.bark_volume = rest.pop("barkVolume", UNSET)
        self.additional_properties = rest or {}
        return self


class PetStatus(_model.OpenStrEnum):
    """Where the pet is in the sales process."""

    AVAILABLE = "available"
    PENDING = "pending"
    SOLD = "sold"


class PhotoInfo(_model.Model):
    """The `PhotoInfo` type of the API."""

    size: int
    caption: str | Unset = UNSET

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PhotoInfo:
        """Build PhotoInfo from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.size = rest.pop("size")
        self.caption = rest.pop("caption", UNSET)
        self.additional_properties = rest or {}
        return self


class SearchResult(_model.Model):
    """The `SearchResult` type of the API."""

    results: list[Animal]
    total: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SearchResult:
        """Build SearchResult from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.results = [decode_animal(item) for item in rest.pop("results")]
        self.total = rest.pop("total")
        self.additional_properties = rest or {}
        return self


class ValidationError(_model.Model):
    """The `ValidationError` type of the API."""

    message: str
    fields: dict[str, str] | Unset = UNSET

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ValidationError:
        """Build ValidationError from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.message = rest.pop("message")
        self.fields = rest.pop("fields", UNSET)
        self.additional_properties = rest or {}
        return self


class SearchPetsFilter(_model.Model):
    """The `searchPets filter` type of the API."""

    color: str | Unset = UNSET
    min_age: int | Unset = UNSET
    _wire_names: ClassVar[dict[str, str]] = {"min_age": "minAge"}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SearchPetsFilter:
        """Build SearchPetsFilter from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.color = rest.pop("color", UNSET)
        self.min_age = rest.pop("minAge", UNSET)
        self.additional_properties = rest or {}
        return self


class UploadPhotoRequest(_model.Model):
    """The `uploadPhoto request` type of the API."""

    file: bytes
    caption: str | Unset = UNSET

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UploadPhotoRequest:
        """Build UploadPhotoRequest from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.file = _rt.decode_bytes(rest.pop("file"))
        self.caption = rest.pop("caption", UNSET)
        self.additional_properties = rest or {}
        return self
