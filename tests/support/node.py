"""Node tooling for tests: pack and install generated packages, run node and tsc.

Everything comes from `tests/node` (`npm ci --prefix tests/node`): TypeScript, @types/node and
Prism. A missing tool fails the test instead of skipping it: the Node backend must be tested.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
NODE_DEPS = REPO / "tests" / "node" / "node_modules"
# TypeScript's own lib files are not ours to check; skipping them halves the time.
TSC_FLAGS = [
    "--noEmit",
    "--strict",
    "--module",
    "nodenext",
    "--target",
    "es2022",
    "--skipDefaultLibCheck",
]


def node_deps() -> Path:
    if not (NODE_DEPS / ".package-lock.json").is_file():
        pytest.fail(f"{NODE_DEPS} is missing: run `npm ci --prefix tests/node` first")
    return NODE_DEPS


def executable(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not on PATH (Node 18+ and npm are needed)")
    return found


def run(
    *command: str | Path,
    cwd: Path,
    env: dict[str, str] | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def checked(result: subprocess.CompletedProcess[str]) -> str:
    """stdout of a command that must succeed; else fail with everything it printed."""
    if result.returncode != 0:
        pytest.fail(
            f"{' '.join(map(str, result.args))} exited {result.returncode}\n"
            f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
        )
    return result.stdout


def npm_pack(package: Path, into: Path) -> Path:
    """`npm pack` the package; the tarball's path."""
    into.mkdir(parents=True, exist_ok=True)
    output = checked(
        run(executable("npm"), "pack", "--json", "--pack-destination", into, cwd=package)
    )
    return into / json.loads(output)[0]["filename"]


def install(project: Path, *tarballs: Path) -> Path:
    """A scratch npm project with the tarballs installed (they have no dependencies)."""
    project.mkdir(parents=True, exist_ok=True)
    (project / "package.json").write_text(
        '{"name": "scratch", "private": true, "type": "module"}\n', encoding="utf-8"
    )
    checked(
        run(
            executable("npm"),
            "install",
            "--no-audit",
            "--no-fund",
            "--offline",
            *tarballs,
            cwd=project,
        )
    )
    return project


def tsc(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run TypeScript (strict, Node ESM resolution, @types/node); the caller checks the result."""
    deps = node_deps()
    types = ["--types", "node", "--typeRoots", str(deps / "@types")]
    return run(deps / ".bin" / "tsc", *TSC_FLAGS, *types, *args, cwd=cwd)


def node_test(*files: Path, cwd: Path, env: dict[str, str]) -> str:
    """Run `node --test` on the files; their TAP output (the run must pass)."""
    output = checked(run(executable("node"), "--test", *files, cwd=cwd, env=env, timeout=600))
    assert "# fail 0" in output and "# cancelled 0" in output, output
    return output


def client_target(spec: Path, *, name: str | None = None, version: str | None = None) -> Any:
    """The NodeTarget sdkgen builds for the spec (names, operations, example calls)."""
    from sdkgen import __version__
    from sdkgen.build import Report, load_api
    from sdkgen.targets import PackageRequest
    from sdkgen.targets.node_package import NodeTarget
    from sdkgen.versioning import package_version

    _spec, api = load_api(spec, Report())
    request = PackageRequest(
        api=api,
        name=name or api.title,
        version=package_version(api.version, version)[0],
        sdkgen_version=__version__,
    )
    return NodeTarget(request)


def usage_source(
    spec: Path, *, name: str | None = None, version: str | None = None, package: str = "pkg"
) -> str:
    """TypeScript that calls every operation of the spec's client, imported from `./<package>`.

    Each call appears twice: with only the required params (as the README shows it) and with
    every param and property filled, so each parameter and model type meets a real value.
    """
    target = client_target(spec, name=name, version=version)
    lines = [
        f'import {{ Client }} from "./{package}/index.js";',
        "",
        'const client = new Client({ baseUrl: "http://127.0.0.1:9" });',
    ]
    for function, full in (("required", False), ("everything", True)):
        examples = target.examples(full=full)
        lines += ["", f"export async function {function}(): Promise<void> {{"]
        for module, op in target.client.all_operations():
            call = examples.call(module, op).replace("\n", "\n  ")
            lines.append(f"  await {call};")
        lines.append("}")
    return "\n".join(lines) + "\n"


def calls_source(target: Any, package: str, options: list[str], values: dict[str, str]) -> str:
    """A Node module that calls every operation (required params, then all) and prints
    {label: "ok" | status | "Name: message"} as JSON. `options` go to `new Client({...})`."""
    lines = [
        f'import {{ Client }} from "./{package}/index.js";',
        f"const client = new Client({{ {', '.join(options)} }});",
        "const outcomes = {};",
        "const calls = [",
    ]
    for full in (False, True):
        examples = target.examples(full=full)
        examples.values = values
        for module, op in target.client.all_operations():
            label = f"{module}.{op.name}{' (all params)' if full else ''}"
            lines.append(f"  [{json.dumps(label)}, () => {examples.call(module, op)}],")
    lines += [
        "];",
        "for (const [name, call] of calls) {",
        "  try {",
        "    await call();",
        '    outcomes[name] = "ok";',
        "  } catch (error) {",
        "    outcomes[name] = error.status ?? `${error.name}: ${error.message}`;",
        "  }",
        "}",
        "console.log(JSON.stringify(outcomes));",
    ]
    return "\n".join(lines) + "\n"
