"""Data types of the API that no operation uses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _model
from .._runtime import UNSET, Unset

__all__ = [
    "PetBase",
]


class PetBase(_model.Model):
    """The `PetBase` type of the API."""

    name: str
    """What the pet answers to: "Rex", say."""
    tag: str | Unset = UNSET

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PetBase:
        """Build PetBase from the API's JSON."""
        self = object.__new__(cls)
        self.name = data["name"]
        self.tag = data.get("tag", UNSET)
        present = 1 + (self.tag is not UNSET)
        self.additional_properties = (
            {} if len(data) <= present else _model.unknown(data, cls._known)
        )
        return self
