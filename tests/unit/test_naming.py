"""Names: deterministic, collision-free, valid identifiers for any spec name."""

from __future__ import annotations

import keyword

import pytest

from sdkgen.naming import camel_case, pascal_case, snake_case, unique_names, words
from sdkgen.targets.python import class_identifier, identifier


@pytest.mark.parametrize(
    ("name", "snake", "pascal", "camel"),
    [
        ("listOrders", "list_orders", "ListOrders", "listOrders"),
        ("order-items", "order_items", "OrderItems", "orderItems"),
        ("HTTPServer", "http_server", "HttpServer", "httpServer"),
        ("X-Request-ID", "x_request_id", "XRequestId", "xRequestId"),
        ("über name", "uber_name", "UberName", "uberName"),
        (
            "get /orders/{orderId}/items",
            "get_orders_order_id_items",
            "GetOrdersOrderIdItems",
            "getOrdersOrderIdItems",
        ),
    ],
)
def test_case_conversion(name: str, snake: str, pascal: str, camel: str) -> None:
    assert (snake_case(name), pascal_case(name), camel_case(name)) == (snake, pascal, camel)


def test_words_split_on_everything_that_is_not_a_letter_or_digit() -> None:
    assert words("a.b c/d-e_f") == ("a", "b", "c", "d", "e", "f")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("class", "class_"),
        ("from", "from_"),
        ("type", "type_"),
        ("list", "list_"),
        ("id", "id_"),
        ("match", "match_"),
        ("2fa", "n2fa"),
        ("", "value"),
        ("日本", "value"),
        ("UNSET", "unset"),
    ],
)
def test_python_identifiers_escape_keywords_builtins_and_digits(name: str, expected: str) -> None:
    result = identifier(name)
    assert result == expected
    assert result.isidentifier() and not keyword.iskeyword(result)


def test_class_names_avoid_the_runtime_s_own_names() -> None:
    assert class_identifier("Any") == "AnyModel"
    assert class_identifier("unset") == "UnsetModel"
    assert class_identifier("404 error") == "N404Error"


def test_names_that_normalize_alike_both_survive_deterministically() -> None:
    first = unique_names(["fooBar", "foo_bar", "FooBar"], identifier)
    second = unique_names(["FooBar", "foo_bar", "fooBar"], identifier)
    assert first == second
    assert sorted(first.values()) == ["foo_bar", "foo_bar_2", "foo_bar_3"]


def test_unique_names_respect_taken_identifiers() -> None:
    assert unique_names(["body", "timeout"], identifier, taken=("body",)) == {
        "body": "body_2",
        "timeout": "timeout",
    }
