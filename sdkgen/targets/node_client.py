"""The Node client's surface for one API: resource groups, methods, parameters, results, errors.

Each operation becomes an async method taking one params object (path, query, header and cookie
parameters by their camelCase names, plus `body`) and per-call options. What the runtime needs
to send it (wire names, styles, body kind, how each status is read) is a constant descriptor
next to the method, so the method itself is one line and all behaviour lives in the runtime.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, partial

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
    ServerVariable,
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
from sdkgen.targets.node_auth import Credential, credentials
from sdkgen.targets.statuses import error_base, status_word

_BODY_PREFERENCE = (
    BodyKind.JSON,
    BodyKind.FORM,
    BodyKind.MULTIPART,
    BodyKind.BINARY,
    BodyKind.TEXT,
)
_DEFAULT_STYLE = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}
# Client members and constructor options that groups, variables and credentials must not take.
# Groups are also file names (resources/<group>.js), so Windows device names are out too.
_WINDOWS_DEVICES = (
    "con",
    "prn",
    "aux",
    "nul",
    *(f"{d}{i}" for d in ("com", "lpt") for i in range(10)),
)
_CLIENT_MEMBERS = ("baseUrl", *MEMBER_RESERVED, *_WINDOWS_DEVICES)
_CLIENT_OPTIONS = (
    "baseUrl",
    *("timeout", "attemptTimeout", "headers", "fetch", "maxRetries", "retry"),
    *("logger", "onRequest", "onResponse"),  # runtime/http.js's HttpOptions
    *MEMBER_RESERVED,
)


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
    doc: Code  # the method's JSDoc block

    @property
    def params_optional(self) -> bool:
        return not any(p.required for p in self.params)

    @property
    def signature(self) -> Code:
        """The method's declaration in the resource's `.d.ts`, wrapped like prettier would."""
        params = f"params{'?' if self.params_optional else ''}: {self.params_type}"
        returns = f"ApiPromise<{self.returns}>"
        line = f"  {self.name}({params}, options?: RequestOptions): {returns};"
        if len(line) <= 100:
            return Code(line)
        return Code(
            f"  {self.name}(\n    {params},\n    options?: RequestOptions,\n  ): {returns};"
        )

    @property
    def wire_params(self) -> list[JsParam]:
        return [p for p in self.params if p.location != "body"]

    @property
    def read_as(self) -> list[JsResponse]:
        """The responses the runtime must know: successes (how to read) and typed errors."""
        return [r for r in self.responses if r.error_class or r.status[:1] == "2"]

    @property
    def security_literal(self) -> Code:
        alternatives = ", ".join(
            "[" + ", ".join(js_str(name) for name in names) + "]" for names in self.security
        )
        return Code(f"[{alternatives}]")

    @property
    def typed_errors(self) -> list[JsResponse]:
        return [r for r in self.responses if r.error_class]

    @property
    def accept(self) -> Code | None:
        """The media types of the successful responses, for the `Accept` header."""
        media = {c.media_type for r in self.op.responses if r.status[:1] == "2" for c in r.contents}
        return js_str(", ".join(sorted(media))) if media else None


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
    def _method_names(self) -> dict[int, str]:
        """id(operation) -> method name, unique in its group (the IR is immutable and alive)."""
        names: dict[int, str] = {}
        for group in self.groups:
            ops = [op for op in self.api.operations if op.group == group]
            unique = naming.unique_names(
                (op.id for op in ops),
                partial(_method_name, group),
                MEMBER_RESERVED,
            )
            names.update((id(op), unique[op.id]) for op in ops)
        return names

    @cached_property
    def _params_types(self) -> dict[int, str]:
        """Named after the whole operation id: they are exported side by side from the index."""
        taken = {*self.types.names.values(), *self.resource_classes.values(), *RUNTIME_EXPORTS}
        keys = {f"{op.group}\0{op.id}": op for op in self.api.operations}
        unique = naming.unique_names(keys, lambda key: type_name(keys[key].id) + "Params", taken)
        return {id(op): unique[key] for key, op in keys.items()}

    @cached_property
    def _error_classes(self) -> dict[tuple[int, str], str]:
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
            return type_name(op.id) + status_word(status) + "Error"

        unique = naming.unique_names(keys, convert, taken)
        return {(id(op), status): unique[key] for key, (op, status) in keys.items()}

    # ---- operations ----------------------------------------------------------------------------

    def operations_of(self, group: str) -> list[JsOperation]:
        return self._operations[group]

    @cached_property
    def _operations(self) -> dict[str, list[JsOperation]]:
        found: dict[str, list[JsOperation]] = {}
        for group in self.groups:
            ops = [op for op in self.api.operations if op.group == group]
            methods = [self._method_names[id(op)] for op in ops]
            constants = naming.unique_names(methods, constant_name)
            built = [self._operation(op, constants[m]) for op, m in zip(ops, methods, strict=True)]
            found[group] = sorted(built, key=lambda o: o.name)
        return found

    def all_operations(self) -> list[tuple[str, JsOperation]]:
        return [
            (self.groups[group], op)
            for group in sorted(self.groups, key=self.groups.__getitem__)
            for op in self.operations_of(group)
        ]

    def _operation(self, op: Operation, constant: str) -> JsOperation:
        name = self._method_names[id(op)]
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
            constant=constant,
            params_type=self._params_types[id(op)],
            params=tuple(params),
            body_kind=body_kind,
            body_media_type=body_media,
            returns=self._returns(responses),
            responses=responses,
            security=self._security(op),
            doc=_method_doc(op, responses),
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
        error_class = self._error_classes.get((id(op), response.status))
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
    def server_variables(self) -> list[tuple[str, ServerVariable]]:
        """(option name, ServerVariable) for the first server's variables."""
        variables = self.api.servers[0].variables if self.api.servers else ()
        names = naming.unique_names((v.name for v in variables), member_name, _CLIENT_OPTIONS)
        return [(names[v.name], v) for v in variables]

    @cached_property
    def credentials(self) -> list[Credential]:
        """One per security scheme: the option that supplies it and how it is applied."""
        taken = {*_CLIENT_OPTIONS, *(name for name, _ in self.server_variables)}
        return credentials(self.api, taken)

    def credential_options(self) -> list[tuple[str, str, str]]:
        """(option, type, what it is) for every credential option, each once."""
        seen: dict[str, tuple[str, str, str]] = {}
        for credential in self.credentials:
            for entry in credential.options:
                seen.setdefault(entry[0], entry)
        return list(seen.values())

    @property
    def base_url(self) -> str:
        return self.api.servers[0].url if self.api.servers else ""

    @property
    def base_url_is_absolute(self) -> bool:
        return "://" in self.base_url

    @cached_property
    def error_responses(self) -> list[tuple[JsOperation, JsResponse]]:
        return [
            (op, response) for _module, op in self.all_operations() for response in op.typed_errors
        ]

    def typed_error_refs(self) -> list[TypeRef]:
        refs = []
        for op, response in self.error_responses:
            for r in op.op.responses:
                if r.status == response.status and (ref := self._typed_json(r)) is not None:
                    refs.append(ref)
        return refs


def _method_doc(op: Operation, responses: tuple[JsResponse, ...]) -> Code:
    parts = [p for p in (op.summary, op.description) if p]
    if len(parts) == 2 and parts[1].startswith(parts[0]):
        parts = parts[1:]
    text = "\n\n".join([*parts, f"`{op.method.upper()} {op.path}`"])
    tags = [
        f"@throws {{{r.error_class}}} {' '.join((r.description or r.status).split())}"
        for r in responses
        if r.error_class
    ]
    if op.deprecated:
        tags.append("@deprecated")
    return js_doc(text, 2, tuple(tags))


def preferred(contents: tuple[MediaContent, ...]) -> MediaContent:
    """The media type a client sends or expects when an operation offers several."""
    return min(contents, key=lambda c: (_BODY_PREFERENCE.index(c.kind), c.media_type))


def _method_name(group: str, op_id: str) -> str:
    return member_name(_without(group, op_id))


def _without(group: str, op_id: str) -> str:
    """`repos/get` in group `repos` -> `get`: the group is already in `client.repos`."""
    op_words = naming.words(op_id)
    group_words = [w.lower() for w in naming.words(group)]
    size = len(group_words)
    if size and len(op_words) > size and [w.lower() for w in op_words[:size]] == group_words:
        return " ".join(op_words[size:])
    return op_id


def _is_error(status: str) -> bool:
    return not status.startswith(("1", "2", "3"))
