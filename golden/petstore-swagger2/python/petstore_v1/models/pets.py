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
        self.code = data["code"]
        self.message = data["message"]
        present = 2
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
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
        self.name = data["name"]
        self.status = _model.optional(data, "status", NewPetStatus)
        self.tag = data.get("tag", UNSET)
        present = 1 + (self.status is not UNSET) + (self.tag is not UNSET)
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
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
        self.name = data["name"]
        self.email = data.get("email", UNSET)
        present = 1 + (self.email is not UNSET)
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
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
        self.id_ = data["id"]
        self.name = data["name"]
        self.attributes = data.get("attributes", UNSET)
        self.birth_date = _model.optional(data, "birthDate", _rt.parse_date)
        self.children = _model.optional(
            data, "children", lambda value: [Pet.from_dict(item) for item in value]
        )
        self.owner = _model.optional(data, "owner", Owner.from_dict, nullable=True)
        self.tag = data.get("tag", UNSET)
        present = (
            2
            + (self.attributes is not UNSET)
            + (self.birth_date is not UNSET)
            + (self.children is not UNSET)
            + (self.owner is not UNSET)
            + (self.tag is not UNSET)
        )
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
        return self


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
        self.file = _rt.decode_bytes(data["file"])
        self.caption = data.get("caption", UNSET)
        present = 1 + (self.caption is not UNSET)
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
        return self
