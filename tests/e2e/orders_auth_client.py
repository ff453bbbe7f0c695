"""Calls every orders operation with the credentials it needs, then with wrong or missing ones.

Run by tests/test_auth_python.py with the generated package on PYTHONPATH; prints JSON.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

from orders_v1 import ApiError, AsyncClient, AwsCredentials, Client, MissingCredentialsError
from orders_v1.models import ListOrdersStatus, NewOrder, OrderItem, OrderStatus, OrderUpdate

KEYS = json.loads(sys.argv[2])
CREDENTIALS = AwsCredentials(
    access_key_id=KEYS["access_key"],
    secret_access_key=KEYS["secret_key"],
    session_token=KEYS["session_token"],
)


def calls(client: Any) -> list[tuple[str, Any]]:
    orders = client.orders
    new = NewOrder(customer_id="c-1", items=[OrderItem(sku="s", quantity=1)])
    return [
        ("listOrders", lambda: orders.list_orders(limit="5", status=ListOrdersStatus.PAID)),
        ("createOrder", lambda: orders.create_order(body=new, idempotency_key="k-1")),
        ("getOrder", lambda: orders.get_order("o 1/ä")),
        (
            "updateOrder",
            lambda: orders.update_order("o-1", body=OrderUpdate(status=OrderStatus.SHIPPED)),
        ),
        ("cancelOrder", lambda: orders.cancel_order("o-1", reason="changed mind")),
        ("listOrderItems", lambda: orders.list_order_items("o-1")),
        ("health", lambda: client.health.get_health()),
    ]


def outcome(call: Any) -> Any:
    try:
        value = call()
        return {"ok": True if value is None else type(value).__name__}
    except MissingCredentialsError as error:
        return {"missing": str(error)}
    except ApiError as error:
        return {
            "status": error.status_code,
            "class": type(error).__name__,
            "message": error.message,
        }


async def async_outcome(call: Any) -> Any:
    try:
        value = await call()
        return {"ok": True if value is None else type(value).__name__}
    except MissingCredentialsError as error:
        return {"missing": str(error)}
    except ApiError as error:
        return {
            "status": error.status_code,
            "class": type(error).__name__,
            "message": error.message,
        }


def main() -> None:
    base = sys.argv[1]
    good = {
        "base_url": base,
        "api_key": KEYS["api_key"],
        "aws_credentials": CREDENTIALS,
        "orders_user_pool_token": KEYS["cognito"],
        "partner_token_authorizer_token": lambda: KEYS["partner"],
        "region": "us-east-1",
    }
    result: dict[str, Any] = {}
    with Client(**good) as client:
        result["good"] = {name: outcome(call) for name, call in calls(client)}
        result["repr"] = repr(client) + repr(client._auth) + repr(CREDENTIALS)

    async def tokens() -> str:
        return KEYS["cognito"]

    async def run_async() -> dict[str, Any]:
        async with AsyncClient(**{**good, "orders_user_pool_token": tokens}) as client:
            return {name: await async_outcome(call) for name, call in calls(client)}

    result["async"] = asyncio.run(run_async())
    wrong = {**good, "api_key": "nope", "partner_token_authorizer_token": "nope"}
    wrong["aws_credentials"] = AwsCredentials(
        access_key_id=KEYS["access_key"],
        secret_access_key="wrong",
        session_token=KEYS["session_token"],
    )
    with Client(**wrong) as client:
        result["wrong"] = {name: outcome(call) for name, call in calls(client)}
    with Client(base_url=base) as client:
        result["missing"] = {name: outcome(call) for name, call in calls(client)}
    print(json.dumps(result, sort_keys=True))


if __name__ == "__main__":
    main()
