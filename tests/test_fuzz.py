"""Fuzzing: whatever the input, load, validate and normalize end in a result or a clean error.

Hypothesis writes spec-shaped documents (mostly valid structure, with odd names, dangling and
cyclic `$ref`s, wrong-typed values and random subtrees in random places) and raw text. Every run
must either give an IR or raise an `SdkgenError` whose message is one line per diagnostic. The
examples are derandomized and bounded, so CI sees the same cases every time.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import semver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sdkgen.build import Report, load_api
from sdkgen.errors import SdkgenError
from sdkgen.load import read_spec
from sdkgen.targets import PackageRequest
from sdkgen.targets.python_package import PYTHON

FUZZ = settings(
    max_examples=150,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SCHEMA_NAMES = ["Pet", "pet", "Pet 2", "class", "Client", "../x", "None", "UNSET", "ünï", "2fa", ""]
NAME = st.sampled_from(SCHEMA_NAMES) | st.text(min_size=0, max_size=8)
REF = st.sampled_from(
    [f"#/components/schemas/{n}" for n in SCHEMA_NAMES]
    + ["#/components/schemas", "#", "#/paths", "#/nowhere", "other.yaml#/X", "http://127.0.0.1:9/x"]
)
SCALAR = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=6)
)
JSON = st.recursive(
    SCALAR,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=12,
)
TYPE = st.sampled_from(
    ["object", "array", "string", "integer", "number", "boolean", "null", "file"]
)


def _schema(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.fixed_dictionaries(
        {},
        optional={
            "type": TYPE | st.lists(TYPE, max_size=2),
            "properties": st.dictionaries(NAME, children, max_size=3),
            "items": children,
            "additionalProperties": st.booleans() | children,
            "required": st.lists(NAME, max_size=2),
            "enum": st.lists(SCALAR, max_size=3),
            "allOf": st.lists(children, max_size=2),
            "oneOf": st.lists(children, max_size=2),
            "anyOf": st.lists(children, max_size=2),
            "nullable": st.booleans(),
            "default": JSON,
            "example": JSON,
            "format": st.sampled_from(["date-time", "binary", "uuid", "int64", "x"]),
            "pattern": st.sampled_from(["^a$", "\\p{L}+", "(", "[a-z]{2,}"]),
            "discriminator": st.fixed_dictionaries(
                {"propertyName": NAME}, optional={"mapping": st.dictionaries(NAME, REF, max_size=2)}
            ),
            "description": st.text(max_size=10),
        },
    )


SCHEMA = st.recursive(
    st.just({}) | st.builds(lambda r: {"$ref": r}, REF) | _schema(st.just({"type": "string"})),
    _schema,
    max_leaves=10,
)
LOCATION = st.sampled_from(["path", "query", "header", "cookie", "body", "formData", "nowhere"])
PARAMETER = st.fixed_dictionaries(
    {"name": NAME, "in": LOCATION},
    optional={
        "required": st.booleans(),
        "schema": SCHEMA,
        "type": TYPE,
        "style": st.text(max_size=5),
    },
)
RESPONSE = st.fixed_dictionaries(
    {"description": st.text(max_size=5)},
    optional={
        "content": st.dictionaries(
            st.sampled_from(["application/json", "text/plain", "*/*", "multipart/form-data", "x"]),
            st.fixed_dictionaries({}, optional={"schema": SCHEMA}),
            max_size=2,
        ),
        "schema": SCHEMA,
        "headers": st.dictionaries(NAME, st.fixed_dictionaries({}, optional={"schema": SCHEMA})),
    },
)
OPERATION = st.fixed_dictionaries(
    {
        "responses": st.dictionaries(
            st.sampled_from(["200", "201", "4XX", "default", "abc"]), RESPONSE
        )
    },
    optional={
        "operationId": NAME,
        "tags": st.lists(NAME, max_size=2),
        "parameters": st.lists(PARAMETER | st.builds(lambda r: {"$ref": r}, REF), max_size=3),
        "requestBody": st.fixed_dictionaries(
            {
                "content": st.dictionaries(
                    st.sampled_from(["application/json", "x/y"]),
                    st.fixed_dictionaries({"schema": SCHEMA}),
                    max_size=2,
                )
            }
        ),
        "security": st.lists(
            st.dictionaries(NAME, st.lists(st.text(max_size=3)), max_size=2), max_size=2
        ),
    },
)
PATH = st.sampled_from(["/pets", "/pets/{id}", "/{a}/{b}", "pets", "/x?y=1", "/", "/{}", "/ü/{ü}"])
PATH_ITEM = st.dictionaries(
    st.sampled_from(["get", "post", "put", "delete", "options", "parameters", "x-any", "$ref"]),
    OPERATION,
    max_size=3,
)
SECURITY_SCHEME = st.fixed_dictionaries(
    {"type": st.sampled_from(["apiKey", "http", "oauth2", "openIdConnect", "basic", "nope"])},
    optional={"in": LOCATION, "name": NAME, "scheme": st.sampled_from(["bearer", "basic", "x"])},
)


@st.composite
def documents(draw: st.DrawFn, with_operation: bool = False) -> dict[str, Any]:
    version = draw(st.sampled_from(["3.0.3", "3.1.0", "2.0"]))
    document: dict[str, Any] = {
        "info": draw(st.fixed_dictionaries({"title": NAME, "version": st.text(max_size=6)})),
        "paths": draw(st.dictionaries(PATH, PATH_ITEM, max_size=3)),
    }
    if with_operation:
        document["paths"]["/always"] = {"get": draw(OPERATION)}
    schemas = draw(st.dictionaries(st.sampled_from(SCHEMA_NAMES), SCHEMA, max_size=4))
    schemes = draw(st.dictionaries(NAME, SECURITY_SCHEME, max_size=2))
    if version == "2.0":
        document["swagger"] = version
        document["definitions"] = schemas
        document["securityDefinitions"] = schemes
        text = json.dumps(document).replace("#/components/schemas/", "#/definitions/")
        document = json.loads(text)
    else:
        document["openapi"] = version
        document["components"] = {"schemas": schemas, "securitySchemes": schemes}
        document["servers"] = draw(
            st.lists(st.fixed_dictionaries({"url": st.text(max_size=8)}), max_size=2)
        )
    if draw(st.booleans()):  # and now break it somewhere
        _graft(document, draw(st.lists(st.integers(0, 7), max_size=6)), draw(JSON))
    return document


def _graft(node: Any, path: list[int], value: Any) -> None:
    """Replace the subtree that the indexes lead to with `value`."""
    for step in path:
        children = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        children = [(k, v) for k, v in children if isinstance(v, dict | list)]
        if not children:
            break
        key, child = children[step % len(children)]
        if step % 3 == 0 or not isinstance(child, dict | list):
            node[key] = value
            return
        node = child


def _load(text: str) -> Report:
    with tempfile.TemporaryDirectory() as folder:
        spec = Path(folder) / "spec.yaml"
        spec.write_text(text, "utf-8")
        report = Report()
        try:
            load_api(spec, report)
        except SdkgenError as error:
            _assert_clean(error)
        return report


def _assert_clean(error: SdkgenError) -> None:
    message = str(error)
    assert message and "Traceback" not in message
    diagnostics = getattr(error, "diagnostics", None)
    if diagnostics is not None:
        assert len(message.splitlines()) == len(diagnostics), message


@FUZZ
@given(documents())
def test_spec_shaped_documents_load_or_fail_cleanly(document: dict[str, Any]) -> None:
    _load(json.dumps(document))


# Rendering a package takes about a second even for a tiny spec, so fewer examples here.
@settings(FUZZ, max_examples=25)
@given(documents(with_operation=True))
def test_what_loads_renders_python_that_compiles(document: dict[str, Any]) -> None:
    report = _load(json.dumps(document))
    if report.api is None:
        return
    request = PackageRequest(
        api=report.api, name="fuzz", version=semver.Version(1, 0, 0), sdkgen_version="0"
    )
    try:
        files = PYTHON.render(request)
    except SdkgenError as error:
        _assert_clean(error)
        return
    for item in files:
        if item.path.endswith(".py"):
            compile(item.content, item.path, "exec")


def test_a_spec_without_operations_renders_python_that_compiles() -> None:
    # Found by the fuzz test: with no operations the client module once had an empty
    # `if TYPE_CHECKING:` block.
    report = _load('{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}')
    assert report.api is not None
    request = PackageRequest(
        api=report.api, name="empty", version=semver.Version(1, 0, 0), sdkgen_version="0"
    )
    for item in PYTHON.render(request):
        if item.path.endswith(".py"):
            compile(item.content, item.path, "exec")


@FUZZ
@given(st.text(max_size=200) | st.builds(json.dumps, JSON))
def test_any_text_loads_or_fails_cleanly(text: str) -> None:
    _load(text)


@settings(FUZZ, max_examples=60)
@given(st.binary(max_size=200))
def test_any_bytes_load_or_fail_cleanly(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        spec = Path(folder) / "spec.json"
        spec.write_bytes(raw)
        try:
            read_spec(spec)
        except SdkgenError as error:
            _assert_clean(error)
