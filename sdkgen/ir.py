"""The intermediate representation: what an API offers, independent of spec format and language.

Normalizers build it from Swagger 2.0 or OpenAPI 3.x; backends read it to render packages. Nothing
else crosses between them. Every node is a frozen, keyword-only dataclass and every collection a
tuple in a fixed order, so the same spec always gives the same IR and the same output bytes.

Names here are the API's own (operationIds, schema names, parameter names as written); turning
them into identifiers is each backend's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from typing import Any


class Primitive(Enum):
    STRING = "string"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    ANY = "any"  # no constraint: any JSON value
    NULL = "null"


# ---- types -------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class PrimitiveType:
    """A JSON scalar, with the format that refines it (date, date-time, uuid, binary, byte, ...)."""

    kind: Primitive
    format: str | None = None
    nullable: bool = False


@dataclass(frozen=True, kw_only=True)
class ArrayType:
    items: TypeRef
    nullable: bool = False


@dataclass(frozen=True, kw_only=True)
class MapType:
    """A JSON object used as a dictionary from strings to one value type."""

    values: TypeRef
    nullable: bool = False


@dataclass(frozen=True, kw_only=True)
class NamedRef:
    """A use of a named type (object, enum, union or alias) by its IR name."""

    name: str
    nullable: bool = False


TypeRef = PrimitiveType | ArrayType | MapType | NamedRef


@dataclass(frozen=True, kw_only=True)
class Property:
    name: str
    type: TypeRef
    required: bool = False
    description: str | None = None
    default: Any = None
    has_default: bool = False
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False


@dataclass(frozen=True, kw_only=True)
class ObjectType:
    """A JSON object with known properties; extra properties are typed by `additional`."""

    name: str
    description: str | None = None
    properties: tuple[Property, ...] = ()
    additional: TypeRef | None = None  # None: not declared (a client keeps them as raw JSON)
    deprecated: bool = False


@dataclass(frozen=True, kw_only=True)
class EnumValue:
    value: str | int | float | bool
    description: str | None = None


@dataclass(frozen=True, kw_only=True)
class EnumType:
    """A closed list of scalar values; clients still accept values added later."""

    name: str
    base: Primitive
    values: tuple[EnumValue, ...]
    description: str | None = None


@dataclass(frozen=True, kw_only=True)
class Discriminator:
    property: str
    mapping: tuple[tuple[str, str], ...]  # (wire value, type name)


@dataclass(frozen=True, kw_only=True)
class UnionType:
    """oneOf / anyOf: the value is one of the variants, told apart by a discriminator if any."""

    name: str
    variants: tuple[TypeRef, ...]
    discriminator: Discriminator | None = None
    exclusive: bool = True  # oneOf; anyOf is False
    description: str | None = None


@dataclass(frozen=True, kw_only=True)
class AliasType:
    """A named schema that is not an object, enum or union (an array, a string with format, ...)."""

    name: str
    target: TypeRef
    description: str | None = None


NamedType = ObjectType | EnumType | UnionType | AliasType


# ---- operations --------------------------------------------------------------------------------


class Location(Enum):
    PATH = "path"
    QUERY = "query"
    HEADER = "header"
    COOKIE = "cookie"


@dataclass(frozen=True, kw_only=True)
class Parameter:
    name: str
    location: Location
    type: TypeRef
    required: bool = False
    description: str | None = None
    style: str = "simple"
    explode: bool = False
    allow_reserved: bool = False
    deprecated: bool = False
    default: Any = None
    has_default: bool = False


class BodyKind(Enum):
    """How a body is put on the wire; decided once, from the media type."""

    JSON = "json"
    FORM = "form"  # application/x-www-form-urlencoded
    MULTIPART = "multipart"
    BINARY = "binary"
    TEXT = "text"


@dataclass(frozen=True, kw_only=True)
class MediaContent:
    media_type: str
    kind: BodyKind
    type: TypeRef | None = None  # None: no schema (raw bytes or text)


@dataclass(frozen=True, kw_only=True)
class RequestBody:
    contents: tuple[MediaContent, ...]
    required: bool = False
    description: str | None = None


@dataclass(frozen=True, kw_only=True)
class ResponseHeader:
    name: str
    type: TypeRef
    description: str | None = None


@dataclass(frozen=True, kw_only=True)
class Response:
    status: str  # "200", "4XX" or "default"
    description: str | None = None
    contents: tuple[MediaContent, ...] = ()
    headers: tuple[ResponseHeader, ...] = ()


@dataclass(frozen=True, kw_only=True)
class SecurityRequirement:
    """All of these schemes together (scheme name, scopes)."""

    schemes: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True, kw_only=True)
class Operation:
    id: str  # operationId, or one made from method and path
    method: str  # lower case
    path: str
    group: str  # first tag, else first path segment
    summary: str | None = None
    description: str | None = None
    deprecated: bool = False
    parameters: tuple[Parameter, ...] = ()
    request_body: RequestBody | None = None
    responses: tuple[Response, ...] = ()
    # None: the API's default applies; (): explicitly no auth; else alternatives (any one suffices)
    security: tuple[SecurityRequirement, ...] | None = None
    pointer: str = ""  # where it is in the spec, for diffs and diagnostics


# ---- the API -----------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ServerVariable:
    name: str
    default: str
    enum: tuple[str, ...] = ()
    description: str | None = None


@dataclass(frozen=True, kw_only=True)
class Server:
    url: str  # may hold {variables}; may be relative ("/v1") when the spec gives no host
    description: str | None = None
    variables: tuple[ServerVariable, ...] = ()


class SecurityKind(Enum):
    API_KEY = "api_key"  # a key in a header, query parameter or cookie
    HTTP_BASIC = "http_basic"
    HTTP_BEARER = "http_bearer"
    OAUTH2 = "oauth2"  # a bearer token the caller obtains
    OPENID_CONNECT = "openid_connect"
    AWS_SIGV4 = "aws_sigv4"
    AWS_COGNITO = "aws_cognito"  # a Cognito token in the authorizer's header
    AWS_CUSTOM = "aws_custom"  # a Lambda authorizer's token


@dataclass(frozen=True, kw_only=True)
class SecurityScheme:
    name: str
    kind: SecurityKind
    location: Location | None = None  # where the key or token goes, when not Authorization
    parameter_name: str | None = None  # header, query or cookie name
    scheme: str | None = None  # http scheme, e.g. "bearer"
    description: str | None = None


@dataclass(frozen=True, kw_only=True)
class Api:
    title: str
    version: str
    description: str | None = None
    servers: tuple[Server, ...] = ()
    security_schemes: tuple[SecurityScheme, ...] = ()
    security: tuple[SecurityRequirement, ...] = ()
    operations: tuple[Operation, ...] = ()
    types: tuple[NamedType, ...] = ()
    binary_media_types: tuple[str, ...] = ()
    # An API Gateway deployment: its own errors (403, 429, 5xx) carry {"message": ...} bodies.
    api_gateway: bool = False
    source_sha256: str = field(default="", compare=False)

    @cached_property
    def types_by_name(self) -> dict[str, NamedType]:
        return {named.name: named for named in self.types}
