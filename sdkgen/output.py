"""Write a generated package so that readers only ever see a complete one.

Files go into a fresh folder beside the destination, are formatted there, and only then replace
the destination in one rename. A failure at any point leaves the previous output untouched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from sdkgen.errors import BuildError
from sdkgen.naming import RESERVED_FILE_NAMES
from sdkgen.render import RenderedFile


def check_relative(path: str) -> PurePosixPath:
    """A generated path must stay inside the package folder on every file system."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or "\\" in path or ":" in path:
        raise BuildError(f"refusing to write outside the output folder: {path!r}")
    for part in pure.parts:
        if part.split(".")[0].lower() in RESERVED_FILE_NAMES:
            raise BuildError(f"refusing a reserved file name: {path!r}")
    return pure


def write_package(
    files: list[RenderedFile], destination: Path, finish: Callable[[Path], None] | None = None
) -> None:
    seen: dict[str, str] = {}
    for item in files:
        folded = str(check_relative(item.path)).lower()
        if folded in seen:
            raise BuildError(
                f"two generated files differ only by case: {seen[folded]!r}, {item.path!r}"
            )
        seen[folded] = item.path
    destination = destination.absolute()
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", dir=destination.parent))
    try:
        for item in files:
            target = staging / item.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(item.content)
        if finish is not None:
            finish(staging)
        _swap(staging, destination)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap(staging: Path, destination: Path) -> None:
    os.chmod(staging, 0o755)
    if not destination.exists():
        staging.rename(destination)
        return
    retired = destination.with_name(f".{destination.name}.old-{os.getpid()}")
    destination.rename(retired)
    try:
        staging.rename(destination)
    except OSError:
        retired.rename(destination)
        raise
    shutil.rmtree(retired, ignore_errors=True)
