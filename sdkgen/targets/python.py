"""What Python needs to know about an API: identifiers, annotations, coders and which files exist.

Everything a Python template asks is answered here, from the IR, so templates stay free of
decisions. Names are made collision-free per scope (module, class, function) and never collide
with keywords, builtins or the names the generated runtime itself uses.
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

from sdkgen import naming
from sdkgen.ir import (
    Api,
    ArrayType,
    BodyKind,
    EnumType,
    Location,
    MapType,
    MediaContent,
    NamedRef,
    NamedType,
    ObjectType,
    Operation,
    Parameter,
    Primitive,
    PrimitiveType,
    Property,
    Response,
    TypeRef,
    UnionType,
)
from sdkgen.render import Code
from sdkgen.targets import python_auth
from sdkgen.targets.plan import SHARED, python_model_modules
from sdkgen.targets.pysource import py_literal, py_str
from sdkgen.targets.statuses import error_base, status_word
from sdkgen.targets.typegraph import named_in

_PATH_FIELD = re.compile(r"{([^{}]+)}")
_RESERVED = set(keyword.kwlist) | set(keyword.softkwlist) | set(dir(builtins))
# Up to this many optional fields, from_dict counts the fields present to rule out others.
_COUNTED_OPTIONAL_FIELDS = 12
# What the `models` package's __init__ uses itself: no model module may take these names.
_MODELS_PACKAGE_NAMES = frozenset({"annotations", "importlib", "typing"})
# Names the generated modules import or define themselves; models and groups must not shadow them.
_RUNTIME_NAMES = {
    "Any",
    "Unset",
    "UNSET",
    "Enum",
    "dataclass",
    "field",
    "datetime",
    "uuid",
    "httpx",
    "Mapping",
    "Client",
    "AsyncClient",
    "ApiError",
    "annotations",
    "TYPE_CHECKING",
}
_CALL_KWARGS = ("self", "body", "timeout", "extra_headers", "max_retries")
_BODY_PREFERENCE = (
    BodyKind.JSON,
    BodyKind.FORM,
    BodyKind.MULTIPART,
    BodyKind.BINARY,
    BodyKind.TEXT,
)


def identifier(name: str, convert: Any = naming.snake_case) -> str:
    """A valid, non-reserved Python identifier for any spec name."""
    result = convert(name) or "value"
    if result[0].isdigit():
        result = ("n" if convert is naming.snake_case else "N") + result
    if result in _RESERVED or result in _RUNTIME_NAMES:
        result += "_"
    return result


def class_identifier(name: str) -> str:
    if not naming.pascal_case(name):  # `_`, `-`, `...`: nothing to build a class name from
        return "Model"
    result = identifier(name, naming.pascal_case)
    return result[:-1] + "Model" if result.endswith("_") else result


def _module_identifier(name: str) -> str:
    """An identifier that also names files: `aux` cannot be a file on Windows, `aux_` can."""
    result = identifier(name)
    return result + "_" if result in naming.RESERVED_FILE_NAMES else result


def _avoiding(name: str, taken: set[str]) -> str:
    return name + "Model" if name in taken else name


class Field(NamedTuple):
    """One model attribute: its wire name, Python name and how from_dict reads it.

    A named tuple: a large spec has tens of thousands, and a tuple is built several times faster
    than a frozen dataclass."""

    wire: str
    name: str
    annotation: str
    required: bool
    description: str | None
    wire_literal: Code  # the wire name as a string literal
    read: Code  # the expression from_dict assigns: over `data`, UNSET when optional and absent


@dataclass(frozen=True)
class Param:
    wire: str
    name: str
    location: str
    annotation: str
    required: bool
    style: str
    explode: bool
    encode: str  # expression over `value`
    description: str | None
    annotation_ref: TypeRef | None = None

    @property
    def wire_literal(self) -> Code:
        return py_str(self.wire)


@dataclass(frozen=True)
class ErrorCase:
    status: str
    class_name: str | None  # a typed subclass when the response declares a body
    base: str
    decode: str | None
    model_annotation: str | None


class NamedOperation(NamedTuple):
    name: str  # the Python method name
    op: Operation


@dataclass(frozen=True)
class PyOperation:
    op: Operation
    name: str
    params: tuple[Param, ...]
    body: Param | None
    body_kind: str | None
    body_media_type: str | None
    returns: str
    success: tuple[tuple[str, str, str], ...]  # (status, body kind, decode expression)
    errors: tuple[ErrorCase, ...]

    @property
    def path_format(self) -> Code:
        """The path as a str.format template with positional fields, as a literal."""
        path = self.op.path.replace("{", "{{").replace("}", "}}")
        for index, name in enumerate(self.path_param_order):
            path = path.replace("{{" + name + "}}", "{" + str(index) + "}")
        return py_str(path)

    @property
    def path_param_order(self) -> list[str]:
        # once each: `/{location}/x/{location}` takes one argument, used twice
        return list(dict.fromkeys(_PATH_FIELD.findall(self.op.path)))

    def path_args(self) -> list[Param]:
        by_wire = {p.wire: p for p in self.params if p.location == "path"}
        return [by_wire[name] for name in self.path_param_order if name in by_wire]

    def has_param(self, name: str) -> bool:
        return any(p.name == name for p in self.params)

    def params_in(self, location: str) -> list[Param]:
        return [p for p in self.params if p.location == location]

    @property
    def method_literal(self) -> Code:
        return py_str(self.op.method.upper())

    @property
    def media_literal(self) -> Code:
        return py_str(self.body_media_type or "")

    def doc_text(self) -> str:
        parts = [p for p in (self.op.summary, self.op.description) if p]
        if len(parts) == 2 and parts[1].startswith(parts[0]):
            parts = parts[1:]
        text = "\n\n".join(parts) or f"{self.op.method.upper()} {self.op.path}"
        documented = [p for p in (*self.params, *(() if self.body is None else (self.body,)))]
        lines = [
            f"    {p.name}: {' '.join(p.description.split())}" for p in documented if p.description
        ]
        if lines:
            text += "\n\nArgs:\n" + "\n".join(lines)
        if self.op.deprecated:
            text += "\n\nDeprecated."
        return text


@dataclass
class PythonTarget:
    """The Python view of one API."""

    api: Api
    package: str  # import package, e.g. orders_v1
    distribution: str  # e.g. orders-v1
    version: str
    sdkgen_version: str
    _class_names: dict[str, str] = field(default_factory=dict)
    _fields_cache: dict[str, list[Field]] = field(default_factory=dict)
    _field_names: dict[tuple[str, ...], dict[str, str]] = field(default_factory=dict)
    _field_code: dict[tuple[str, bool, TypeRef], tuple[str, Code, Code]] = field(
        default_factory=dict
    )
    _enum_members: dict[tuple[tuple[type, str], ...], list[tuple[str, str]]] = field(
        default_factory=dict
    )
    _operations_cache: dict[str, list[PyOperation]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Resource modules import models by name beside their own classes: a schema called
        # `PetsResource` must not shadow the `pets` group's class (it becomes PetsResourceModel).
        resources = {
            f"{prefix}{self.group_class(group)}{suffix}"
            for group in self.groups
            for prefix in ("", "Async")
            for suffix in ("", "WithRawResponse")
        }
        self._class_names = naming.unique_names(
            (t.name for t in self.api.types),
            lambda name: _avoiding(class_identifier(name), resources),
            taken=_RUNTIME_NAMES | resources,
        )

    def prepare(self) -> None:
        """Work out what every module needs, once, before rendering forks into workers.

        A model's fields and a group's operations are left to the workers that render them:
        they are the bulk of the work, and most are needed by one module only."""
        _ = (self.model_module_of, self._models_by_module, self.scheme_wiring)
        _ = self._group_by_module

    # ---- names ---------------------------------------------------------------------------------

    def class_name(self, type_name: str) -> str:
        return self._class_names[type_name]

    @cached_property
    def groups(self) -> dict[str, str]:
        """IR group -> module and attribute name."""
        return naming.unique_names(
            (op.group for op in self.api.operations),
            _module_identifier,
            taken=_RUNTIME_NAMES | {"base_url", "request", "close", "aclose"},
        )

    def group_class(self, group: str) -> str:
        return naming.pascal_case(self.groups[group]) + "Resource"

    def operations_of(self, group: str) -> list[PyOperation]:
        found = self._operations_cache.get(group)
        if found is None:
            found = self._operations_cache[group] = self._group_operations(group)
        return found

    def _group_operations(self, group: str) -> list[PyOperation]:
        return [self._operation(op, name) for name, op in self._named_operations(group)]

    def _named_operations(self, group: str) -> list[NamedOperation]:
        """The group's operations with their method names, in method-name order."""
        ops = [op for op in self.api.operations if op.group == group]
        names = naming.unique_names((op.id for op in ops), identifier, taken=("with_raw_response",))
        return sorted((NamedOperation(names[op.id], op) for op in ops), key=lambda o: o.name)

    @cached_property
    def model_module_of(self) -> dict[str, str]:
        """IR type -> its module in `models`: the group's name, then `<group>_2`, ..."""
        return {name: self._model_module_names[chunk] for name, chunk in self._placed.items()}

    @cached_property
    def _placed(self) -> dict[str, tuple[str, int]]:
        return python_model_modules(self.api, self.groups)

    @cached_property
    def _model_module_names(self) -> dict[tuple[str, int], str]:
        keys = {f"{group}\0{chunk:09d}": (group, chunk) for group, chunk in self._placed.values()}
        # Once imported, a module is an attribute of the `models` package: it must shadow
        # neither an exported name nor what the package's own __init__ uses. (Module names are
        # lower case: of the exports, only decode_x and encode_x could clash.)
        exported = {name for named in self.api.types for name in self._exports_of(named)}
        names = naming.unique_names(
            keys,
            lambda key: keys[key][0] + ("" if keys[key][1] == 1 else f"_{keys[key][1]}"),
            taken={name for name in exported if name.islower()} | _MODELS_PACKAGE_NAMES,
        )
        return {keys[key]: name for key, name in names.items()}

    @cached_property
    def _group_of_model_module(self) -> dict[str, str]:
        return {name: group for (group, _), name in self._model_module_names.items()}

    @cached_property
    def model_module_names(self) -> list[str]:
        return sorted(set(self.model_module_of.values()))

    def models_in(self, module: str) -> list[NamedType]:
        return self._models_by_module.get(module, [])

    @cached_property
    def _models_by_module(self) -> dict[str, list[NamedType]]:
        found: dict[str, list[NamedType]] = {}
        for named in self.api.types:
            found.setdefault(self.model_module_of[named.name], []).append(named)
        return found

    @cached_property
    def server_variables(self) -> dict[str, str]:
        variables = self.api.servers[0].variables if self.api.servers else ()
        return naming.unique_names(
            (v.name for v in variables),
            identifier,
            taken=(
                "self",
                "base_url",
                "timeout",
                "headers",
                "http_client",
                "region",
                "service",
                "api_key",
                "token",
                "username",
                "password",
                "aws_credentials",
            ),
        )

    # ---- types ---------------------------------------------------------------------------------

    def annotation(self, ref: TypeRef) -> str:
        base = self._bare_annotation(ref)
        return f"{base} | None" if ref.nullable else base

    def _bare_annotation(self, ref: TypeRef) -> str:
        if isinstance(ref, NamedRef):
            return self.class_name(ref.name)
        if isinstance(ref, ArrayType):
            return f"list[{self.annotation(ref.items)}]"
        if isinstance(ref, MapType):
            return f"dict[str, {self.annotation(ref.values)}]"
        return _primitive_annotation(ref)

    def decoder(self, ref: TypeRef, value: str = "value", models: str = "") -> str:
        """A Python expression turning JSON `value` into the annotated type.

        `models` prefixes model names: resources say `_m.Pet`, through the lazy models package.
        """
        inner = self._bare_decoder(ref, value, models)
        if ref.nullable and inner != value:
            return f"None if {value} is None else {inner}"
        return inner

    def _bare_decoder(self, ref: TypeRef, value: str, models: str = "") -> str:
        if isinstance(ref, NamedRef):
            named = self.api.types_by_name[ref.name]
            cls = self.class_name(ref.name)
            if isinstance(named, UnionType):
                return f"{models}decode_{naming.snake_case(cls)}({value})"
            if isinstance(named, EnumType):
                return f"{models}{cls}({value})"
            return f"{models}{cls}.from_dict({value})"
        if isinstance(ref, ArrayType):
            item = self.decoder(ref.items, "item", models)
            return value if item == "item" else f"[{item} for item in {value}]"
        if isinstance(ref, MapType):
            item = self.decoder(ref.values, "item", models)
            return value if item == "item" else f"{{key: {item} for key, item in {value}.items()}}"
        return _primitive_coder(ref, value, decode=True)

    def encoder(self, ref: TypeRef, value: str = "value") -> str:
        """A Python expression turning the annotated `value` into JSON data."""
        inner = self._bare_encoder(ref, value)
        if ref.nullable and inner != value:
            return f"None if {value} is None else {inner}"
        return inner

    def _bare_encoder(self, ref: TypeRef, value: str) -> str:
        if isinstance(ref, NamedRef):
            named = self.api.types_by_name[ref.name]
            if isinstance(named, UnionType):
                return f"_model.encode({value})"
            if isinstance(named, EnumType):
                return f"{value}.value"
            return f"{value}.to_dict()"
        if isinstance(ref, ArrayType):
            item = self.encoder(ref.items, "item")
            return value if item == "item" else f"[{item} for item in {value}]"
        if isinstance(ref, MapType):
            item = self.encoder(ref.values, "item")
            return value if item == "item" else f"{{key: {item} for key, item in {value}.items()}}"
        return _primitive_coder(ref, value, decode=False)

    def fields(self, model: ObjectType) -> list[Field]:
        cached = self._fields_cache.get(model.name)
        if cached is None:
            cached = self._fields_cache[model.name] = self._fields(model)
        return cached

    def _fields(self, model: ObjectType) -> list[Field]:
        # Large specs repeat themselves: GitHub's 3,817 models have 1,279 distinct lists of
        # property names and 8,389 distinct properties among 38,828. Both are worked out once.
        wires = tuple(p.name for p in model.properties)
        names = self._field_names.get(wires)
        if names is None:
            names = self._field_names[wires] = naming.unique_names(
                wires,
                identifier,
                taken=("additional_properties", "from_dict", "to_dict"),  # the model's own
            )
        result = []
        for prop in model.properties:
            key = (prop.name, prop.required, prop.type)
            code = self._field_code.get(key)
            if code is None:
                code = self._field_code[key] = self._code_of_field(prop)
            annotation, literal, read = code
            result.append(
                Field(
                    prop.name,
                    names[prop.name],
                    annotation,
                    prop.required,
                    prop.description,
                    literal,
                    read,
                )
            )
        result.sort(key=lambda f: (not f.required, f.name))
        return result

    def _code_of_field(self, prop: Property) -> tuple[str, Code, Code]:
        """A property's annotation, its JSON name as a literal, and how from_dict reads it."""
        annotation = self.annotation(prop.type)
        if not prop.required:
            annotation += " | Unset"
        literal = py_str(prop.name)
        return annotation, literal, self._field_read(prop.type, prop.required, literal)

    def _field_read(self, ref: TypeRef, required: bool, literal: str) -> Code:
        """How from_dict reads a property of `data`, the JSON object (which it never copies).

        A required property that is absent raises KeyError; an optional one becomes UNSET.
        """
        decode = self.decode_function(ref)
        if not required:
            if decode is None:
                return Code(f"data.get({literal}, UNSET)")
            nullable = ", nullable=True" if ref.nullable else ""
            return Code(f"_model.optional(data, {literal}, {decode}{nullable})")
        if decode is None:
            return Code(f"data[{literal}]")
        if ref.nullable:
            return Code(f"_model.nullable(data[{literal}], {decode})")
        return Code(self._bare_decoder(ref, f"data[{literal}]"))

    def decode_function(self, ref: TypeRef) -> str | None:
        """A callable decoding a non-null JSON value of the type, or None when none is needed."""
        body = self._bare_decoder(ref, "value")
        if body == "value":
            return None
        if body.endswith("(value)") and "(" not in body[: -len("(value)")]:
            return body[: -len("(value)")]  # `Pet.from_dict(value)` is `Pet.from_dict`
        return f"lambda value: {body}"

    def wire_names(self, model: ObjectType) -> Code | None:
        """`{attribute: JSON name}` for the fields whose names differ, as a dict literal."""
        fields = self.fields(model)
        pairs = [f"{py_str(f.name)}: {f.wire_literal}" for f in fields if f.name != f.wire]
        return Code("{" + ", ".join(pairs) + "}") if pairs else None

    def present_fields(self, model: ObjectType) -> Code | None:
        """How many of the model's fields `data` held, as an expression for from_dict after it
        read them; None when the model has too many optional fields for counting to pay.

        Every required field was there (else KeyError), an optional one when it is not UNSET.
        When `data` has no more keys than that, it has no unknown ones, and from_dict skips the
        search for them.
        """
        fields = self.fields(model)
        optional = [f for f in fields if not f.required]
        if len(optional) > _COUNTED_OPTIONAL_FIELDS:
            return None
        required = len(fields) - len(optional)
        return Code(f"{required}" + "".join(f" + (self.{f.name} is not UNSET)" for f in optional))

    def additional_annotation(self, model: ObjectType) -> str:
        return self.annotation(model.additional) if model.additional else "Any"

    def enum_members(self, enum: EnumType) -> list[tuple[str, str]]:
        """(member name, Python literal) pairs.

        Worked out once per list of values: GitHub's 3,421 enums have 530 distinct ones.
        """
        values = tuple((type(v.value), repr(v.value)) for v in enum.values)  # 1, True, -0.0
        members = self._enum_members.get(values)
        if members is None:
            names = naming.unique_names(
                (str(v.value) for v in enum.values),
                lambda raw: identifier(raw, lambda s: naming.snake_case(s).upper()),
                taken=("mro",),
            )
            members = [(names[str(v.value)], py_literal(v.value)) for v in enum.values]
            self._enum_members[values] = members
        return members

    def _runtime_check(self, ref: TypeRef) -> str:
        if isinstance(ref, NamedRef):
            named = self.api.types_by_name[ref.name]
            if isinstance(named, ObjectType):
                return "dict"
            if isinstance(named, EnumType):
                return _PY_JSON_TYPE.get(named.base, "object")
            return "object"
        if isinstance(ref, ArrayType):
            return "list"
        if isinstance(ref, MapType):
            return "dict"
        return _PY_JSON_TYPE.get(ref.kind, "object")

    def type_imports(self, refs: list[TypeRef], here: str | None) -> dict[str, list[str]]:
        """Model modules -> class names that code in module `here` must import."""
        found: dict[str, set[str]] = {}
        for ref in refs:
            if (name := named_in(ref)) is not None:
                module = self.model_module_of[name]
                if module != here:
                    found.setdefault(module, set()).add(self.class_name(name))
                    named = self.api.types_by_name[name]
                    if isinstance(named, UnionType):
                        snake = naming.snake_case(self.class_name(name))
                        found[module].update({f"decode_{snake}", f"encode_{snake}"})
        return {module: sorted(names) for module, names in sorted(found.items())}

    def refs_of_model(self, model: NamedType) -> list[TypeRef]:
        if isinstance(model, ObjectType):
            refs = [p.type for p in model.properties]
            return refs + ([model.additional] if model.additional else [])
        if isinstance(model, UnionType):
            return list(model.variants)
        return []

    # ---- operations ----------------------------------------------------------------------------

    def _operation(self, op: Operation, name: str) -> PyOperation:
        param_names = naming.unique_names(
            (p.location.value + ":" + p.name for p in op.parameters),
            lambda key: identifier(key.split(":", 1)[1]),
            taken=_CALL_KWARGS,
        )
        params = tuple(
            self._param(p, param_names[p.location.value + ":" + p.name]) for p in op.parameters
        )
        body, body_kind, media = self._body(op)
        success, returns = self._success(op)
        return PyOperation(
            op=op,
            name=name,
            params=params,
            body=body,
            body_kind=body_kind,
            body_media_type=media,
            returns=returns,
            success=success,
            errors=self._errors(op, name),
        )

    def _param(self, param: Parameter, name: str) -> Param:
        annotation = self.annotation(param.type)
        if not param.required:
            annotation += " | Unset"
        return Param(
            wire=param.name,
            name=name,
            location=param.location.value,
            annotation=annotation,
            required=param.required,
            style=param.style,
            explode=param.explode,
            encode=self.encoder(param.type),
            description=param.description,
            annotation_ref=param.type,
        )

    def _body(self, op: Operation) -> tuple[Param | None, str | None, str | None]:
        if op.request_body is None or not op.request_body.contents:
            return None, None, None
        content = _preferred(op.request_body.contents)
        if (
            content.kind in (BodyKind.BINARY,)
            or content.type is None
            and content.kind != BodyKind.TEXT
        ):
            annotation, encode = "bytes", "value"
        elif content.kind is BodyKind.TEXT and (content.type is None or _is_string(content.type)):
            annotation, encode = "str", "value"
        else:
            assert content.type is not None
            annotation, encode = self.annotation(content.type), self.encoder(content.type)
        required = op.request_body.required
        param = Param(
            wire="body",
            name="body",
            location="body",
            annotation=annotation if required else annotation + " | Unset",
            required=required,
            style="",
            explode=False,
            encode=encode,
            description=op.request_body.description,
        )
        return param, content.kind.value, content.media_type

    def _success(self, op: Operation) -> tuple[tuple[tuple[str, str, str], ...], str]:
        cases = []
        annotations: list[str] = []
        for response in op.responses:
            if not response.status.startswith("2"):
                continue
            kind, decode, annotation = self._response_coding(response)
            cases.append((response.status, kind, decode))
            if annotation not in annotations:
                annotations.append(annotation)
        if not cases:
            return (), "None"
        if len(annotations) > 1 and "None" in annotations:
            annotations = [a for a in annotations if a != "None"] + ["None"]
        return tuple(cases), " | ".join(annotations)

    def _response_coding(self, response: Response) -> tuple[str, str, str]:
        if not response.contents:
            return "empty", "None", "None"
        content = _preferred(response.contents)
        if content.kind is BodyKind.JSON and content.type is not None:
            annotation = self.annotation(content.type)
            decode = self.decoder(content.type, models="_m.")
            if decode == "value" and annotation != "Any":
                decode = f"cast({py_str(annotation)}, value)"
            return "json", Code(decode), annotation
        if content.kind is BodyKind.TEXT:
            return "text", "value", "str"
        if content.kind is BodyKind.JSON:
            return "json", "value", "Any"
        return "bytes", "value", "bytes"

    def _errors(self, op: Operation, op_name: str) -> tuple[ErrorCase, ...]:
        result = []
        for response in op.responses:
            if response.status.startswith(("1", "2", "3")):
                continue
            kind, decode, annotation = self._response_coding(response)
            base = error_base(response.status)
            typed = kind == "json" and annotation not in ("Any", "None")
            class_name = None
            if typed:
                class_name = naming.pascal_case(op_name) + status_word(response.status) + "Error"
            result.append(
                ErrorCase(
                    status=response.status,
                    class_name=class_name,
                    base=base,
                    decode=decode if typed else None,
                    model_annotation=annotation if typed else None,
                )
            )
        return tuple(result)

    @cached_property
    def all_errors(self) -> list[tuple[NamedOperation, ErrorCase]]:
        """Every typed error of every operation, for errors.py.

        Works out the operations' names and error responses only: errors.py reaches every
        operation, and building whole PyOperations for it doubled the work of the groups'.
        """
        return [
            (named, case)
            for group in sorted(self.groups)
            for named in self._named_operations(group)
            for case in self._errors(named.op, named.name)
            if case.class_name
        ]

    def operation_refs(self, ops: list[PyOperation]) -> list[TypeRef]:
        refs: list[TypeRef] = []
        for py_op in ops:
            op = py_op.op
            refs += [p.type for p in op.parameters]
            if op.request_body:
                refs += [c.type for c in op.request_body.contents if c.type is not None]
            for response in op.responses:
                refs += [c.type for c in response.contents if c.type is not None]
        return refs

    def error_refs(self) -> list[TypeRef]:
        refs: list[TypeRef] = []
        for py_op, case in self.all_errors:
            for response in py_op.op.responses:
                if response.status == case.status:
                    refs += [c.type for c in response.contents if c.type is not None]
        return refs

    # ---- template helpers ----------------------------------------------------------------------

    python_floor = "3.10"

    def group_of_module(self, module: str) -> str:
        return self._group_by_module[module]

    @cached_property
    def _group_by_module(self) -> dict[str, str]:
        return {module: group for group, module in self.groups.items()}

    def sorted_groups(self) -> list[tuple[str, str]]:
        return sorted(self.groups.items(), key=lambda item: item[1])

    @cached_property
    def group_modules(self) -> list[str]:
        return sorted(self.groups.values())

    def exported_names(self, module: str) -> list[str]:
        return export_order(
            name for named in self.models_in(module) for name in self._exports_of(named)
        )

    def _exports_of(self, named: NamedType) -> list[str]:
        cls = self.class_name(named.name)
        if isinstance(named, UnionType):
            snake = self.union_function(named)
            return [cls, f"decode_{snake}", f"encode_{snake}"]
        return [cls]

    def models_doc(self, module: str) -> str:
        """The docstring of a model module: which operations' types it holds."""
        group = self._group_of_model_module[module]
        if group in self._group_by_module:
            return f"Data types of the API used by its `{self._group_by_module[group]}` operations."
        if group == SHARED:
            return "Data types of the API that operations of several groups use."
        return "Data types of the API that no operation uses."

    def all_model_exports(self) -> list[str]:
        return [name for name, _ in self.model_exports_by_module()]

    def model_exports_by_module(self) -> list[tuple[str, str]]:
        """(export, the module defining it) for every model export, in `__all__`'s order."""
        module_of = {
            name: module
            for module in self.model_module_names
            for name in self.exported_names(module)
        }
        return [(name, module_of[name]) for name in export_order(module_of)]

    def error_exports(self) -> list[str]:
        return export_order(
            [*_RUNTIME_ERRORS, *(case.class_name or "" for _, case in self.all_errors)]
        )

    def model_refs(self, models: list[NamedType]) -> list[TypeRef]:
        return [ref for model in models for ref in self.refs_of_model(model)]

    def enum_base(self, enum: EnumType) -> str:
        if enum.base is Primitive.STRING:
            return "_model.OpenStrEnum"
        if enum.base is Primitive.INTEGER:
            return "_model.OpenIntEnum"
        return "_model.OpenEnum"

    def model_doc(self, model: NamedType) -> str:
        return model.description or f"The `{model.name}` type of the API."

    def union_function(self, union: NamedType) -> str:
        return naming.snake_case(self.class_name(union.name)) or "union"

    def union_annotation(self, union: UnionType) -> str:
        return " | ".join(dict.fromkeys(self.annotation(v) for v in union.variants))

    def decoder_for_name(self, type_name: str, value: str) -> Code:
        return Code(self.decoder(NamedRef(name=type_name), value))

    def union_variants(self, union: UnionType) -> list[tuple[str, Code, str]]:
        """(annotation, decode expression over `data`, isinstance check) per variant."""
        result = []
        for variant in union.variants:
            annotation = self.annotation(variant)
            decode = self.decoder(variant, "data")
            check = self._runtime_check(variant)
            if decode == "data" and annotation != check:  # isinstance() narrows `str` itself
                decode = f"cast({py_str(annotation)}, data)"
            result.append((annotation, Code(decode), check))
        return result

    def additional_decoder(self, model: ObjectType) -> Code | None:
        """The callable that decodes each unknown property, when the schema types them."""
        if model.additional is None:
            return None
        function = self.decode_function(model.additional)
        if function is not None and model.additional.nullable:
            return Code(f"lambda value: {self.decoder(model.additional)}")
        return None if function is None else Code(function)

    def status_test(self, status: str) -> str:
        if status.isdigit():
            return f"status == {int(status)}"
        if status.upper().endswith("XX") and status[:1].isdigit():
            low = int(status[0]) * 100
            return f"{low} <= status < {low + 100}"
        return "True"

    def body_argument(self, op: PyOperation) -> Code:
        assert op.body is not None
        if op.body.encode == "value":
            return Code("body")
        encoded = self._encode_body_expression(op)
        if op.body.required:
            return Code(encoded)
        return Code(f"UNSET if isinstance(body, Unset) else {encoded}")

    def _encode_body_expression(self, op: PyOperation) -> str:
        assert op.body is not None and op.op.request_body is not None
        content = _preferred(op.op.request_body.contents)
        assert content.type is not None
        return self.encoder(content.type, "body")

    @cached_property
    def scheme_wiring(self) -> list[python_auth.SchemeWiring]:
        taken = {"self", "base_url", "timeout", "headers", "http_client", "region", "service"}
        return python_auth.wiring(self.api, taken | set(self.server_variables.values()))

    def credential_arguments(self) -> list[tuple[str, str]]:
        """(argument, annotation) for the constructor, in a fixed order."""
        found: dict[str, str] = {}
        for wire in self.scheme_wiring:
            kind = wire.scheme.kind.value
            if kind == "aws_sigv4":
                found["aws_credentials"] = "_auth.Provider[_aws.AwsCredentials] | None"
                found["region"] = "str | None"
            elif kind == "http_basic":
                found[wire.argument] = "str | None"
                found[wire.argument.replace("username", "password")] = "str | None"
            else:
                found[wire.argument] = "_auth.Provider[str] | None"
        return sorted(found.items())

    @cached_property
    def uses_sigv4(self) -> bool:
        return any(w.scheme.kind.value == "aws_sigv4" for w in self.scheme_wiring)

    def security_of(self, op: PyOperation) -> Code:
        return python_auth.alternatives(self.api, op.op)

    def server_variable_list(self) -> list[tuple[str, Any]]:
        variables = self.api.servers[0].variables if self.api.servers else ()
        names = self.server_variables
        return [(names[v.name], v) for v in variables]

    def base_url_is_absolute(self) -> bool:
        return "://" in self.base_url()

    def client_doc(self, is_async: bool) -> str:
        kind = "asyncio client" if is_async else "client"
        text = f"The {self.api.title} {kind}."
        if self.api.description:
            text += "\n\n" + self.api.description
        return text

    def first_operation(self) -> PyOperation | None:
        for group, _module in self.sorted_groups():
            for op in self.operations_of(group):
                return op
        return None

    def example_call(self, op: PyOperation) -> str:
        args = [self.example_value(p.annotation_ref, 0) for p in op.path_args()]
        keywords = [
            f"{p.name}={self.example_value(p.annotation_ref, 0)}"
            for p in op.params
            if p.location != "path" and p.required
        ]
        if op.body is not None and op.body.required:
            keywords.append(f"body={self._example_body(op)}")
        module = self.groups[op.op.group]
        return f"client.{module}.{op.name}({', '.join(args + keywords)})"

    def _example_body(self, op: PyOperation) -> str:
        assert op.op.request_body is not None
        content = _preferred(op.op.request_body.contents)
        if op.body is not None and op.body.annotation.startswith(("bytes", "str")):
            return 'b"..."' if op.body.annotation.startswith("bytes") else '"..."'
        return self.example_value(content.type, 0) if content.type else "..."

    def example_value(self, ref: TypeRef | None, depth: int) -> str:
        """A short, valid Python value of the type, for README examples."""
        if ref is None:
            return "..."
        if isinstance(ref, NamedRef):
            named = self.api.types_by_name[ref.name]
            cls = self.class_name(ref.name)
            if isinstance(named, EnumType):
                members = self.enum_members(named)
                return f"{cls}.{members[0][0]}" if members else f"{cls}(...)"
            if isinstance(named, ObjectType):
                if depth >= 2:
                    return f"{cls}(...)"
                required = [f for f in self.fields(named) if f.required]
                props = {p.name: p for p in named.properties}
                inner = ", ".join(
                    f"{f.name}={self.example_value(props[f.wire].type, depth + 1)}"
                    for f in required
                )
                return f"{cls}({inner})"
            if isinstance(named, UnionType) and named.variants:
                return self.example_value(named.variants[0], depth)
            return "..."
        if isinstance(ref, ArrayType):
            return "[]"
        if isinstance(ref, MapType):
            return "{}"
        return _EXAMPLE_PRIMITIVES.get(
            (ref.kind, ref.format), _EXAMPLE_PRIMITIVES.get((ref.kind, None), "None")
        )

    def _types_text(self, models: list[NamedType]) -> str:
        return " ".join(self.annotation(ref) for ref in self.model_refs(models))

    def base_url(self) -> str:
        return self.api.servers[0].url if self.api.servers else ""


_RUNTIME_ERRORS = (
    "ApiError",
    "BadGatewayError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "ForbiddenError",
    "GatewayTimeoutError",
    "InternalServerError",
    "NotFoundError",
    "RequestTimeoutError",
    "ResponseDecodeError",
    "SdkError",
    "ServerError",
    "ServiceUnavailableError",
    "TooManyRequestsError",
    "TransportError",
    "UnauthorizedError",
    "UnprocessableEntityError",
)


def export_order(names: Iterable[str]) -> list[str]:
    """Sorted the way isort and ruff sort `__all__`: CONSTANTS, Classes, then functions."""
    unique = {n for n in names if n}
    return sorted(unique, key=lambda n: (0 if n.isupper() else 1 if n[:1].isupper() else 2, n))


_EXAMPLE_PRIMITIVES: dict[tuple[Primitive, str | None], str] = {
    (Primitive.STRING, None): '"string"',
    (Primitive.STRING, "date-time"): "datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)",
    (Primitive.STRING, "date"): "datetime.date(2024, 1, 1)",
    (Primitive.STRING, "uuid"): 'uuid.UUID("00000000-0000-0000-0000-000000000000")',
    (Primitive.STRING, "binary"): 'b"..."',
    (Primitive.INTEGER, None): "0",
    (Primitive.NUMBER, None): "0.0",
    (Primitive.BOOLEAN, None): "False",
    (Primitive.ANY, None): "None",
}
_PY_JSON_TYPE = {
    Primitive.STRING: "str",
    Primitive.INTEGER: "int",
    Primitive.NUMBER: "(int, float)",
    Primitive.BOOLEAN: "bool",
}
_FORMATTED = {
    "date-time": ("datetime.datetime", "_rt.parse_datetime({v})", "{v}.isoformat()"),
    "date": ("datetime.date", "_rt.parse_date({v})", "{v}.isoformat()"),
    "uuid": ("uuid.UUID", "_rt.parse_uuid({v})", "str({v})"),
}


# The members these two test for, as plain names: on Python 3.11, `Primitive.STRING` and hashing
# a member each cost a Python-level call, and they run for every field of every model.
_STRING, _NUMBER = Primitive.STRING, Primitive.NUMBER
_SCALAR_ANNOTATIONS = (
    (Primitive.INTEGER, "int"),
    (_NUMBER, "float"),
    (Primitive.BOOLEAN, "bool"),
    (Primitive.NULL, "None"),
)


def _primitive_annotation(ref: PrimitiveType) -> str:
    kind = ref.kind
    if kind is _STRING:
        if ref.format in _FORMATTED:
            return _FORMATTED[ref.format][0]
        return "bytes" if ref.format == "binary" else "str"
    for scalar, annotation in _SCALAR_ANNOTATIONS:
        if kind is scalar:
            return annotation
    return "Any"


def _primitive_coder(ref: PrimitiveType, value: str, *, decode: bool) -> str:
    kind = ref.kind
    if kind is _STRING:
        if ref.format in _FORMATTED:
            return _FORMATTED[ref.format][1 if decode else 2].format(v=value)
        if ref.format == "binary":
            # bytes stay bytes in to_dict(): a multipart body sends them raw, JSON as base64
            return f"_rt.decode_bytes({value})" if decode else value
    elif kind is _NUMBER and decode:
        return f"float({value})"
    return value


def _is_string(ref: TypeRef) -> bool:
    return isinstance(ref, PrimitiveType) and ref.kind is _STRING


def _preferred(contents: tuple[MediaContent, ...]) -> MediaContent:
    return min(contents, key=lambda c: (_BODY_PREFERENCE.index(c.kind), c.media_type))


def location_is_path(param: Param) -> bool:
    return param.location == Location.PATH.value
