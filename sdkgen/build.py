"""The pipeline behind `sdkgen build`: load, validate, normalize, render, format, write.

Each stage is timed, so `--timings` (and the benchmarks) can say where the time goes.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sdkgen import __version__
from sdkgen.errors import ConfigError, Diagnostic, Severity
from sdkgen.ir import Api
from sdkgen.load import LoadedSpec, read_spec
from sdkgen.normalize import normalize
from sdkgen.output import write_package
from sdkgen.targets import PackageRequest, backends
from sdkgen.validate import check_deep, check_structure, detect_version, raise_errors
from sdkgen.versioning import package_version


@dataclass
class Report:
    """What a run found and how long each stage took."""

    warnings: list[Diagnostic] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    output: Path | None = None

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start


def load_api(
    spec_path: str | Path, report: Report, *, strict: bool = False, deep: bool = False
) -> tuple[LoadedSpec, Api]:
    """Spec file -> validated IR; raises SpecError on errors (and on warnings when strict)."""
    with report.stage("load"):
        spec = read_spec(spec_path)
    with report.stage("validate"):
        version = detect_version(spec)
        found = check_structure(spec, version)
        if deep or strict:
            found += check_deep(spec, version)
        report.warnings += raise_errors(found, strict=strict)
    with report.stage("normalize"):
        api, warnings = normalize(spec, version)
    report.warnings += raise_errors(warnings, strict=strict)
    return spec, api


def build(
    spec_path: str | Path,
    *,
    lang: str,
    out: Path | None = None,
    name: str | None = None,
    version_override: str | None = None,
    strict: bool = False,
    formatter: str = "ruff",
    npm_scope: str | None = None,
) -> Report:
    available = backends()
    if lang not in available:
        raise ConfigError(f"unknown language {lang!r}: choose from {', '.join(sorted(available))}")
    backend = available[lang]
    report = Report()
    _spec, api = load_api(spec_path, report, strict=strict)
    version, note = package_version(api.version, version_override)
    if note:
        report.notes.append(note)
    request = PackageRequest(
        api=api,
        name=name or api.title,
        version=version,
        sdkgen_version=__version__,
        npm_scope=npm_scope,
    )
    destination = out if out is not None else Path("sdks") / lang / backend.folder_name(request)
    with report.stage("render"):
        files = backend.render(request)

    def finish(staging: Path) -> None:
        with report.stage("format"):
            backend.finish(staging, formatter)

    with report.stage("write"):
        write_package(files, destination, finish)
    report.timings["write"] -= report.timings.get("format", 0.0)
    report.output = destination
    return report


def describe(diagnostic: Diagnostic) -> str:
    prefix = "warning: " if diagnostic.severity is Severity.WARNING else "error: "
    return prefix + str(diagnostic)
