"""Data types of the API that operations of several groups use."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _model

__all__ = [
    "Error",
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
