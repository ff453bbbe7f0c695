"""Generated Node clients in production conditions: retries, timeouts, logs, hooks, raw responses.

The tests themselves are tests/e2e/node/resilience.test.mjs, run with `node --test` against
the fault-injecting loopback server of tests/e2e/node/faults.mjs (the Node twin of
tests/support/faults.py). This module generates the two clients they call, type-checks the test
file against them, and checks with botocore that every retried attempt was validly signed.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.support import gateway
from tests.support.gateway import sigv4_ok
from tests.support.node import node_test, tsc
from tests.support.packages import SHARED, SPECS, generate
from tests.support.server import Received

NODE_TESTS = Path(__file__).parent / "e2e" / "node"
FILES = ["resilience.test.mjs", "faults.mjs"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("resilience-node")
    generate(SPECS / "petstore-oas30.yaml", work / "pets", lang="node")
    orders_spec = SHARED / "apigateway" / "orders-oas30.json"
    generate(orders_spec, work / "orders", lang="node", name="orders", version="1.1.1")
    (work / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    for name in FILES:
        shutil.copy(NODE_TESTS / name, work)
    return work


@pytest.fixture(scope="module")
def signed(folder: Path) -> dict[str, Any]:
    """Runs the Node tests (they must all pass); what the SigV4 test's server received."""
    keys = {
        "access_key": gateway.ACCESS_KEY,
        "secret_key": gateway.SECRET_KEY,
        "session_token": gateway.SESSION_TOKEN,
        "api_key": gateway.API_KEY,
        "cognito": gateway.COGNITO_TOKEN,
        "partner": gateway.PARTNER_TOKEN,
    }
    out = folder / "signed.json"
    env = {"SDKGEN_KEYS": json.dumps(keys), "SDKGEN_SIGNED_OUT": str(out)}
    output = node_test(folder / FILES[0], cwd=folder, env=env)
    assert "# pass 15" in output, output
    loaded: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return loaded


def test_the_node_tests_pass_and_each_attempt_was_validly_signed(signed: dict[str, Any]) -> None:
    assert len(signed["seen"]) == 2
    for seen in signed["seen"]:
        path, _, query = seen["target"].partition("?")
        received = Received(seen["method"], path, [], query, seen["headers"], seen["body"].encode())
        assert sigv4_ok(received, signed["url"]), seen


def test_the_test_file_type_checks_against_the_packages(folder: Path) -> None:
    result = tsc("--allowJs", "--checkJs", *FILES, cwd=folder)
    assert result.returncode == 0, result.stdout + result.stderr
