"""openapi-python-client over the same corpus, judged the way sdkgen's Python packages are.

A spec counts as built when `openapi-python-client generate` exits 0 and the package it wrote
byte-compiles and imports every module. Its operations are the modules under `api/`, one per
endpoint, so what it skipped (it warns and goes on) shows up as operations dropped.

The tool runs from the environment named by `OPENAPI_PYTHON_CLIENT` (its `bin` folder holds the
command and a Python with httpx and attrs), default `~/.cache/sdkgen-corpus/peers`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tests.corpus.check import BUILT, Outcome, _count_spec, _first_error
from tests.corpus.run import run_pool

PEERS = Path(os.environ.get("OPENAPI_PYTHON_CLIENT", Path.home() / ".cache/sdkgen-corpus/peers"))
VERSION = "0.29.1"

_IMPORT = """
import compileall, importlib, json, pkgutil, sys
if not compileall.compile_dir(sys.argv[2], quiet=2):
    sys.exit("byte-compilation failed")
package = importlib.import_module(sys.argv[1])
names = [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
for name in names:
    importlib.import_module(name)
operations = sum(1 for n in names if ".api." in n and not n.endswith("__init__")
                 and not any(m.startswith(n + ".") for m in names))
print(json.dumps({"modules": len(names) + 1, "operations": operations}))
"""


def check_peer(spec_id: str, spec: Path, work_root: Path) -> dict[str, Any]:
    outcome = Outcome(id=spec_id, bytes=spec.stat().st_size)
    try:
        _count_spec(spec, outcome)
    except Exception as error:  # noqa: BLE001 - sdkgen's loader refused it; the peer may not
        outcome.error = f"(sdkgen could not count it: {error})"[:200]
    work = Path(tempfile.mkdtemp(prefix="peer-", dir=work_root))
    try:
        outcome.stage = "generate"
        result = _run(
            [
                str(PEERS / "bin" / "openapi-python-client"),
                "generate",
                "--path",
                str(spec),
                "--output-path",
                str(work / "out"),
                "--overwrite",
            ],
            work,
        )
        if result.returncode != 0 or not (work / "out").is_dir():
            outcome.error = _first_error(result.stdout + "\n" + result.stderr)
            return asdict(outcome)
        outcome.warnings = result.stdout.count("WARNING") + result.stderr.count("WARNING")
        packages = [p for p in (work / "out").iterdir() if (p / "__init__.py").is_file()]
        if len(packages) != 1:
            outcome.error = f"expected one package folder, found {len(packages)}"
            return asdict(outcome)
        outcome.stage = "import"
        env = {**os.environ, "PYTHONPATH": str(work / "out")}
        result = _run(
            [str(PEERS / "bin" / "python"), "-c", _IMPORT, packages[0].name, str(packages[0])],
            work,
            env,
        )
        if result.returncode != 0:
            outcome.error = _first_error(result.stdout + "\n" + result.stderr)
            return asdict(outcome)
        counts = json.loads(result.stdout.splitlines()[-1])
        outcome.packages["python"] = counts
        outcome.status, outcome.error = BUILT, ""
        return asdict(outcome)
    except subprocess.TimeoutExpired:
        outcome.error = "timed out"
        return asdict(outcome)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run(
    command: list[str], cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=1200, check=False
    )


def run(
    specs: dict[str, Path],
    results: Path,
    *,
    jobs: int | None = None,
    resume: bool = False,
    progress: Callable[[dict[str, Any], int, int], None] | None = None,
) -> list[dict[str, Any]]:
    if not (PEERS / "bin" / "openapi-python-client").exists():
        sys.exit(
            f"openapi-python-client is not installed in {PEERS}: python -m venv {PEERS} &&"
            f" {PEERS}/bin/pip install openapi-python-client=={VERSION}"
        )
    return run_pool(specs, results, check_peer, jobs=jobs, resume=resume, progress=progress)
