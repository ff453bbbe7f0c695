"""Node names: valid, idiomatic, collision-free identifiers for any spec name."""

from __future__ import annotations

import pytest

from sdkgen import naming
from sdkgen.ir import (
    Api,
    Location,
    Operation,
    Parameter,
    Primitive,
    PrimitiveType,
    Server,
    ServerVariable,
)
from sdkgen.targets.node import (
    GLOBAL_TYPES,
    MEMBER_RESERVED,
    RESERVED,
    TsTypes,
    constant_name,
    member_name,
    type_name,
)
from sdkgen.targets.node_client import NodeClient, _without
from sdkgen.targets.node_package import npm_names


@pytest.mark.parametrize(
    ("name", "member", "type_"),
    [
        ("listOrders", "listOrders", "ListOrders"),
        ("order-items", "orderItems", "OrderItems"),
        ("X-Request-ID", "xRequestId", "XRequestId"),
        ("per_page", "perPage", "PerPage"),
        ("über name", "uberName", "UberName"),
        ("2fa", "n2fa", "N2fa"),
        ("+1", "n1", "N1"),
        ("", "value", "Model"),
        ("日本", "value", "Model"),
        ("delete", "delete", "Delete"),
        ("constructor", "constructor_", "Constructor"),
        ("then", "then_", "Then"),
        ("__proto__", "proto", "Proto"),
        ("Error", "error", "ErrorModel"),
        ("Promise", "promise", "PromiseModel"),
        ("Client", "client", "ClientModel"),
    ],
)
def test_member_and_type_names(name: str, member: str, type_: str) -> None:
    assert member_name(name) == member
    assert type_name(name) == type_


def test_names_never_take_reserved_or_global_meanings() -> None:
    for word in [*RESERVED, *GLOBAL_TYPES, "ApiError", "RequestOptions"]:
        assert type_name(word) not in RESERVED | GLOBAL_TYPES | {"ApiError", "RequestOptions"}
    for word in MEMBER_RESERVED:
        assert member_name(word) not in MEMBER_RESERVED


def test_constants() -> None:
    assert constant_name("getPet") == "GET_PET"
    assert constant_name("2fa") == "N2FA"


def test_collisions_resolve_deterministically() -> None:
    names = naming.unique_names(["fooBar", "foo_bar", "FooBar"], member_name)
    assert names == {"FooBar": "fooBar", "fooBar": "fooBar_2", "foo_bar": "fooBar_3"}
    assert naming.unique_names(["foo_bar", "FooBar", "fooBar"], member_name) == names


def test_the_group_is_not_repeated_in_method_names() -> None:
    assert _without("repos", "repos/get") == "get"
    assert _without("repos", "repos/list-for-org") == "list for org"
    assert _without("pets", "listPets") == "listPets"
    assert _without("repos", "repos") == "repos"


def _operation(op_id: str, group: str, *params: str) -> Operation:
    return Operation(
        id=op_id,
        method="get",
        path="/x",
        group=group,
        parameters=tuple(
            Parameter(name=p, location=Location.QUERY, type=PrimitiveType(kind=Primitive.STRING))
            for p in params
        ),
    )


def test_methods_params_and_groups_are_unique_in_their_scope() -> None:
    api = Api(
        title="t",
        version="1",
        operations=(
            _operation("repos/get", "repos", "per_page", "perPage", "body", "then"),
            _operation("get", "repos"),
            _operation("constructor", "constructor"),
            _operation("x", "baseUrl"),
        ),
    )
    client = NodeClient(api, TsTypes(api))
    assert client.groups == {
        "baseUrl": "baseUrl_2",
        "constructor": "constructor_",
        "repos": "repos",
    }
    methods = sorted(op.name for op in client.operations_of("repos"))
    assert methods == ["get", "get_2"]
    first = next(op for op in client.operations_of("repos") if op.op.id == "repos/get")
    assert [p.key for p in first.params] == ["perPage_2", "perPage", "body_2", "then_"]
    assert {op.params_type for op in client.operations_of("repos")} == {
        "GetParams",
        "ReposGetParams",
    }


def test_server_variables_leave_the_runtime_options_alone() -> None:
    names = ["retry", "maxRetries", "logger", "onRequest", "attemptTimeout", "timeout", "stage"]
    variables = tuple(ServerVariable(name=name, default="x") for name in names)
    api = Api(
        title="t", version="1", servers=(Server(url="https://h/{stage}", variables=variables),)
    )
    options = [name for name, _variable in NodeClient(api, TsTypes(api)).server_variables]
    assert options == [
        "retry_2",
        "maxRetries_2",
        "logger_2",
        "onRequest_2",
        "attemptTimeout_2",
        "timeout_2",
        "stage",
    ]


def test_npm_names() -> None:
    assert npm_names("Orders API", 1) == ("orders-api-v1", "orders-api-v1")
    assert npm_names("orders", 2, "@acme") == ("@acme/orders-v2", "orders-v2")
    assert npm_names("orders", 2, "acme") == ("@acme/orders-v2", "orders-v2")
    assert npm_names("", 1) == ("api-v1", "api-v1")
    with pytest.raises(Exception, match="npm scope"):
        npm_names("orders", 1, "@Bad Scope")
