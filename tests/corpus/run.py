"""Run `check.py` over many specs, a few processes at a time, keeping results as JSON lines.

Results are appended as each spec finishes, so a long run can be stopped and resumed (`resume`
skips specs already in the file) and its report written at any point.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tests.corpus.check import FAILED, Outcome

# Per spec: the slowest real specs (Microsoft Graph, 47 MB) take a few minutes with tsc.
TIMEOUT = 1200
MEMORY = 8 * 1024**3


def _limit_memory() -> None:  # pragma: no cover - runs in the child
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def check_in_process(
    spec_id: str, spec: Path, *, langs: str, tsc: bool, work_root: Path
) -> dict[str, Any]:
    """One spec in a fresh interpreter; a crash, hang or blow-up becomes a `failed` outcome."""
    work = Path(tempfile.mkdtemp(prefix="spec-", dir=work_root))
    command = [sys.executable, "-m", "tests.corpus.check", spec_id, str(spec), str(work)]
    command += ["--langs", langs] + (["--tsc"] if tsc else [])
    try:
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
            cwd=Path(__file__).resolve().parents[2],
            preexec_fn=_limit_memory,
        )
    except subprocess.TimeoutExpired:
        return asdict(Outcome(id=spec_id, stage="timeout", error=f"took over {TIMEOUT} s"))
    finally:
        subprocess.run(["rm", "-rf", str(work)], check=False)
    lines = result.stdout.strip().splitlines()
    if result.returncode == 0 and lines:
        return dict(json.loads(lines[-1]))
    tail = [line for line in result.stderr.splitlines() if line.strip()]
    error = tail[-1] if tail else f"exit status {result.returncode}"
    return asdict(Outcome(id=spec_id, status=FAILED, stage="crash", error=error[:400]))


def run(
    specs: dict[str, Path],
    results: Path,
    *,
    langs: str = "python,node",
    tsc: bool = True,
    jobs: int | None = None,
    resume: bool = False,
    retry: bool = False,
    progress: Callable[[dict[str, Any], int, int], None] | None = None,
) -> list[dict[str, Any]]:
    """Check every spec with sdkgen; returns all outcomes (with earlier ones when resuming)."""

    def check(spec_id: str, path: Path, work_root: Path) -> dict[str, Any]:
        return check_in_process(spec_id, path, langs=langs, tsc=tsc, work_root=work_root)

    return run_pool(
        specs, results, check, jobs=jobs, resume=resume or retry, retry=retry, progress=progress
    )


def run_pool(
    specs: dict[str, Path],
    results: Path,
    check: Callable[[str, Path, Path], dict[str, Any]],
    *,
    jobs: int | None = None,
    resume: bool = False,
    retry: bool = False,
    progress: Callable[[dict[str, Any], int, int], None] | None = None,
) -> list[dict[str, Any]]:
    """`check(spec_id, path, work_root)` for every spec, `jobs` at a time, appending results."""
    done = load_results(results) if resume else {}
    if retry:  # check again what did not build (after a fix), keep the rest
        done = {spec_id: o for spec_id, o in done.items() if o["status"] == "built"}
    if not resume:
        results.write_text("")
    todo = [(spec_id, path) for spec_id, path in sorted(specs.items()) if spec_id not in done]
    jobs = jobs or os.cpu_count() or 2
    with tempfile.TemporaryDirectory(prefix="sdkgen-corpus-") as work_root:
        with ThreadPoolExecutor(max_workers=jobs) as pool, results.open("a") as sink:
            futures = [
                pool.submit(check, spec_id, path, Path(work_root))
                for spec_id, path in _shuffled(todo)
            ]
            for count, future in enumerate(as_completed(futures), 1):
                outcome = future.result()
                done[outcome["id"]] = outcome
                sink.write(json.dumps(outcome) + "\n")
                sink.flush()
                if progress:
                    progress(outcome, count, len(todo))
    return [done[spec_id] for spec_id in sorted(done) if spec_id in specs]


def _shuffled(todo: Iterable[tuple[str, Path]]) -> list[tuple[str, Path]]:
    """A fixed pseudo-random order: a run stopped early has still checked a fair sample."""
    return sorted(todo, key=lambda item: hashlib.sha256(item[0].encode()).hexdigest())


def load_results(results: Path) -> dict[str, dict[str, Any]]:
    if not results.exists():
        return {}
    found = {}
    for line in results.read_text().splitlines():
        if line.strip():
            outcome = json.loads(line)
            found[outcome["id"]] = outcome
    return found
