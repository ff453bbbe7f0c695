"""Generated Python clients authenticate each operation the way API Gateway checks it.

The orders API uses every API Gateway scheme: SigV4 (checked here with botocore), an API key,
a Cognito token, a Lambda authorizer token, SigV4 together with an API key, and a choice between
SigV4 and Cognito.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import gateway
from tests.support.gateway import FORBIDDEN, api_key_ok, cognito_ok, partner_ok, sigv4_ok
from tests.support.packages import SHARED, generate
from tests.support.server import Received, Reply, serving

ORDER = {"orderId": "o-1", "customerId": "c-1", "items": [], "status": "PAID", "createdAt": 1}
CALLER = Path(__file__).parent / "e2e" / "orders_auth_client.py"


def routes(base: list[str]) -> dict:
    def guarded(check, reply: Reply):
        def handler(request: Received) -> Reply:
            return reply if check(request) else FORBIDDEN

        return handler

    def sigv4(request: Received) -> bool:
        return sigv4_ok(request, base[0])

    return {
        ("GET", "/prod/orders"): guarded(sigv4, Reply(200, {"orders": [ORDER]})),
        ("POST", "/prod/orders"): guarded(cognito_ok, Reply(201, ORDER)),
        ("GET", "/prod/orders/o%201%2F%C3%A4"): guarded(api_key_ok, Reply(200, ORDER)),
        ("PUT", "/prod/orders/o-1"): guarded(partner_ok, Reply(200, ORDER)),
        ("DELETE", "/prod/orders/o-1"): guarded(
            lambda r: sigv4(r) and api_key_ok(r, signed=True), Reply(204)
        ),
        ("GET", "/prod/orders/o-1/items"): guarded(
            lambda r: sigv4(r) or cognito_ok(r), Reply(200, [])
        ),
        ("GET", "/prod/health"): Reply(200, {}),
    }


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict:
    work = tmp_path_factory.mktemp("orders-auth")
    package = generate(
        SHARED / "apigateway" / "orders-oas30.json", work / "orders", name="orders", version="1.1.1"
    )
    keys = {
        "access_key": gateway.ACCESS_KEY,
        "secret_key": gateway.SECRET_KEY,
        "session_token": gateway.SESSION_TOKEN,
        "api_key": gateway.API_KEY,
        "cognito": gateway.COGNITO_TOKEN,
        "partner": gateway.PARTNER_TOKEN,
    }
    base: list[str] = []
    with serving(routes(base)) as server:
        base.append(server.url)
        result = subprocess.run(
            [sys.executable, str(CALLER), server.url + "/prod", json.dumps(keys)],
            capture_output=True,
            text=True,
            check=False,
            env={"PYTHONPATH": str(package), "PATH": "/usr/bin:/bin"},
        )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


ALL = ["listOrders", "createOrder", "getOrder", "updateOrder", "cancelOrder", "listOrderItems"]


def test_every_operation_succeeds_with_the_right_credentials(outcomes: dict) -> None:
    assert outcomes["good"] == {
        "listOrders": {"ok": "OrderList"},
        "createOrder": {"ok": "Order"},
        "getOrder": {"ok": "Order"},
        "updateOrder": {"ok": "Order"},
        "cancelOrder": {"ok": True},
        "listOrderItems": {"ok": "list"},
        "health": {"ok": True},
    }


def test_async_client_and_async_token_providers(outcomes: dict) -> None:
    assert outcomes["async"] == outcomes["good"]


def test_wrong_credentials_surface_as_typed_403(outcomes: dict) -> None:
    wrong = outcomes["wrong"]
    for name in ["listOrders", "getOrder", "updateOrder", "cancelOrder"]:
        assert wrong[name] == {"status": 403, "class": "ForbiddenError", "message": "Forbidden"}
    # The Cognito token was right. listOrderItems accepts SigV4 or Cognito; the client uses the
    # first alternative it has credentials for (SigV4, with a wrong secret), and gets a 403.
    assert wrong["listOrderItems"]["status"] == 403
    assert wrong["createOrder"] == {"ok": "Order"}
    assert wrong["health"] == {"ok": True}


def test_missing_credentials_fail_before_sending_and_name_the_argument(outcomes: dict) -> None:
    missing = outcomes["missing"]
    assert missing["health"] == {"ok": True}
    assert missing["getOrder"] == {
        "missing": "get_order needs credentials: pass api_key= to the client"
    }
    assert missing["createOrder"] == {
        "missing": "create_order needs credentials: pass orders_user_pool_token= to the client"
    }
    assert missing["cancelOrder"] == {
        "missing": "cancel_order needs credentials: "
        "pass api_key= and aws_credentials= to the client"
    }
    assert missing["listOrderItems"] == {
        "missing": "list_order_items needs credentials: pass aws_credentials= or "
        "orders_user_pool_token= to the client"
    }


def test_secrets_never_show_in_reprs(outcomes: dict) -> None:
    shown = outcomes["repr"]
    for secret in [
        gateway.SECRET_KEY,
        gateway.SESSION_TOKEN,
        gateway.API_KEY,
        gateway.COGNITO_TOKEN,
    ]:
        assert secret not in shown
    assert "AKID" in shown  # the access key id is not a secret and helps debugging
