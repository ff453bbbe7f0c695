"""The `sdkgen` command: build, validate, ir. Maps sdkgen's errors to one line each and exit 1."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from sdkgen import __version__
from sdkgen.build import Report, build, describe, load_api
from sdkgen.errors import SdkgenError, SpecError, one_line
from sdkgen.format import FORMATTERS
from sdkgen.ir_json import dumps


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sdkgen", description="Generate typed client SDKs from Swagger/OpenAPI descriptions."
    )
    parser.add_argument("--version", action="version", version=f"sdkgen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    build_cmd = commands.add_parser("build", help="generate a client package")
    build_cmd.add_argument("spec", help="the Swagger 2.0 / OpenAPI 3.x file (JSON or YAML)")
    build_cmd.add_argument("--lang", required=True, help="python or node")
    build_cmd.add_argument(
        "--out", type=Path, help="package root to write (default sdks/LANG/NAME)"
    )
    build_cmd.add_argument("--name", help="API name for package names (default: info.title)")
    build_cmd.add_argument("--package-version", help="package version (default: info.version)")
    build_cmd.add_argument("--npm-scope", help="npm scope for Node packages, e.g. @acme")
    build_cmd.add_argument("--strict", action="store_true", help="treat warnings as errors")
    build_cmd.add_argument("--formatter", choices=FORMATTERS, default="ruff")
    build_cmd.add_argument("--timings", action="store_true", help="print time per stage")

    validate_cmd = commands.add_parser("validate", help="check a spec; exit 1 if it has errors")
    validate_cmd.add_argument("spec")
    validate_cmd.add_argument("--strict", action="store_true", help="treat warnings as errors")

    ir_cmd = commands.add_parser("ir", help="print the normalized IR as JSON")
    ir_cmd.add_argument("spec")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    report = Report()
    try:
        if args.command == "build":
            report = build(
                args.spec,
                lang=args.lang,
                out=args.out,
                name=args.name,
                version_override=args.package_version,
                strict=args.strict,
                formatter=args.formatter,
                npm_scope=args.npm_scope,
            )
            _print_warnings(report)
            for note in report.notes:
                print(f"note: {note}", file=sys.stderr)
            if args.timings:
                stages = ", ".join(f"{k} {v:.2f}s" for k, v in report.timings.items())
                print(f"timings: {stages}", file=sys.stderr)
            print(f"wrote {report.output}")
        elif args.command == "validate":
            load_api(args.spec, report, strict=args.strict, deep=True)
            _print_warnings(report)
            print(
                f"{args.spec}: valid"
                + (f" ({len(report.warnings)} warnings)" if report.warnings else "")
            )
        elif args.command == "ir":
            _spec, api = load_api(args.spec, report)
            _print_warnings(report)
            sys.stdout.write(dumps(api))
    except SpecError as error:
        _print_warnings(report)
        for diagnostic in error.diagnostics:
            print(describe(diagnostic), file=sys.stderr)
        return 1
    except SdkgenError as error:
        _print_warnings(report)
        print(f"error: {one_line(str(error))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


def _print_warnings(report: Report) -> None:
    for warning in sorted(set(report.warnings)):
        print(describe(warning), file=sys.stderr)
    report.warnings.clear()


if __name__ == "__main__":
    sys.exit(main())
