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

from tests.corpus.check import FAILED, TSC, Outcome
from tests.corpus.tsc_batch import TscBatch

# Per spec: the slowest real specs (Microsoft Graph, 47 MB) take a few minutes with tsc.
TIMEOUT = 1200
MEMORY = 8 * 1024**3


def _limit_memory() -> None:  # pragma: no cover - runs in the child
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def check_in_process(
    spec_id: str,
    spec: Path,
    *,
    langs: str,
    tsc: bool,
    work_root: Path,
    tsc_later: Path | None = None,
) -> dict[str, Any]:
    """One spec in a fresh interpreter; a crash, hang or blow-up becomes a `failed` outcome.

    With `tsc_later`, a built Node package is left in that folder, unchecked by tsc, and the
    outcome names it (key `_tsc_folder`) for a `TscBatch`."""
    work = Path(tempfile.mkdtemp(prefix="spec-", dir=work_root))
    command = [sys.executable, "-m", "tests.corpus.check", spec_id, str(spec), str(work)]
    command += ["--langs", langs]
    if tsc_later is not None:
        command += ["--tsc-later", str(tsc_later)]
    elif tsc:
        command += ["--tsc"]
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
        outcome = dict(json.loads(lines[-1]))
        if tsc_later is not None and tsc_later.is_dir():
            outcome["_tsc_folder"] = str(tsc_later)
        return outcome
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
    """Check every spec with sdkgen; returns all outcomes (with earlier ones when resuming).

    tsc runs over the Node packages in batches (see tsc_batch.py), not once per spec."""
    batched = tsc and "node" in langs.split(",") and TSC.exists()
    with tempfile.TemporaryDirectory(prefix="sdkgen-tsc-") as tsc_root:
        batch = TscBatch(Path(tsc_root))

        def check(spec_id: str, path: Path, work_root: Path) -> dict[str, Any]:
            later = batch.folder_for() if batched else None
            return check_in_process(
                spec_id, path, langs=langs, tsc=tsc, work_root=work_root, tsc_later=later
            )

        def collect(outcome: dict[str, Any]) -> list[dict[str, Any]]:
            folder = outcome.pop("_tsc_folder", None)
            return batch.add(outcome, Path(folder)) if folder else [outcome]

        return run_pool(
            specs,
            results,
            check,
            jobs=jobs,
            resume=resume or retry,
            retry=retry,
            progress=progress,
            collect=collect,
            drain=batch.flush,
        )


def backfill_tsc(
    specs: dict[str, Path],
    results: Path,
    *,
    jobs: int | None = None,
    progress: Callable[[dict[str, Any], int, int], None] | None = None,
) -> list[dict[str, Any]]:
    """Add tsc's verdict to built specs that were checked with `--no-tsc`.

    Their Node packages are built again and type-checked in batches; what tsc says is merged
    into the outcome already recorded (appended as a new line, which wins). A run stopped half
    way resumes from `<results>.tsc.jsonl`."""
    done = load_results(results)
    todo = {
        spec_id: specs[spec_id]
        for spec_id, outcome in done.items()
        if spec_id in specs
        and outcome["status"] == "built"
        and "node" in outcome["packages"]
        and "node-tsc" not in outcome["seconds"]
    }
    side = results.with_suffix(".tsc.jsonl")
    checked = run(todo, side, langs="node", jobs=jobs, resume=True, progress=progress)
    with results.open("a") as sink:
        for fresh in checked:
            outcome = done[fresh["id"]]
            if fresh["status"] == "built":
                outcome["seconds"]["node-tsc"] = fresh["seconds"].get("node-tsc", 0.0)
            else:
                outcome.update(status=fresh["status"], stage=fresh["stage"], error=fresh["error"])
                outcome["seconds"].update(fresh["seconds"])
            sink.write(json.dumps(outcome) + "\n")
    return [done[spec_id] for spec_id in sorted(done) if spec_id in specs]


def run_pool(
    specs: dict[str, Path],
    results: Path,
    check: Callable[[str, Path, Path], dict[str, Any]],
    *,
    jobs: int | None = None,
    resume: bool = False,
    retry: bool = False,
    progress: Callable[[dict[str, Any], int, int], None] | None = None,
    collect: Callable[[dict[str, Any]], list[dict[str, Any]]] | None = None,
    drain: Callable[[], list[dict[str, Any]]] | None = None,
) -> list[dict[str, Any]]:
    """`check(spec_id, path, work_root)` for every spec, `jobs` at a time, appending results.

    `collect` may hold an outcome back for a later step and return what is complete;
    `drain` returns what it still holds at the end."""
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
            count = 0

            def record(complete: list[dict[str, Any]]) -> None:
                nonlocal count
                for outcome in complete:
                    count += 1
                    done[outcome["id"]] = outcome
                    sink.write(json.dumps(outcome) + "\n")
                    sink.flush()
                    if progress:
                        progress(outcome, count, len(todo))

            for future in as_completed(futures):
                outcome = future.result()
                record(collect(outcome) if collect else [outcome])
            record(drain() if drain else [])
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
