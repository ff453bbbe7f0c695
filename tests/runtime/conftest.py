"""Fixtures for the runtime modules that generated packages embed, in Python and Node."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
NODE_DEPS = REPO / "tests" / "node" / "node_modules"

NodeRunner = Callable[..., str]


def load_module(path: Path, name: str) -> ModuleType:
    """Import a file by path: `%package` is a template folder, not an importable name."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def sigv4() -> ModuleType:
    """The Python signer, `templates/python/%package/_sigv4.py`."""
    return load_module(REPO / "templates" / "python" / "%package" / "_sigv4.py", "template_sigv4")


@pytest.fixture(scope="session")
def node_deps() -> Path:
    """`tests/node/node_modules`: the Node reference signer and tsc."""
    if not (NODE_DEPS / ".package-lock.json").is_file():
        pytest.fail(f"{NODE_DEPS} is missing: run `npm ci --prefix tests/node` first")
    return NODE_DEPS


def _run_node(*args: str, stdin: str | None = None, timeout: float = 300) -> str:
    """Run node with `args` in the repo; fail the test, with its output, if it fails."""
    node = shutil.which("node")
    if node is None:  # fail rather than skip: the Node runtime must be tested
        pytest.fail("node (>= 18) is not on PATH")
    result = subprocess.run(
        [node, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(
            f"node {' '.join(args)} exited {result.returncode}\n"
            f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
        )
    return result.stdout


@pytest.fixture(scope="session")
def run_node() -> NodeRunner:
    """`run_node(*args, stdin=None, timeout=300)`: stdout of a successful node run."""
    return _run_node
