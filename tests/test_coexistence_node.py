"""The orders v1 and v2 Node clients install side by side into one project and keep working.

The Node twin of tests/test_coexistence_python.py, with the same v1 and v2 loopback servers: a
v1 application keeps its output after v2 is installed beside it, both packages load into one
process, and the v1 client keeps working against the v2 server for every operation v2 kept.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.golden import GOLDEN
from tests.support.node import checked, executable, install, npm_pack, run
from tests.support.server import serving
from tests.test_coexistence_python import NOW, V1_ROUTES, V2_ROUTES

SCRIPTS = Path(__file__).parent / "e2e" / "node"


def _tarball(case: str, work: Path) -> Path:
    package = work / case
    shutil.copytree(GOLDEN / case / "node", package)
    return npm_pack(package, work / "tarballs")


@pytest.fixture(scope="module")
def coexistence(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("coexistence-node")
    project = install(work / "app", _tarball("orders-oas30", work))
    for script in ("orders_app_v1.mjs", "orders_both.mjs"):
        shutil.copy(SCRIPTS / script, project / script)
    node = executable("node")
    with serving(V1_ROUTES) as v1_server, serving(V2_ROUTES) as v2_server:
        v1_url, v2_url = v1_server.url + "/prod", v2_server.url + "/prod"
        before = checked(run(node, "orders_app_v1.mjs", v1_url, str(NOW), cwd=project))
        add = [executable("npm"), "install", "--no-audit", "--no-fund", "--offline"]
        checked(run(*add, _tarball("orders-oas30-v2", work), cwd=project))
        after = checked(run(node, "orders_app_v1.mjs", v1_url, str(NOW), cwd=project))
        both = checked(run(node, "orders_both.mjs", v1_url, v2_url, cwd=project))
    manifest = json.loads((project / "package.json").read_text())
    return {
        "before": json.loads(before),
        "after": json.loads(after),
        "both": json.loads(both),
        "dependencies": sorted(manifest.get("dependencies", {})),
    }


def test_both_majors_are_installed_in_one_project(coexistence: dict[str, Any]) -> None:
    assert coexistence["dependencies"] == ["orders-v1", "orders-v2"]
    assert coexistence["both"]["separate"] is True


def test_the_v1_application_keeps_its_output(coexistence: dict[str, Any]) -> None:
    assert coexistence["before"] == coexistence["after"]
    assert coexistence["before"]["open"] == [
        {"id": "o-1", "status": "PAID", "skus": ["mug"], "age_days": 10}
    ]
    assert coexistence["before"]["missing"] == "not found (404)"


def test_v1_client_keeps_working_against_v2(coexistence: dict[str, Any]) -> None:
    calls = coexistence["both"]["v1 client, v2 server"]
    for name in ("listOrders", "getOrder", "updateOrder", "listOrderItems"):
        assert "returned" in calls[name], calls
    got = calls["getOrder"]["returned"]
    assert got["status"] == "REFUNDED"  # a value v2 added arrives as it is
    assert got["trackingNumber"] == "1Z999"  # a field v1 does not know is kept
    assert calls["cancelOrder"] == {"raised": "CancelOrderNotFoundError", "status": 404}


def test_each_client_works_against_its_own_server(coexistence: dict[str, Any]) -> None:
    both = coexistence["both"]
    assert "returned" in both["v2 client, v2 server"]["shipOrder"]
    assert both["v1 client, v1 server"]["shipOrder"] == {"absent": True}
    assert both["v2 client, v2 server"]["cancelOrder"] == {"absent": True}
    assert all(
        "returned" in outcome
        for name, outcome in both["v1 client, v1 server"].items()
        if name != "shipOrder"
    )
