"""Generate packages for tests, and install them into a fresh virtual environment."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import venv
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from sdkgen.build import build

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "tests" / "specs"
SHARED = ROOT.parent / "shared" / "testdata"


@contextmanager
def imported(
    spec: dict[str, Any], folder: Path, name: str, module: str = ""
) -> Iterator[ModuleType]:
    """Build `spec` (a spec as a dict) into a Python package named after `name` and import it
    (or its `module`, e.g. "models") in this process, for tests that poke at generated code;
    afterwards the package leaves `sys.path` and `sys.modules` again."""
    path = folder / "spec.json"
    path.write_text(json.dumps(spec))
    out = folder / "out"
    build(path, lang="python", out=out, name=name)
    package = next(p.name for p in out.iterdir() if (p / "__init__.py").exists())
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(f"{package}.{module}" if module else package)
    finally:
        sys.path.remove(str(out))
        for loaded in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
            del sys.modules[loaded]


def generate(spec: Path, out: Path, *, lang: str = "python", **options: str) -> Path:
    build(
        spec, lang=lang, out=out, name=options.get("name"), version_override=options.get("version")
    )
    return out


class FreshVenv:
    """A new virtual environment with nothing but what the test installs into it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        venv.EnvBuilder(with_pip=True, clear=True).create(folder)
        self.python = folder / ("Scripts" if os.name == "nt" else "bin") / "python"

    def install(self, *targets: Path | str) -> None:
        command = [
            str(self.python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ]
        result = subprocess.run(
            [*command, *map(str, targets)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise AssertionError(f"pip install failed:\n{result.stdout}\n{result.stderr}")

    def run(
        self, script: Path, *args: str, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        return subprocess.run(
            [str(self.python), str(script), *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=timeout,
            env=env,
        )


def run_python(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=cwd, check=False
    )
