"""JSON pointers into a spec for the parts of its IR, so each change `sdkgen diff` reports says
where it is in the old and in the new file.

The IR keeps only each operation's pointer; everything else is found here by walking the spec
document beside the IR: parameters by name and location, bodies and responses by media type and
status, and named types where the normalizer met them, through `$ref`s and the one-variant
`allOf` wrappers it unwraps. A part that cannot be found is given its nearest located ancestor,
so a pointer is always somewhere sensible.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sdkgen.ir import (
    Api,
    ArrayType,
    MapType,
    NamedRef,
    ObjectType,
    Operation,
    Parameter,
    TypeRef,
    UnionType,
)
from sdkgen.load import pointer_join, resolve_pointer

_MISSING = object()
_UNSEEN = object()


class Locator:
    """Pointers into one spec document for the IR built from it."""

    def __init__(self, document: dict[str, Any] | None, api: Api) -> None:
        self.document = document if document is not None else {}
        self.swagger2 = "swagger" in self.document
        self.api = api
        self._types: dict[str, str] = {}
        self._visited: set[str] = set()
        self._nodes: dict[str, Any] = {}
        if document is not None:
            self._locate_types()

    # ---- the document ----------------------------------------------------------------------

    def node(self, pointer: str) -> Any:
        found = self._nodes.get(pointer, _UNSEEN)
        if found is _UNSEEN:  # the walk asks for the same schemas many times over
            parent, _, token = pointer.rpartition("/")
            # from the (cached) parent, so a deep pointer costs one step, not one per token
            base = self.node(parent) if pointer else self.document
            try:
                found = resolve_pointer(base, "/" + token) if pointer else base
            except (KeyError, IndexError, TypeError):
                found = _MISSING
            self._nodes[pointer] = found
        return found

    def exists(self, pointer: str) -> bool:
        return self.node(pointer) is not _MISSING

    def child(self, pointer: str, *tokens: str | int) -> str:
        """`pointer` joined with `tokens` when that exists in the spec, else `pointer`."""
        joined = pointer_join(pointer, *tokens)
        return joined if self.exists(joined) else pointer

    def deref(self, pointer: str) -> str:
        """Where the schema at `pointer` really is: `$ref`s followed, and one-variant `allOf`/
        `oneOf`/`anyOf` wrappers (which the normalizer reads as their variant) unwrapped."""
        for _ in range(50):  # a $ref chain longer than this is a loop the loader has refused
            node = self.node(pointer)
            if not isinstance(node, dict):
                return pointer
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#") and self.exists(ref[1:]):
                pointer = ref[1:]
                continue
            wrapper = _single_variant_key(node)
            if wrapper is None:
                return pointer
            pointer = pointer_join(pointer, wrapper, 0)
        return pointer

    # ---- operations ------------------------------------------------------------------------

    def operation(self, op: Operation) -> str:
        return op.pointer

    def parameter(self, op: Operation, param: Parameter) -> str:
        item_pointer = op.pointer.rsplit("/", 1)[0]
        for base in (op.pointer, item_pointer):  # the operation's own declaration wins
            listed = self.node(base + "/parameters")
            if not isinstance(listed, list):
                continue
            for index in range(len(listed)):
                pointer = pointer_join(base, "parameters", index)
                declared = self.node(self.deref(pointer))
                if (
                    isinstance(declared, dict)
                    and declared.get("name") == param.name
                    and declared.get("in") == param.location.value
                ):
                    return pointer
        return op.pointer

    def parameter_schema(self, op: Operation, param: Parameter) -> str:
        pointer = self.deref(self.parameter(op, param))
        return pointer if self.swagger2 else self.child(pointer, "schema")

    def request_body(self, op: Operation) -> str:
        if not self.swagger2:
            return self.child(op.pointer, "requestBody")
        listed = self.node(op.pointer + "/parameters")
        for index in range(len(listed) if isinstance(listed, list) else 0):
            declared = self.node(self.deref(pointer_join(op.pointer, "parameters", index)))
            if isinstance(declared, dict) and declared.get("in") in ("body", "formData"):
                return pointer_join(op.pointer, "parameters", index)
        return op.pointer

    def request_media(self, op: Operation, media_type: str) -> str:
        body = self.request_body(op)
        if self.swagger2:
            return body
        return self.child(self.deref(body), "content", media_type)

    def request_schema(self, op: Operation, media_type: str) -> str:
        return self.child(self.request_media(op, media_type), "schema")

    def response(self, op: Operation, status: str) -> str:
        return self.child(self.child(op.pointer, "responses"), status)

    def response_media(self, op: Operation, status: str, media_type: str) -> str:
        response = self.response(op, status)
        if self.swagger2:
            return response
        return self.child(self.deref(response), "content", media_type)

    def response_schema(self, op: Operation, status: str, media_type: str) -> str:
        return self.child(self.response_media(op, status, media_type), "schema")

    def response_header(self, op: Operation, status: str, name: str) -> str:
        headers = self.child(self.deref(self.response(op, status)), "headers")
        return self.child(headers, name)

    # ---- types -----------------------------------------------------------------------------

    def named_type(self, name: str) -> str:
        return self._types.get(name, "")

    def property(self, type_name: str, prop: str) -> str:
        base = self.named_type(type_name)
        direct = pointer_join(base, "properties", prop)
        if self.exists(direct):
            return direct
        for member in self._all_of(base):  # the normalizer merges allOf members into one object
            candidate = pointer_join(member, "properties", prop)
            if self.exists(candidate):
                return candidate
        return base

    def enum_value(self, type_name: str, value: object) -> str:
        base = self.named_type(type_name)
        listed = self.node(base + "/enum")
        if isinstance(listed, list):
            for index, item in enumerate(listed):
                if item == value and type(item) is type(value):
                    return pointer_join(base, "enum", index)
            return base + "/enum"
        return base

    def security_scheme(self, name: str) -> str:
        base = "/securityDefinitions" if self.swagger2 else "/components/securitySchemes"
        return self.child(base, name) if self.exists(base) else ""

    def server(self) -> str:
        """Where the base URL the generated client defaults to is written."""
        if self.swagger2:
            for key in ("basePath", "host"):
                if self.exists("/" + key):
                    return "/" + key
            return ""
        return self.child("/servers", 0) if self.exists("/servers") else ""

    def _all_of(self, pointer: str) -> Iterator[str]:
        members = self.node(pointer + "/allOf")
        for index in range(len(members) if isinstance(members, list) else 0):
            yield self.deref(pointer_join(pointer, "allOf", index))

    def _locate_types(self) -> None:
        """Map every named type to the schema it came from: components by name, hoisted
        inline schemas where the walk from the operations and components first meets them."""
        components = "/definitions" if self.swagger2 else "/components/schemas"
        for named in self.api.types:
            pointer = pointer_join(components, named.name)
            if self.exists(pointer):
                self._types[named.name] = pointer
        for named in self.api.types:
            if named.name in self._types:
                self._visit_named(named.name, self._types[named.name])
        for op in self.api.operations:
            for ref, pointer in self._operation_schemas(op):
                self._visit(ref, pointer)

    def _operation_schemas(self, op: Operation) -> Iterator[tuple[TypeRef, str]]:
        for param in op.parameters:
            yield param.type, self.parameter_schema(op, param)
        if op.request_body is not None:
            for content in op.request_body.contents:
                if content.type is not None:
                    yield content.type, self.request_schema(op, content.media_type)
        for response in op.responses:
            for content in response.contents:
                if content.type is not None:
                    schema = self.response_schema(op, response.status, content.media_type)
                    yield content.type, schema
            for header in response.headers:
                pointer = self.response_header(op, response.status, header.name)
                yield header.type, pointer if self.swagger2 else self.child(pointer, "schema")

    def _visit(self, ref: TypeRef, pointer: str) -> None:
        pointer = self.deref(pointer)
        if isinstance(ref, ArrayType):
            self._visit(ref.items, self.child(pointer, "items"))
        elif isinstance(ref, MapType):
            self._visit(ref.values, self.child(pointer, "additionalProperties"))
        elif isinstance(ref, NamedRef):
            self._types.setdefault(ref.name, pointer)
            self._visit_named(ref.name, self._types[ref.name])

    def _visit_named(self, name: str, pointer: str) -> None:
        if name in self._visited or name not in self.api.types_by_name:
            return
        self._visited.add(name)  # each type's children are located once, whoever uses it
        named = self.api.types_by_name[name]
        if isinstance(named, ObjectType):
            for prop in named.properties:
                self._types_in_property(name, prop.name, prop.type)
            if named.additional is not None:
                self._visit(named.additional, self.child(pointer, "additionalProperties"))
        elif isinstance(named, UnionType):
            key = next((k for k in ("oneOf", "anyOf") if self.exists(f"{pointer}/{k}")), "oneOf")
            for index, variant in enumerate(named.variants):
                self._visit(variant, self.child(pointer, key, index))

    def _types_in_property(self, owner: str, prop: str, ref: TypeRef) -> None:
        pointer = self.property(owner, prop)
        if pointer != self.named_type(owner):
            self._visit(ref, pointer)


def _single_variant_key(node: dict[str, Any]) -> str | None:
    for key in ("allOf", "oneOf", "anyOf"):
        variants = node.get(key)
        if isinstance(variants, list) and len(variants) == 1:
            return key
    return None
