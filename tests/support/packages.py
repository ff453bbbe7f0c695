"""Generate packages for tests, and install them into a fresh virtual environment."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

from sdkgen.build import build

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "tests" / "specs"
SHARED = ROOT.parent / "shared" / "testdata"


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
