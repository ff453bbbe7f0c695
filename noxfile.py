"""Task entry points, used by developers and by CI alike (`.ci/run` calls `nox -s tests lint`)."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True

PYTHON = "3.11"
NODE_TEST_DEPS = "tests/node"
RUNTIME = ["templates/python/%package/_runtime.py", "templates/python/%package/_sigv4.py"]


def _node_deps(session: nox.Session) -> None:
    session.run("npm", "ci", "--prefix", NODE_TEST_DEPS, "--no-audit", "--no-fund", external=True)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the whole test suite (unit, golden, end to end, runtime)."""
    session.install("-e", ".[test]")
    _node_deps(session)
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff and mypy --strict on sdkgen, and on the runtime copied into generated packages."""
    session.install("-e", ".[test]")
    session.run("ruff", "check", "sdkgen", "tests", "noxfile.py")
    session.run("ruff", "format", "--check", "sdkgen", "tests", "noxfile.py")
    session.run("mypy")
    session.run("ruff", "check", "--isolated", "--target-version", "py310", *RUNTIME)
    session.run("mypy", "--strict", "--python-version", "3.10", *RUNTIME)


@nox.session(python=PYTHON)
def golden(session: nox.Session) -> None:
    """Rewrite golden/ from the fixture specs; review the diff before committing."""
    session.install("-e", ".[test]")
    session.run("python", "-m", "tests.golden", *session.posargs)
