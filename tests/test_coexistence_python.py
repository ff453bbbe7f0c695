"""The orders v1 and v2 Python clients install side by side and keep their promises.

The golden packages (golden/orders-oas30/python, 1.1.1, and golden/orders-oas30-v2/python,
2.0.0, which test_golden keeps equal to fresh builds) go into one fresh venv:

- an application written against v1 (tests/e2e/orders_app_v1.py) prints the same result before
  and after v2 is installed beside it, and type-checks against v1;
- type-checked against v2 instead, it fails exactly where `sdkgen diff` says v2 breaks
  (cancelOrder removed, Order.createdAt integer -> date-time);
- both clients import into one process and are called against a v1 and a v2 loopback server:
  the v1 client keeps working against the v2 server for every operation v2 kept, new enum
  values and unknown fields included. The servers do not check credentials.

When the Node backend lands, its packages get the same treatment in a sibling test.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.golden import GOLDEN
from tests.support.packages import FreshVenv
from tests.support.server import Received, Reply, serving

E2E = Path(__file__).parent / "e2e"
APP = E2E / "orders_app_v1.py"
NOW = 1718445600 + 10 * 86400  # ten days after the orders below were placed

ITEMS = [{"sku": "mug", "quantity": 2, "unitPrice": 9.5}]


def order(created_at: object, status: str = "PAID", **extra: object) -> dict[str, Any]:
    return {
        "orderId": "o-1",
        "customerId": "c-1",
        "status": status,
        "items": ITEMS,
        "createdAt": created_at,
        **extra,
    }


def _created(created_at: object) -> Any:
    def reply(request: Received) -> Reply:
        body = request.json()
        return Reply(
            201,
            {**order(created_at, "PENDING"), "orderId": "o-2", "items": body["items"]},
            {"Location": "/prod/orders/o-2"},
        )

    return reply


def _updated(created_at: object, **extra: object) -> Any:
    def reply(request: Received) -> Reply:
        return Reply(200, order(created_at, request.json().get("status", "PAID"), **extra))

    return reply


V1_ORDER = order(1718445600)
# What v2 documents (createdAt as RFC 3339, REFUNDED), plus a field neither spec knows yet:
# servers add fields before the spec catches up, and clients must let them through.
V2_ORDER = order("2024-06-15T10:00:00Z", "REFUNDED", trackingNumber="1Z999")

V1_ROUTES = {
    ("GET", "/prod/orders"): Reply(200, {"orders": [V1_ORDER], "nextToken": "page-2"}),
    ("POST", "/prod/orders"): _created(1718445600),
    ("GET", "/prod/orders/o-1"): Reply(200, V1_ORDER),
    ("PUT", "/prod/orders/o-1"): _updated(1718445600),
    ("DELETE", "/prod/orders/o-1"): Reply(204),
    ("GET", "/prod/orders/o-1/items"): Reply(200, ITEMS),
    ("GET", "/prod/health"): Reply(200, {"status": "ok"}),
}
V2_ROUTES = {
    ("GET", "/prod/orders"): Reply(200, {"orders": [V2_ORDER], "nextToken": "page-2"}),
    ("POST", "/prod/orders"): _created("2024-06-15T10:00:00Z"),
    ("GET", "/prod/orders/o-1"): Reply(200, V2_ORDER),
    ("PUT", "/prod/orders/o-1"): _updated("2024-06-15T10:00:00Z", trackingNumber="1Z999"),
    ("POST", "/prod/orders/o-1/ship"): Reply(200, order("2024-06-15T10:00:00Z", "SHIPPED")),
    ("GET", "/prod/orders/o-1/items"): Reply(200, ITEMS),
    ("GET", "/prod/health"): Reply(200, {"status": "ok"}),
}


def _package(case: str, into: Path) -> Path:
    """A copy of a golden package, so building its wheel leaves golden/ untouched."""
    target = into / case
    shutil.copytree(GOLDEN / case / "python", target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


@pytest.fixture(scope="module")
def coexistence(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("coexistence")
    env = FreshVenv(work / "venv")
    env.install(_package("orders-oas30", work))
    with serving(V1_ROUTES) as v1_server, serving(V2_ROUTES) as v2_server:
        before = env.run(APP, v1_server.url + "/prod", str(NOW))
        env.install(_package("orders-oas30-v2", work))
        after = env.run(APP, v1_server.url + "/prod", str(NOW))
        both = env.run(
            E2E / "orders_coexistence.py", v1_server.url + "/prod", v2_server.url + "/prod"
        )
        received = {"v1": v1_server.take(), "v2": v2_server.take()}
    for result in (before, after, both):
        assert result.returncode == 0, result.stderr
    return {
        "before": json.loads(before.stdout),
        "after": json.loads(after.stdout),
        "both": json.loads(both.stdout),
        "received": received,
    }


def test_the_v1_application_keeps_passing_after_v2_is_installed(
    coexistence: dict[str, Any],
) -> None:
    before, after = coexistence["before"], coexistence["after"]
    assert before == after
    assert before == {
        "client": "1.1.1",
        "open": [
            {"id": "o-1", "status": "PAID", "known_status": True, "skus": ["mug"], "age_days": 10}
        ],
        "next_page": "page-2",
        "placed": {
            "id": "o-2",
            "status": "PENDING",
            "known_status": True,
            "skus": ["mug"],
            "age_days": 10,
        },
        "paid": {
            "id": "o-1",
            "status": "PAID",
            "known_status": True,
            "skus": ["mug"],
            "age_days": 10,
        },
        "quantities": {"mug": 2},
        "missing": "not found (404)",
        "health": "up",
    }


def test_both_clients_import_into_one_process(coexistence: dict[str, Any]) -> None:
    both = coexistence["both"]
    assert both["versions"] == ["1.1.1", "2.0.0"]
    assert both["separate"] is True


def test_both_clients_work_against_their_own_server(coexistence: dict[str, Any]) -> None:
    both = coexistence["both"]
    for client in ("v1 client, v1 server", "v2 client, v2 server"):
        assert all("returned" in outcome for outcome in both[client].values()), both[client]
    shipped = both["v2 client, v2 server"]["shipOrder"]["returned"]
    assert shipped["status"] == {"enum": "SHIPPED", "known": True}
    assert shipped["created_at"] == {"type": "datetime", "text": "2024-06-15 10:00:00+00:00"}
    assert both["v1 client, v1 server"]["getOrder"]["returned"]["created_at"] == 1718445600


def test_v1_client_keeps_working_against_v2_for_every_kept_operation(
    coexistence: dict[str, Any],
) -> None:
    calls = coexistence["both"]["v1 client, v2 server"]
    kept = ["listOrders", "createOrder", "getOrder", "updateOrder", "listOrderItems", "health"]
    assert all("returned" in calls[name] for name in kept), calls
    got = calls["getOrder"]["returned"]
    # a value v2 added to OrderStatus decodes as an unknown member instead of failing
    assert got["status"] == {"enum": "REFUNDED", "known": False}
    # a field the v1 model does not know is kept, not dropped or rejected
    assert got["_extra"] == ["trackingNumber"]
    assert calls["listOrders"]["returned"]["orders"][0]["status"]["enum"] == "REFUNDED"
    # the two breaking changes `sdkgen diff` reports are real: cancelOrder is gone from the v2
    # server, and createdAt arrives as a string where v1 code expects epoch seconds
    assert calls["cancelOrder"] == {"raised": "CancelOrderNotFoundError", "status": 404}
    assert got["created_at"] == "2024-06-15T10:00:00Z"
    posted = coexistence["received"]["v2"]
    v1_bodies = [r.json() for r in posted if (r.method, r.path) == ("POST", "/prod/orders")]
    assert {"customerId": "c-9", "items": [{"sku": "mug", "quantity": 2}]} in v1_bodies


def test_v2_client_against_the_v1_server_fails_only_where_v2_broke(
    coexistence: dict[str, Any],
) -> None:
    calls = coexistence["both"]["v2 client, v1 server"]
    assert calls["shipOrder"] == {"raised": "ShipOrderNotFoundError", "status": 404}
    assert calls["getOrder"] == {"raised": "ResponseDecodeError", "status": 200}  # createdAt
    assert all("returned" in calls[name] for name in ("listOrderItems", "health"))


def _mypy(app: Path, package: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(cache),
            str(app),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={"MYPYPATH": str(package), "PATH": "/usr/bin:/bin"},
    )


def test_the_v1_application_type_checks_against_v1_and_breaks_against_v2(tmp_path: Path) -> None:
    clean = _mypy(APP, GOLDEN / "orders-oas30" / "python", tmp_path / "cache")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    ported = tmp_path / "orders_app_on_v2.py"
    ported.write_text(APP.read_text().replace("orders_v1", "orders_v2"))
    broken = _mypy(ported, GOLDEN / "orders-oas30-v2" / "python", tmp_path / "cache")
    errors = [
        line.split(": error: ", 1)[1] for line in broken.stdout.splitlines() if ": error: " in line
    ]
    assert broken.returncode == 1
    assert len(errors) == 2, broken.stdout
    assert '"OrdersResource" has no attribute "cancel_order"' in errors[1]  # operation-removed
    assert '"datetime"' in errors[0] and "int" in errors[0]  # createdAt integer -> date-time
