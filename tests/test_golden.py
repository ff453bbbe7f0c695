"""The generated packages and IR dumps equal golden/, and the golden Python passes the checkers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.golden import CASES, GOLDEN, Case, render_case, tree


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_output_matches_golden(case: Case, tmp_path: Path) -> None:
    render_case(case, tmp_path / case.name)
    fresh, committed = tree(tmp_path / case.name), tree(GOLDEN / case.name)
    missing = sorted(set(committed) - set(fresh))
    extra = sorted(set(fresh) - set(committed))
    changed = sorted(p for p in set(fresh) & set(committed) if fresh[p] != committed[p])
    assert (missing, extra, changed) == ([], [], []), "run `nox -s golden` and review the diff"


def test_builds_are_deterministic(tmp_path: Path) -> None:
    case = CASES[0]
    render_case(case, tmp_path / "a")
    render_case(case, tmp_path / "b")
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def _python_packages() -> list[Path]:
    return sorted(p.parent for p in GOLDEN.glob("*/python/pyproject.toml"))


def _run(*command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


@pytest.mark.parametrize("package", _python_packages(), ids=lambda p: p.parent.name)
def test_golden_python_passes_mypy_strict(package: Path, tmp_path: Path) -> None:
    modules = [p.name for p in package.iterdir() if (p / "__init__.py").exists()]
    result = _run(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--python-version",
        "3.10",
        "--cache-dir",
        str(tmp_path / "mypy"),
        *modules,
        cwd=package,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_golden_python_passes_ruff_and_black() -> None:
    packages = [str(p) for p in _python_packages()]
    ruff = _run(
        sys.executable,
        "-m",
        "ruff",
        "check",
        "--isolated",
        "--no-cache",
        "--target-version",
        "py310",
        *packages,
        cwd=GOLDEN,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    black = _run(
        sys.executable,
        "-m",
        "black",
        "--check",
        "--quiet",
        "--target-version",
        "py310",
        *packages,
        cwd=GOLDEN,
    )
    assert black.returncode == 0, black.stdout + black.stderr


def test_golden_python_byte_compiles() -> None:
    result = _run(sys.executable, "-m", "compileall", "-q", str(GOLDEN), cwd=GOLDEN)
    assert result.returncode == 0, result.stdout
