"""Generated Node clients authenticate each operation the way API Gateway checks it.

The same stand-in as tests/test_auth_python.py: SigV4 checked by re-signing with botocore, an
API key, a Cognito token, a Lambda authorizer token, SigV4 together with an API key, and a
choice between SigV4 and Cognito. The caller is tests/e2e/node/orders_auth.mjs.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.support import gateway
from tests.support.node import checked, executable, run, tsc
from tests.support.packages import SHARED, generate
from tests.support.server import serving
from tests.test_auth_python import ALL, routes

CALLER = Path(__file__).parent / "e2e" / "node" / "orders_auth.mjs"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("orders-auth-node")
    spec = SHARED / "apigateway" / "orders-oas30.json"
    generate(spec, work / "pkg", lang="node", name="orders", version="1.1.1")
    (work / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    shutil.copy(CALLER, work)
    return work


@pytest.fixture(scope="module")
def outcomes(folder: Path) -> dict:
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
        node = executable("node")
        output = checked(run(node, CALLER.name, server.url + "/prod", json.dumps(keys), cwd=folder))
    return json.loads(output)


def test_the_caller_type_checks(folder: Path) -> None:
    result = tsc("--allowJs", "--checkJs", CALLER.name, cwd=folder)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_operation_succeeds_with_the_right_credentials(outcomes: dict) -> None:
    assert outcomes["good"] == {
        "listOrders": {"ok": "object"},
        "createOrder": {"ok": "object"},
        "getOrder": {"ok": "object"},
        "updateOrder": {"ok": "object"},
        "cancelOrder": {"ok": True},
        "listOrderItems": {"ok": "array"},
        "health": {"ok": True},
    }


def test_wrong_credentials_surface_as_typed_403(outcomes: dict) -> None:
    wrong = outcomes["wrong"]
    forbidden = {"status": 403, "class": "ForbiddenError", "body": {"message": "Forbidden"}}
    for name in ["listOrders", "getOrder", "updateOrder", "cancelOrder", "listOrderItems"]:
        assert wrong[name] == forbidden, name
    assert wrong["createOrder"] == {"ok": "object"}
    assert wrong["health"] == {"ok": True}


def test_missing_credentials_fail_before_sending_and_name_the_option(outcomes: dict) -> None:
    missing = outcomes["missing"]
    assert missing["health"] == {"ok": True}
    assert missing["getOrder"] == {
        "missing": "orders.getOrder needs credentials: pass apiKey to the client"
    }
    assert missing["cancelOrder"] == {
        "missing": "orders.cancelOrder needs credentials: "
        "pass apiKey and awsCredentials to the client"
    }
    assert missing["listOrderItems"] == {
        "missing": "orders.listOrderItems needs credentials: "
        "pass awsCredentials or ordersUserPoolToken to the client"
    }
    assert set(missing) == {*ALL, "health"}


def test_secrets_never_show(outcomes: dict) -> None:
    shown = outcomes["shown"]
    for secret in [
        gateway.SECRET_KEY,
        gateway.SESSION_TOKEN,
        gateway.API_KEY,
        gateway.COGNITO_TOKEN,
    ]:
        assert secret not in shown
