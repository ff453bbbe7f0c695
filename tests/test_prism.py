"""An independent check of what generated clients send: Prism validates every request.

Prism (`@stoplight/prism-cli` from tests/node) runs `prism mock --errors SPEC` on loopback; it
answers a request that breaks the spec with a 422 (or 400/401) and logs the violation. The Node
client of every fixture spec calls every operation twice (required params only, then every
param and property), and the Python petstore client calls every operation too; no request may
violate the spec. Violations Prism finds in its own generated responses (it cannot always make
a valid `oneOf` example) are not the clients' doing and are ignored.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.golden import CASES, Case
from tests.support.node import (
    calls_source,
    checked,
    client_target,
    executable,
    node_deps,
    run,
)
from tests.support.packages import SPECS, generate

E2E = Path(__file__).parent / "e2e"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
RECEIVED = re.compile(r"\[HTTP SERVER\] (\w+) (\S+) .*Request received")
# Values the IR does not constrain but the fixture specs do (patterns, lengths).
VALUES = {"sku": '"SKU-1"', "country": '"US"'}
CREDENTIALS = {
    "Secret": '"secret-1"',
    "string": '"us-east-1"',
    "CredentialsSource": '{ accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" }',
}


@dataclass
class Prism:
    url: str
    lines: list[str] = field(default_factory=list)

    def requests(self) -> list[tuple[str, str]]:
        return [
            (m.group(1).upper(), m.group(2)) for line in self.lines if (m := RECEIVED.search(line))
        ]

    def request_violations(self) -> list[str]:
        return [line for line in self.lines if "Violation: request" in line]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def prism(spec: Path) -> Iterator[Prism]:
    """A Prism mock of the spec on a loopback port, with its log collected."""
    binary = node_deps() / ".bin" / "prism"
    port = _free_port()
    process = subprocess.Popen(
        [str(binary), "mock", "--errors", "-h", "127.0.0.1", "-p", str(port), str(spec)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group, so stopping it stops its children
    )
    mock = Prism(url=f"http://127.0.0.1:{port}")
    listening = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            mock.lines.append(ANSI.sub("", line.rstrip("\n")))
            if "Prism is listening" in line:
                listening.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        if not listening.wait(60):
            pytest.fail("Prism did not start:\n" + "\n".join(mock.lines))
        yield mock
        time.sleep(0.5)  # let the last log lines arrive
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)
        reader.join(5)
        if process.stdout is not None:
            process.stdout.close()


def _caller(case: Case, package: str) -> str:
    """A Node module that calls every operation of the case's client and prints the outcomes."""
    target = client_target(case.spec, name=case.api_name, version=case.version)
    # One request per call (Prism answers some calls with a documented 5xx), so that the
    # requests Prism saw line up with the outcomes.
    options = ["baseUrl: process.env.PRISM_URL", 'headers: { "X-Client": "node" }', "maxRetries: 0"]
    for name, type_, _doc in target.client.credential_options():
        if name != "service":
            options.append(f"{name}: {CREDENTIALS[type_]}")
    return calls_source(target, package, options, VALUES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_node_requests_satisfy_prism(case: Case, tmp_path: Path) -> None:
    generate(case.spec, tmp_path / "pkg", lang="node", **_options(case))
    (tmp_path / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    (tmp_path / "calls.mjs").write_text(_caller(case, "pkg"), encoding="utf-8")
    with prism(case.spec) as mock:
        output = checked(
            run(executable("node"), "calls.mjs", cwd=tmp_path, env={"PRISM_URL": mock.url})
        )
    outcomes = json.loads(output)
    assert mock.request_violations() == [], "\n".join(mock.lines)
    assert len(mock.requests()) == len(outcomes), (outcomes, mock.requests())
    failures = {name: o for name, o in outcomes.items() if o != "ok" and not isinstance(o, int)}
    assert failures == {}, failures
    assert not [o for o in outcomes.values() if o in (400, 401, 403, 422)], outcomes


def test_python_petstore_requests_satisfy_prism(tmp_path: Path) -> None:
    spec = SPECS / "petstore-oas30.yaml"
    package = generate(spec, tmp_path / "petstore")
    with prism(spec) as mock:
        result = subprocess.run(
            [sys.executable, str(E2E / "prism_python.py"), mock.url],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONPATH": str(package)},
        )
    assert result.returncode == 0, result.stderr
    outcomes = json.loads(result.stdout)
    assert mock.request_violations() == [], "\n".join(mock.lines)
    # The Python client retries a 5xx, so Prism may see more requests than there are calls.
    assert len(mock.requests()) >= len(outcomes) >= 15
    assert not [o for o in outcomes.values() if o in (400, 401, 403, 422)], outcomes


def _options(case: Case) -> dict[str, str]:
    options = {}
    if case.api_name:
        options["name"] = case.api_name
    if case.version:
        options["version"] = case.version
    return options
