"""What JavaScript and TypeScript need to know about an API: identifiers and types.

Models are TypeScript declarations only. A generated client hands the API's JSON to the caller
as it arrived (wire property names, ISO date strings), so no model needs code at run time; the
`.d.ts` files describe that JSON exactly, keeping required, optional (`?`) and nullable
(`| null`) apart. Everything the client itself names (groups, methods, parameters, options,
types) is camelCase or PascalCase, unique in its scope, and never shadows a JavaScript global or
a name the runtime exports.

Reserved words stay usable where JavaScript allows them: `client.pets.delete()` is a valid and
idiomatic method name, so only binding names (types, classes, constants) avoid them, and members
avoid the few names with a meaning of their own (`constructor`, `then`, ...).
"""

from __future__ import annotations

from dataclasses import dataclass

from sdkgen import naming
from sdkgen.ir import (
    AliasType,
    Api,
    ArrayType,
    EnumType,
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
from sdkgen.render import Code
from sdkgen.targets.jssource import js_doc, js_key, js_literal


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words no binding may use: ECMAScript reserved words (strict mode and modules included) and
# the TypeScript names that cannot name a type.
RESERVED = _words(
    """
    await break case catch class const continue debugger default delete do else enum export
    extends false finally for function if implements import in instanceof interface let new null
    package private protected public return static super switch this throw true try typeof var
    void while with yield arguments eval undefined NaN Infinity any boolean never number object
    string symbol unknown bigint
    """
)
# Globals and TypeScript library types the generated files use or that users expect to mean
# the built-in; a model called `Error` or `Record` becomes `ErrorModel` or `RecordModel`.
GLOBAL_TYPES = _words(
    """
    AbortController AbortSignal Array ArrayBuffer ArrayBufferView Awaited BigInt Blob Boolean
    DataView Date Error EvalError Exclude Extract FormData Function Headers Infinity Iterable
    JSON Map Math NaN NonNullable Number Object Omit Partial Pick Promise Proxy RangeError
    Readonly ReadonlyArray Record ReferenceError Reflect RegExp Request RequestInit Required
    Response ReturnType Set String Symbol SyntaxError TextDecoder TextEncoder TypeError URIError
    URL URLSearchParams Uint8Array WeakMap WeakSet
    """
)
# What the runtime and the generated entry points export: no model may take these names.
RUNTIME_EXPORTS = _words(
    """
    ApiError ApiErrorInit BadGatewayError BadRequestError Client ClientError ClientOptions
    ConflictError ForbiddenError GatewayTimeoutError HttpClient InternalServerError
    NotFoundError RequestOptions RequestTimeoutError ResponseDecodeError SdkError ServerError
    ServiceUnavailableError TooManyRequestsError TransportError UnauthorizedError
    UnprocessableEntityError Secret MissingCredentialsError AwsCredentials Credentials
    CredentialsSource HeadersLike AuthScheme ApiPromise RawResponse HttpOptions PreparedRequest
    ReceivedResponse RequestEvent ResponseEvent Logger RetryOptions
    """
)
# Members that would change how an object behaves (a method `then` makes it awaitable) or that
# every object inherits, so that reading an absent option or parameter never finds a function.
MEMBER_RESERVED = _words(
    """
    constructor hasOwnProperty isPrototypeOf propertyIsEnumerable prototype then toJSON
    toLocaleString toString valueOf
    """
)
_TAKEN_TYPES = RESERVED | GLOBAL_TYPES | RUNTIME_EXPORTS


def member_name(name: str) -> str:
    """camelCase for a method, property or option; a leading digit gets an `n`."""
    result = naming.camel_case(name) or "value"
    if result[0].isdigit():
        result = "n" + result
    return result + "_" if result in MEMBER_RESERVED else result


def type_name(name: str) -> str:
    """PascalCase for a type or class; built-in names get a `Model` suffix."""
    result = naming.pascal_case(name) or "Model"
    if result[0].isdigit():
        result = "N" + result
    return result + "Model" if result in _TAKEN_TYPES else result


def constant_name(name: str) -> str:
    """UPPER_SNAKE for a module-level constant."""
    result = naming.snake_case(name).upper() or "VALUE"
    return "N" + result if result[0].isdigit() else result


def parenthesized(type_text: str) -> str:
    """A type expression that can take `[]` or `&` after it."""
    return f"({type_text})" if " | " in type_text or " & " in type_text else type_text


def union_text(members: list[str]) -> Code:
    """`A | B`, each member once."""
    return Code(" | ".join(dict.fromkeys(members)))


def assignment(members: list[str]) -> Code:
    """The `= ...` of a type declaration: one line, or one member per line when long."""
    members = list(dict.fromkeys(members))
    flat = " | ".join(members)
    if len(members) <= 3 and len(flat) < 80:
        return Code(f" = {flat}")
    return Code(" =" + "".join(f"\n  | {member}" for member in members))


_PRIMITIVES = {
    Primitive.STRING: "string",
    Primitive.INTEGER: "number",
    Primitive.NUMBER: "number",
    Primitive.BOOLEAN: "boolean",
    Primitive.ANY: "unknown",
    Primitive.NULL: "null",
}
# String formats worth a word in the declaration, since the value stays a string.
_SHOWN_FORMATS = frozenset(
    {"date", "date-time", "time", "duration", "uuid", "email", "uri", "url", "byte", "ipv4", "ipv6"}
)
# A binary field can only be filled, not received, in JSON: it is a multipart upload part.
BINARY_INPUT = "Blob | Uint8Array"


@dataclass(frozen=True)
class TsField:
    """One property of a model interface, keyed by its wire name."""

    key: Code
    type: Code
    optional: bool
    doc: Code  # its JSDoc block, or empty


@dataclass(frozen=True)
class TsModel:
    """One named type as a declaration: `interface` (object) or `type` (everything else)."""

    name: str
    kind: str  # "interface" or "type"
    doc: Code  # its JSDoc block, or empty
    fields: tuple[TsField, ...] = ()
    index: Code | None = None  # the index signature's value type, if any
    assignment: Code = Code("")  # ` = <type>` of a `type` declaration


class TsTypes:
    """The TypeScript view of an API's named types: names, type expressions, declarations."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.names = naming.unique_names((t.name for t in api.types), type_name, RUNTIME_EXPORTS)

    def ts_type(self, ref: TypeRef) -> str:
        """The TypeScript type of a value, `| null` included when the schema allows null."""
        if isinstance(ref, NamedRef):
            base = self.names[ref.name]
        elif isinstance(ref, ArrayType):
            base = parenthesized(self.ts_type(ref.items)) + "[]"
        elif isinstance(ref, MapType):
            base = f"{{ [key: string]: {self.ts_type(ref.values)} }}"
        elif ref.kind is Primitive.STRING and ref.format == "binary":
            base = BINARY_INPUT
        else:
            base = _PRIMITIVES[ref.kind]
        if ref.nullable and base not in ("unknown", "null"):
            return f"{base} | null"
        return base

    def declaration(self, named: NamedType) -> TsModel:
        name = self.names[named.name]
        if isinstance(named, ObjectType):
            return self._interface(named, name)
        doc = js_doc(named.description)
        if isinstance(named, EnumType):
            members = self.enum_members(named)
        elif isinstance(named, UnionType):
            members = self._union_members(named)
        else:
            assert isinstance(named, AliasType)
            members = [self.ts_type(named.target)]
        return TsModel(name=name, kind="type", doc=doc, assignment=assignment(members))

    def _interface(self, model: ObjectType, name: str) -> TsModel:
        fields = tuple(
            TsField(
                key=js_key(prop.name),
                type=Code(self.ts_type(prop.type)),
                optional=not prop.required,
                doc=js_doc(prop.description, 2, _property_tags(prop)),
            )
            for prop in model.properties
        )
        index: str | None = None
        if model.additional is not None:
            index = "unknown" if fields else self.ts_type(model.additional)
        elif not fields:
            index = "unknown"  # a free-form object
        return TsModel(
            name=name,
            kind="interface",
            doc=js_doc(model.description, 0, ("@deprecated",) if model.deprecated else ()),
            fields=fields,
            index=Code(index) if index else None,
        )

    def enum_members(self, enum: EnumType) -> list[str]:
        """The known values, and a member that still admits values the API adds later."""
        if enum.base is Primitive.BOOLEAN:
            return ["boolean"]
        members: list[str] = [js_literal(v.value) for v in enum.values]
        if enum.base is Primitive.STRING:
            members.append("(string & {})")
        elif enum.base in (Primitive.INTEGER, Primitive.NUMBER):
            members.append("(number & {})")
        else:
            members.append("unknown")
        return members

    def _union_members(self, union: UnionType) -> list[str]:
        if not union.variants:
            return ["unknown"]
        wire_values: dict[str, list[str]] = {}
        if union.discriminator is not None:
            for wire, target in union.discriminator.mapping:
                wire_values.setdefault(target, []).append(wire)
        members = []
        for variant in union.variants:
            text = self.ts_type(variant)
            if isinstance(variant, NamedRef) and variant.name in wire_values:
                assert union.discriminator is not None
                key = js_key(union.discriminator.property)
                values = " | ".join(js_literal(w) for w in wire_values[variant.name])
                text = f"({parenthesized(text)} & {{ {key}: {values} }})"
            members.append(text)
        return members


def _property_tags(prop: Property) -> tuple[str, ...]:
    tags = []
    if isinstance(prop.type, PrimitiveType) and prop.type.format in _SHOWN_FORMATS:
        tags.append(f"@format {prop.type.format}")  # the JSON is a string; say which kind
    if prop.read_only:
        tags.append("@readonly Set by the API.")
    if prop.has_default:
        tags.append(f"@defaultValue {js_literal(prop.default)}")
    if prop.deprecated:
        tags.append("@deprecated")
    return tuple(tags)


def referenced_names(ref: TypeRef) -> str | None:
    """The IR name a type expression refers to, through arrays and maps."""
    while isinstance(ref, ArrayType | MapType):
        ref = ref.items if isinstance(ref, ArrayType) else ref.values
    return ref.name if isinstance(ref, NamedRef) else None


def model_refs(named: NamedType) -> list[TypeRef]:
    """The type expressions a declaration mentions (what its file must import)."""
    if isinstance(named, ObjectType):
        refs = [p.type for p in named.properties]
        return refs + ([named.additional] if named.additional is not None else [])
    if isinstance(named, UnionType):
        return list(named.variants)
    if isinstance(named, AliasType):
        return [named.target]
    return []
