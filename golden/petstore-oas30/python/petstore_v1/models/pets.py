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
        self.name = data["name"]
        self.pet_type = data["petType"]
        self.indoor = data.get("indoor", UNSET)
        present = 2 + (self.indoor is not UNSET)
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
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
        self.name = data["name"]
        self.pet_type = data["petType"]
        self.bark_volume = data.get("barkVolume", UNSET)
        present = 2 + (self.bark_volume is not UNSET)
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
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
        self.size = data["size"]
        self.caption = data.get("caption", UNSET)
        present = 1 + (self.caption is not UNSET)
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
        return self


class SearchResult(_model.Model):
    """The `SearchResult` type of the API."""

    results: list[Animal]
    total: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SearchResult:
        """Build SearchResult from the API's JSON."""
        self = object.__new__(cls)
        self.results = [decode_animal(item) for item in data["results"]]
        self.total = data["total"]
        present = 2
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
        return self


class ValidationError(_model.Model):
    """The `ValidationError` type of the API."""

    message: str
    fields: dict[str, str] | Unset = UNSET

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ValidationError:
        """Build ValidationError from the API's JSON."""
        self = object.__new__(cls)
        self.message = data["message"]
        self.fields = data.get("fields", UNSET)
        present = 1 + (self.fields is not UNSET)
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
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
        self.color = data.get("color", UNSET)
        self.min_age = data.get("minAge", UNSET)
        present = 0 + (self.color is not UNSET) + (self.min_age is not UNSET)
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
        return self


class UploadPhotoRequest(_model.Model):
    """The `uploadPhoto request` type of the API."""

    file: bytes
    caption: str | Unset = UNSET

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UploadPhotoRequest:
        """Build UploadPhotoRequest from the API's JSON."""
        self = object.__new__(cls)
        self.file = _rt.decode_bytes(data["file"])
        self.caption = data.get("caption", UNSET)
        present = 1 + (self.caption is not UNSET)
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
        return self
