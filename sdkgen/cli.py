"""The `sdkgen` command: build, validate, ir, diff. Maps sdkgen's errors to one line each (a
refused release also lists the breaking changes) and exit 1."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sdkgen import __version__
from sdkgen.build import Report, build, describe, load_api
from sdkgen.cache import BuildCache, default_root
from sdkgen.errors import ConfigError, ReleaseError, SdkgenError, SpecError, one_line
from sdkgen.format import FORMATTERS
from sdkgen.ir_json import dumps

_REF_ROOT: dict[str, Any] = {
    "type": Path,
    "metavar": "DIR",
    "help": "folder whose files $refs may read (default: the spec's folder)",
}
_ALLOW_REMOTE: dict[str, Any] = {
    "action": "store_true",
    "help": "let $refs fetch http and https URLs (refused by default)",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sdkgen", description="Generate typed client SDKs from Swagger/OpenAPI descriptions."
    )
    parser.add_argument("--version", action="version", version=f"sdkgen {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    build_cmd = commands.add_parser("build", help="generate a client package")
    build_cmd.add_argument(
        "spec",
        nargs="?",
        help="the Swagger 2.0 / OpenAPI 3.x file (JSON or YAML); default: every API in sdkgen.toml",
    )
    build_cmd.add_argument("--lang", help="python or node (required with a spec)")
    build_cmd.add_argument(
        "--out", type=Path, help="package root to write (default sdks/LANG/NAME)"
    )
    build_cmd.add_argument("--name", help="API name for package names (default: info.title)")
    build_cmd.add_argument("--package-version", help="package version (default: info.version)")
    build_cmd.add_argument("--npm-scope", help="npm scope for Node packages, e.g. @acme")
    build_cmd.add_argument("--strict", action="store_true", help="treat warnings as errors")
    build_cmd.add_argument("--formatter", choices=FORMATTERS, default="ruff")
    build_cmd.add_argument("--timings", action="store_true", help="print time per stage")
    build_cmd.add_argument(
        "--no-cache",
        action="store_true",
        help="build from scratch, neither reading nor filling the cache ($XDG_CACHE_HOME/sdkgen)",
    )
    build_cmd.add_argument("--ref-root", **_REF_ROOT)
    build_cmd.add_argument("--allow-remote-refs", **_ALLOW_REMOTE)
    build_cmd.add_argument(
        "--previous",
        metavar="OLD_SPEC",
        help="spec of the last release: refuse a version that does not fit the changes since",
    )
    build_cmd.add_argument(
        "--previous-version",
        help="package version of the last release (default: OLD_SPEC's info.version)",
    )

    validate_cmd = commands.add_parser("validate", help="check a spec; exit 1 if it has errors")
    validate_cmd.add_argument("spec")
    validate_cmd.add_argument("--strict", action="store_true", help="treat warnings as errors")
    validate_cmd.add_argument("--ref-root", **_REF_ROOT)
    validate_cmd.add_argument("--allow-remote-refs", **_ALLOW_REMOTE)

    ir_cmd = commands.add_parser("ir", help="print the normalized IR as JSON")
    ir_cmd.add_argument("spec")
    ir_cmd.add_argument("--ref-root", **_REF_ROOT)
    ir_cmd.add_argument("--allow-remote-refs", **_ALLOW_REMOTE)

    publish_cmd = commands.add_parser(
        "publish", help="build a generated package and upload it to a private index"
    )
    publish_cmd.add_argument(
        "package",
        type=Path,
        nargs="?",
        help="the generated package's folder; default: every package sdkgen.toml builds",
    )
    publish_cmd.add_argument(
        "--repository-url", help="PyPI-compatible upload URL (TWINE_USERNAME/TWINE_PASSWORD)"
    )
    publish_cmd.add_argument("--registry", help="npm registry URL (token from NPM_TOKEN)")
    publish_cmd.add_argument(
        "--dry-run", action="store_true", help="build and check, upload nothing"
    )

    diff_cmd = commands.add_parser(
        "diff", help="compare two specs as the SDKs generated from them differ"
    )
    diff_cmd.add_argument("old", help="the spec of the released version")
    diff_cmd.add_argument("new", help="the spec of the version to release")
    diff_cmd.add_argument("--format", choices=("text", "json"), default="text")
    diff_cmd.add_argument(
        "--old-version", help="package version of OLD (default: OLD's info.version if semver)"
    )
    diff_cmd.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 when any change is breaking"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    report = Report()
    try:
        return _run(args, report)
    except SpecError as error:
        _print_warnings(report)
        for diagnostic in error.diagnostics:
            print(describe(diagnostic), file=sys.stderr)
        return 1
    except SdkgenError as error:
        _print_warnings(report)
        _print_error(error)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug in sdkgen, not in the spec: still one line, no traceback
        if os.environ.get("SDKGEN_DEBUG"):
            raise
        _print_warnings(report)
        message = f"{type(error).__name__}: {error}"
        print(
            f"error: internal error, please report it with the spec ({one_line(message, 200)});"
            " SDKGEN_DEBUG=1 shows the traceback",
            file=sys.stderr,
        )
        return 2


def _run(args: argparse.Namespace, report: Report) -> int:
    """Carry out the command; sdkgen errors propagate to `main`."""
    if args.command in ("build", "publish") and _configured(args):
        return _run_configured(args, report)
    if args.command == "build":
        if not args.lang:
            raise ConfigError("sdkgen build SPEC needs --lang python or --lang node")
        build(
            args.spec,
            lang=args.lang,
            out=args.out,
            name=args.name,
            version_override=args.package_version,
            strict=args.strict,
            formatter=args.formatter,
            npm_scope=args.npm_scope,
            ref_root=args.ref_root,
            allow_remote_refs=args.allow_remote_refs,
            previous=args.previous,
            previous_version=args.previous_version,
            cache=_cache(args),
            report=report,
        )
        _print_warnings(report)
        for note in report.notes:
            print(f"note: {note}", file=sys.stderr)
        if args.timings:
            stages = ", ".join(f"{k} {v:.2f}s" for k, v in report.timings.items())
            print(f"timings: {stages}", file=sys.stderr)
        if report.cached:
            print(
                "note: unchanged since an identical earlier build: copied from the cache",
                file=sys.stderr,
            )
        print(f"wrote {report.output}")
    elif args.command == "validate":
        load_api(
            args.spec,
            report,
            strict=args.strict,
            deep=True,
            ref_root=args.ref_root,
            allow_remote_refs=args.allow_remote_refs,
        )
        _print_warnings(report)
        print(
            f"{args.spec}: valid"
            + (f" ({len(report.warnings)} warnings)" if report.warnings else "")
        )
    elif args.command == "ir":
        _spec, api = load_api(
            args.spec, report, ref_root=args.ref_root, allow_remote_refs=args.allow_remote_refs
        )
        _print_warnings(report)
        sys.stdout.write(dumps(api))
    elif args.command == "diff":
        return _diff(args, report)
    elif args.command == "publish":
        from sdkgen.publish import publish

        done = publish(
            args.package,
            repository_url=args.repository_url,
            registry=args.registry,
            dry_run=args.dry_run,
        )
        verb = "published" if done.uploaded else "built and checked (dry run)"
        print(f"{verb} {done.name} {done.version}: {', '.join(done.files)}")
    return 0


def _cache(args: argparse.Namespace) -> BuildCache | None:
    return None if getattr(args, "no_cache", False) else BuildCache(default_root())


def _configured(args: argparse.Namespace) -> bool:
    """No spec (build) or folder (publish) given: the project's sdkgen.toml says what to do."""
    return (args.spec if args.command == "build" else args.package) is None


def _run_configured(args: argparse.Namespace, report: Report) -> int:
    from sdkgen.config import find_config

    config = find_config(Path.cwd())
    if config is None:
        what = "a spec" if args.command == "build" else "a package folder"
        raise ConfigError(f"give {what}, or list APIs in sdkgen.toml or [tool.sdkgen]")
    for api in config.apis:
        for language in api.languages:
            if args.command == "build" and args.lang in (None, language):
                done = build(
                    api.spec,
                    lang=language,
                    name=args.name or api.name,
                    version_override=args.package_version or api.package_version,
                    strict=args.strict,
                    formatter=args.formatter,
                    npm_scope=args.npm_scope or api.npm_scope,
                    previous=args.previous or api.previous,
                    previous_version=args.previous_version,
                    ref_root=args.ref_root,
                    allow_remote_refs=args.allow_remote_refs,
                    out_root=api.out,
                    cache=_cache(args),
                    report=report,
                )
                _print_warnings(report)
                for note in report.notes:
                    print(f"note: {note}", file=sys.stderr)
                report.notes.clear()
                print(f"wrote {done.output}")
            elif args.command == "publish":
                _publish_all(args, config.repository_url, config.registry, api.out / language)
    return 0


def _publish_all(
    args: argparse.Namespace, repository_url: str | None, registry: str | None, folder: Path
) -> None:
    from sdkgen.publish import publish

    for package in sorted(p for p in folder.glob("*") if p.is_dir()):
        done = publish(
            package,
            repository_url=args.repository_url or repository_url,
            registry=args.registry or registry,
            dry_run=args.dry_run,
        )
        verb = "published" if done.uploaded else "built and checked (dry run)"
        print(f"{verb} {done.name} {done.version}: {', '.join(done.files)}")


def _diff(args: argparse.Namespace, report: Report) -> int:
    from sdkgen.diff import diff_specs  # only `diff` pays for importing the comparison
    from sdkgen.diff_report import render_json, render_text

    result = diff_specs(args.old, args.new, report, old_version=args.old_version)
    _print_warnings(report)
    if args.format == "json":
        sys.stdout.write(render_json(result))
    else:
        sys.stdout.write(render_text(result, args.old, args.new))
    return 1 if args.fail_on_breaking and result.breaking else 0


def _print_error(error: SdkgenError) -> None:
    print(f"error: {one_line(str(error))}", file=sys.stderr)
    if isinstance(error, ReleaseError):  # the breaking changes that call for a major version
        for detail in error.details:
            print(f"  - {one_line(detail)}", file=sys.stderr)


def _print_warnings(report: Report) -> None:
    for warning in sorted(set(report.warnings)):
        print(describe(warning), file=sys.stderr)
    report.warnings.clear()


if __name__ == "__main__":
    sys.exit(main())
