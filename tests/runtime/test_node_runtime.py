"""The Node client runtime (templates/node/runtime) as library code: unit tests and types.

Its modules are copied verbatim into every generated package, so they are tested here once:
`node --test` runs tests/runtime/node/client/*.test.mjs, `tsc --checkJs` checks the JavaScript
against its JSDoc types, and each hand-written `.d.ts` must describe its `.js` (the JavaScript
module must be assignable to the declared one).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.node import REPO, node_test, tsc

RUNTIME = REPO / "templates" / "node" / "runtime"
TESTS = REPO / "tests" / "runtime" / "node" / "client"
MODULES = ["auth", "aws", "deadline", "errors", "http", "log", "params", "raw", "result", "retry"]


def test_unit_tests_pass() -> None:
    files = sorted(TESTS.glob("*.test.mjs"))
    assert len(files) >= 3, files
    node_test(*files, cwd=REPO, env={})


def test_javascript_and_its_tests_type_check() -> None:
    files = [RUNTIME / f"{name}.js" for name in MODULES] + sorted(TESTS.glob("*.test.mjs"))
    result = tsc("--allowJs", "--checkJs", *map(str, files), cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr


def _declarations_check(folder: Path) -> str:
    lines = []
    for name in MODULES:
        lines += [
            f'import * as {name}Js from "./impl/{name}.js";',
            f'import type * as {name}Dts from "./decl/{name}.js";',
            f"export const {name}: typeof {name}Dts = {name}Js;",
        ]
    for folder_name, suffix in (("impl", ".js"), ("decl", ".d.ts")):
        (folder / folder_name).mkdir()
        for path in RUNTIME.glob(f"*{suffix}"):
            if suffix == ".js" or path.name.endswith(".d.ts"):
                shutil.copy(path, folder / folder_name / path.name)
    (folder / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    return "\n".join(lines) + "\n"


def test_declarations_describe_the_javascript(tmp_path: Path) -> None:
    (tmp_path / "check.ts").write_text(_declarations_check(tmp_path), encoding="utf-8")
    result = tsc("--allowJs", "--checkJs", "check.ts", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_declarations_check_catches_drift(tmp_path: Path) -> None:
    (tmp_path / "check.ts").write_text(_declarations_check(tmp_path), encoding="utf-8")
    declared = tmp_path / "decl" / "params.d.ts"
    text = declared.read_text(encoding="utf-8")
    drifted = text.replace(
        "queryPairs(spec: ParamSpec, value: unknown): string[]",
        "queryPairs(spec: ParamSpec, value: unknown): number[]",
    )
    assert drifted != text
    declared.write_text(drifted, encoding="utf-8")
    result = tsc("--allowJs", "--checkJs", "check.ts", cwd=tmp_path)
    assert result.returncode != 0 and "TS2322" in result.stdout, result.stdout


@pytest.mark.parametrize("name", MODULES)
def test_every_module_has_declarations(name: str) -> None:
    assert (RUNTIME / f"{name}.d.ts").is_file()
