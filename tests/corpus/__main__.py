"""`python -m tests.corpus`: check the real-spec corpus and write docs/corpus.md."""

from __future__ import annotations

import argparse
import fnmatch
import sys
import time
from pathlib import Path
from typing import Any

from tests.corpus import peer, report
from tests.corpus.run import backfill_tsc, load_results, run
from tests.corpus.sources import SAMPLE_FILE, all_specs, choose_sample, sample_ids

CACHE = Path.home() / ".cache" / "sdkgen-corpus"


def _select(args: argparse.Namespace) -> dict[str, Path]:
    specs = all_specs()
    if args.sample:
        specs = {spec_id: specs[spec_id] for spec_id in sample_ids()}
    if args.match:
        specs = {k: v for k, v in specs.items() if any(fnmatch.fnmatch(k, m) for m in args.match)}
    return specs


def _progress(outcome: dict[str, Any], count: int, total: int) -> None:
    line = f"[{count}/{total}] {outcome['status']:8} {outcome['id']}"
    if outcome["status"] != "built":
        line += f"  ({outcome['stage']}) {outcome['error'][:160]}"
    print(line, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus", description=__doc__)
    parser.add_argument("command", choices=["run", "peer", "report", "sample"])
    parser.add_argument("--sample", action="store_true", help="only the fixed CI sample")
    parser.add_argument("--match", action="append", help="only spec ids matching this glob")
    parser.add_argument("--results", type=Path, help="JSON lines file (default in ~/.cache)")
    parser.add_argument("--langs", default="python,node")
    parser.add_argument("--no-tsc", action="store_true", help="skip tsc on Node packages")
    parser.add_argument("--jobs", type=int)
    parser.add_argument("--resume", action="store_true", help="skip specs already in --results")
    parser.add_argument(
        "--retry", action="store_true", help="like --resume, but check again what did not build"
    )
    parser.add_argument(
        "--tsc-backfill",
        action="store_true",
        help="run tsc on the Node packages of built specs that were checked with --no-tsc",
    )
    parser.add_argument("--peer-results", type=Path, default=CACHE / "peer.jsonl")
    parser.add_argument("--out", type=Path, default=Path("docs/corpus.md"))
    parser.add_argument(
        "--command-line", default="nox -s corpus", help="how the results were made (for report)"
    )
    parser.add_argument("--peer-command-line", default="nox -s corpus -- peer")
    args = parser.parse_args(argv)
    results = args.results or CACHE / ("sample.jsonl" if args.sample else "results.jsonl")
    results.parent.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    if args.command == "run" and args.tsc_backfill:
        outcomes = backfill_tsc(_select(args), results, jobs=args.jobs, progress=_progress)
        print(report.summary(outcomes), f"in {time.monotonic() - start:.0f} s")
        return 0
    if args.command == "run":
        outcomes = run(
            _select(args),
            results,
            langs=args.langs,
            tsc=not args.no_tsc,
            jobs=args.jobs,
            resume=args.resume,
            retry=args.retry,
            progress=_progress,
        )
        print(report.summary(outcomes), f"in {time.monotonic() - start:.0f} s")
        return 0
    if args.command == "sample":
        header = SAMPLE_FILE.read_text().splitlines()[:2]
        SAMPLE_FILE.write_text("\n".join([*header, *choose_sample()]) + "\n")
        print(f"wrote {SAMPLE_FILE}")
        return 0
    if args.command == "peer":
        outcomes = peer.run(
            _select(args),
            args.peer_results,
            jobs=args.jobs,
            resume=args.resume,
            progress=_progress,
        )
        print(report.summary(outcomes), f"in {time.monotonic() - start:.0f} s")
        return 0
    ours = list(load_results(results).values())
    theirs = list(load_results(args.peer_results).values())
    text = report.markdown(
        ours, theirs, all_specs(), command=args.command_line, peer_command=args.peer_command_line
    )
    args.out.write_text(text)
    args.out.with_name("corpus-counts.tsv").write_text(report.counts_tsv(ours))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
