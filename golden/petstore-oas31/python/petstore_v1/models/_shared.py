"""Data types of the API."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Error",
]


@dataclass(kw_only=True)
class Error:
    """The `Error` type of the API."""

    code: int
    message: str
    additional_properties: dict[str, Any] = field(default_factory=dict)
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Error:
        """Build Error from the API's JSON."""
        return cls(
            code=data["code"],
            message=data["message"],
            additional_properties={
                key: value for key, value in data.items() if key not in _ERROR_FIELDS
            },
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects."""
        data: dict[str, Any] = {
            key: value for key, value in self.additional_properties.items()
        }
        data["code"] = self.code
        data["message"] = self.message
        return data


_ERROR_FIELDS: frozenset[str] = frozenset(
    (
        "code",
        "message",
    )
)
