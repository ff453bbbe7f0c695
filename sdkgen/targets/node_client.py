"""The Node client's surface for one API: resource groups, methods, parameters, results, errors.

Each operation becomes an async method taking one params object (path, query, header and cookie
parameters by their camelCase names, plus `body`) and per-call options. What the runtime needs
to send it (wire names, styles, body kind, how each status is read) is a constant descriptor
next to the method, so the method itself is one line and all behaviour lives in the runtime.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from http import HTTPStatus

from sdkgen import naming
from sdkgen.ir import (
    Api,
    BodyKind,
    Location,
    MediaContent,
    Operation,
    Parameter,
    Primitive,
    PrimitiveType,
    Response,
    SecurityKind,
    SecurityScheme,
    TypeRef,
)
from sdkgen.render import Code
from sdkgen.targets.jssource import js_doc, js_str
from sdkgen.targets.node import (
    GLOBAL_TYPES,
    MEMBER_RESERVED,
    RESERVED,
    RUNTIME_EXPORTS,
    TsTypes,
    constant_name,
    member_name,
    type_name,
    union_text,
)

_BODY_PREFERENCE = (BodyKind.JSON, BodyKind.FORM, BodyKind.MULTIPART, BodyKind.BINARY, BodyKind.TEXT)
_DEFAULT_STYLE = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}
# Client members and constructor options that groups, variables and credentials must not take.
_CLIENT_MEMBERS = ("baseUrl", *MEMBER_RESERVED)
_CLIENT_OPTIONS = ("baseUrl", "timeout", "headers", "fetch", *MEMBER_RESERVED)
_STATUS_BASES = {
    400: "BadRequestError",
    401: "UnauthorizedError",
    403: "ForbiddenError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "TooManyRequestsError",
    500: "InternalServerError",
    502: "BadGatewayError",
    503: "ServiceUnavailableError",
    504: "GatewayTimeoutError",
}


@dataclass(frozen=True)
class JsParam:
    """One entry of an operation's params object."""

    key: str  # the property name callers use
    wire: str
    location: str  # path, query, header, cookie or body
    type: Code
    required: bool
    doc: Code
    descriptor: Code  # how the runtime sends it, as a JavaScript object literal


@dataclass(frozen=True)
class JsResponse:
    """How one documented status is read, and the error class it raises if it is an error."""

    status: str
    kind: str  # json, text, binary or empty
    type: str  # what it decodes to
    error_class: str | None = None
    error_base: str | None = None
    description: str | None = None

    @property
    def literal(self) -> Code:
        return js_str(self.status)


@dataclass(frozen=True)
class JsOperation:
    op: Operation
    name: str  # the method
    constant: str  # the descriptor's name in the resource module
    params_type: str
    params: tuple[JsParam, ...]
    body_kind: str | None
    body_media_type: str | None
    returns: Code
    responses: tuple[JsResponse, ...]
    security: tuple[tuple[str, ...], ...]

    @property
    def params_optional(self) -> bool:
        return not any(p.required for p in self.params)

    @property
    def typed_errors(self) -> list[JsResponse]:
        return [r for r in self.responses if r.error_class]

    @property
    def accept(self) -> Code | None:
        """The media types of the successful responses, for the `Accept` header."""
        media = {c.media_type for r in self.op.responses if r.status[:1] == "2" for c in r.contents}
        return js_str(", ".join(sorted(media))) if media else None


@dataclass(frozen=True)
class AuthOption:
    """A client option that carries one security scheme's credential."""

    option: str
    scheme: SecurityScheme
    kind: str  # apiKey, bearer or basic
    type: str

    @property
    def where(self) -> str:
        if self.kind == "apiKey":
            location = self.scheme.location.value if self.scheme.location else "header"
            return f"the `{self.scheme.parameter_name}` {location}"
        return "the `Authorization` header"


class NodeClient:
    """Names and shapes of everything the generated client exposes."""

    def __init__(self, api: Api, types: TsTypes) -> None:
        self.api = api
        self.types = types

    # ---- names ---------------------------------------------------------------------------------

    @cached_property
    def groups(self) -> dict[str, str]:
        """IR group -> `client.<name>` and the resource module's file name."""
        return naming.unique_names(
            (op.group for op in self.api.operations), member_name, _CLIENT_MEMBERS
        )

    @cached_property
    def group_modules(self) -> list[str]:
        return sorted(self.groups.values())

    @cached_property
    def group_of_module(self) -> dict[str, str]:
        return {module: group for group, module in self.groups.items()}

    @cached_property
    def resource_classes(self) -> dict[str, str]:
        taken = {*self.types.names.values(), *RUNTIME_EXPORTS, *GLOBAL_TYPES, *RESERVED}
        return naming.unique_names(
            self.groups, lambda group: type_name(self.groups[group]) + "Resource", taken
        )

    @cached_property
    def _method_names(self) -> dict[Operation, str]:
        names: dict[Operation, str] = {}
        for group in self.groups:
            ops = [op for op in self.api.operations if op.group == group]
            unique = naming.unique_names((op.id for op in ops), member_name, MEMBER_RESERVED)
            names.update((op, unique[op.id]) for op in ops)
        return names

    @cached_property
    def _params_types(self) -> dict[Operation, str]:
        taken = {*self.types.names.values(), *self.resource_classes.values(), *RUNTIME_EXPORTS}
        keys = {f"{op.group}\0{op.id}": op for op in self.api.operations}
        unique = naming.unique_names(
            keys, lambda key: type_name(self._method_names[keys[key]]) + "Params", taken
        )
        return {op: unique[key] for key, op in keys.items()}

    @cached_property
    def _error_classes(self) -> dict[tuple[Operation, str], str]:
        taken = {
            *self.types.names.values(),
            *self.resource_classes.values(),
            *self._params_types.values(),
            *RUNTIME_EXPORTS,
            *GLOBAL_TYPES,
        }
        keys = {
            f"{op.group}\0{op.id}\0{r.status}": (op, r.status)
            for op in self.api.operations
            for r in op.responses
            if _is_error(r.status) and self._typed_json(r) is not None
        }

        def convert(key: str) -> str:
            op, status = keys[key]
            return type_name(self._method_names[op]) + _status_word(status) + "Error"

        unique = naming.unique_names(keys, convert, taken)
        return {pair: unique[key] for key, pair in keys.items()}

    # ---- operations ----------------------------------------------------------------------------

    def operations_of(self, group: str) -> list[JsOperation]:
        return self._operations[group]

    @cached_property
    def _operations(self) -> dict[str, list[JsOperation]]:
        found: dict[str, list[JsOperation]] = {group: [] for group in self.groups}
        for op in self.api.operations:
            found[op.group].append(self._operation(op))
        for ops in found.values():
            ops.sort(key=lambda o: o.name)
        return found

    def all_operations(self) -> list[tuple[str, JsOperation]]:
        return [
            (self.groups[group], op)
            for group in sorted(self.groups, key=self.groups.__getitem__)
            for op in self.operations_of(group)
        ]

    def _operation(self, op: Operation) -> JsOperation:
        name = self._method_names[op]
        keys = naming.unique_names(
            (f"{p.location.value}\0{p.name}" for p in op.parameters),
            lambda key: member_name(key.split("\0", 1)[1]),
            ("body",),
        )
        params = [self._param(p, keys[f"{p.location.value}\0{p.name}"]) for p in op.parameters]
        body_kind = body_media = None
        if op.request_body is not None and op.request_body.contents:
            content = preferred(op.request_body.contents)
            body_kind, body_media = content.kind.value, content.media_type
            params.append(
                JsParam(
                    key="body",
                    wire="body",
                    location="body",
                    type=Code(self._body_type(content)),
                    required=op.request_body.required,
                    doc=js_doc(op.request_body.description, 2),
                    descriptor=Code(""),
                )
            )
        responses = tuple(self._response(op, r) for r in op.responses)
        return JsOperation(
            op=op,
            name=name,
            constant=constant_name(name),
            params_type=self._params_types[op],
            params=tuple(params),
            body_kind=body_kind,
            body_media_type=body_media,
            returns=self._returns(responses),
            responses=responses,
            security=self._security(op),
        )

    def _param(self, param: Parameter, key: str) -> JsParam:
        location = param.location.value
        fields = [f"key: {js_str(key)}", f"name: {js_str(param.name)}", f"in: {js_str(location)}"]
        if param.style != _DEFAULT_STYLE[location]:
            fields.append(f"style: {js_str(param.style)}")
        if param.explode != (param.style == "form"):
            fields.append(f"explode: {'true' if param.explode else 'false'}")
        if param.allow_reserved:
            fields.append("allowReserved: true")
        tags = ("@deprecated",) if param.deprecated else ()
        return JsParam(
            key=key,
            wire=param.name,
            location=location,
            type=Code(self.types.ts_type(param.type)),
            required=param.required or param.location is Location.PATH,
            doc=js_doc(param.description, 2, tags),
            descriptor=Code("{ " + ", ".join(fields) + " }"),
        )

    def _body_type(self, content: MediaContent) -> str:
        if content.kind is BodyKind.BINARY:
            return "Blob | ArrayBuffer | Uint8Array"
        if content.kind is BodyKind.TEXT:
            return "string"
        if content.type is None:
            return "unknown" if content.kind is BodyKind.JSON else "{ [key: string]: unknown }"
        return self.types.ts_type(content.type)

    def _response(self, op: Operation, response: Response) -> JsResponse:
        kind, type_text = self._response_kind(response)
        if not _is_error(response.status):
            return JsResponse(status=response.status, kind=kind, type=type_text)
        error_class = self._error_classes.get((op, response.status))
        return JsResponse(
            status=response.status,
            kind=kind,
            type=type_text,
            error_class=error_class,
            error_base=error_base(response.status),
            description=response.description,
        )

    def _response_kind(self, response: Response) -> tuple[str, str]:
        if not response.contents:
            return "empty", "void"
        content = preferred(response.contents)
        if content.kind is BodyKind.JSON:
            return "json", self.types.ts_type(content.type) if content.type else "unknown"
        if content.kind is BodyKind.TEXT:
            return "text", "string"
        if content.kind in (BodyKind.FORM, BodyKind.MULTIPART):
            return "text", "string"
        return "binary", "Uint8Array"

    def _typed_json(self, response: Response) -> TypeRef | None:
        if not response.contents:
            return None
        content = preferred(response.contents)
        if content.kind is not BodyKind.JSON or content.type is None:
            return None
        if isinstance(content.type, PrimitiveType) and content.type.kind is Primitive.ANY:
            return None
        return content.type

    @staticmethod
    def _returns(responses: tuple[JsResponse, ...]) -> Code:
        types = [r.type for r in responses if r.error_class is None and r.status.startswith("2")]
        if not types:
            return Code("unknown")
        if len(types) > 1 and "void" in types:
            types = [t for t in types if t != "void"] + ["undefined"]
        return union_text(types)

    def _security(self, op: Operation) -> tuple[tuple[str, ...], ...]:
        requirements = op.security if op.security is not None else self.api.security
        return tuple(tuple(name for name, _scopes in r.schemes) for r in requirements)

    # ---- client options ------------------------------------------------------------------------

    @cached_property
    def server_variables(self) -> list[tuple[str, object]]:
        """(option name, ServerVariable) for the first server's variables."""
        variables = self.api.servers[0].variables if self.api.servers else ()
        names = naming.unique_names((v.name for v in variables), member_name, _CLIENT_OPTIONS)
        return [(names[v.name], v) for v in variables]

    @cached_property
    def auth_options(self) -> list[AuthOption]:
        """One option per scheme the client can apply by itself (SigV4 is signed elsewhere)."""
        schemes = [s for s in self.api.security_schemes if _AUTH_KINDS.get(s.kind)]
        taken = (*_CLIENT_OPTIONS, *(name for name, _ in self.server_variables))
        names = naming.unique_names((s.name for s in schemes), member_name, taken)
        options = []
        for scheme in schemes:
            kind = _AUTH_KINDS[scheme.kind]
            option_type = "BasicCredentials" if kind == "basic" else "Secret"
            options.append(AuthOption(names[scheme.name], scheme, kind, option_type))
        return options

    @property
    def base_url(self) -> str:
        return self.api.servers[0].url if self.api.servers else ""

    @property
    def base_url_is_absolute(self) -> bool:
        return "://" in self.base_url

    @cached_property
    def error_responses(self) -> list[tuple[JsOperation, JsResponse]]:
        return [
            (op, response)
            for _module, op in self.all_operations()
            for response in op.typed_errors
        ]

    def typed_error_refs(self) -> list[TypeRef]:
        refs = []
        for op, response in self.error_responses:
            for r in op.op.responses:
                if r.status == response.status and (ref := self._typed_json(r)) is not None:
                    refs.append(ref)
        return refs


_AUTH_KINDS = {
    SecurityKind.API_KEY: "apiKey",
    SecurityKind.AWS_COGNITO: "apiKey",
    SecurityKind.AWS_CUSTOM: "apiKey",
    SecurityKind.HTTP_BEARER: "bearer",
    SecurityKind.OAUTH2: "bearer",
    SecurityKind.OPENID_CONNECT: "bearer",
    SecurityKind.HTTP_BASIC: "basic",
}


def preferred(contents: tuple[MediaContent, ...]) -> MediaContent:
    """The media type a client sends or expects when an operation offers several."""
    return min(contents, key=lambda c: (_BODY_PREFERENCE.index(c.kind), c.media_type))


def _is_error(status: str) -> bool:
    return not status.startswith(("1", "2", "3"))


def error_base(status: str) -> str:
    """The runtime class a documented error response's typed class extends."""
    if status.isdigit():
        code = int(status)
        if code in _STATUS_BASES:
            return _STATUS_BASES[code]
        return "ServerError" if code >= 500 else "ClientError" if code >= 400 else "ApiError"
    return {"4XX": "ClientError", "5XX": "ServerError"}.get(status.upper(), "ApiError")


def _status_word(status: str) -> str:
    """404 -> NotFound, 5XX -> Server: the middle of a typed error's class name."""
    if status.isdigit():
        try:
            return naming.pascal_case(HTTPStatus(int(status)).phrase).removesuffix("Error")
        except ValueError:
            return f"Status{status}"
    return {"4XX": "Client", "5XX": "Server"}.get(status.upper(), "Default")
