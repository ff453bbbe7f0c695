"""Generation: sdkgen against openapi-python-client and openapi-generator, spec by spec.

Every tool runs as a child process, end to end (sdkgen's validation and formatting included),
interleaved round by round so that load on the shared machine hits all of them alike, each
run after `sync` and a short pause (see common.settle). sdkgen runs with an empty
XDG_CACHE_HOME (cold), and once more with the cache left from the last run (warm). Also:
sdkgen's time per stage, from `--timings`, and how its total time grows with spec size over
the corpus sample.

    python -m benchmarks.generation [--specs petstore github] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import CACHE, SDKGEN, Sample, fresh, measure, peers, settle, spec_path

WORK = CACHE / "work"
TOOLS = (
    "sdkgen python",
    "sdkgen node",
    "openapi-python-client",
    "openapi-generator python",
    "openapi-generator typescript-fetch",
)
TIMINGS = re.compile(r"^timings: (.*)$", re.MULTILINE)


def sdkgen_build(spec: Path, lang: str, out: Path) -> list[str]:
    # A fixed version: many specs' info.version ("v1.1.0", dates) is not semver.
    argv = [SDKGEN, "build", str(spec), "--lang", lang, "--out", str(out), "--timings"]
    return [*argv, "--package-version", "1.0.0"]


def command(tool: str, spec: Path, out: Path) -> tuple[list[str], dict[str, str]]:
    """The argv and environment that make `tool` generate `spec` into `out`."""
    bin_ = peers() / "bin"
    env = {**os.environ, "PATH": f"{bin_}{os.pathsep}{os.environ['PATH']}"}
    if tool.startswith("sdkgen"):
        lang = tool.split()[1]
        env["XDG_CACHE_HOME"] = str(fresh(WORK / "empty-cache"))
        return [*sdkgen_build(spec, lang, out)], env
    if tool == "openapi-python-client":
        argv = [str(bin_ / "openapi-python-client"), "generate", "--path", str(spec)]
        return [*argv, "--output-path", str(out), "--overwrite"], env
    generator = tool.split()[1]
    argv = [str(bin_ / "openapi-generator-cli"), "generate", "-g", generator, "-i", str(spec)]
    return [*argv, "-o", str(out)], env


def stage_times(output: str) -> dict[str, float]:
    """`timings: load 0.56s, validate 1.32s, ...` -> {"load": 0.56, ...}."""
    found = TIMINGS.search(output)
    if not found:
        return {}
    pairs = (item.split() for item in found.group(1).split(", "))
    return {name: float(value.rstrip("s")) for name, value in pairs}


def record(sample: Sample) -> dict[str, object]:
    entry: dict[str, object] = {"seconds": sample.seconds, "peak_mb": sample.peak_mb}
    entry["ok"] = sample.ok
    if not sample.ok:
        lines = sample.output.strip().splitlines()
        # A JVM's reason comes before its stack trace, which fills the last lines.
        java = [line for line in lines if line.startswith("Exception in thread")]
        entry["error"] = java[:1] or lines[-3:]
    if stages := stage_times(sample.output):
        entry["stages"] = stages
    return entry


def compare(specs: list[str], runs: int, tools: tuple[str, ...] = TOOLS) -> dict[str, object]:
    """{spec: {"bytes": n, "tools": {tool: [run, ...]}, "warm": run}}, runs interleaved."""
    results: dict[str, object] = {}
    for name in specs:
        spec = spec_path(name)
        per_tool: dict[str, list[dict[str, object]]] = {tool: [] for tool in tools}
        failed: set[str] = set()
        for round_ in range(runs):
            for tool in tools:
                if tool in failed:  # a peer that failed once fails again: save the time
                    continue
                out = WORK / "out" / tool.replace(" ", "-")
                fresh(out).rmdir()  # each tool makes its own output folder
                argv, env = command(tool, spec, out)
                settle()
                entry = record(measure(argv, env=env, cwd=out.parent, timeout=1200))
                per_tool[tool].append(entry)
                if not entry["ok"]:
                    failed.add(tool)
                print(
                    f"  {name} round {round_ + 1} {tool}: {entry['seconds']:.1f}s "
                    f"{entry['peak_mb']:.0f} MB{'' if entry['ok'] else ' FAILED'}",
                    flush=True,
                )
        results[name] = {"bytes": spec.stat().st_size, "tools": per_tool}
        if "sdkgen python" in tools:
            results[name]["warm"] = warm_rebuild(spec)
    return results


def warm_rebuild(spec: Path) -> dict[str, object]:
    """Build the same spec twice with one cache folder; time the second build."""
    cache = fresh(WORK / "warm-cache")
    out = WORK / "out" / "warm"
    argv = sdkgen_build(spec, "python", out)
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    measure(argv, env=env)
    settle()
    return record(measure(argv, env=env))


def scaling(spec_ids: list[str], paths: Callable[[str], Path]) -> list[dict[str, object]]:
    """sdkgen python once per spec: size against wall time, for the growth fit."""
    rows = []
    for spec_id in spec_ids:
        spec = paths(spec_id)
        out = fresh(WORK / "out" / "scaling")
        entry = record(measure(sdkgen_build(spec, "python", out), timeout=900))
        rows.append({"spec": spec_id, "bytes": spec.stat().st_size, **entry})
        print(f"  scaling {spec_id}: {entry['seconds']:.1f}s", flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--specs", nargs="+", default=["petstore", "github"])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(json.dumps(compare(args.specs, args.runs), indent=2))


if __name__ == "__main__":
    main()
