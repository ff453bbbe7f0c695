"""The generated Node packages type-check: declarations, a call of every operation, the JS.

For each golden Node package: `tsc --strict` over its declarations and over a TypeScript file
that calls every operation (required params only, then every param), and `tsc --checkJs` over
its JavaScript, whose JSDoc types point at the declarations. A wrong type in the declarations or
an example the README would show fails here.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.golden import CASES, GOLDEN, Case
from tests.support.node import tsc, usage_source


def _package(case: Case, into: Path) -> Path:
    shutil.copytree(GOLDEN / case.name / "node", into / "pkg")
    (into / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    return into


def _passes(result_folder: Path, *args: str) -> None:
    result = tsc(*args, cwd=result_folder)
    assert result.returncode == 0, result.stdout + result.stderr


def test_declarations_calls_and_javascript_type_check(tmp_path: Path) -> None:
    """One tsc run over every golden package (tsc's start-up dominates a run)."""
    (tmp_path / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    files = []
    for index, case in enumerate(CASES):
        package = f"pkg{index}"
        shutil.copytree(GOLDEN / case.name / "node", tmp_path / package)
        usage = usage_source(case.spec, name=case.api_name, version=case.version, package=package)
        (tmp_path / f"usage{index}.ts").write_text(usage, encoding="utf-8")
        files += [f"usage{index}.ts", f"{package}/index.js", f"{package}/client.js"]
        files += [f"{package}/errors.js", f"{package}/resources/*.js"]
    scripts = sorted(str(p.relative_to(tmp_path)) for f in files for p in tmp_path.glob(f))
    _passes(tmp_path, "--allowJs", "--checkJs", *scripts)


WRONG = """\
import { Client } from "./pkg/index.js";
const client = new Client();
export const wrong = [
  client.pets.getPet({ petId: "7" }),
  client.pets.listPets({ status: 3 }),
  client.pets.createPet({ body: { tag: "no name" } }),
  client.pets.getPet({ petId: 7, petID: 7 }),
  client.store.placeOrder({ body: { petId: 1, quantity: 1 }, extra: true }),
];
export const pet: import("./pkg/index.js").Pet = await client.pets.deletePet({ petId: 7 });
"""


def test_wrong_calls_do_not_type_check(tmp_path: Path) -> None:
    folder = _package(CASES[0], tmp_path)
    (folder / "wrong.ts").write_text(WRONG, encoding="utf-8")
    result = tsc("wrong.ts", cwd=folder)
    errors = [line for line in result.stdout.splitlines() if "error TS" in line]
    assert len(errors) == 6, result.stdout
