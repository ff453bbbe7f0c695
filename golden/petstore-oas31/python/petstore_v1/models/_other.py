"""Data types of the API."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .._runtime import UNSET, Unset

__all__ = [
    "PetBase",
]


@dataclass(kw_only=True)
class PetBase:
    """The `PetBase` type of the API."""

    name: str
    """What the pet answers to: "Rex", say."""
    tag: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PetBase:
        """Build PetBase from the API's JSON."""
        return cls(
            name=data["name"],
            tag=data.get("tag", UNSET),
            additional_properties={
                key: value for key, value in data.items() if key not in _PET_BASE_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["name"] = self.name
        if not isinstance(self.tag, Unset):
            data["tag"] = self.tag
        return data


_PET_BASE_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "tag",
    )
)
