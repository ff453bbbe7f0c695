"""The base of every generated model: construction, equality, repr and JSON encoding.

Copied verbatim into every generated package. A generated model declares its fields as
annotations (type checkers read them as a keyword-only dataclass, through `dataclass_transform`)
and writes out only its own `from_dict`, the one hot path, as plain attribute assignments. What
is the same for every model lives here, once, instead of in each class: that keeps packages
small and their import cheap (no `dataclasses` code generation at import time).
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Callable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar

from ._runtime import UNSET, unknown_enum_member

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: object) -> Callable[[type], type]:
        return lambda cls: cls


__all__ = [
    "EXTRA",
    "Model",
    "OpenEnum",
    "OpenIntEnum",
    "OpenStrEnum",
    "each",
    "encode",
    "nullable",
    "optional",
]

# What classes declare `additional_properties` with, so that type checkers see it as optional
# in `__init__` (the metaclass drops it: every instance sets its own dict).
EXTRA: Any = None
_MISSING = object()


@dataclass_transform(kw_only_default=True)
class ModelMeta(type):
    """Describes each model class from its annotations (see Model._describe).

    Type checkers read the same annotations as a keyword-only dataclass (`dataclass_transform`).
    """

    def __new__(
        mcls,
        name: str,
        bases: tuple[type, ...],
        namespace: dict[str, Any],
        **kwargs: Any,
    ) -> ModelMeta:
        # Fields never start with `_` (generated names cannot), so `_wire_names` is not one.
        own = [n for n in namespace.get("__annotations__", {}) if not n.startswith("_")]
        # Fields are slots: from_dict's stores are then the cheapest Python has, and an
        # instance has no per-object dict. A slot cannot also be a class attribute, so the
        # defaults (UNSET, always) only mark which fields are optional.
        defaults = {n for n in own if n in namespace}
        for field in defaults:
            del namespace[field]
        if "__slots__" not in namespace:
            inherited = {
                s for base in bases for k in base.__mro__ for s in _slots_of(k)
            }
            namespace["__slots__"] = tuple(n for n in own if n not in inherited)
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls._describe(own, defaults)  # type: ignore[attr-defined]
        return cls


def _slots_of(cls: type) -> tuple[str, ...]:
    slots = cls.__dict__.get("__slots__", ())
    return (slots,) if isinstance(slots, str) else tuple(slots)


class Model(metaclass=ModelMeta):
    """A JSON object of the API: named fields plus the properties this client does not know."""

    # Set for each class by _describe, from the annotations and `_wire_names`.
    _fields: ClassVar[tuple[str, ...]] = ()  # attribute names, in from_dict's order
    _required: ClassVar[frozenset[str]] = frozenset()
    _wire: ClassVar[dict[str, str]] = {}  # attribute -> JSON name
    _known: ClassVar[frozenset[str]] = frozenset()  # the JSON names of the fields
    # Attribute -> JSON name where the two differ; a generated class sets what it needs.
    _wire_names: ClassVar[dict[str, str]] = {}

    # `__weakref__`: instances stay weak-referenceable, as a plain class's are.
    __slots__ = ("__weakref__", "additional_properties")

    additional_properties: dict[str, Any] = EXTRA
    """Properties the API sent that this client does not know by name."""

    @classmethod
    def _describe(cls, own: list[str], defaults: set[str]) -> None:
        inherited = [f for f in cls._fields if f not in own]
        fields = inherited + [f for f in own if f != "additional_properties"]
        cls._fields = tuple(fields)
        cls._required = frozenset(
            f for f in fields if (f not in defaults if f in own else f in cls._required)
        )
        cls._wire = {f: cls._wire_names.get(f, f) for f in fields}
        cls._known = frozenset(cls._wire.values())

    def __init__(self, **values: Any) -> None:
        cls = type(self)
        missing = cls._required - values.keys()
        if missing:
            raise TypeError(f"{cls.__name__}() is missing {_listed(missing)}")
        unknown = values.keys() - cls._wire.keys() - {"additional_properties"}
        if unknown:
            raise TypeError(f"{cls.__name__}() got unexpected {_listed(unknown)}")
        for (
            name
        ) in cls._fields:  # the same order as from_dict, so instances share key tables
            setattr(self, name, values.get(name, UNSET))
        extra = values.get("additional_properties", _MISSING)
        self.additional_properties = {} if extra is _MISSING else extra

    def to_dict(self) -> dict[str, Any]:
        """The JSON data the API expects: fields that are UNSET are left out."""
        data = {key: encode(value) for key, value in self.additional_properties.items()}
        for name, wire in self._wire.items():
            value = getattr(self, name)
            if value is not UNSET:
                data[wire] = encode(value)
        return data

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Model):
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dataclass with eq=True

    def __repr__(self) -> str:
        shown = [f"{name}={getattr(self, name)!r}" for name in self._fields]
        shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def _values(self) -> tuple[Any, ...]:
        return (
            *(getattr(self, name) for name in self._fields),
            self.additional_properties,
        )


def _listed(names: set[str] | frozenset[str]) -> str:
    return "keyword arguments: " + ", ".join(repr(name) for name in sorted(names))


def unknown(data: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The properties of a JSON object that its model does not know by name (a new dict)."""
    return {key: value for key, value in data.items() if key not in known}


def each(extra: dict[str, Any], decode: Callable[[Any], Any]) -> dict[str, Any]:
    """The properties from_dict did not know by name, decoded by the schema's type for them."""
    return {key: decode(value) for key, value in extra.items()}


def nullable(value: Any, decode: Callable[[Any], Any]) -> Any:
    """A required field that may be null: None stays None."""
    return None if value is None else decode(value)


def optional(
    data: Mapping[str, Any],
    key: str,
    decode: Callable[[Any], Any],
    nullable: bool = False,
) -> Any:
    """An optional field of a JSON object: UNSET when absent, None kept when nullable."""
    value = data.get(key, UNSET)
    if value is UNSET or (value is None and nullable):
        return value
    return decode(value)


def encode(value: Any) -> Any:
    """A field's value as JSON data: models, enums, dates and UUIDs by what they are."""
    if value is None or isinstance(value, str | int | float):
        return value.value if isinstance(value, Enum) else value
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {key: encode(item) for key, item in value.items()}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.date):  # datetime.datetime too
        return value.isoformat()
    uuid = sys.modules.get("uuid")  # not imported: then no value can be a UUID
    if uuid is not None and isinstance(value, uuid.UUID):
        return str(value)
    return value  # bytes stay bytes: a multipart body sends them raw, JSON as base64


class OpenEnum(Enum):
    """An enum that also takes values the API added after this client was generated."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return unknown_enum_member(cls, value)


class OpenStrEnum(str, OpenEnum):
    """An OpenEnum of strings."""


class OpenIntEnum(int, OpenEnum):
    """An OpenEnum of integers."""
