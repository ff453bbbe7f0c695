"""Real package indexes on loopback for publishing tests: pypiserver and verdaccio."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

NODE_TOOLS = Path(__file__).resolve().parents[1] / "node" / "node_modules" / ".bin"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not come up")


@dataclass(frozen=True)
class PyIndex:
    url: str  # upload and /simple/ root
    packages: Path
    username: str
    password: str


@contextmanager
def pypiserver(folder: Path) -> Iterator[PyIndex]:
    """pypiserver with an htpasswd user; uploads need it, downloads don't."""
    packages = folder / "packages"
    packages.mkdir(parents=True)
    digest = base64.b64encode(hashlib.sha1(b"s3cret-pw").digest()).decode()  # htpasswd {SHA}
    (folder / "htpasswd").write_text(f"publisher:{{SHA}}{digest}\n")
    port = free_port()
    command = [
        sys.executable, "-m", "pypiserver", "run", "-i", "127.0.0.1", "-p", str(port),
        "-P", str(folder / "htpasswd"), "-a", "update", str(packages),
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_until_up(url)
        yield PyIndex(url, packages, "publisher", "s3cret-pw")
    finally:
        process.terminate()
        process.wait(10)


@dataclass(frozen=True)
class NpmRegistry:
    url: str
    token: str
    storage: Path


@contextmanager
def verdaccio(folder: Path) -> Iterator[NpmRegistry]:
    """verdaccio with no uplinks and one user; returns the user's token."""
    storage = folder / "storage"
    storage.mkdir(parents=True)
    port = free_port()
    config = folder / "config.yaml"
    config.write_text(
        f"storage: {storage}\n"
        f"auth:\n  htpasswd:\n    file: {folder / 'htpasswd'}\n    max_users: 10\n"
        "uplinks: {}\n"
        "packages:\n  '**':\n    access: $all\n    publish: $authenticated\n"
        "log: {type: stdout, format: pretty, level: error}\n"
    )
    binary = NODE_TOOLS / "verdaccio"
    command = [str(binary), "--config", str(config), "--listen", f"127.0.0.1:{port}"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_until_up(url + "-/ping")
        created = httpx.put(
            url + "-/user/org.couchdb.user:publisher",
            json={"name": "publisher", "password": "s3cret-pw"},
            timeout=30,
        )
        created.raise_for_status()
        yield NpmRegistry(url, json.loads(created.text)["token"], storage)
    finally:
        process.terminate()
        process.wait(10)


def npm() -> str:
    found = shutil.which("npm")
    assert found, "npm is needed for the Node publishing tests"
    return found
