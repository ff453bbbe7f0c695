"""Data types of the API used by its `pets` operations."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, TypeAlias

from .. import _runtime as _rt
from .._runtime import UNSET, Unset

__all__ = [
    "Animal",
    "Cat",
    "Dog",
    "NewPet",
    "Owner",
    "Pet",
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
    if isinstance(value, Cat):
        return value.to_dict()
    if isinstance(value, Dog):
        return value.to_dict()
    return value


@dataclass(kw_only=True)
class Cat:
    """The `Cat` type of the API."""

    name: str
    pet_type: str
    indoor: bool | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cat:
        """Build Cat from the API's JSON."""
        return cls(
            name=data["name"],
            pet_type=data["petType"],
            indoor=data.get("indoor", UNSET),
            additional_properties={
                key: value for key, value in data.items() if key not in _CAT_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["name"] = self.name
        data["petType"] = self.pet_type
        if not isinstance(self.indoor, Unset):
            data["indoor"] = self.indoor
        return data


_CAT_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "petType",
        "indoor",
    )
)


@dataclass(kw_only=True)
class Dog:
    """The `Dog` type of the API."""

    name: str
    pet_type: str
    bark_volume: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dog:
        """Build Dog from the API's JSON."""
        return cls(
            name=data["name"],
            pet_type=data["petType"],
            bark_volume=data.get("barkVolume", UNSET),
            additional_properties={
                key: value for key, value in data.items() if key not in _DOG_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["name"] = self.name
        data["petType"] = self.pet_type
        if not isinstance(self.bark_volume, Unset):
            data["barkVolume"] = self.bark_volume
        return data


_DOG_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "petType",
        "barkVolume",
    )
)


@dataclass(kw_only=True)
class NewPet:
    """The `NewPet` type of the API."""

    name: str
    """What the pet answers to: "Rex", say."""
    status: PetStatus | Unset = UNSET
    tag: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NewPet:
        """Build NewPet from the API's JSON."""
        return cls(
            name=data["name"],
            status=(PetStatus(data["status"]) if "status" in data else UNSET),
            tag=data.get("tag", UNSET),
            additional_properties={
                key: value for key, value in data.items() if key not in _NEW_PET_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["name"] = self.name
        if not isinstance(self.status, Unset):
            data["status"] = self.status.value
        if not isinstance(self.tag, Unset):
            data["tag"] = self.tag
        return data


_NEW_PET_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "status",
        "tag",
    )
)


@dataclass(kw_only=True)
class Owner:
    """The `Owner` type of the API."""

    name: str
    email: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Owner:
        """Build Owner from the API's JSON."""
        return cls(
            name=data["name"],
            email=data.get("email", UNSET),
            additional_properties={
                key: value for key, value in data.items() if key not in _OWNER_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["name"] = self.name
        if not isinstance(self.email, Unset):
            data["email"] = self.email
        return data


_OWNER_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "email",
    )
)


@dataclass(kw_only=True)
class Pet:
    """A pet in the store."""

    id_: int
    name: str
    attributes: dict[str, str] | Unset = UNSET
    birth_date: datetime.date | Unset = UNSET
    children: list[Pet] | Unset = UNSET
    owner: Owner | None | Unset = UNSET
    status: PetStatus | Unset = UNSET
    tag: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Pet:
        """Build Pet from the API's JSON."""
        return cls(
            id_=data["id"],
            name=data["name"],
            attributes=data.get("attributes", UNSET),
            birth_date=(
                _rt.parse_date(data["birthDate"]) if "birthDate" in data else UNSET
            ),
            children=(
                [Pet.from_dict(item) for item in data["children"]]
                if "children" in data
                else UNSET
            ),
            owner=(
                (None if data["owner"] is None else Owner.from_dict(data["owner"]))
                if "owner" in data
                else UNSET
            ),
            status=(PetStatus(data["status"]) if "status" in data else UNSET),
            tag=data.get("tag", UNSET),
            additional_properties={
                key: value for key, value in data.items() if key not in _PET_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["id"] = self.id_
        data["name"] = self.name
        if not isinstance(self.attributes, Unset):
            data["attributes"] = self.attributes
        if not isinstance(self.birth_date, Unset):
            data["birthDate"] = self.birth_date.isoformat()
        if not isinstance(self.children, Unset):
            data["children"] = [item.to_dict() for item in self.children]
        if not isinstance(self.owner, Unset):
            data["owner"] = None if self.owner is None else self.owner.to_dict()
        if not isinstance(self.status, Unset):
            data["status"] = self.status.value
        if not isinstance(self.tag, Unset):
            data["tag"] = self.tag
        return data


_PET_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "attributes",
        "birthDate",
        "children",
        "owner",
        "status",
        "tag",
    )
)


class PetStatus(str, Enum):
    """Where the pet is in the sales process."""

    AVAILABLE = "available"
    PENDING = "pending"
    SOLD = "sold"

    @classmethod
    def _missing_(cls, value: object) -> PetStatus:
        return _rt.unknown_enum_member(cls, value)


@dataclass(kw_only=True)
class PhotoInfo:
    """The `PhotoInfo` type of the API."""

    size: int
    caption: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PhotoInfo:
        """Build PhotoInfo from the API's JSON."""
        return cls(
            size=data["size"],
            caption=data.get("caption", UNSET),
            additional_properties={
                key: value
                for key, value in data.items()
                if key not in _PHOTO_INFO_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["size"] = self.size
        if not isinstance(self.caption, Unset):
            data["caption"] = self.caption
        return data


_PHOTO_INFO_FIELDS: frozenset[str] = frozenset(
    (
        "size",
        "caption",
    )
)


@dataclass(kw_only=True)
class SearchResult:
    """The `SearchResult` type of the API."""

    results: list[Animal]
    total: int
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SearchResult:
        """Build SearchResult from the API's JSON."""
        return cls(
            results=[decode_animal(item) for item in data["results"]],
            total=data["total"],
            additional_properties={
                key: value
                for key, value in data.items()
                if key not in _SEARCH_RESULT_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["results"] = [encode_animal(item) for item in self.results]
        data["total"] = self.total
        return data


_SEARCH_RESULT_FIELDS: frozenset[str] = frozenset(
    (
        "results",
        "total",
    )
)


@dataclass(kw_only=True)
class ValidationError:
    """The `ValidationError` type of the API."""

    message: str
    fields: dict[str, str] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ValidationError:
        """Build ValidationError from the API's JSON."""
        return cls(
            message=data["message"],
            fields=data.get("fields", UNSET),
            additional_properties={
                key: value
                for key, value in data.items()
                if key not in _VALIDATION_ERROR_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["message"] = self.message
        if not isinstance(self.fields, Unset):
            data["fields"] = self.fields
        return data


_VALIDATION_ERROR_FIELDS: frozenset[str] = frozenset(
    (
        "message",
        "fields",
    )
)


@dataclass(kw_only=True)
class SearchPetsFilter:
    """The `searchPets filter` type of the API."""

    color: str | Unset = UNSET
    min_age: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SearchPetsFilter:
        """Build SearchPetsFilter from the API's JSON."""
        return cls(
            color=data.get("color", UNSET),
            min_age=data.get("minAge", UNSET),
            additional_properties={
                key: value
                for key, value in data.items()
                if key not in _SEARCH_PETS_FILTER_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        if not isinstance(self.color, Unset):
            data["color"] = self.color
        if not isinstance(self.min_age, Unset):
            data["minAge"] = self.min_age
        return data


_SEARCH_PETS_FILTER_FIELDS: frozenset[str] = frozenset(
    (
        "color",
        "minAge",
    )
)


@dataclass(kw_only=True)
class UploadPhotoRequest:
    """The `uploadPhoto request` type of the API."""

    file: bytes
    caption: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UploadPhotoRequest:
        """Build UploadPhotoRequest from the API's JSON."""
        return cls(
            file=_rt.decode_bytes(data["file"]),
            caption=data.get("caption", UNSET),
            additional_properties={
                key: value
                for key, value in data.items()
                if key not in _UPLOAD_PHOTO_REQUEST_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["file"] = self.file
        if not isinstance(self.caption, Unset):
            data["caption"] = self.caption
        return data


_UPLOAD_PHOTO_REQUEST_FIELDS: frozenset[str] = frozenset(
    (
        "file",
        "caption",
    )
)
