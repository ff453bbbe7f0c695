"""Check one spec: build every backend, then prove each package compiles, loads and kept everything.

Runs as `python -m tests.corpus.check SPEC_ID SPEC_PATH WORK_DIR [--langs python,node] [--tsc]`
(or `--tsc-later DIR`: leave the Node package in DIR for one batched tsc run, see run.py)
in a process of its own and prints one JSON line, an `Outcome`, so a spec that crashes, hangs or
eats memory costs only its own process.

A spec is `built` when every backend wrote a package that byte-compiles and imports (Python) or
loads and type-checks (Node), and each package offers as many operations as the spec declares.
It is `rejected` when sdkgen refused it with a spec error (meaning unclear: the report lists
them with their first line so they can be reviewed), and `failed` otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sdkgen.build import build
from sdkgen.errors import SdkgenError, SpecError, one_line
from sdkgen.load import read_spec, resolve_pointer
from sdkgen.normalize.operations import METHODS
from sdkgen.targets import backends

ROOT = Path(__file__).resolve().parents[2]
NODE_TOOLS = ROOT / "tests" / "node" / "node_modules"
TSC = NODE_TOOLS / ".bin" / "tsc"

BUILT, REJECTED, FAILED = "built", "rejected", "failed"


@dataclass
class Outcome:
    """What happened to one spec, with the counts the report adds up."""

    id: str
    status: str = FAILED
    stage: str = ""  # where it stopped: load, python-build, python-import, node-tsc, ...
    error: str = ""  # the first line of what went wrong
    version: str = ""  # 2.0, 3.0 or 3.1
    format: str = ""  # json or yaml
    bytes: int = 0
    warnings: int = 0
    operations_spec: int = 0  # operations the spec declares
    operations_expected: int = 0  # minus the CORS mocks API Gateway exports add
    operations_ir: int = 0
    schemas_spec: int = 0  # named schemas (components/schemas or definitions)
    types_ir: int = 0  # named types in the IR (named schemas plus hoisted inline ones)
    packages: dict[str, dict[str, int]] = field(default_factory=dict)  # lang -> counts
    pending: list[str] = field(default_factory=list)  # checks that could not run here
    seconds: dict[str, float] = field(default_factory=dict)


class CheckFailed(Exception):
    def __init__(self, stage: str, message: str) -> None:
        super().__init__(message)
        self.stage = stage


def check(spec_id: str, spec: Path, work: Path, langs: list[str], tsc: bool) -> Outcome:
    outcome = Outcome(id=spec_id, bytes=spec.stat().st_size)
    outcome.format = "json" if spec.read_bytes()[:64].lstrip().startswith(b"{") else "yaml"
    try:
        _count_spec(spec, outcome)
        for lang in langs:
            _check_language(lang, spec, work, outcome, tsc)
    except SpecError as error:
        outcome.status, outcome.stage = REJECTED, outcome.stage or "load"
        outcome.error = one_line(str(error.diagnostics[0]))
        return outcome
    except CheckFailed as error:
        outcome.stage, outcome.error = error.stage, _first_line(str(error))
        return outcome
    outcome.status = BUILT
    return outcome


def _check_language(lang: str, spec: Path, work: Path, outcome: Outcome, tsc: bool) -> None:
    if lang not in backends():
        outcome.pending.append(f"{lang}: backend not registered")
        return
    out = work / lang
    outcome.stage = f"{lang}-build"
    start = time.perf_counter()
    try:
        report = build(spec, lang=lang, out=out, version_override="1.0.0")
    except SpecError:
        _assert_nothing_written(work, out)
        raise
    except SdkgenError as error:
        _assert_nothing_written(work, out)
        raise CheckFailed(outcome.stage, f"{type(error).__name__}: {error}") from None
    except Exception as error:  # a bug in sdkgen: the very thing the corpus is for
        raise CheckFailed(outcome.stage, f"{type(error).__name__}: {error}") from None
    finally:
        outcome.seconds[outcome.stage] = round(time.perf_counter() - start, 2)
    outcome.warnings = max(outcome.warnings, len(set(report.warnings)))
    if report.api is not None:
        outcome.operations_ir = len(report.api.operations)
        outcome.types_ir = len(report.api.types)
    counts = _python_loads(out, outcome) if lang == "python" else _node_loads(out, outcome, tsc)
    outcome.packages[lang] = counts
    if counts["operations"] != outcome.operations_expected:
        raise CheckFailed(
            f"{lang}-operations",
            f"the package offers {counts['operations']} operations,"
            f" the spec declares {outcome.operations_expected}",
        )


def _assert_nothing_written(work: Path, out: Path) -> None:
    leftovers = [p.name for p in work.iterdir()] if work.exists() else []
    if out.exists() or any(name.startswith(f".{out.name}.") for name in leftovers):
        raise CheckFailed("output", f"a failed build left files behind: {leftovers}")


# ---- what the spec declares ----------------------------------------------------------------------


def _count_spec(spec: Path, outcome: Outcome) -> None:
    document = read_spec(spec).document
    version = str(document.get("swagger") or document.get("openapi") or "")
    outcome.version = "2.0" if version == "2.0" else version[:3]
    paths = document.get("paths")
    for item in paths.values() if isinstance(paths, dict) else ():
        item = _deref(document, item)
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                outcome.operations_spec += 1
                if not _is_cors_mock(method, operation):
                    outcome.operations_expected += 1
    if version == "2.0":
        schemas = document.get("definitions")
    else:
        components = document.get("components")
        schemas = components.get("schemas") if isinstance(components, dict) else None
    outcome.schemas_spec = len(schemas) if isinstance(schemas, dict) else 0


def _deref(document: dict[str, Any], node: Any) -> Any:
    for _ in range(16):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        try:
            node = resolve_pointer(document, node["$ref"].removeprefix("#"))
        except (KeyError, IndexError):
            return None
    return node


def _is_cors_mock(method: str, operation: dict[str, Any]) -> bool:
    integration = operation.get("x-amazon-apigateway-integration")
    return (
        method == "options" and isinstance(integration, dict) and integration.get("type") == "mock"
    )


# ---- Python: byte-compile, import every module, count operations ---------------------------------

_PYTHON_LOADS = """
import compileall, importlib, inspect, json, pkgutil, sys
if not compileall.compile_dir(sys.argv[2], quiet=2):
    sys.exit("byte-compilation failed")
package = importlib.import_module(sys.argv[1])
names = [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
for name in names:
    importlib.import_module(name)
operations = models = 0
for name in names:
    module = sys.modules[name]
    for cls_name, cls in vars(module).items():
        if not inspect.isclass(cls) or cls.__module__ != name:
            continue
        # the sync class of a group; its twin is "Async" + its name (group `AsyncEvents` too)
        resource = cls_name.endswith("Resource") and "Async" + cls_name in vars(module)
        if ".resources." in name and resource:
            operations += sum(
                1 for key, value in vars(cls).items()
                if inspect.isfunction(value) and not key.startswith("_")
            )
        elif ".models." in name:
            models += 1
print(json.dumps({"modules": len(names) + 1, "operations": operations, "models": models}))
"""


def _python_loads(out: Path, outcome: Outcome) -> dict[str, int]:
    outcome.stage = "python-import"
    packages = [p.name for p in out.iterdir() if (p / "__init__.py").is_file()]
    if len(packages) != 1:
        raise CheckFailed(outcome.stage, f"expected one package folder, found {packages}")
    env = {**os.environ, "PYTHONPATH": str(out), "PYTHONDONTWRITEBYTECODE": ""}
    result = _run(
        [sys.executable, "-c", _PYTHON_LOADS, packages[0], str(out / packages[0])],
        out,
        env,
        outcome,
    )
    return dict(json.loads(result.splitlines()[-1]))


# ---- Node: load every module, count operations, tsc --noEmit --strict ----------------------------

_NODE_LOADS = """
import { pathToFileURL } from "node:url";
const files = JSON.parse(process.argv[1]);
let operations = 0;
for (const file of files) {
  const module = await import(pathToFileURL(file).href);
  if (!file.includes("/resources/")) continue;
  for (const value of Object.values(module)) {
    if (typeof value !== "function" || !value.prototype) continue;
    operations += Object.getOwnPropertyNames(value.prototype)
      .filter((name) => name !== "constructor" && !name.startsWith("_")).length;
  }
}
console.log(JSON.stringify({ modules: files.length, operations }));
"""

_TSCONFIG = {
    "compilerOptions": {
        "strict": True,
        "noEmit": True,
        "skipDefaultLibCheck": True,  # TypeScript's own lib.*.d.ts; the package is still checked
        "target": "es2022",
        "module": "nodenext",
        "moduleResolution": "nodenext",
        "types": ["node"],
        "typeRoots": [str(NODE_TOOLS / "@types")],
    },
    "include": ["**/*.d.ts", "corpus-check.ts"],
}


def _node_loads(out: Path, outcome: Outcome, tsc: bool) -> dict[str, int]:
    outcome.stage = "node-load"
    files = sorted(str(p) for p in out.rglob("*.js") if "node_modules" not in p.parts)
    result = _run(
        ["node", "--input-type=module", "-e", _NODE_LOADS, json.dumps(files)], out, None, outcome
    )
    counts = dict(json.loads(result.splitlines()[-1]))
    if not tsc:
        return counts
    if not TSC.exists():
        outcome.pending.append("node: tsc not installed (npm ci --prefix tests/node)")
        return counts
    outcome.stage = "node-tsc"
    prepare_tsc(out)
    _run([str(TSC), "-p", str(out / "tsconfig.json")], out, None, outcome)
    return counts


def prepare_tsc(out: Path) -> None:
    """The files that make `tsc -p out` check the whole package as a user would import it."""
    (out / "tsconfig.json").write_text(json.dumps(_TSCONFIG))
    (out / "corpus-check.ts").write_text('import * as api from "./index.js";\nvoid api;\n')


def _run(command: list[str], cwd: Path, env: dict[str, str] | None, outcome: Outcome) -> str:
    start = time.perf_counter()
    try:
        result = subprocess.run(
            command, cwd=cwd, env=env, capture_output=True, text=True, timeout=900, check=False
        )
    except subprocess.TimeoutExpired:
        raise CheckFailed(outcome.stage, "timed out") from None
    finally:
        outcome.seconds[outcome.stage] = round(time.perf_counter() - start, 2)
    if result.returncode != 0:
        raise CheckFailed(outcome.stage, _first_error(result.stdout + "\n" + result.stderr))
    return result.stdout


def _first_error(output: str) -> str:
    """The line that says what broke: the exception of a traceback, tsc's first error."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    for line in lines:
        if "error TS" in line:
            return line
    for line in reversed(lines):
        if not line.startswith(("File ", "^", "~")) and not line.startswith("Traceback"):
            return line
    return "exited with an error and no output"


def _first_line(text: str) -> str:
    return one_line(text.splitlines()[0] if text.strip() else text, 400)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec_id")
    parser.add_argument("spec", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--langs", default="python,node")
    parser.add_argument("--tsc", action="store_true", help="also run tsc --noEmit --strict")
    parser.add_argument(
        "--tsc-later",
        type=Path,
        metavar="DIR",
        help="skip tsc, and move a built Node package to DIR for a batched tsc run",
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated packages")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    try:
        outcome = check(args.spec_id, args.spec, args.work, args.langs.split(","), args.tsc)
        node = args.work / "node"
        if args.tsc_later and outcome.status == BUILT and node.is_dir():
            prepare_tsc(node)
            shutil.move(node, args.tsc_later)
    finally:
        if not args.keep:
            shutil.rmtree(args.work, ignore_errors=True)
    print(json.dumps(asdict(outcome)))


if __name__ == "__main__":
    main()
