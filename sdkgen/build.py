"""The pipeline behind `sdkgen build`: load, validate, normalize, render, format, write.

Each stage is timed, so `--timings` (and the benchmarks) can say where the time goes.
"""

from __future__ import annotations

import functools
import gc
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar, cast

from sdkgen import __version__
from sdkgen.cache import BuildCache, CachedBuild
from sdkgen.errors import BuildError, ConfigError, Diagnostic, Severity, SpecError
from sdkgen.ir import Api
from sdkgen.load import LoadedSpec, read_spec
from sdkgen.normalize import normalize
from sdkgen.output import write_package
from sdkgen.render import compile_ahead, template_cache
from sdkgen.targets import PackageRequest, backend, languages
from sdkgen.validate import check_deep, check_structure, detect_version, raise_errors
from sdkgen.versioning import package_version

_F = TypeVar("_F", bound=Callable[..., object])


def _cyclic_gc_paused(function: _F) -> _F:
    """Run `function` with Python's cyclic garbage collector paused.

    A build allocates millions of small objects that all live until it ends (the spec's dicts,
    the IR, the rendered text), so every full collection walks them again for nothing: about a
    fifth of a large build's time. In forked render workers a collection also writes to every
    object it walks, turning pages shared with the parent into private copies. Reference
    counting still frees what a build drops; the few cycles it leaves are collected once the
    collector resumes.
    """

    @functools.wraps(function)
    def paused(*args: object, **kwargs: object) -> object:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return cast(_F, paused)


@dataclass
class Report:
    """What a run found and how long each stage took."""

    warnings: list[Diagnostic] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    output: Path | None = None
    api: Api | None = None  # the IR that was built, for callers that count what it kept
    cached: bool = False  # the package was copied from an identical earlier build
    inputs: list[Path] = field(default_factory=list)  # every spec file read, for the cache

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start


@_cyclic_gc_paused
def load_api(
    spec_path: str | Path,
    report: Report,
    *,
    strict: bool = False,
    deep: bool = False,
    ref_root: str | Path | None = None,
    allow_remote_refs: bool = False,
) -> tuple[LoadedSpec, Api]:
    """Spec file -> validated IR; raises SpecError on errors (and on warnings when strict).

    `ref_root` is the folder `$ref`s may read files from (default: the spec's own folder);
    `allow_remote_refs` lets them fetch http(s) URLs too."""
    with report.stage("load"):
        spec = read_spec(spec_path, ref_root=ref_root, allow_remote_refs=allow_remote_refs)
    report.inputs += [spec.path, *spec.files]
    with report.stage("validate"):
        version = detect_version(spec)
        found = check_structure(spec, version)
        structural_errors = any(d.severity is Severity.ERROR for d in found)
        if (deep or strict) and not structural_errors:  # it would only repeat them, as warnings
            found += check_deep(spec, version)
        _keep_warnings(report, found, strict=strict)
    with report.stage("normalize"):
        try:
            api, warnings = normalize(spec, version)
        except SpecError as error:
            if not strict:
                report.warnings += error.warnings
            raise
    _keep_warnings(report, warnings, strict=strict)
    report.api = api
    return spec, api


def _keep_warnings(report: Report, found: list[Diagnostic], *, strict: bool) -> None:
    """Record the warnings, then raise for the errors: a failed build still shows both."""
    if not strict:
        report.warnings += [d for d in found if d.severity is Severity.WARNING]
    raise_errors(found, strict=strict)


@_cyclic_gc_paused
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
    previous: str | Path | None = None,
    previous_version: str | None = None,
    ref_root: str | Path | None = None,
    allow_remote_refs: bool = False,
    out_root: Path = Path("sdks"),
    cache: BuildCache | None = None,
    report: Report | None = None,
) -> Report:
    """Generate one package, into `out`, else `<out_root>/<lang>/<package name>`.

    With `previous` (the spec of the last release), refuse a version that does not fit the
    changes since then: see `sdkgen.diff.check_previous`. With `cache`, an unchanged spec built
    the same way before is copied from the cache (not with `allow_remote_refs`: what a URL
    answers may change). Pass `report` to keep what was found (warnings above all) when the
    build fails."""
    if lang not in languages():
        raise ConfigError(f"unknown language {lang!r}: choose from {', '.join(languages())}")
    report = report if report is not None else Report()
    key = None
    cacheable = not allow_remote_refs and Path(spec_path).is_file()
    if cache is not None and cacheable:
        options = {
            "spec": str(spec_path),
            "lang": lang,
            "name": name,
            "version": version_override,
            "strict": strict,
            "formatter": formatter,
            "npm_scope": npm_scope,
            "ref_root": str(Path(ref_root).absolute()) if ref_root is not None else None,
            # the previous release's spec is checked by hash with the other inputs
            "previous": str(Path(previous).absolute()) if previous is not None else None,
            "previous_version": previous_version,
        }
        with report.stage("cache"):
            key = cache.key(Path(spec_path), options)
            hit = cache.lookup(key)
        if hit is not None:
            try:
                return _from_cache(hit, report, out, out_root / lang)
            except (OSError, zipfile.BadZipFile, BuildError):  # a damaged entry: build anew
                cache.discard(key)
    chosen = backend(lang)
    templates = cache.root / "templates" if cache else None
    compiled = compile_ahead(chosen.environment, templates) if templates else lambda: None
    spec, api = load_api(
        spec_path, report, strict=strict, ref_root=ref_root, allow_remote_refs=allow_remote_refs
    )
    version, note = package_version(api.version, version_override)
    if note:
        report.notes.append(note)
    if previous is not None:
        from sdkgen.diff import check_previous  # the diff builds on load_api above

        with report.stage("diff"):
            report.notes += check_previous(
                previous, spec, api, version, report, previous_version=previous_version
            )
    request = PackageRequest(
        api=api,
        name=name or api.title,
        version=version,
        sdkgen_version=__version__,
        npm_scope=npm_scope,
    )
    destination = out if out is not None else out_root / lang / chosen.folder_name(request)
    with report.stage("render"), template_cache(templates):
        compiled()
        files = chosen.render(request)

    def finish(staging: Path) -> None:
        with report.stage("format"):
            chosen.finish(staging, formatter)

    with report.stage("write"):
        write_package(files, destination, finish)
    report.timings["write"] -= report.timings.get("format", 0.0)
    report.output = destination
    if cache is not None and key is not None:
        with report.stage("cache"):
            cache.store(
                key,
                destination,
                folder_name=chosen.folder_name(request),
                inputs=[p for p in report.inputs if p != spec.path],
                warnings=report.warnings,
                notes=report.notes,
            )
    return report


def _from_cache(hit: CachedBuild, report: Report, out: Path | None, default_parent: Path) -> Report:
    """Write the cached package where the build would have, and report what it reported."""
    destination = out if out is not None else default_parent / hit.folder_name

    with report.stage("write"):
        write_package([], destination, hit.extract)
    report.warnings += hit.warnings
    report.notes += hit.notes
    report.output = destination
    report.cached = True
    return report


def describe(diagnostic: Diagnostic) -> str:
    prefix = "warning: " if diagnostic.severity is Severity.WARNING else "error: "
    return prefix + str(diagnostic)
