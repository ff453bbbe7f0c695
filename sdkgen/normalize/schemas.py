"""JSON Schema (as Swagger 2.0 and OpenAPI 3.x use it) to IR types.

Named schemas (anything reached through a `$ref`) become named types once, whatever refers to
them, so recursion is just a reference. Inline objects, enums and unions are hoisted into named
types too, with names made from where they stand (`Order` + `items` -> `Order items`), because
every target language needs a name to declare them. allOf is merged into one object.

Conversion recurses as schemas nest, so its depth is bounded: a named schema met deep down is
queued and built once the stack has unwound (a chain of thousands of `$ref`s still builds), and
inline nesting deeper than `MAX_DEPTH` is a clean error, never a RecursionError.
"""

from __future__ import annotations

import json
import re
import warnings
from typing import Any

from sdkgen.errors import SpecError
from sdkgen.ir import (
    ArrayType,
    Discriminator,
    EnumType,
    EnumValue,
    MapType,
    NamedRef,
    NamedType,
    ObjectType,
    Primitive,
    PrimitiveType,
    Property,
    TypeRef,
    UnionType,
)
from sdkgen.load import BUNDLE_KEY, unescape_token
from sdkgen.normalize.context import Context, text

ANY = PrimitiveType(kind=Primitive.ANY)
_PRIMITIVES = {p.value: p for p in (Primitive.STRING, Primitive.INTEGER, Primitive.NUMBER)}
_PRIMITIVES["boolean"] = Primitive.BOOLEAN
# A schema with a primitive `type` and none of these keys is a leaf (see _leaf). `type` wins
# over `properties` and `items`; these make it something else, or null in other ways.
_LEAF_EXCLUDED = frozenset({"$ref", "allOf", "oneOf", "anyOf", "enum", "const"})
# Deeper inline nesting than this is refused rather than risking the interpreter's stack (each
# level costs about six Python frames; real specs stay well under 30).
MAX_DEPTH = 100
# Named schemas met deeper than this are built later, from the top, instead of recursing.
_DEFER_DEPTH = 32


class SchemaNormalizer:
    """Turns schema nodes into TypeRefs, collecting the named types it creates."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.types: dict[str, NamedType] = {}
        self._name_of_pointer: dict[str, str] = {}
        self._taken: set[str] = set()
        self._in_progress_names: set[str] = set()
        self._alias_targets: dict[str, TypeRef] = {}
        self._depth = 0
        self._deferred: list[tuple[dict[str, Any], str, str]] = []  # schema, pointer, name
        self._deferred_names: set[str] = set()
        self._leaves: dict[tuple[str, str | None, bool], PrimitiveType] = {}

    # ---- entry points --------------------------------------------------------------------------

    def named_components(self) -> None:
        """Register every schema the spec names, used or not (users may want them all)."""
        document = self.context.document
        if self.context.swagger2:
            base, schemas = "/definitions", document.get("definitions")
        else:
            base = "/components/schemas"
            schemas = (document.get("components") or {}).get("schemas")
        if not isinstance(schemas, dict):
            return
        for name in schemas:  # reserve the spec's own names before hoisting invents any
            self._reserve(f"{base}/{escape(name)}", name)
        for name in sorted(schemas):
            self.ref_to(f"{base}/{escape(name)}")

    def convert(self, schema: Any, pointer: str, hint: str) -> TypeRef:
        """The TypeRef for a schema found at `pointer`; `hint` names it if it must be hoisted."""
        if self._depth:
            return self._convert(schema, pointer, hint)
        result = self._convert(schema, pointer, hint)
        self._build_deferred()
        return result

    def ref_to(self, target: str, pointer: str | None = None) -> TypeRef:
        """A reference to the schema at JSON pointer `target`, converting it on first use."""
        if self._depth:
            return self._ref_to(target, pointer)
        result = self._ref_to(target, pointer)
        self._build_deferred()
        return result

    # ---- internals -----------------------------------------------------------------------------

    def _build_deferred(self) -> None:
        """Build the named schemas that were met too deep to build on the spot."""
        while self._deferred:
            schema, pointer, name = self._deferred.pop()
            self._in_progress_names.add(name)
            try:
                self._build_named(schema, pointer, name)
            finally:
                self._in_progress_names.discard(name)
                self._deferred_names.discard(name)

    def _convert(self, schema: Any, pointer: str, hint: str) -> TypeRef:
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if not ref.startswith("#"):
                raise self.context.fail(pointer, f"$ref cannot be resolved: {ref!r}")
            nullable = schema.get("nullable") is True or schema.get("x-nullable") is True
            return _with_nullable(self._ref_to(ref[1:], pointer), nullable)
        if schema is None or schema is True or schema == {}:
            return ANY
        if not isinstance(schema, dict):
            if schema is False:
                return ANY
            raise self.context.fail(pointer, "a schema must be an object")
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise self.context.fail(pointer, f"schemas nest deeper than {MAX_DEPTH} levels")
            return self._convert_inline(schema, pointer, hint)
        finally:
            self._depth -= 1

    def _ref_to(self, target: str, pointer: str | None = None) -> TypeRef:
        name = self._name_of_pointer.get(target)
        if name is not None and (
            name in self.types
            or name in self._in_progress_names
            or name in self._alias_targets
            or name in self._deferred_names
        ):
            return self._ref_result(name)
        schema, resolved = self.context.deref({"$ref": "#" + target}, pointer or target)
        if resolved != target:
            return self._ref_to(resolved, pointer)
        name = name or self._reserve(target, _name_from_pointer(target))
        if not _needs_name(schema):
            # A named string, array or map is used as what it is; only objects, enums and
            # unions get types of their own.
            self._in_progress_names.add(name)
            self._alias_targets[name] = ANY  # a self-referencing alias degrades to any
            try:
                result = self._convert(schema, target, name)
            finally:
                self._in_progress_names.discard(name)
            self._alias_targets[name] = result
            return result
        if self._depth >= _DEFER_DEPTH:
            self._deferred.append((schema, target, name))
            self._deferred_names.add(name)
            return NamedRef(name=name)
        self._in_progress_names.add(name)
        self._depth += 1
        try:
            self._build_named(schema, target, name)
        finally:
            self._in_progress_names.discard(name)
            self._depth -= 1
        return NamedRef(name=name)

    def _ref_result(self, name: str) -> TypeRef:
        if name in self._alias_targets:
            return self._alias_targets[name]
        return NamedRef(name=name)

    def _reserve(self, pointer: str, wanted: str) -> str:
        existing = self._name_of_pointer.get(pointer)
        if existing:
            return existing
        name = self._unique(wanted)
        self._name_of_pointer[pointer] = name
        return name

    def _unique(self, wanted: str) -> str:
        wanted = wanted.strip() or "Model"
        name, counter = wanted, 2
        while name.lower() in self._taken:
            name = f"{wanted} {counter}"
            counter += 1
        self._taken.add(name.lower())
        return name

    def _convert_inline(self, schema: dict[str, Any], pointer: str, hint: str) -> TypeRef:
        kind = schema.get("type")
        if kind.__class__ is str and kind in _PRIMITIVES and _LEAF_EXCLUDED.isdisjoint(schema):
            return self._leaf(schema, pointer, kind)
        nullable = _is_nullable(schema)
        single = _single_variant(schema)
        if single is not None:
            key, index, variant = single
            inner = self._convert(variant, f"{pointer}/{key}/{index}", hint)
            return _with_nullable(inner, nullable or _has_null_variant(schema))
        if "allOf" in schema and isinstance(schema["allOf"], list):
            merged = self._merge_all_of(schema, pointer)
            if merged is not None:
                return _with_nullable(self._convert_inline(merged, pointer, hint), nullable)
        if _needs_name(schema):
            name = self._unique(hint)
            self._build_named(schema, pointer, name)
            return NamedRef(name=name, nullable=nullable)
        kind = _schema_type(schema)
        self._check_values(schema, pointer, kind)
        if kind == "array":
            items = self._convert(schema.get("items"), pointer + "/items", hint + " item")
            return ArrayType(items=items, nullable=nullable)
        if kind == "object":
            return MapType(values=self._additional(schema, pointer, hint) or ANY, nullable=nullable)
        if kind == "file":  # Swagger 2.0's file upload
            return PrimitiveType(kind=Primitive.STRING, format="binary", nullable=nullable)
        if kind is None or kind not in _PRIMITIVES:
            return PrimitiveType(kind=Primitive.ANY, nullable=nullable)
        return self._primitive(kind, schema.get("format"), nullable)

    def _leaf(self, schema: dict[str, Any], pointer: str, kind: str) -> PrimitiveType:
        """A plain string, integer, number or boolean: what most properties are.

        The general path reaches the same result after testing for every composite form.
        """
        self._check_values(schema, pointer, kind)
        nullable = schema.get("nullable") is True or schema.get("x-nullable") is True
        return self._primitive(kind, schema.get("format"), nullable)

    def _primitive(self, kind: str, fmt: Any, nullable: bool) -> PrimitiveType:
        """The scalar type of `kind` (a key of _PRIMITIVES): equal ones share one immutable node."""
        key = (kind, fmt if isinstance(fmt, str) else None, nullable)
        found = self._leaves.get(key)
        if found is None:
            found = self._leaves[key] = PrimitiveType(
                kind=_PRIMITIVES[kind], format=key[1], nullable=nullable
            )
        return found

    def _check_values(self, schema: dict[str, Any], pointer: str, kind: str | None) -> None:
        """Warn about what leaves the meaning clear but is wrong: examples, defaults, regexes."""
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            try:
                with warnings.catch_warnings():  # "possible nested set" and the like
                    warnings.simplefilter("ignore")
                    re.compile(pattern)
            except (re.error, RecursionError, OverflowError) as exc:
                self.context.warn(
                    pointer + "/pattern",
                    f"pattern is not a regex Python can check ({exc}); ignored",
                )
        for key in ("example", "default"):
            if key in schema and not _fits(schema[key], kind, schema):
                self.context.warn(
                    f"{pointer}/{key}",
                    f"{json.dumps(schema[key])[:60]} is not of type {json.dumps(kind)}",
                )

    def _build_named(self, schema: dict[str, Any], pointer: str, name: str) -> None:
        if "allOf" in schema and isinstance(schema["allOf"], list):
            merged = self._merge_all_of(schema, pointer)
            if merged is not None:
                schema = merged
        description = text(schema.get("description")) or text(schema.get("title"))
        if _enum_values(schema) is not None:
            self.types[name] = self._enum(schema, pointer, name, description)
        elif _union_key(schema):
            self._build_union(schema, pointer, name, description)
        else:
            self._build_object(schema, pointer, name, description)

    def _enum(
        self, schema: dict[str, Any], pointer: str, name: str, description: str | None
    ) -> EnumType:
        raw = _enum_values(schema) or []
        kind = _schema_type(schema)
        base = _PRIMITIVES.get(kind or "") or _guess_enum_base(raw)
        if kind in _PRIMITIVES and not all(_fits(v, kind, {"nullable": True}) for v in raw):
            base = _guess_enum_base(raw)  # `type: integer, enum: [BASIC, FULL]` is a string enum
            self.context.warn(
                pointer + "/enum",
                f"enum values are not all of type {json.dumps(kind)}; typed by the values instead",
            )
        values: list[EnumValue] = []
        seen: set[Any] = set()
        for value in raw:
            if value is None or isinstance(value, dict | list):
                continue  # null means "nullable"; structured enum values cannot be named
            key = (type(value).__name__, value)
            if key in seen:
                self.context.warn(pointer + "/enum", f"enum value {value!r} is listed twice")
                continue
            seen.add(key)
            values.append(EnumValue(value=value))
        return EnumType(name=name, base=base, values=tuple(values), description=description)

    def _build_object(
        self, schema: dict[str, Any], pointer: str, name: str, description: str | None
    ) -> None:
        placeholder = ObjectType(name=name, description=description)
        self.types[name] = placeholder  # recursion sees the name while properties convert
        required = schema.get("required")
        required_names = set(required) if isinstance(required, list) else set()
        properties = []
        raw_properties = schema.get("properties")
        if isinstance(raw_properties, dict):
            for prop_name, prop_schema in raw_properties.items():
                prop_pointer = f"{pointer}/properties/{escape(prop_name)}"
                properties.append(
                    self._property(
                        str(prop_name),
                        prop_schema,
                        prop_pointer,
                        f"{name} {prop_name}",
                        str(prop_name) in required_names,
                    )
                )
        self.types[name] = ObjectType(
            name=name,
            description=description,
            properties=tuple(properties),
            additional=self._additional(schema, pointer, name + " value"),
            deprecated=schema.get("deprecated") is True,
        )

    def _property(
        self, name: str, schema: Any, pointer: str, hint: str, required: bool
    ) -> Property:
        type_ref = self._convert(schema, pointer, hint)
        details = schema if isinstance(schema, dict) else {}
        has_default = "default" in details
        return Property(
            name=name,
            type=type_ref,
            required=required,
            description=text(annotation(details, "description"))
            or text(annotation(details, "title")),
            default=details.get("default"),
            has_default=has_default,
            read_only=details.get("readOnly") is True,
            write_only=details.get("writeOnly") is True,
            deprecated=details.get("deprecated") is True,
        )

    def _additional(self, schema: dict[str, Any], pointer: str, hint: str) -> TypeRef | None:
        extra = schema.get("additionalProperties")
        if extra is None or extra is False:
            return None
        if extra is True or extra == {}:
            return ANY
        return self._convert(extra, pointer + "/additionalProperties", hint)

    def _build_union(
        self, schema: dict[str, Any], pointer: str, name: str, description: str | None
    ) -> None:
        key = _union_key(schema)
        assert key is not None
        self.types[name] = UnionType(name=name, variants=(), description=description)
        variants: list[TypeRef] = []
        for index, variant in enumerate(schema[key]):
            variant_ref = self._convert(variant, f"{pointer}/{key}/{index}", f"{name} {index + 1}")
            if variant_ref not in variants:
                variants.append(variant_ref)
        self.types[name] = UnionType(
            name=name,
            variants=tuple(variants),
            discriminator=self._discriminator(schema, pointer, variants),
            exclusive=key == "oneOf",
            description=description,
        )

    def _discriminator(
        self, schema: dict[str, Any], pointer: str, variants: list[TypeRef]
    ) -> Discriminator | None:
        raw = schema.get("discriminator")
        if not isinstance(raw, dict) or not isinstance(raw.get("propertyName"), str):
            return None
        mapping: dict[str, str] = {}
        explicit = raw.get("mapping")
        if isinstance(explicit, dict):
            for wire, target in explicit.items():
                if not isinstance(target, str):
                    continue
                ref = target if target.startswith("#") else self._schema_pointer(target)
                where = f"{pointer}/discriminator/mapping/{escape(str(wire))}"
                if not self._resolvable(ref):  # only a hint: the variants are known anyway
                    self.context.warn(where, f"mapping names nothing: {target!r}; ignored")
                    continue
                resolved = self._ref_to(ref[1:], where)
                if isinstance(resolved, NamedRef):
                    mapping[str(wire)] = resolved.name
        for variant in variants:
            if isinstance(variant, NamedRef) and variant.name not in mapping.values():
                mapping[self._wire_name(variant.name)] = variant.name
        return Discriminator(property=raw["propertyName"], mapping=tuple(sorted(mapping.items())))

    def _resolvable(self, ref: str) -> bool:
        try:
            self.context.deref({"$ref": ref}, "")
        except SpecError:
            return False
        return True

    def _wire_name(self, type_name: str) -> str:
        for pointer, name in self._name_of_pointer.items():
            if name == type_name:
                return unescape_token(pointer.rsplit("/", 1)[-1])
        return type_name

    def _schema_pointer(self, name: str) -> str:
        if self.context.swagger2:
            return f"#/definitions/{escape(name)}"
        return f"#/components/schemas/{escape(name)}"

    def _merge_all_of(self, schema: dict[str, Any], pointer: str) -> dict[str, Any] | None:
        """Flatten allOf into one schema; None when a part cannot be merged (kept as-is)."""
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties: dict[str, Any] = dict(merged.get("properties") or {})
        required: list[str] = list(merged.get("required") or [])
        seen: set[str] = set()
        for part in self._all_of_parts(schema, pointer, seen, 0):
            for key, value in part.items():
                if key == "properties" and isinstance(value, dict):
                    for prop, prop_schema in value.items():
                        properties.setdefault(prop, prop_schema)
                elif key == "required" and isinstance(value, list):
                    required.extend(v for v in value if v not in required)
                elif key != "allOf":
                    merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
            merged.setdefault("type", "object")
        if required:
            merged["required"] = required
        return merged

    def _all_of_parts(
        self, schema: dict[str, Any], pointer: str, seen: set[str], depth: int
    ) -> list[dict[str, Any]]:
        parts: list[dict[str, Any]] = []
        if depth > MAX_DEPTH:
            raise self.context.fail(pointer, "allOf nests too deeply")
        for index, part in enumerate(schema.get("allOf") or []):
            part_pointer = f"{pointer}/allOf/{index}"
            if isinstance(part, dict) and isinstance(part.get("$ref"), str):
                ref = part["$ref"]
                if ref in seen:
                    continue  # an allOf cycle adds nothing new
                seen.add(ref)
            target, target_pointer = self.context.deref(part, part_pointer)
            if not isinstance(target, dict):
                continue
            if isinstance(target.get("allOf"), list):
                parts.extend(self._all_of_parts(target, target_pointer, seen, depth + 1))
            parts.append({k: v for k, v in target.items() if k != "allOf"})
        return parts


def escape(token: str) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def _name_from_pointer(pointer: str) -> str:
    """`/components/schemas/Pet` -> `Pet`; a whole bundled file -> its stem."""
    last = unescape_token(pointer.rsplit("/", 1)[-1])
    if pointer.startswith(f"/{BUNDLE_KEY}/") and pointer.count("/") == 2:
        last = re.sub(r"\.(ya?ml|json)$", "", last.rsplit("/", 1)[-1])
    return last


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _fits(value: Any, kind: str | None, schema: dict[str, Any]) -> bool:
    if kind is None or kind not in _JSON_TYPES:
        return True
    if value is None:
        return _is_nullable(schema)
    if isinstance(value, bool) and kind != "boolean":
        return False
    if kind == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _JSON_TYPES[kind])


def _schema_type(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        non_null = [k for k in kind if k != "null"]
        kind = non_null[0] if len(non_null) == 1 else None
    if isinstance(kind, str):
        return kind
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return None


def _is_nullable(schema: dict[str, Any]) -> bool:
    if schema.get("nullable") is True or schema.get("x-nullable") is True:
        return True
    kind = schema.get("type")
    if isinstance(kind, list) and "null" in kind:
        return True
    enum = schema.get("enum")
    return isinstance(enum, list) and None in enum and len(enum) > 1


def _enum_values(schema: dict[str, Any]) -> list[Any] | None:
    enum = schema.get("enum")
    if isinstance(enum, list) and [v for v in enum if v is not None]:
        return enum
    if "const" in schema and schema["const"] is not None:
        return [schema["const"]]
    return None


def _union_key(schema: dict[str, Any]) -> str | None:
    for key in ("oneOf", "anyOf"):
        variants = schema.get(key)
        if isinstance(variants, list) and variants:
            return key
    return None


def _needs_name(schema: Any) -> bool:
    if not isinstance(schema, dict) or _single_variant(schema) is not None:
        return False
    if _enum_values(schema) is not None:
        return _schema_type(schema) in (None, "string", "integer", "number", "boolean")
    if _union_key(schema):
        return True
    if isinstance(schema.get("allOf"), list):
        return True
    return _schema_type(schema) == "object" and isinstance(schema.get("properties"), dict)


def _is_null_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null"


def _has_null_variant(schema: dict[str, Any]) -> bool:
    key = _union_key(schema)
    return any(_is_null_schema(v) for v in schema.get(key or "") or [])


# Keywords that annotate a schema without constraining what it accepts.
_ANNOTATIONS = frozenset(
    {
        "description", "title", "nullable", "x-nullable", "default", "example", "examples",
        "deprecated", "readOnly", "writeOnly", "externalDocs", "xml",
    }
)  # fmt: skip


def _single_variant(schema: dict[str, Any]) -> tuple[str, int, Any] | None:
    """`allOf: [X]`, `oneOf: [X]` or `anyOf: [X, {type: null}]` with nothing else: just X.

    `allOf: [X, {description: ...}]` (how many converted specs attach a description to a
    reference) is just X too, so a recursive X stays a reference instead of being inlined.
    """
    if "allOf" not in schema and "oneOf" not in schema and "anyOf" not in schema:
        return None  # most schemas: this runs for every one of them, several times
    for key in ("allOf", "oneOf", "anyOf"):
        variants = schema.get(key)
        if not isinstance(variants, list) or not variants:
            continue
        if key == "allOf":
            if any(_is_null_schema(v) for v in variants):
                return None
            real = [(i, v) for i, v in enumerate(variants) if not _is_annotation(v)]
        else:
            real = [(i, v) for i, v in enumerate(variants) if not _is_null_schema(v)]
        if len(real) != 1 or set(schema) - _ANNOTATIONS - {key, "type"}:
            return None
        index, variant = real[0]
        return key, index, variant
    return None


def _is_annotation(schema: Any) -> bool:
    return isinstance(schema, dict) and all(
        key in _ANNOTATIONS or key.startswith("x-") for key in schema
    )


def annotation(schema: Any, key: str) -> Any:
    """`schema[key]`, or the same annotation from an `allOf` part that only annotates."""
    if not isinstance(schema, dict):
        return None
    if key in schema:
        return schema[key]
    for part in schema.get("allOf") or ():
        if _is_annotation(part) and key in part:
            return part[key]
    return None


def _with_nullable(ref: TypeRef, nullable: bool) -> TypeRef:
    if not nullable or ref.nullable:
        return ref
    if isinstance(ref, NamedRef):
        return NamedRef(name=ref.name, nullable=True)
    if isinstance(ref, ArrayType):
        return ArrayType(items=ref.items, nullable=True)
    if isinstance(ref, MapType):
        return MapType(values=ref.values, nullable=True)
    return PrimitiveType(kind=ref.kind, format=ref.format, nullable=True)


def _guess_enum_base(values: list[Any]) -> Primitive:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return Primitive.BOOLEAN
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return Primitive.INTEGER
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return Primitive.NUMBER
    return Primitive.STRING
