"""The normalizer: one IR for one API whatever the spec format, and each schema feature kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from sdkgen.build import Report, load_api
from sdkgen.ir import (
    Api,
    ArrayType,
    BodyKind,
    EnumType,
    Location,
    MapType,
    NamedRef,
    ObjectType,
    Primitive,
    PrimitiveType,
    SecurityKind,
    UnionType,
)
from sdkgen.ir_json import to_data
from tests.golden import APIGATEWAY, SPECS


def api_of(tmp_path: Path, spec: dict[str, Any]) -> Api:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return load_api(path, Report())[1]


def oas3(
    schemas: dict[str, Any] | None = None, paths: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1.0.0"},
        "paths": paths or {},
        "components": {"schemas": schemas or {}},
        **extra,
    }


def test_swagger2_and_openapi3_exports_give_the_same_ir() -> None:
    swagger = load_api(APIGATEWAY / "orders-swagger2.json", Report())[1]
    openapi = load_api(APIGATEWAY / "orders-oas30.json", Report())[1]
    assert to_data(swagger) == to_data(openapi)


def test_api_gateway_stage_becomes_a_server_variable() -> None:
    api = load_api(APIGATEWAY / "orders-swagger2.json", Report())[1]
    (server,) = api.servers
    assert server.url == "https://abc123.execute-api.us-east-1.amazonaws.com/{stage}"
    assert [(v.name, v.default) for v in server.variables] == [("stage", "prod")]


def test_api_gateway_security_is_read_for_what_it_means() -> None:
    api = load_api(APIGATEWAY / "orders-oas30.json", Report())[1]
    schemes = {s.name: s for s in api.security_schemes}
    assert schemes["sigv4"].kind is SecurityKind.AWS_SIGV4
    assert schemes["api_key"].kind is SecurityKind.API_KEY
    assert (schemes["api_key"].location, schemes["api_key"].parameter_name) == (
        Location.HEADER,
        "x-api-key",
    )
    assert schemes["OrdersUserPool"].kind is SecurityKind.AWS_COGNITO
    assert schemes["OrdersUserPool"].parameter_name == "Authorization"
    assert schemes["PartnerTokenAuthorizer"].kind is SecurityKind.AWS_CUSTOM
    assert schemes["PartnerTokenAuthorizer"].parameter_name == "X-Partner-Token"
    ops = {op.id: op for op in api.operations}
    assert [r.schemes for r in ops["cancelOrder"].security or ()] == [
        (("api_key", ()), ("sigv4", ()))
    ]
    assert [r.schemes for r in ops["listOrderItems"].security or ()] == [
        (("sigv4", ()),),
        (("OrdersUserPool", ()),),
    ]
    health = next(op for op in api.operations if op.path == "/health")
    assert health.security == ()


def test_api_gateway_cors_preflight_is_not_an_operation() -> None:
    api = load_api(APIGATEWAY / "orders-oas30.json", Report())[1]
    assert "options" not in {op.method for op in api.operations}


def test_operations_without_ids_are_named_from_method_and_path() -> None:
    api = load_api(APIGATEWAY / "orders-oas30.json", Report())[1]
    assert {op.id for op in api.operations if op.path == "/health"} == {"get health"}


def test_untagged_operations_group_by_the_first_segment_past_a_version(tmp_path: Path) -> None:
    ok = {"responses": {"200": {"description": "ok"}}}
    paths = {
        path: {"get": {**ok, "operationId": f"op{index}"}}
        for index, path in enumerate(
            ["/v1/customers/{id}", "/v2beta1/charges", "/v1.2/refunds", "/v1", "/{id}", "/orders"]
        )
    }
    paths["/v1/tagged"] = {"get": {**ok, "operationId": "tagged", "tags": ["Billing"]}}
    groups = {op.id: op.group for op in api_of(tmp_path, oas3(paths=paths)).operations}
    assert groups == {
        "op0": "customers",
        "op1": "charges",
        "op2": "refunds",
        "op3": "v1",  # nothing but a version: kept
        "op4": "default",
        "op5": "orders",
        "tagged": "Billing",
    }


def test_allof_merges_properties_and_required(tmp_path: Path) -> None:
    api = api_of(
        tmp_path,
        oas3(
            {
                "Base": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "string"}},
                },
                "Child": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Base"},
                        {
                            "type": "object",
                            "required": ["n"],
                            "properties": {"n": {"type": "integer"}},
                        },
                    ]
                },
            }
        ),
    )
    child = api.types_by_name["Child"]
    assert isinstance(child, ObjectType)
    assert [(p.name, p.required) for p in child.properties] == [("id", True), ("n", True)]


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "nullable": True},
        {"type": ["string", "null"]},
        {"anyOf": [{"type": "string"}, {"type": "null"}]},
        {"type": "string", "x-nullable": True},
    ],
)
def test_every_spelling_of_nullable_gives_a_nullable_type(
    tmp_path: Path, schema: dict[str, Any]
) -> None:
    spec = oas3({"M": {"type": "object", "properties": {"v": schema}}})
    if schema.get("type") == ["string", "null"] or "anyOf" in schema:
        spec["openapi"] = "3.1.0"
    model = api_of(tmp_path, spec).types_by_name["M"]
    assert isinstance(model, ObjectType)
    assert model.properties[0].type == PrimitiveType(kind=Primitive.STRING, nullable=True)


def test_nullable_reference_through_allof(tmp_path: Path) -> None:
    api = api_of(
        tmp_path,
        oas3(
            {
                "Owner": {"type": "object", "properties": {"n": {"type": "string"}}},
                "Pet": {
                    "type": "object",
                    "properties": {
                        "owner": {
                            "nullable": True,
                            "allOf": [{"$ref": "#/components/schemas/Owner"}],
                        }
                    },
                },
            }
        ),
    )
    pet = api.types_by_name["Pet"]
    assert isinstance(pet, ObjectType)
    assert pet.properties[0].type == NamedRef(name="Owner", nullable=True)


def test_recursion_is_a_reference(tmp_path: Path) -> None:
    api = api_of(
        tmp_path,
        oas3(
            {
                "Node": {
                    "type": "object",
                    "properties": {
                        "children": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Node"},
                        }
                    },
                },
            }
        ),
    )
    node = api.types_by_name["Node"]
    assert isinstance(node, ObjectType)
    assert node.properties[0].type == ArrayType(items=NamedRef(name="Node"))


def test_discriminated_union(tmp_path: Path) -> None:
    api = load_api(SPECS / "petstore-oas30.yaml", Report())[1]
    animal = api.types_by_name["Animal"]
    assert isinstance(animal, UnionType)
    assert animal.variants == (NamedRef(name="Cat"), NamedRef(name="Dog"))
    assert animal.discriminator is not None
    assert animal.discriminator.property == "petType"
    assert animal.discriminator.mapping == (("cat", "Cat"), ("dog", "Dog"))


def test_inline_objects_and_enums_are_named_after_where_they_stand() -> None:
    api = load_api(SPECS / "petstore-oas30.yaml", Report())[1]
    assert isinstance(api.types_by_name["Order status"], EnumType)
    assert isinstance(api.types_by_name["uploadPhoto request"], ObjectType)
    inventory = next(op for op in api.operations if op.id == "getInventory")
    assert inventory.responses[0].contents[0].type == MapType(
        values=PrimitiveType(kind=Primitive.INTEGER, format="int32")
    )


def test_hoisted_names_never_clash_with_spec_names(tmp_path: Path) -> None:
    api = api_of(
        tmp_path,
        oas3(
            {
                "M item": {"type": "object", "properties": {"a": {"type": "string"}}},
                "M": {
                    "type": "array",
                    "items": {"type": "object", "properties": {"b": {"type": "string"}}},
                },
            }
        ),
    )
    assert {"M item", "M item 2"} <= set(api.types_by_name)


def test_media_types_decide_body_kinds() -> None:
    api = load_api(SPECS / "petstore-oas30.yaml", Report())[1]
    kinds = {op.id: op.request_body.contents[0].kind for op in api.operations if op.request_body}
    assert kinds == {
        "createPet": BodyKind.JSON,
        "updatePet": BodyKind.JSON,
        "uploadPhoto": BodyKind.MULTIPART,
        "placeOrder": BodyKind.FORM,
        "echoNote": BodyKind.TEXT,
    }


def test_swagger2_form_data_becomes_a_request_body() -> None:
    api = load_api(SPECS / "petstore-swagger2.yaml", Report())[1]
    upload = next(op for op in api.operations if op.id == "uploadPhoto")
    assert upload.request_body is not None
    (content,) = upload.request_body.contents
    assert (content.media_type, content.kind) == ("multipart/form-data", BodyKind.MULTIPART)
    model = api.types_by_name["uploadPhoto request"]
    assert isinstance(model, ObjectType)
    assert [(p.name, p.required, p.type) for p in model.properties] == [
        ("file", True, PrimitiveType(kind=Primitive.STRING, format="binary")),
        ("caption", False, PrimitiveType(kind=Primitive.STRING)),
    ]


def test_swagger2_collection_formats(tmp_path: Path) -> None:
    api = load_api(SPECS / "petstore-swagger2.yaml", Report())[1]
    search = next(op for op in api.operations if op.id == "searchPets")
    styles = {p.name: (p.style, p.explode) for p in search.parameters}
    assert styles == {
        "q": ("form", True),
        "ids": ("form", False),
        "colors": ("pipeDelimited", False),
    }


def test_undeclared_path_parameter_is_a_warning_and_still_sent(tmp_path: Path) -> None:
    report = Report()
    path = tmp_path / "spec.yaml"
    path.write_text(
        yaml.safe_dump(
            oas3(paths={"/a/{id}": {"get": {"responses": {"200": {"description": "ok"}}}}})
        )
    )
    api = load_api(path, report)[1]
    assert [p.name for p in api.operations[0].parameters] == ["id"]
    assert any("path parameter 'id' is not declared" in d.message for d in report.warnings)


def test_query_string_in_a_path_key_is_dropped_with_a_warning(tmp_path: Path) -> None:
    report = Report()
    path = tmp_path / "spec.yaml"
    path.write_text(
        yaml.safe_dump(
            oas3(paths={"/a?x=1": {"get": {"responses": {"200": {"description": "ok"}}}}})
        )
    )
    api = load_api(path, report)[1]
    assert api.operations[0].path == "/a"
    assert any("query string" in d.message for d in report.warnings)


def test_schemas_in_other_files_become_named_types(tmp_path: Path) -> None:
    (tmp_path / "common.yaml").write_text(
        "Money:\n  type: object\n  required: [amount]\n  properties:\n"
        "    amount: {type: number}\n    next: {$ref: '#/Money'}\n"
    )
    spec = oas3(
        paths={
            "/m": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "common.yaml#/Money"}}
                            },
                        }
                    }
                }
            }
        }
    )
    api = api_of(tmp_path, spec)
    money = api.types_by_name["Money"]
    assert isinstance(money, ObjectType)
    assert money.properties[1].type == NamedRef(name="Money")
    assert api.operations[0].responses[0].contents[0].type == NamedRef(name="Money")
