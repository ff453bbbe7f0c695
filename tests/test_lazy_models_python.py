"""A generated Python package imports, on one operation's first call, the model classes that
operation's types reach and few others: models live in small modules that never import each
other in a cycle, and the `models` package finds each export without importing any.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sdkgen.build import Report, build, load_api
from sdkgen.ir import NamedRef
from sdkgen.targets.plan import MODULE_TYPES
from sdkgen.targets.python import PythonTarget
from sdkgen.targets.typegraph import type_graph
from tests.support.server import Reply, serving

FILLERS = 40  # leaf types, one per operation, all alike: more than one module's worth


def _object(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _get(path: str, group: str, operation_id: str, schema: str) -> dict[str, Any]:
    content = {"application/json": {"schema": _ref(schema)}}
    answer = {"200": {"description": "ok", "content": content}}
    return {path: {"get": {"tags": [group], "operationId": operation_id, "responses": answer}}}


PATHS: dict[str, Any] = {
    **_get("/alpha", "alpha", "getAlpha", "Alpha"),
    **_get("/beta", "beta", "getBeta", "Beta"),
    **_get("/gamma", "gamma", "getGamma", "Gamma"),
}
for _index in range(FILLERS):
    PATHS.update(_get(f"/fillers/{_index}", "fillers", f"getFiller{_index}", f"Filler{_index}"))
SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Lazy", "version": "1.0.0"},
    "paths": PATHS,
    "components": {
        "schemas": {
            # Alpha owns its inline detail and its enum; Shared and Link refer to each other.
            "Alpha": _object(
                id={"type": "integer"},
                detail=_object(note={"type": "string"}, level={"enum": ["low", "high"]}),
                shared=_ref("Shared"),
            ),
            "Beta": _object(shared=_ref("Shared")),
            "Shared": _object(link=_ref("Link")),
            "Link": _object(back=_ref("Shared")),
            "Gamma": _object(x={"type": "string"}),
            "Unused": _object(y={"type": "string"}),
            **{f"Filler{i}": _object(value={"type": "integer"}) for i in range(FILLERS)},
        }
    },
}


@pytest.fixture(scope="module")
def spec_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lazy") / "spec.json"
    path.write_text(json.dumps(SPEC))
    return path


@pytest.fixture(scope="module")
def target(spec_file: Path) -> PythonTarget:
    _, api = load_api(spec_file, Report())
    return PythonTarget(
        api=api, package="lazy_v1", distribution="lazy-v1", version="1.0.0", sdkgen_version="0"
    )


@pytest.fixture(scope="module")
def package(spec_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("lazy-out") / "out"
    build(spec_file, lang="python", out=out, name="lazy")
    return out


def _module_of(target: PythonTarget, ir_name: str) -> str:
    return target.model_module_of[ir_name]


def _ir_name(target: PythonTarget, class_name: str) -> str:
    return next(t.name for t in target.api.types if target.class_name(t.name) == class_name)


def test_a_type_used_by_one_other_only_lives_with_it(target: PythonTarget) -> None:
    alpha = _module_of(target, "Alpha")
    owned = [t.name for t in target.api.types if t.name.startswith("Alpha") and t.name != "Alpha"]
    assert len(owned) == 2  # the inline detail object and its enum
    assert {_module_of(target, name) for name in owned} == {alpha}


def test_a_reference_cycle_shares_one_module(target: PythonTarget) -> None:
    assert _module_of(target, "Shared") == _module_of(target, "Link")
    assert _module_of(target, "Shared") != _module_of(target, "Alpha")


def test_groups_and_unused_types_get_modules_of_their_own(target: PythonTarget) -> None:
    modules = {_module_of(target, name) for name in ("Alpha", "Beta", "Gamma", "Unused")}
    assert len(modules) == 4


def test_alike_types_share_modules_of_bounded_size(target: PythonTarget) -> None:
    fillers = [_module_of(target, f"Filler{i}") for i in range(FILLERS)]
    assert len(set(fillers)) == -(-FILLERS // MODULE_TYPES)  # as few modules as the bound allows
    sizes = [len(target.models_in(module)) for module in target.model_module_names]
    assert max(sizes) <= MODULE_TYPES


def test_model_modules_never_import_each_other_in_a_cycle(target: PythonTarget) -> None:
    graph = type_graph(target.api, target.groups)
    imports: dict[str, set[str]] = {module: set() for module in target.model_module_names}
    for name, children in graph.children.items():
        for child in children:
            if _module_of(target, child) != _module_of(target, name):
                imports[_module_of(target, name)].add(_module_of(target, child))
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, f"import cycle: {' -> '.join((*path, module))}"
        if module not in done:
            for other in imports[module]:
                visit(other, (*path, module))
            done.add(module)

    for module in imports:
        visit(module, ())
    assert graph.reachable([NamedRef(name="Alpha")]) == {
        "Alpha",
        *(t.name for t in target.api.types if t.name.startswith("Alpha")),
        "Shared",
        "Link",
    }


FIRST_CALL = """
import sys
from lazy_v1 import Client

client = Client(base_url=sys.argv[1])
print(sorted(m for m in sys.modules if m.startswith("lazy_v1.models")))
alpha = client.alpha.get_alpha()
assert type(alpha.shared.link.back).__name__ == "Shared", alpha
print(sorted(m for m in sys.modules if m.startswith("lazy_v1.models")))
"""


def test_the_first_call_imports_only_the_models_its_types_reach(
    package: Path, target: PythonTarget, tmp_path: Path
) -> None:
    script = tmp_path / "first_call.py"
    script.write_text(FIRST_CALL)
    body = {"id": 1, "detail": {"level": "high"}, "shared": {"link": {"back": {}}}}
    with serving({("GET", "/alpha"): Reply(body=body)}) as server:
        run = subprocess.run(
            [sys.executable, str(script), server.url],
            env={"PYTHONPATH": str(package), "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
    assert run.returncode == 0, run.stderr
    before, after = (json.loads(line.replace("'", '"')) for line in run.stdout.splitlines())
    assert before == []  # making a client imports no model module, not even `models` itself
    needed = {_module_of(target, name) for name in ("Alpha", "Shared")}
    assert set(after) == {"lazy_v1.models", *(f"lazy_v1.models.{m}" for m in needed)}
    assert len(target.model_module_names) > len(needed) + 3  # Beta, Gamma, Unused, fillers


def test_the_models_package_still_offers_every_export(package: Path) -> None:
    script = (
        "import lazy_v1.models as m\n"
        "from lazy_v1.models import *\n"
        "assert Filler39.__name__ == 'Filler39' and m.Link.__module__.startswith(m.__name__)\n"
        "assert sorted(m.__all__) == sorted(dir(m)) and 'Unused' in m.__all__\n"
        "for bad in ('Nope', 'Alpha alpha', 'Alpha\\n'):\n"
        "    try:\n"
        "        getattr(m, bad)\n"
        "    except AttributeError:\n"
        "        pass\n"
        "    else:\n"
        "        raise SystemExit(bad)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        env={"PYTHONPATH": str(package), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr + run.stdout
