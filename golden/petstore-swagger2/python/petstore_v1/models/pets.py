"""Data types of the API used by its `pets` operations."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar

from .. import _model
from .. import _runtime as _rt
from .._runtime import UNSET, Unset

__all__ = [
    "Error",
    "ListPetsStatus",
    "NewPet",
    "NewPetStatus",
    "Owner",
    "Pet",
    "PhotoInfo",
    "UploadPhotoRequest",
    "ValidationError",
]


class Error(_model.Model):
    """The `Error` type of the API."""

    code: int
    message: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Error:
        """Build Error from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.code = rest.pop("code")
        self.message = rest.pop("message")
        self.additional_properties = rest or {}
        return self


class NewPet(_model.Model):
    """The `NewPet` type of the API."""

    name: str
    """What the pet answers to: "Rex", say."""
    status: NewPetStatus | Unset = UNSET
    tag: str | Unset = UNSET

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NewPet:
        """Build NewPet from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.name = rest.pop("name")
        self.status = _model.optional(rest, "status", NewPetStatus)
        self.tag = rest.pop("tag", UNSET)
        self.additional_properties = rest or {}
        return self


class NewPetStatus(_model.OpenStrEnum):
    """The `NewPet status` type of the API."""

    AVAILABLE = "available"
    PENDING = "pending"
    SOLD = "sold"


class Owner(_model.Model):
    """The `Owner` type of the API."""

    name: str
    email: str | None | Unset = UNSET

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Owner:
        """Build Owner from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.name = rest.pop("name")
        self.email = rest.pop("email", UNSET)
        self.additional_properties = rest or {}
        return self


class Pet(_model.Model):
    """A pet in the store."""

    id_: int
    name: str
    attributes: dict[str, str] | Unset = UNSET
    birth_date: datetime.date | Unset = UNSET
    children: list[Pet] | Unset = UNSET
    owner: Owner | None | Unset = UNSET
    tag: str | Unset = UNSET
    _wire_names: ClassVar[dict[str, str]] = {"id_": "id", "birth_date": "birthDate"}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Pet:
        """Build Pet from the API's JSON."""
        self = object.__new__(cls)
        rest = dict(data)
        self.id_ = rest.pop("id")
        self.name = rest.pop("name")
        self.attributes = rest.pop("attributes", UNSET)
        self.birth_date = _model.optional(rest, "birthDate", _rt.parse_date)
        self.children = _model.optional(
            rest, "children", lambda value: [Pet.from_dict(item) for item in value]
        )
        self.owner = _model.optional(rest, "owner", Owner.from_dict, nullable=True)
        self.tag = rest.pop("tag", UNSET)
        self.additional_properties = rest or {}
        return self


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


class ListPetsStatus(_model.OpenStrEnum):
    """The `listPets status` type of the API."""

    AVAILABLE = "available"
    PENDING = "pending"
    SOLD = "sold"


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
