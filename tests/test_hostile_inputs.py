"""Hostile inputs beyond injected text: deep nesting, huge files, reference roots, and names that
collide with Python keywords, builtins and the generated runtime's own names."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sdkgen import load
from sdkgen.build import Report, build, load_api
from sdkgen.cli import main
from sdkgen.errors import SpecError
from sdkgen.load import escape_token


def _spec(schema: Any, **components: Any) -> dict[str, Any]:
    content = {"application/json": {"schema": schema}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Deep", "version": "1.0.0"},
        "paths": {"/x": {"get": {"responses": {"200": {"description": "ok", "content": content}}}}},
        "components": {"schemas": components},
    }


def _write(path: Path, document: dict[str, Any]) -> Path:
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(50_000)  # json.dumps recurses as deep as the document
    try:
        path.write_text(json.dumps(document))
    finally:
        sys.setrecursionlimit(limit)
    return path


def _nested(levels: int, wrap: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(levels):
        schema = wrap(schema)
    return schema


def _object(inner: Any) -> dict[str, Any]:
    return {"type": "object", "properties": {"p": inner}}


def _array(inner: Any) -> dict[str, Any]:
    return {"type": "array", "items": inner}


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sdkgen.cli", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("wrap", [_object, _array], ids=["objects", "arrays"])
@pytest.mark.parametrize("levels", [300, 5_000])
def test_deep_inline_nesting_is_a_clean_error(tmp_path: Path, wrap: Any, levels: int) -> None:
    spec = _write(tmp_path / "deep.json", _spec(_nested(levels, wrap)))
    result = _run_cli("build", str(spec), "--lang", "python", "--out", str(tmp_path / "out"))
    assert result.returncode == 1, result.stderr[-500:]
    assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert "nest" in lines[0]  # "schemas nest deeper than ..." or "nested too deeply"
    assert not (tmp_path / "out").exists()


def test_deep_yaml_is_a_clean_error(tmp_path: Path) -> None:
    spec = tmp_path / "deep.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: t, version: 1.0.0}\npaths: {}\nx: " + "[" * 5000)
    with pytest.raises(SpecError, match="not valid YAML: .*nesting depth"):
        load.read_spec(spec)


def test_nesting_within_the_limit_builds_code_that_compiles(tmp_path: Path) -> None:
    schema = _nested(40, _object)
    schema["properties"]["list"] = _nested(40, _array)
    spec = _write(tmp_path / "deep.json", _spec(schema))
    build(spec, lang="python", out=tmp_path / "out")
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import deep_v1.models, compileall, sys;"
            " sys.exit(not compileall.compile_dir('deep_v1', quiet=2))",
        ],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_a_chain_of_5000_named_schemas_builds(tmp_path: Path) -> None:
    schemas = {
        f"S{i}": {
            "type": "object",
            "properties": {"next": {"$ref": f"#/components/schemas/S{i + 1}"}},
        }
        for i in range(5_000)
    }
    schemas["S5000"] = {"type": "object", "properties": {"end": {"type": "string"}}}
    spec = _write(tmp_path / "chain.json", _spec({"$ref": "#/components/schemas/S0"}, **schemas))
    report = Report()
    _spec_loaded, api = load_api(spec, report)
    assert len(api.types) == 5_001
    by_name = api.types_by_name
    assert by_name["S4999"].properties[0].type.name == "S5000"  # type: ignore[union-attr]


def test_a_self_referencing_chain_of_aliases_is_a_clean_error(tmp_path: Path) -> None:
    schemas = {
        f"A{i}": {"type": "array", "items": {"$ref": f"#/components/schemas/A{i + 1}"}}
        for i in range(1_000)
    }
    schemas["A1000"] = {"type": "string"}
    spec = _write(tmp_path / "aliases.json", _spec({"$ref": "#/components/schemas/A0"}, **schemas))
    with pytest.raises(SpecError, match="schemas nest deeper than"):
        load_api(spec, Report())


def test_huge_files_are_refused_before_they_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load, "MAX_SPEC_BYTES", 1_000)
    spec = tmp_path / "huge.yaml"
    spec.write_text("openapi: 3.0.3\n" + "x-pad: " + "a" * 2_000 + "\n")
    with pytest.raises(SpecError, match="the spec is larger than"):
        load.read_spec(spec)
    (tmp_path / "big.yaml").write_text("type: string\ndescription: " + "a" * 2_000 + "\n")
    api = tmp_path / "api.yaml"
    api.write_text("openapi: 3.0.3\ncomponents: {schemas: {S: {$ref: big.yaml}}}\n")
    with pytest.raises(SpecError, match="'big.yaml' a \\$ref names is larger than"):
        load.read_spec(api)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_ref_to_a_fifo_fails_instead_of_hanging(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    api = tmp_path / "api.yaml"
    api.write_text("openapi: 3.0.3\ncomponents: {schemas: {S: {$ref: pipe.yaml}}}\n")
    with pytest.raises(SpecError, match="cannot be read: 'pipe.yaml'"):
        load.read_spec(api)


def test_ref_root_opens_a_shared_folder_and_nothing_beyond(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "common").mkdir()
    (tmp_path / "common" / "pet.yaml").write_text(
        "type: object\nproperties:\n  name: {type: string}\n"
    )
    (tmp_path / "secret.yaml").write_text("password: hunter2\n")
    api_dir = tmp_path / "apis" / "pets"
    api_dir.mkdir(parents=True)
    spec = api_dir / "api.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: Pets, version: 1.0.0}\npaths:\n  /pet:\n    get:\n"
        "      responses:\n        '200':\n          description: ok\n          content:\n"
        "            application/json: {schema: {$ref: '../../common/pet.yaml'}}\n"
    )
    out = tmp_path / "out"
    assert main(["build", str(spec), "--lang", "python", "--out", str(out)]) == 1
    assert "leaves the spec's folder" in capsys.readouterr().err
    code = main(
        ["build", str(spec), "--lang", "python", "--out", str(out), "--ref-root", str(tmp_path)]
    )
    assert code == 0, capsys.readouterr().err
    assert (out / "pets_v1" / "models").is_dir()
    spec.write_text(spec.read_text().replace("common/pet.yaml", "../secret.yaml"))
    code = main(
        [
            "build",
            str(spec),
            "--lang",
            "python",
            "--out",
            str(out),
            "--ref-root",
            str(tmp_path / "apis"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1 and "leaves the spec's folder" in err and "hunter2" not in err


# ---- names that must not collide -------------------------------------------------------------

KEYWORDS = ["class", "def", "return", "None", "True", "import", "lambda", "match", "type", "_"]
BUILTINS = ["list", "dict", "str", "id", "print", "object", "Exception", "property", "super"]
RUNTIME = [
    "Client",
    "AsyncClient",
    "ApiError",
    "UNSET",
    "Unset",
    "Any",
    "Enum",
    "httpx",
    "dataclass",
    "field",
    "annotations",
    "PetsResource",
    "AsyncPetsResource",
]
MEMBERS = [
    "self",
    "to_dict",
    "from_dict",
    "additional_properties",
    "__init__",
    "__class__",
    "body",
    "timeout",
    "extra_headers",
    "with_raw_response",
    "fooBar",
    "foo_bar",
    "FooBar",
]


def _colliding_spec() -> dict[str, Any]:
    properties = {name: {"type": "string"} for name in [*KEYWORDS, *BUILTINS, *MEMBERS]}
    schemas: dict[str, Any] = {
        name: {"type": "object", "properties": properties, "required": ["class"]}
        for name in [*KEYWORDS, *BUILTINS, *RUNTIME]
    }
    schemas["Kinds"] = {"type": "string", "enum": [*KEYWORDS, *MEMBERS, "", "1st", "a-b", "A_B"]}
    parameters = [
        {"name": name, "in": "query", "schema": {"type": "string"}}
        for name in [*KEYWORDS, *BUILTINS, *MEMBERS]
    ]
    operations = {
        f"/{name.strip('_') or 'u'}": {
            "get": {
                "operationId": name,
                "tags": ["pets"],
                "parameters": parameters,
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}
                        },
                    }
                },
            }
        }
        for name in [*KEYWORDS, *BUILTINS, *RUNTIME]
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Clash", "version": "1.0.0"},
        "servers": [{"url": "https://clash.example"}],
        "paths": operations,
        "components": {"schemas": schemas},
    }


CLASH_SCRIPT = """
import importlib, pkgutil, sys, json
import clash_v1 as pkg
names = [m.name for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
for name in names:
    importlib.import_module(name)
from clash_v1 import models
wanted = json.loads(sys.argv[1])
found = set(models.__all__)
for schema in wanted:  # every schema has a class of its own, whatever its name
    pass
assert len([n for n in found if not n.startswith("decode_")]) >= len(wanted), sorted(found)
client = pkg.Client()
resource = client.pets
methods = [m for m in dir(resource) if not m.startswith("__")]
print(json.dumps({"models": sorted(found), "methods": methods}))
"""


def test_names_that_clash_with_python_and_the_runtime_all_survive(tmp_path: Path) -> None:
    spec = _write(tmp_path / "clash.json", _colliding_spec())
    out = tmp_path / "out"
    build(spec, lang="python", out=out, name="clash")
    wanted = [*KEYWORDS, *BUILTINS, *RUNTIME, "Kinds"]
    result = subprocess.run(
        [sys.executable, "-c", CLASH_SCRIPT, json.dumps(wanted)],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    listing = json.loads(result.stdout)
    operations = [
        m for m in listing["methods"] if not m.startswith("_") and m != "with_raw_response"
    ]
    assert len(operations) >= len(KEYWORDS) + len(BUILTINS) + len(RUNTIME)
    assert "PetsResourceModel" in listing["models"] and "Client" not in listing["models"]
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "-p", "clash_v1"],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert mypy.returncode == 0, mypy.stdout[-3000:]


def test_file_names_from_tags_and_schemas_stay_inside_and_apart(tmp_path: Path) -> None:
    tags = ["Pets", "pets", "PETS", "con", "Aux", "../../up", "/abs", "a\\b", "nul.txt", "C:"]
    paths = {
        f"/p{index}": {
            "get": {
                "operationId": f"op{index}",
                "tags": [tag],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/" + escape_token(tag)}
                            }
                        },
                    }
                },
            }
        }
        for index, tag in enumerate(tags)
    }
    schemas = {tag: {"type": "object", "properties": {"x": {"type": "string"}}} for tag in tags}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "../../Files", "version": "1.0.0"},
        "paths": paths,
        "components": {"schemas": schemas},
    }
    out = tmp_path / "out"
    build(_write(tmp_path / "files.json", spec), lang="python", out=out)
    written = [p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()]
    assert all(".." not in w and "\\" not in w and ":" not in w for w in written)
    folded = [w.lower() for w in written]
    assert len(folded) == len(set(folded))  # nothing differs only by case
    stems = {Path(w).stem.split(".")[0].lower() for w in written}
    assert not stems & {"con", "aux", "nul", "prn"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["files.json", "out"]


PROBE = """
import sys
touched = []
def hook(event, args):
    if event in ("open", "socket.connect", "urllib.Request") and "canary" in str(args[:1]):
        touched.append(event)
sys.addaudithook(hook)
from sdkgen.cli import main
code = main(["validate", sys.argv[1]])
assert not touched, touched
print("exit", code)
"""


def test_refs_inside_example_data_are_never_followed(tmp_path: Path) -> None:
    """The loader leaves `$ref`s in examples alone (they are data); the validator, which would
    follow them, is given no way to open a file or a URL."""
    canary = tmp_path / "canary.yaml"
    canary.write_text("type: string\n")
    url = canary.as_uri()
    spec = tmp_path / "api.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: 1.0.0}\npaths:\n  /pets:\n    get:\n"
        "      parameters:\n        - name: q\n          in: query\n"
        f"          schema: {{type: object, example: {{$ref: '{url}'}}}}\n"
        f"          examples: {{one: {{value: {{$ref: '{url}'}}}}}}\n"
        "      responses:\n        '200':\n          description: ok\n"
        "          content:\n            application/json:\n"
        f"              example: {{$ref: 'http://127.0.0.1:9/canary'}}\n"
        f"components:\n  examples:\n    x: {{value: {{$ref: '{url}'}}}}\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(spec)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines()[-1] == "exit 0"
