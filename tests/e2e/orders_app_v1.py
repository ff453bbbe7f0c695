"""A small order-desk application written against the orders v1 client (`orders_v1`).

tests/test_coexistence_python.py runs it unchanged before and after the v2 client is installed
beside it, and type-checks it against v1 (clean) and against v2 (the breaking changes
`sdkgen diff` reports are exactly what fails). Usage: orders_app_v1.py BASE_URL; prints JSON.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import orders_v1
from orders_v1 import AwsCredentials, Client
from orders_v1.errors import GetOrderNotFoundError
from orders_v1.models import NewOrder, Order, OrderItem, OrderStatus, OrderUpdate


def connect(base_url: str) -> Client:
    """The desk's client; the test servers accept any credentials."""
    return Client(
        base_url=base_url,
        api_key="desk-key",
        aws_credentials=AwsCredentials(access_key_id="AKIDDESK", secret_access_key="desk-secret"),
        orders_user_pool_token="desk-cognito-token",
        partner_token_authorizer_token="desk-partner-token",
        region="us-east-1",
    )


def age_in_days(order: Order, now: int) -> int:
    """Days since the order was placed (v1's createdAt is epoch seconds)."""
    return (now - order.created_at) // 86400


def describe(order: Order, now: int) -> dict[str, Any]:
    return {
        "id": order.order_id,
        "status": order.status.value,
        "known_status": order.status.name in OrderStatus.__members__,
        "skus": [item.sku for item in order.items],
        "age_days": age_in_days(order, now),
    }


def run(base_url: str, now: int) -> dict[str, Any]:
    with connect(base_url) as client:
        orders = client.orders
        listing = orders.list_orders(limit="10")
        placed = orders.create_order(
            body=NewOrder(customer_id="c-9", items=[OrderItem(sku="mug", quantity=2)]),
            idempotency_key="desk-1",
        )
        paid = orders.update_order("o-1", body=OrderUpdate(status=OrderStatus.PAID))
        items = orders.list_order_items("o-1")
        orders.cancel_order("o-1", reason="customer asked")
        try:
            orders.get_order("missing")
            missing = "found"
        except GetOrderNotFoundError as error:
            missing = f"not found ({error.status_code})"
        client.health.get_health()  # raises unless the API is up
        return {
            "client": orders_v1.__version__,
            "open": [describe(order, now) for order in listing.orders],
            "next_page": listing.next_token,
            "placed": describe(placed, now),
            "paid": describe(paid, now),
            "quantities": {item.sku: item.quantity for item in items},
            "missing": missing,
            "health": "up",
        }


if __name__ == "__main__":
    now = int(sys.argv[2]) if len(sys.argv) > 2 else int(time.time())
    print(json.dumps(run(sys.argv[1], now), sort_keys=True))
