"""Imports the orders v1 and v2 clients into one process and calls each against both servers.

Run by tests/test_coexistence_python.py in a venv holding both packages:
orders_coexistence.py V1_BASE_URL V2_BASE_URL. Prints one JSON document: for each client and
server, what every operation the client has returned (or raised).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import orders_v1
import orders_v1.models as v1
import orders_v2
import orders_v2.models as v2

CREDENTIALS = {
    "api_key": "k",
    "orders_user_pool_token": "cognito",
    "partner_token_authorizer_token": "partner",
    "region": "us-east-1",
}


def outcome(call: Callable[[], Any]) -> dict[str, Any]:
    try:
        value = call()
    except Exception as error:  # every failure is data here; the test judges it
        return {"raised": type(error).__name__, "status": getattr(error, "status_code", None)}
    return {"returned": plain(value)}


def plain(value: Any) -> Any:
    """JSON data plus the Python types the client produced, so the test sees both."""
    if hasattr(value, "to_dict"):
        names = [n for k in type(value).__mro__ for n in getattr(k, "__slots__", ())]
        fields = {
            n: plain(getattr(value, n))
            for n in names
            if n not in ("additional_properties", "__weakref__")
        }
        fields["_extra"] = sorted(getattr(value, "additional_properties", {}))
        return fields
    if isinstance(value, list):
        return [plain(v) for v in value]
    if type(value).__name__ == "Unset":
        return "UNSET"
    if hasattr(value, "value") and hasattr(value, "name"):  # an enum member, maybe unknown
        return {"enum": value.value, "known": value.name in type(value).__members__}
    if value is None or isinstance(value, str | int | float | bool | dict):
        return value
    return {"type": type(value).__name__, "text": str(value)}


def v1_calls(base_url: str) -> dict[str, dict[str, Any]]:
    credentials = orders_v1.AwsCredentials(access_key_id="AKID", secret_access_key="s")
    with orders_v1.Client(base_url=base_url, aws_credentials=credentials, **CREDENTIALS) as c:
        new = v1.NewOrder(customer_id="c-9", items=[v1.OrderItem(sku="mug", quantity=2)])
        update = v1.OrderUpdate(status=v1.OrderStatus.PAID)
        calls: dict[str, Callable[[], Any]] = {
            "listOrders": lambda: c.orders.list_orders(limit="10"),
            "createOrder": lambda: c.orders.create_order(body=new),
            "getOrder": lambda: c.orders.get_order("o-1"),
            "updateOrder": lambda: c.orders.update_order("o-1", body=update),
            "listOrderItems": lambda: c.orders.list_order_items("o-1"),
            "cancelOrder": lambda: c.orders.cancel_order("o-1"),
            "health": lambda: c.health.get_health(),
        }
        return {name: outcome(call) for name, call in calls.items()}


def v2_calls(base_url: str) -> dict[str, dict[str, Any]]:
    credentials = orders_v2.AwsCredentials(access_key_id="AKID", secret_access_key="s")
    with orders_v2.Client(base_url=base_url, aws_credentials=credentials, **CREDENTIALS) as c:
        new = v2.NewOrder(
            customer_id="c-9", items=[v2.OrderItem(sku="mug", quantity=2)], gift_message="hi"
        )
        update = v2.OrderUpdate(status=v2.OrderStatus.REFUNDED)
        calls: dict[str, Callable[[], Any]] = {
            "listOrders": lambda: c.orders.list_orders(limit="10"),
            "createOrder": lambda: c.orders.create_order(body=new),
            "getOrder": lambda: c.orders.get_order("o-1"),
            "updateOrder": lambda: c.orders.update_order("o-1", body=update),
            "listOrderItems": lambda: c.orders.list_order_items("o-1"),
            "shipOrder": lambda: c.orders.ship_order("o-1"),
            "health": lambda: c.health.get_health(),
        }
        return {name: outcome(call) for name, call in calls.items()}


def main() -> None:
    v1_url, v2_url = sys.argv[1], sys.argv[2]
    result = {
        "versions": [orders_v1.__version__, orders_v2.__version__],
        "separate": orders_v1.Client is not orders_v2.Client and v1.Order is not v2.Order,
        "v1 client, v1 server": v1_calls(v1_url),
        "v1 client, v2 server": v1_calls(v2_url),
        "v2 client, v2 server": v2_calls(v2_url),
        "v2 client, v1 server": v2_calls(v1_url),
    }
    print(json.dumps(result, sort_keys=True))


if __name__ == "__main__":
    main()
