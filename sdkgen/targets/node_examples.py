"""Example calls in JavaScript, built from the IR: the README shows one per operation.

The same calls are what the tests type-check against the generated declarations and send to a
mock server, so an example that is wrong for its API fails a test rather than misleading a reader.
Values are plain and valid for their type: the first enum value, one-item arrays, the required
properties of objects (all of them with `full`), a discriminated variant with its tag set.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sdkgen.ir import (
    AliasType,
    Api,
    ArrayType,
    BodyKind,
    EnumType,
    MapType,
    NamedRef,
    ObjectType,
    Primitive,
    TypeRef,
    UnionType,
)
from sdkgen.targets.jssource import js_key, js_literal, js_str
from sdkgen.targets.node_client import JsOperation, preferred

_WIDTH = 80
_STRINGS = {
    "date": "2024-01-01",
    "date-time": "2024-01-01T00:00:00Z",
    "uuid": "00000000-0000-0000-0000-000000000000",
    "email": "user@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "byte": "AAAA",
}
_SCALARS = {
    Primitive.INTEGER: "1",
    Primitive.NUMBER: "1",
    Primitive.BOOLEAN: "true",
    Primitive.ANY: "{}",
    Primitive.NULL: "null",
}

# A value being built: a leaf of source text, a list (array) or a dict (object literal).
Value = str | list["Value"] | dict[str, "Value"]


@dataclass
class Examples:
    """Example values and calls; `values` maps a wire name to the JavaScript value to use."""

    api: Api
    full: bool = False
    values: Mapping[str, str] = field(default_factory=dict)
    max_depth: int = 3

    def call(self, module: str, op: JsOperation) -> str:
        """`client.<module>.<method>({ ... })`, laid out to fit the README's width."""
        args: dict[str, Value] = {}
        for param in op.params:
            if not (param.required or self.full):
                continue
            if param.location == "body":
                args["body"] = self._body(op)
            else:
                ref = next(p.type for p in op.op.parameters if p.name == param.wire)
                args[param.key] = self.values.get(param.wire) or self.value(ref)
        head = f"client.{module}.{op.name}("
        return head + (_layout(args, len(head)) if args else "") + ")"

    def _body(self, op: JsOperation) -> Value:
        assert op.op.request_body is not None
        content = preferred(op.op.request_body.contents)
        if content.kind is BodyKind.BINARY:
            return "new Uint8Array([1, 2, 3])"
        if content.kind is BodyKind.TEXT:
            return js_str("text")
        return self.value(content.type) if content.type is not None else "{}"

    def value(self, ref: TypeRef, depth: int = 0, seen: frozenset[str] = frozenset()) -> Value:
        if isinstance(ref, ArrayType):
            if self._cut(ref.items, depth + 1, seen):
                return []  # a recursive structure ends in an empty array
            return [self.value(ref.items, depth + 1, seen)]
        if isinstance(ref, MapType):
            return {}
        if isinstance(ref, NamedRef):
            return self._named(ref.name, depth, seen)
        if ref.kind is Primitive.STRING:
            if ref.format == "binary":
                return "new Uint8Array([1, 2, 3])"
            return js_str(_STRINGS.get(ref.format or "", "string"))
        return _SCALARS[ref.kind]

    def _named(self, name: str, depth: int, seen: frozenset[str]) -> Value:
        named = self.api.types_by_name[name]
        if isinstance(named, EnumType):
            return js_literal(named.values[0].value) if named.values else "null"
        if isinstance(named, AliasType):
            return self.value(named.target, depth, seen)
        if isinstance(named, UnionType):
            return self._union(named, depth, seen)
        assert isinstance(named, ObjectType)
        if depth > self.max_depth or name in seen:
            return {}
        result: dict[str, Value] = {}
        inside = seen | {name}
        for prop in named.properties:
            optional = not prop.required
            if optional and (
                not self.full or prop.read_only or self._cut(prop.type, depth + 1, inside)
            ):
                continue
            inner = self.values.get(prop.name)
            result[js_key(prop.name)] = inner or self.value(prop.type, depth + 1, inside)
        return result

    def _cut(self, ref: TypeRef, depth: int, seen: frozenset[str]) -> bool:
        """Would this value be cut short (recursion or depth), leaving an invalid `{}`?"""
        while isinstance(ref, NamedRef):
            named = self.api.types_by_name[ref.name]
            if isinstance(named, ObjectType):
                return depth > self.max_depth or ref.name in seen
            if not isinstance(named, AliasType):
                return False
            ref = named.target
        if isinstance(ref, ArrayType | MapType):
            return False
        return False

    def _union(self, union: UnionType, depth: int, seen: frozenset[str]) -> Value:
        if not union.variants:
            return "null"
        variant = union.variants[0]
        value = self.value(variant, depth, seen)
        if union.discriminator is not None and isinstance(variant, NamedRef):
            tags = [wire for wire, target in union.discriminator.mapping if target == variant.name]
            if tags and isinstance(value, dict):
                value[js_key(union.discriminator.property)] = js_literal(tags[0])
        return value


def _layout(value: Value, column: int, indent: int = 0) -> str:
    """Source for a value: on one line if it fits, else one entry per line."""
    flat = _flat(value)
    if column + len(flat) <= _WIDTH or isinstance(value, str):
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, list):
        items = [pad + _layout(item, len(pad), indent + 2) + ",\n" for item in value]
        return "[\n" + "".join(items) + " " * indent + "]"
    entries = [
        f"{pad}{key}: " + _layout(item, len(pad) + len(key) + 2, indent + 2) + ",\n"
        for key, item in value.items()
    ]
    return "{\n" + "".join(entries) + " " * indent + "}"


def _flat(value: Value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "[" + ", ".join(_flat(item) for item in value) + "]"
    if not value:
        return "{}"
    return "{ " + ", ".join(f"{key}: {_flat(item)}" for key, item in value.items()) + " }"
