"""Paths and their operations to IR operations, for Swagger 2.0 and OpenAPI 3.x alike.

Swagger 2.0's `body` and `formData` parameters, `consumes`/`produces` and bare response schemas
are read into the same request-body and media-type shapes OpenAPI 3 has, so both formats give one
IR for one API.
"""

from __future__ import annotations

import re
from typing import Any

from sdkgen.ir import (
    BodyKind,
    Location,
    MediaContent,
    Operation,
    Parameter,
    Primitive,
    PrimitiveType,
    RequestBody,
    Response,
    ResponseHeader,
    SecurityRequirement,
)
from sdkgen.normalize.context import Context, text
from sdkgen.normalize.schemas import SchemaNormalizer, escape
from sdkgen.normalize.security import AWS_IAM_SCHEME, requirements

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PATH_PARAM = re.compile(r"{([^{}]+)}")
_DEFAULT_STYLE = {
    Location.PATH: "simple",
    Location.QUERY: "form",
    Location.HEADER: "simple",
    Location.COOKIE: "form",
}
_COLLECTION_FORMATS = {
    "csv": ("form", False),
    "multi": ("form", True),
    "ssv": ("spaceDelimited", False),
    "pipes": ("pipeDelimited", False),
    "tsv": ("tabDelimited", False),
}


class OperationNormalizer:
    def __init__(self, context: Context, schemas: SchemaNormalizer) -> None:
        self.context = context
        self.schemas = schemas
        self._ids: set[str] = set()
        document = context.document
        self.consumes = _str_list(document.get("consumes")) or ["application/json"]
        self.produces = _str_list(document.get("produces")) or ["application/json"]

    def all(self) -> list[Operation]:
        paths = self.context.mapping(self.context.document.get("paths"), "/paths", "paths")
        operations = []
        for path in sorted(paths):
            if path.startswith("x-"):  # a specification extension, not a path
                continue
            item_pointer = f"/paths/{escape(path)}"
            item, item_pointer = self.context.deref(paths[path], item_pointer)
            item = self.context.mapping(item, item_pointer, "a path item")
            wire_path = self._clean_path(path, item_pointer)
            for method in METHODS:
                if method not in item:
                    continue
                pointer = f"{item_pointer}/{method}"
                raw = self.context.mapping(item[method], pointer, "an operation")
                if self._is_cors_preflight(method, raw):
                    continue
                operations.append(self._operation(wire_path, method, raw, item, pointer))
            if "x-amazon-apigateway-any-method" in item:
                self.context.warn(
                    f"{item_pointer}/x-amazon-apigateway-any-method",
                    "ANY-method integrations are not generated: list the methods clients call",
                )
        return operations

    def _clean_path(self, path: str, pointer: str) -> str:
        if "?" in path:
            self.context.warn(pointer, "a path key holds a query string; it is left out")
            path = path.split("?", 1)[0]
        return path if path.startswith("/") else "/" + path

    def _is_cors_preflight(self, method: str, raw: dict[str, Any]) -> bool:
        """API Gateway's console-made OPTIONS mock for CORS is not an operation clients call."""
        integration = raw.get("x-amazon-apigateway-integration")
        return (
            method == "options"
            and isinstance(integration, dict)
            and (integration.get("type") == "mock")
        )

    def _operation(
        self, path: str, method: str, raw: dict[str, Any], item: dict[str, Any], pointer: str
    ) -> Operation:
        op_id = self._unique_id(raw.get("operationId"), method, path, pointer)
        tags = [t for t in raw.get("tags") or [] if isinstance(t, str) and t.strip()]
        parameters, body = self._parameters(item, raw, pointer, op_id)
        if not self.context.swagger2 and "requestBody" in raw:
            body = self._request_body(raw["requestBody"], f"{pointer}/requestBody", op_id)
        self._check_path_parameters(path, parameters, pointer)
        security = raw.get("security")
        return Operation(
            id=op_id,
            method=method,
            path=path,
            group=tags[0].strip() if tags else _group_from_path(path),
            summary=text(raw.get("summary")),
            description=text(raw.get("description")),
            deprecated=raw.get("deprecated") is True,
            parameters=tuple(parameters),
            request_body=body,
            responses=self._responses(raw, pointer, op_id),
            security=self._security(raw, security, pointer),
            pointer=pointer,
        )

    def _unique_id(self, raw_id: Any, method: str, path: str, pointer: str) -> str:
        if isinstance(raw_id, str) and raw_id.strip():
            wanted = raw_id.strip()
        else:
            words = [w for w in re.split(r"[/{}]+", path) if w]
            wanted = " ".join([method, *words]) if words else method
        name, counter = wanted, 2
        while name.lower() in self._ids:
            if counter == 2 and isinstance(raw_id, str):
                self.context.warn(pointer + "/operationId", f"operationId {raw_id!r} is not unique")
            name = f"{wanted} {counter}"
            counter += 1
        self._ids.add(name.lower())
        return name

    def _security(
        self, raw: dict[str, Any], security: Any, pointer: str
    ) -> tuple[SecurityRequirement, ...] | None:
        if security is not None:
            return requirements(self.context, security, pointer + "/security")
        auth = raw.get("x-amazon-apigateway-auth")
        if isinstance(auth, dict) and str(auth.get("type", "")).upper() == "AWS_IAM":
            return (SecurityRequirement(schemes=((AWS_IAM_SCHEME, ()),)),)
        return None

    # ---- parameters ----------------------------------------------------------------------------

    def _parameters(
        self, item: dict[str, Any], raw: dict[str, Any], pointer: str, op_id: str
    ) -> tuple[list[Parameter], RequestBody | None]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        item_pointer = pointer.rsplit("/", 1)[0]
        for source, base in ((item, item_pointer), (raw, pointer)):
            for index, param in enumerate(source.get("parameters") or []):
                param_pointer = f"{base}/parameters/{index}"
                resolved, param_pointer = self.context.deref(param, param_pointer)
                resolved = self.context.mapping(resolved, param_pointer, "a parameter")
                name, where = resolved.get("name"), resolved.get("in")
                if not isinstance(name, str) or not isinstance(where, str):
                    raise self.context.fail(param_pointer, "a parameter needs a 'name' and an 'in'")
                merged[(where, name)] = (resolved, param_pointer)
        parameters: list[Parameter] = []
        body_params: list[tuple[dict[str, Any], str]] = []
        form_params: list[tuple[dict[str, Any], str]] = []
        for (where, _name), (param, param_pointer) in merged.items():
            if where == "body":
                body_params.append((param, param_pointer))
            elif where == "formData":
                form_params.append((param, param_pointer))
            elif where in ("path", "query", "header", "cookie"):
                parameters.append(self._parameter(param, param_pointer, op_id))
            else:
                raise self.context.fail(
                    param_pointer + "/in", f"unknown parameter location {where!r}"
                )
        body = self._swagger2_body(raw, body_params, form_params, op_id)
        order = {Location.PATH: 0, Location.QUERY: 1, Location.HEADER: 2, Location.COOKIE: 3}
        parameters.sort(key=lambda p: (order[p.location], not p.required))
        return parameters, body

    def _parameter(self, param: dict[str, Any], pointer: str, op_id: str) -> Parameter:
        location = Location(param["in"])
        name = param["name"]
        hint = f"{op_id} {name}"
        if self.context.swagger2:
            inline = {k: v for k, v in param.items() if k not in ("name", "in", "required")}
            type_ref = self.schemas.convert(inline, pointer, hint)
            if param.get("type") == "array":
                style, explode = _COLLECTION_FORMATS.get(
                    str(param.get("collectionFormat", "csv")), ("form", False)
                )
            else:  # collectionFormat means nothing for a scalar: use OpenAPI 3's defaults
                style = _DEFAULT_STYLE[location]
                explode = style == "form"
            if location in (Location.PATH, Location.HEADER) and style == "form":
                style = "simple"
            default = param.get("default")
            has_default = "default" in param
        else:
            schema = param.get("schema")
            content = param.get("content")
            if schema is None and isinstance(content, dict) and content:
                first = next(iter(content.values()))
                schema = first.get("schema") if isinstance(first, dict) else None
            type_ref = self.schemas.convert(schema, pointer + "/schema", hint)
            style = str(param.get("style") or _DEFAULT_STYLE[location])
            explode = param.get("explode", style == "form") is True
            details = schema if isinstance(schema, dict) else {}
            default, has_default = details.get("default"), "default" in details
        return Parameter(
            name=name,
            location=location,
            type=type_ref,
            required=location is Location.PATH or param.get("required") is True,
            description=text(param.get("description")),
            style=style,
            explode=explode,
            allow_reserved=param.get("allowReserved") is True,
            deprecated=param.get("deprecated") is True,
            default=default,
            has_default=has_default,
        )

    def _check_path_parameters(self, path: str, parameters: list[Parameter], pointer: str) -> None:
        declared = {p.name for p in parameters if p.location is Location.PATH}
        for name in _PATH_PARAM.findall(path):
            if name not in declared:
                self.context.warn(pointer, f"path parameter {name!r} is not declared; sent as text")
                parameters.insert(
                    0,
                    Parameter(
                        name=name,
                        location=Location.PATH,
                        type=_STRING,
                        required=True,
                    ),
                )

    # ---- bodies --------------------------------------------------------------------------------

    def _swagger2_body(
        self,
        raw: dict[str, Any],
        body_params: list[tuple[dict[str, Any], str]],
        form_params: list[tuple[dict[str, Any], str]],
        op_id: str,
    ) -> RequestBody | None:
        consumes = _str_list(raw.get("consumes")) or self.consumes
        if body_params:
            param, pointer = body_params[0]
            type_ref = self.schemas.convert(
                param.get("schema"), pointer + "/schema", op_id + " request"
            )
            contents = tuple(
                MediaContent(media_type=m, kind=self._body_kind(m), type=type_ref)
                for m in _unique(consumes)
            )
            return RequestBody(
                contents=contents,
                required=param.get("required") is True,
                description=text(param.get("description")),
            )
        if not form_params:
            return None
        properties: dict[str, Any] = {}
        required: list[str] = []
        has_file = False
        for param, _pointer in form_params:
            schema = {k: v for k, v in param.items() if k not in ("name", "in", "required")}
            has_file = has_file or schema.get("type") == "file"
            properties[param["name"]] = schema
            if param.get("required") is True:
                required.append(param["name"])
        object_schema: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            object_schema["required"] = required
        media = [
            m for m in consumes if m in ("multipart/form-data", "application/x-www-form-urlencoded")
        ]
        if has_file or not media:
            media = ["multipart/form-data"] if has_file else ["application/x-www-form-urlencoded"]
        type_ref = self.schemas.convert(object_schema, form_params[0][1], op_id + " request")
        contents = tuple(
            MediaContent(media_type=m, kind=self._body_kind(m), type=type_ref) for m in media
        )
        return RequestBody(contents=contents, required=bool(required))

    def _request_body(self, raw: Any, pointer: str, op_id: str) -> RequestBody | None:
        body, pointer = self.context.deref(raw, pointer)
        body = self.context.mapping(body, pointer, "a request body")
        contents = self._contents(body.get("content"), pointer + "/content", op_id + " request")
        return RequestBody(
            contents=contents,
            required=body.get("required") is True,
            description=text(body.get("description")),
        )

    def _contents(self, raw: Any, pointer: str, hint: str) -> tuple[MediaContent, ...]:
        content = self.context.mapping(raw, pointer, "content")
        result = []
        for media_type, media in content.items():
            media_pointer = f"{pointer}/{escape(media_type)}"
            media = self.context.mapping(media, media_pointer, "a media type")
            schema = media.get("schema")
            type_ref = None
            if self._is_gateway_empty(schema, media_pointer + "/schema"):
                continue
            if schema is not None:
                type_ref = self.schemas.convert(schema, media_pointer + "/schema", hint)
            result.append(
                MediaContent(media_type=media_type, kind=self._body_kind(media_type), type=type_ref)
            )
        return tuple(result)

    def _is_gateway_empty(self, schema: Any, pointer: str) -> bool:
        """API Gateway's `Empty` model means "no body worth typing", not an empty object type."""
        if not self.context.api_gateway or not isinstance(schema, dict):
            return False
        target, _ = self.context.deref(schema, pointer)
        return (
            isinstance(target, dict)
            and target.get("type") == "object"
            and not any(k in target for k in ("properties", "additionalProperties", "allOf"))
            and (target.get("title") == "Empty Schema" or schema.get("$ref", "").endswith("/Empty"))
        )

    def _body_kind(self, media_type: str) -> BodyKind:
        lowered = media_type.lower().split(";", 1)[0].strip()
        if any(_media_matches(pattern, lowered) for pattern in self.context.binary_media_types):
            return BodyKind.BINARY
        if lowered == "application/json" or lowered.endswith("+json") or "json" in lowered:
            return BodyKind.JSON
        if lowered == "application/x-www-form-urlencoded":
            return BodyKind.FORM
        if lowered.startswith("multipart/"):
            return BodyKind.MULTIPART
        if lowered.startswith("text/"):
            return BodyKind.TEXT
        return BodyKind.BINARY

    # ---- responses -----------------------------------------------------------------------------

    def _responses(self, raw: dict[str, Any], pointer: str, op_id: str) -> tuple[Response, ...]:
        responses_pointer = pointer + "/responses"
        responses = self.context.mapping(raw.get("responses"), responses_pointer, "responses")
        produces = _str_list(raw.get("produces")) or self.produces
        result = []
        success = sorted(s for s in responses if str(s).startswith("2"))
        for status in sorted(responses, key=_status_order):
            key = str(status)
            response_pointer = f"{responses_pointer}/{escape(key)}"
            response, response_pointer = self.context.deref(responses[status], response_pointer)
            response = self.context.mapping(response, response_pointer, "a response")
            hint = (
                f"{op_id} response" if success and key == success[0] else f"{op_id} response {key}"
            )
            if self.context.swagger2:
                contents: tuple[MediaContent, ...] = ()
                if response.get("schema") is not None and not self._is_gateway_empty(
                    response["schema"], response_pointer + "/schema"
                ):
                    type_ref = self.schemas.convert(
                        response["schema"], response_pointer + "/schema", hint
                    )
                    contents = tuple(
                        MediaContent(media_type=m, kind=self._body_kind(m), type=type_ref)
                        for m in _unique(produces)
                    )
            else:
                contents = self._contents(
                    response.get("content"), response_pointer + "/content", hint
                )
            result.append(
                Response(
                    status=key.upper() if key.lower().endswith("xx") else key,
                    description=text(response.get("description")),
                    contents=contents,
                    headers=self._headers(response.get("headers"), response_pointer + "/headers"),
                )
            )
        return tuple(result)

    def _headers(self, raw: Any, pointer: str) -> tuple[ResponseHeader, ...]:
        headers = self.context.mapping(raw, pointer, "headers")
        result = []
        for name in sorted(headers, key=str.lower):
            header_pointer = f"{pointer}/{escape(name)}"
            header, header_pointer = self.context.deref(headers[name], header_pointer)
            header = self.context.mapping(header, header_pointer, "a header")
            if self.context.swagger2:
                inline = {k: v for k, v in header.items() if k != "description"}
                type_ref = self.schemas.convert(inline, header_pointer, name)
            else:
                schema = header.get("schema")
                type_ref = (
                    self.schemas.convert(schema, header_pointer + "/schema", name)
                    if schema is not None
                    else _STRING
                )
            result.append(
                ResponseHeader(
                    name=name, type=type_ref, description=text(header.get("description"))
                )
            )
        return tuple(result)


_STRING = PrimitiveType(kind=Primitive.STRING)


def _status_order(status: Any) -> tuple[int, str]:
    key = str(status)
    if key == "default":
        return (2, key)
    return (1, key) if key[:1].isdigit() else (3, key)


# A path segment that names an API version (`v1`, `v2beta1`, `v1.2`), not a resource.
_VERSION_SEGMENT = re.compile(r"^v\d+(?:\.\d+)*(?:(?:alpha|beta)\d*)?$", re.IGNORECASE)


def _group_from_path(path: str) -> str:
    """An untagged operation's group: its path's first literal segment past any version.

    `/v1/customers/{id}` belongs with `customers`: grouping every operation of an API whose
    paths all start with `/v1` under `v1` would make one module (and one client attribute) of
    the whole API. A path of versions alone keeps its first.
    """
    literal = [s for s in path.split("/") if s and not s.startswith("{")]
    named = [s for s in literal if not _VERSION_SEGMENT.match(s)]
    return (named or literal or ["default"])[0]


def _str_list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _media_matches(pattern: str, media_type: str) -> bool:
    pattern = pattern.lower().replace("~1", "/")
    if pattern == "*/*":
        return True
    if pattern.endswith("/*"):
        return media_type.startswith(pattern[:-1])
    return pattern == media_type
