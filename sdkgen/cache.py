"""Reuse the output of an identical earlier build, so a rebuild of an unchanged spec is a copy.

An entry is keyed by everything that decides the output: the spec's bytes, the build options,
the formatter's version and a fingerprint of sdkgen itself (its code and templates, so an edited
checkout never reuses stale output). Files the spec pulls in through `$ref` are only known after
loading, so the entry records their hashes and a lookup checks them again (a changed referenced
file is a miss). An entry holds the formatted package, as one uncompressed zip archive (a
package has hundreds of files, and creating each costs more than writing its bytes), plus the
warnings and notes the build printed, which a hit prints again.

Entries live under `$XDG_CACHE_HOME/sdkgen` (default `~/.cache/sdkgen`); the least recently used
go once the cache passes its size budget. Anything unreadable in the cache is a miss, never an
error: the build just runs.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sdkgen import __version__
from sdkgen.errors import Diagnostic, Severity
from sdkgen.output import check_relative

BUDGET_BYTES = 1 << 30  # total size of the build entries kept
BUDGET_ENTRIES = 64
_FORMAT = 2  # bump when the layout of an entry changes


def default_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sdkgen"


@dataclass(frozen=True)
class CachedBuild:
    """A hit: the archive of the package's files, and what the original build reported."""

    archive: Path
    folder_name: str
    warnings: list[Diagnostic]
    notes: list[str]

    def extract(self, folder: Path) -> None:
        """Write the package's files into `folder` (modes included: a script stays executable)."""
        with zipfile.ZipFile(self.archive) as archive:
            for member in archive.infolist():
                target = folder / check_relative(member.filename)
                if member.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.read(member))
                mode = member.external_attr >> 16
                if mode & 0o111:
                    target.chmod(mode & 0o777)


class BuildCache:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.builds = root / "builds"

    def key(self, spec: Path, options: Mapping[str, object]) -> str:
        """The entry a build of `spec` with `options` would use (the spec file is read here)."""
        digest = hashlib.sha256()
        digest.update(json.dumps([_FORMAT, tool_fingerprint(), dict(options)]).encode())
        digest.update(str(spec.absolute()).encode() + b"\0")
        digest.update(spec.read_bytes())
        return digest.hexdigest()[:40]

    def lookup(self, key: str) -> CachedBuild | None:
        entry = self.builds / key
        try:
            meta = json.loads((entry / "meta.json").read_text("utf-8"))
            for name, expected in meta["inputs"].items():
                if _file_hash(Path(name)) != expected:
                    return None
            os.utime(entry)  # most recently used
            return CachedBuild(
                archive=entry / "files.zip",
                folder_name=meta["folder_name"],
                warnings=[
                    Diagnostic(file=f, pointer=p, message=m, severity=Severity(s))
                    for f, p, m, s in meta["warnings"]
                ],
                notes=list(meta["notes"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def store(
        self,
        key: str,
        package: Path,
        *,
        folder_name: str,
        inputs: Iterable[Path],
        warnings: Iterable[Diagnostic],
        notes: Iterable[str],
    ) -> None:
        """Keep a copy of the finished `package`; a failure to write leaves the cache as it was."""
        meta = {
            "folder_name": folder_name,
            "inputs": {str(path.absolute()): _file_hash(path) for path in inputs},
            "warnings": [[w.file, w.pointer, w.message, w.severity.value] for w in warnings],
            "notes": list(notes),
        }
        try:
            self.builds.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".new-", dir=self.builds))
        except OSError:
            return
        try:
            _archive(package, staging / "files.zip")
            (staging / "meta.json").write_text(json.dumps(meta), "utf-8")
            staging.rename(self.builds / key)
        except OSError:  # full disk, or another build stored the same key first
            shutil.rmtree(staging, ignore_errors=True)
            return
        self.prune(keep=key)

    def discard(self, key: str) -> None:
        """Drop an entry that turned out damaged, so the next build can store it anew."""
        shutil.rmtree(self.builds / key, ignore_errors=True)

    def prune(self, keep: str = "") -> None:
        """Drop the least recently used entries beyond the size and count budgets."""
        try:
            entries = [p for p in self.builds.iterdir() if p.is_dir() and p.name[0] != "."]
            entries.sort(key=lambda p: p.stat().st_mtime, reverse=True)
        except OSError:
            return
        kept = total = 0
        for entry in entries:
            size = _tree_size(entry)
            if entry.name == keep or (kept < BUDGET_ENTRIES and total + size <= BUDGET_BYTES):
                kept, total = kept + 1, total + size
            else:
                shutil.rmtree(entry, ignore_errors=True)


@cache
def tool_fingerprint() -> str:
    """sdkgen's version, its code and templates, and what shapes the output besides them."""
    from sdkgen.render import in_tool_cache, templates_root

    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    for root in (package, templates_root()):
        for path in sorted(root.rglob("*")):
            if path.is_file() and not in_tool_cache(path.relative_to(root)):
                digest.update(str(path.relative_to(root)).encode() + b"\0")
                digest.update(path.read_bytes())
    for dependency in ("jinja2", "ruff", "black"):
        digest.update(_installed(dependency).encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def _installed(package: str) -> str:
    """Which installation of a dependency this is: its entry file's path, size and time, which
    change whenever it is reinstalled or upgraded (importlib.metadata would tell the version,
    but importing it costs each build more than this whole check)."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        spec = None
    if spec is None or spec.origin is None:
        return f"{package}=none"
    origin = spec.origin
    if package == "ruff":  # what formats is ruff's binary, not its Python wrapper
        from ruff.__main__ import find_ruff_bin

        with suppress(FileNotFoundError):
            origin = os.fsdecode(find_ruff_bin())
    try:
        stat = os.stat(origin)
    except OSError:
        return f"{package}={origin}"
    return f"{package}={origin}:{stat.st_size}:{stat.st_mtime_ns}"


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _archive(package: Path, archive: Path) -> None:
    """Every file below `package` into one zip, stored without compression (fast both ways)."""
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zipped:
        for path in sorted(package.rglob("*")):
            if path.is_file() and not path.is_symlink():
                zipped.write(path, path.relative_to(package).as_posix())


def _tree_size(folder: Path) -> int:
    total = 0
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            with suppress(OSError):
                total += os.lstat(os.path.join(dirpath, name)).st_size
    return total
