"""Comparing types the way a generated SDK exposes them.

Types are compared structurally through `NamedRef` names: a use of a named type is unchanged when
the name is the same (or the type was renamed; the rename is reported once, at the type), and the
named types themselves are compared once each, so recursion needs no special care here. Whether a
difference breaks depends on the direction the old SDK uses the type in: a value a client sends
may widen (`integer` -> `number`, nullable added), a value it receives may narrow; anything else
changes the generated annotation and breaks typed code.
"""

from __future__ import annotations

from enum import Enum

from sdkgen.diff_model import Direction, Impact
from sdkgen.ir import (
    Api,
    ArrayType,
    EnumType,
    MapType,
    NamedRef,
    NamedType,
    ObjectType,
    Operation,
    Primitive,
    PrimitiveType,
    TypeRef,
    UnionType,
)

# Formats that generated SDKs turn into types of their own (Python: datetime, date, UUID, bytes);
# a change to or from one of them changes the annotation code is written against.
TYPED_FORMATS = frozenset({"date-time", "date", "uuid", "binary"})
# Formats that only bound a number's size: a wider one accepts every value of a narrower one.
_SIZES = {"int32": 1, "int64": 2, None: 3, "float": 1, "double": 2}
ANY = PrimitiveType(kind=Primitive.ANY)


class Verdict(Enum):
    """How the values a new type allows relate to the values the old one allowed."""

    SAME = "same"
    WIDER = "wider"
    NARROWER = "narrower"
    DIFFERENT = "different"


def impact_of(verdict: Verdict, direction: Direction) -> Impact | None:
    """None when nothing changed; breaking unless the change only widens what a client sends or
    only narrows what it receives."""
    if verdict is Verdict.SAME:
        return None
    if direction == Direction.REQUEST and verdict is Verdict.WIDER:
        return Impact.NON_BREAKING
    if direction == Direction.RESPONSE and verdict is Verdict.NARROWER:
        return Impact.NON_BREAKING
    return Impact.BREAKING


def note(verdict: Verdict) -> str:
    """What a report adds after `old -> new` when the change only widens or narrows."""
    if verdict is Verdict.WIDER:
        return " (widened)"
    if verdict is Verdict.NARROWER:
        return " (narrowed)"
    return ""


def describe(ref: TypeRef | None) -> str:
    """A type as the report shows it: `string (date-time)`, `array of Order`, `Order | null`."""
    if ref is None:
        return "no schema"
    if isinstance(ref, NamedRef):
        text = ref.name
    elif isinstance(ref, ArrayType):
        text = f"array of {describe(ref.items)}"
    elif isinstance(ref, MapType):
        text = f"map of {describe(ref.values)}"
    else:
        text = ref.kind.value + (f" ({ref.format})" if ref.format else "")
    return f"{text} | null" if ref.nullable else text


class TypeComparer:
    """Compares type uses between two APIs, given which old type became which new one."""

    def __init__(self, old: Api, new: Api, renamed: dict[str, str]) -> None:
        self.old = old
        self.new = new
        self.renamed = renamed  # old name -> new name, for every old type that still exists

    def compare(self, old: TypeRef | None, new: TypeRef | None) -> Verdict:
        if old is None or new is None:
            return Verdict.SAME if old is new else Verdict.DIFFERENT
        core = self._core(old, new)
        if old.nullable == new.nullable:
            return core
        return combine(core, Verdict.WIDER if new.nullable else Verdict.NARROWER)

    def _core(self, old: TypeRef, new: TypeRef) -> Verdict:
        if isinstance(old, NamedRef) and isinstance(new, NamedRef):
            same = self.renamed.get(old.name) == new.name
            return Verdict.SAME if same else Verdict.DIFFERENT
        if isinstance(old, ArrayType) and isinstance(new, ArrayType):
            return self.compare(old.items, new.items)
        if isinstance(old, MapType) and isinstance(new, MapType):
            return self.compare(old.values, new.values)
        if isinstance(old, PrimitiveType) and isinstance(new, PrimitiveType):
            return _primitives(old, new)
        if isinstance(old, NamedRef) and isinstance(new, PrimitiveType):
            return Verdict.WIDER if _enum_of(self.old, old, new) else _to_any(new)
        if isinstance(old, PrimitiveType) and isinstance(new, NamedRef):
            return Verdict.NARROWER if _enum_of(self.new, new, old) else Verdict.DIFFERENT
        return _to_any(new)


def rename_ref(ref: TypeRef, renamed: dict[str, str]) -> TypeRef:
    """The same type use with old type names replaced by the names they now have."""
    if isinstance(ref, NamedRef):
        return NamedRef(name=renamed.get(ref.name, ref.name), nullable=ref.nullable)
    if isinstance(ref, ArrayType):
        return ArrayType(items=rename_ref(ref.items, renamed), nullable=ref.nullable)
    if isinstance(ref, MapType):
        return MapType(values=rename_ref(ref.values, renamed), nullable=ref.nullable)
    return ref


def combine(first: Verdict, second: Verdict) -> Verdict:
    if first is Verdict.SAME:
        return second
    if second is Verdict.SAME or first is second:
        return first
    return Verdict.DIFFERENT


def _to_any(new: TypeRef) -> Verdict:
    # Any accepts every value, so sending may widen to it; Any -> a real type is not a narrowing
    # for typed code, which was free to use the value as anything.
    is_any = isinstance(new, PrimitiveType) and new.kind is Primitive.ANY
    return Verdict.WIDER if is_any else Verdict.DIFFERENT


def _primitives(old: PrimitiveType, new: PrimitiveType) -> Verdict:
    if (old.kind, old.format) == (new.kind, new.format):
        return Verdict.SAME
    if new.kind is Primitive.ANY:
        return Verdict.WIDER
    if old.format in TYPED_FORMATS or new.format in TYPED_FORMATS:
        return Verdict.DIFFERENT
    numbers = (Primitive.INTEGER, Primitive.NUMBER)
    if old.kind in numbers and new.kind in numbers:
        if old.kind is not new.kind:
            return Verdict.WIDER if new.kind is Primitive.NUMBER else Verdict.NARROWER
        old_size, new_size = _SIZES.get(old.format, 3), _SIZES.get(new.format, 3)
        if old_size == new_size:
            return Verdict.SAME
        return Verdict.WIDER if new_size > old_size else Verdict.NARROWER
    if old.kind is new.kind:  # a string's format that no SDK types (email, hostname, ...)
        if new.format is None:
            return Verdict.WIDER
        return Verdict.NARROWER if old.format is None else Verdict.DIFFERENT
    return Verdict.DIFFERENT


def _enum_of(api: Api, named: NamedRef, primitive: PrimitiveType) -> bool:
    """An enum of strings or integers is a subset of its base type (and its generated class is
    a `str`/`int` subclass, so enum members still type-check where the base type is expected)."""
    enum = api.types_by_name.get(named.name)
    return (
        isinstance(enum, EnumType)
        and enum.base in (Primitive.STRING, Primitive.INTEGER)
        and enum.base is primitive.kind
        and primitive.format is None
    )


# ---- which way each type travels ---------------------------------------------------------------


def usage(api: Api) -> dict[str, Direction]:
    """The directions in which the API's operations use each named type. A type no operation
    uses is still a generated class code may build or read, so it counts as both."""
    found: dict[str, Direction] = {named.name: Direction(0) for named in api.types}
    for op in api.operations:
        for ref, direction in operation_refs(op):
            _spread(api, found, ref, direction)
    for named in api.types:
        if not found[named.name]:
            _spread(api, found, NamedRef(name=named.name), Direction.BOTH)
    return found


def operation_refs(op: Operation) -> list[tuple[TypeRef, Direction]]:
    refs = [(p.type, Direction.REQUEST) for p in op.parameters]
    if op.request_body is not None:
        refs += [(c.type, Direction.REQUEST) for c in op.request_body.contents if c.type]
    for response in op.responses:
        refs += [(c.type, Direction.RESPONSE) for c in response.contents if c.type]
        refs += [(h.type, Direction.RESPONSE) for h in response.headers]
    return refs


def _spread(api: Api, found: dict[str, Direction], ref: TypeRef, direction: Direction) -> None:
    stack = [ref]
    while stack:
        current = stack.pop()
        if isinstance(current, ArrayType):
            stack.append(current.items)
        elif isinstance(current, MapType):
            stack.append(current.values)
        elif isinstance(current, NamedRef) and current.name in found:
            if direction in found[current.name]:
                continue
            found[current.name] |= direction
            stack.extend(children(api.types_by_name[current.name]))


def children(named: NamedType) -> list[TypeRef]:
    if isinstance(named, ObjectType):
        refs = [p.type for p in named.properties]
        return refs + ([named.additional] if named.additional is not None else [])
    if isinstance(named, UnionType):
        return list(named.variants)
    return []
