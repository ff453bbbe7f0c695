"""Format generated Python source.

Black takes minutes on a large generated package, so by default the files go through ruff's
formatter, which follows black's style and takes about a second; the test suite checks with black
itself that the result is what black would write. `--formatter black` runs black instead (in
parallel), and `none` leaves the templates' own layout.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from sdkgen.errors import BuildError

FORMATTERS = ("ruff", "black", "none")
LINE_LENGTH = 88


def format_python(root: Path, formatter: str) -> None:
    files = sorted(str(p) for p in root.rglob("*.py"))
    if not files or formatter == "none":
        return
    if formatter == "ruff":
        _ruff(root)
    elif formatter == "black":
        _black(files)
    else:
        raise BuildError(f"unknown formatter {formatter!r}")


def _ruff(root: Path) -> None:
    try:
        from ruff.__main__ import find_ruff_bin
    except ImportError:
        raise BuildError(
            "the ruff formatter is not installed: pip install ruff, or --formatter black"
        ) from None
    command = [
        os.fsdecode(find_ruff_bin()),
        "format",
        "--isolated",
        "--quiet",
        "--no-cache",  # else ruff leaves a .ruff_cache in the caller's working directory
        f"--line-length={LINE_LENGTH}",
        "--target-version=py310",
        str(root),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        first = (result.stderr or result.stdout).strip().splitlines()[:1]
        raise BuildError(
            f"formatting failed: {first[0] if first else 'ruff exited ' + str(result.returncode)}"
        )


def _black_one(path: str) -> str | None:
    import black
    from black.mode import Mode, TargetVersion

    mode = Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY310})
    source = Path(path).read_text("utf-8")
    try:
        formatted = black.format_str(source, mode=mode)
    except Exception as error:  # black reports bad input as several exception types
        return f"{path}: {error}"
    if formatted != source:
        Path(path).write_text(formatted, "utf-8")
    return None


def _black(files: list[str]) -> None:
    workers = min(len(files), os.cpu_count() or 1)
    if workers <= 1 or len(files) < 8:
        problems = [_black_one(f) for f in files]
    else:
        from concurrent.futures import ProcessPoolExecutor  # black only: spare ruff's start-up

        with ProcessPoolExecutor(workers) as pool:
            problems = list(pool.map(_black_one, files, chunksize=8))
    failed = [p for p in problems if p]
    if failed:
        raise BuildError(f"formatting failed: {failed[0].splitlines()[0]}")
