"""Type-check many generated Node packages in one `tsc` run.

On a small package tsc spends almost all its time starting up and reading TypeScript's own
declarations, so checking forty packages in one program costs about what checking one does.
Each package stays a module tree of its own (ES modules, nothing global), so packages cannot
clash, and every error line names its file, hence its package. A batch whose failure names no
package is checked again one package at a time, so one bad package never hides another.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

from tests.corpus.check import _TSCONFIG, FAILED, TSC

MAX_SPECS = 40
MAX_BYTES = 4_000_000  # of .d.ts per batch; one big package (GitHub's 7 MB) goes alone
_ERROR = re.compile(r"^(?P<file>[^(\s][^(]*)\(\d+,\d+\): error (?P<message>TS\d+: .*)$")


class TscBatch:
    """Collects built Node packages (each in its own folder under `root`), checks them together.

    `add` and `flush` return the outcomes whose check is complete, ready to be recorded."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)
        self.pending: list[tuple[dict[str, Any], Path]] = []
        self.size = 0
        self.count = itertools.count()

    def folder_for(self) -> Path:
        """A fresh folder name for a check to leave its Node package in (thread-safe)."""
        return self.root / f"package{next(self.count)}"

    def add(self, outcome: dict[str, Any], folder: Path) -> list[dict[str, Any]]:
        if not folder.is_dir():
            return [outcome]
        self.pending.append((outcome, folder))
        self.size += sum(p.stat().st_size for p in folder.rglob("*.d.ts"))
        if len(self.pending) >= MAX_SPECS or self.size >= MAX_BYTES:
            return self.flush()
        return []

    def flush(self) -> list[dict[str, Any]]:
        batch, self.pending, self.size = self.pending, [], 0
        if not batch:
            return []
        start = time.perf_counter()
        failure, errors = _check([folder for _, folder in batch], self.root)
        if failure is not None and not errors:  # not pinned on a package: one at a time
            for _, folder in batch:
                errors.update(_check([folder], self.root)[1])
        share = round((time.perf_counter() - start) / len(batch), 2)
        for outcome, folder in batch:
            outcome["seconds"]["node-tsc"] = share
            if folder.name in errors:
                outcome.update(status=FAILED, stage="node-tsc", error=errors[folder.name])
            shutil.rmtree(folder, ignore_errors=True)
        return [outcome for outcome, _ in batch]


def _check(folders: list[Path], root: Path) -> tuple[str | None, dict[str, str]]:
    """Run tsc over `folders`: (None, {}) when clean, else (first error, {folder: first error})."""
    config = dict(_TSCONFIG)
    config["include"] = [
        f"{folder.name}/{pattern}" for folder in folders for pattern in _TSCONFIG["include"]
    ]
    project = root / f"tsconfig-{folders[0].name}.json"
    project.write_text(json.dumps(config))
    try:
        result = subprocess.run(
            [str(TSC), "-p", str(project)],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
    except subprocess.TimeoutExpired:
        output = ["tsc timed out"]
    else:
        if result.returncode == 0:
            return None, {}
        output = (result.stdout + "\n" + result.stderr).splitlines()
    finally:
        project.unlink(missing_ok=True)
    attributed: dict[str, str] = {}
    names = {folder.name for folder in folders}
    for line in output:
        match = _ERROR.match(line.strip())
        if not match:
            continue
        package, *inside = Path(match["file"]).parts
        if package in names:
            attributed.setdefault(package, f"{'/'.join(inside)}: error {match['message']}")
    first = next((line.strip() for line in output if line.strip()), "tsc failed with no output")
    if len(folders) == 1 and not attributed:
        attributed[folders[0].name] = first
    return first, attributed
