"""Task entry points, used by developers and by CI alike (`.ci/run` calls `nox -s tests lint`)."""

from __future__ import annotations

from pathlib import Path

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


@nox.session(python=PYTHON)
def corpus(session: nox.Session) -> None:
    """Check every real spec (takes hours) and rewrite docs/corpus.md; see docs/corpus.md."""
    session.install("-e", ".[test]")
    _node_deps(session)
    if "peer" in session.posargs:  # openapi-python-client, in a venv of its own
        peers = Path.home() / ".cache" / "sdkgen-corpus" / "peers"
        if not (peers / "bin" / "openapi-python-client").exists():
            session.run("python", "-m", "venv", str(peers))
            pip = str(peers / "bin" / "pip")
            packages = ["openapi-python-client==0.29.1", "httpx", "attrs", "python-dateutil"]
            session.run(pip, "install", "--quiet", *packages, external=True)
    if session.posargs:  # e.g. `-- run --resume`, `-- peer`, `-- report`, `-- run --sample`
        session.run("python", "-m", "tests.corpus", *session.posargs)
        return
    session.run("python", "-m", "tests.corpus", "run")
    session.run("python", "-m", "tests.corpus", "report")


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks against the peers, side by side; rewrites docs/benchmarks.md (`-- --quick`)."""
    session.install("-e", ".[test]")
    # Only when missing: `npm ci` empties node_modules under test runs sharing the checkout.
    if not (Path(NODE_TEST_DEPS) / "node_modules").is_dir():
        _node_deps(session)
    session.run("python", "-m", "benchmarks.report", *session.posargs)
