"""`sdkgen diff` rules, each on a small inline spec: what changed, how it is classed, where it is.

Every test starts from `base()`, changes one thing, and checks the (impact, rule) pairs the diff
reports, so a rule that starts firing elsewhere shows up as an unexpected extra pair.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from sdkgen.build import Report, load_api
from sdkgen.diff import ApiDiff, diff_apis, diff_specs
from sdkgen.diff_model import Impact
from sdkgen.versioning import Bump
from tests.golden import APIGATEWAY

B, N, D = Impact.BREAKING, Impact.NON_BREAKING, Impact.DOCS


def base() -> dict[str, Any]:
    """A tiny pet API: one request model, one response model, one enum used both ways."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1.0.0"},
        "servers": [
            {"url": "https://api.example.com/{stage}", "variables": {"stage": {"default": "v1"}}}
        ],
        "components": {
            "securitySchemes": {
                "key": {"type": "apiKey", "in": "header", "name": "x-api-key"},
                "bearer": {"type": "http", "scheme": "bearer"},
            },
            "schemas": {
                "Pet": {
                    "type": "object",
                    "required": ["id", "name", "kind"],
                    "properties": {
                        "id": {"type": "integer"},
                        "name": {"type": "string"},
                        "kind": {"$ref": "#/components/schemas/Kind"},
                        "tag": {"type": "string"},
                    },
                },
                "NewPet": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "kind": {"$ref": "#/components/schemas/Kind"},
                        "weight": {"type": "integer"},
                    },
                },
                "Kind": {"type": "string", "enum": ["cat", "dog"]},
            },
        },
        "security": [{"key": []}],
        "paths": {
            "/pets": {
                "get": {
                    "operationId": "listPets",
                    "tags": ["pets"],
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": {"200": _json({"type": "array", "items": _ref("Pet")})},
                },
                "post": {
                    "operationId": "createPet",
                    "tags": ["pets"],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": _ref("NewPet")}},
                    },
                    "responses": {"201": _json(_ref("Pet"))},
                },
            },
            "/pets/{petId}": {
                "get": {
                    "operationId": "getPet",
                    "tags": ["pets"],
                    "parameters": [
                        {
                            "name": "petId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": _json(_ref("Pet")),
                        "404": _json(
                            {"type": "object", "properties": {"message": {"type": "string"}}}
                        ),
                    },
                }
            },
        },
    }


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "ok", "content": {"application/json": {"schema": schema}}}


def diff(tmp_path: Path, old: dict[str, Any], new: dict[str, Any], **options: Any) -> ApiDiff:
    (tmp_path / "old.json").write_text(json.dumps(old))
    (tmp_path / "new.json").write_text(json.dumps(new))
    return diff_specs(tmp_path / "old.json", tmp_path / "new.json", Report(), **options)


def found(result: ApiDiff) -> list[tuple[Impact, str]]:
    return [(c.impact, c.rule) for c in result.changes]


def changed(tmp_path: Path, edit: Any) -> ApiDiff:
    new = base()
    edit(new)
    return diff(tmp_path, base(), new)


SCHEMAS = ("components", "schemas")


def schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"][name]
    return result


def op(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    result: dict[str, Any] = spec["paths"][path][method]
    return result


# ---- the orders API, v1 -> v2 and across formats ----------------------------------------------


def test_orders_v1_to_v2_reports_exactly_the_five_documented_changes() -> None:
    result = diff_specs(
        APIGATEWAY / "orders-oas30.json",
        APIGATEWAY / "orders-oas30-v2.json",
        Report(),
        old_version="1.1.1",
    )
    assert [(c.impact, c.rule, c.old_pointer, c.new_pointer) for c in result.changes] == [
        (D, "info-version-changed", "/info/version", "/info/version"),
        (B, "operation-removed", "/paths/~1orders~1{orderId}/delete", None),
        (N, "operation-added", None, "/paths/~1orders~1{orderId}~1ship/post"),
        (N, "property-added", None, "/components/schemas/NewOrder/properties/giftMessage"),
        (
            B,
            "property-type-changed",
            "/components/schemas/Order/properties/createdAt",
            "/components/schemas/Order/properties/createdAt",
        ),
        (
            N,
            "enum-value-added",
            "/components/schemas/OrderStatus",
            "/components/schemas/OrderStatus/enum/4",
        ),
    ]
    enum_change = result.changes[-1]
    # OrderStatus is read in Order.status and sent in OrderUpdate.status: adding a value is safe
    # both ways (clients never sent it; generated clients decode unknown values)
    assert enum_change.message.startswith("request and response enum OrderStatus: value 'REFUNDED'")
    assert result.bump is Bump.MAJOR
    assert str(result.suggested_version) == "2.0.0"


def test_swagger2_and_openapi3_exports_of_one_api_show_no_change() -> None:
    result = diff_specs(
        APIGATEWAY / "orders-swagger2.json", APIGATEWAY / "orders-oas30.json", Report()
    )
    assert result.changes == ()
    assert result.bump is Bump.NONE


def test_swagger2_pointers_point_into_the_swagger2_file() -> None:
    result = diff_specs(
        APIGATEWAY / "orders-swagger2.json", APIGATEWAY / "orders-oas30-v2.json", Report()
    )
    created = next(c for c in result.changes if c.rule == "property-type-changed")
    assert created.old_pointer == "/definitions/Order/properties/createdAt"
    assert created.new_pointer == "/components/schemas/Order/properties/createdAt"


def test_without_documents_the_ir_diff_still_works_with_operation_pointers(tmp_path: Path) -> None:
    old = load_api(APIGATEWAY / "orders-oas30.json", Report())[1]
    new = load_api(APIGATEWAY / "orders-oas30-v2.json", Report())[1]
    result = diff_apis(old, new)
    assert len(result.breaking) == 2
    assert result.breaking[0].old_pointer == "/paths/~1orders~1{orderId}/delete"
    assert result.suggested_version is None


# ---- operations: identity ------------------------------------------------------------------


def test_renamed_operation_id_at_the_same_call_is_a_breaking_rename(tmp_path: Path) -> None:
    result = changed(
        tmp_path, lambda s: op(s, "/pets/{petId}", "get").update(operationId="fetchPet")
    )
    assert ("operation-id-changed" in [r for _, r in found(result)]) and result.bump is Bump.MAJOR
    rename = next(c for c in result.changes if c.rule == "operation-id-changed")
    assert rename.impact is B
    assert rename.old_pointer == rename.new_pointer == "/paths/~1pets~1{petId}/get"
    assert "operation-removed" not in [r for _, r in found(result)]


def test_moved_path_with_the_same_id_is_a_breaking_path_change(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/animals/{petId}"] = spec["paths"].pop("/pets/{petId}")

    result = changed(tmp_path, edit)
    assert found(result) == [(B, "operation-path-changed")]
    assert result.changes[0].new_pointer == "/paths/~1animals~1{petId}/get"


def test_renamed_path_parameter_is_not_a_moved_path(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        item = spec["paths"].pop("/pets/{petId}")
        item["get"]["parameters"][0]["name"] = "id"
        spec["paths"]["/pets/{id}"] = item

    assert found(changed(tmp_path, edit)) == [(B, "parameter-renamed")]


def test_changed_tag_moves_the_method_to_another_group(tmp_path: Path) -> None:
    result = changed(tmp_path, lambda s: op(s, "/pets", "get").update(tags=["animals"]))
    assert found(result) == [(B, "operation-group-changed")]


def test_removed_and_added_operations(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        del spec["paths"]["/pets"]["post"]
        spec["paths"]["/pets/{petId}"]["delete"] = {
            "operationId": "deletePet",
            "tags": ["pets"],
            "parameters": [
                {"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {"204": {"description": "gone"}},
        }

    result = changed(tmp_path, edit)
    assert found(result) == [(B, "operation-removed"), (N, "operation-added")]


def test_deprecation_and_descriptions(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        op(spec, "/pets", "get").update(deprecated=True, summary="All pets")
        schema(spec, "Pet")["properties"]["tag"]["description"] = "A label"

    result = changed(tmp_path, edit)
    assert sorted(found(result), key=str) == sorted(
        [
            (N, "operation-deprecated"),
            (D, "operation-description-changed"),
            (D, "property-description-changed"),
        ],
        key=str,
    )
    assert result.bump is Bump.MINOR


def test_docs_only_is_a_patch(tmp_path: Path) -> None:
    result = changed(tmp_path, lambda s: s["info"].update(description="Now documented"))
    assert found(result) == [(D, "info-description-changed")]
    assert result.bump is Bump.PATCH


# ---- parameters ----------------------------------------------------------------------------


def _limit(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = op(spec, "/pets", "get")["parameters"][0]
    return result


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda p: p.update(required=True), [(B, "parameter-became-required")]),
        (lambda p: p.update(schema={"type": "number"}), [(N, "parameter-type-changed")]),
        (lambda p: p.update(schema={"type": "string"}), [(B, "parameter-type-changed")]),
        (lambda p: p.update({"in": "header"}), [(B, "parameter-moved")]),
        (lambda p: p.update(style="spaceDelimited"), [(B, "parameter-serialization-changed")]),
        (lambda p: p.update(deprecated=True), [(N, "parameter-deprecated")]),
        (lambda p: p.update(description="How many"), [(D, "parameter-description-changed")]),
    ],
    ids=["required", "widened", "changed", "moved", "style", "deprecated", "description"],
)
def test_parameter_changes(tmp_path: Path, edit: Any, expected: list[tuple[Impact, str]]) -> None:
    assert found(changed(tmp_path, lambda s: edit(_limit(s)))) == expected


def test_narrowed_parameter_type_breaks(tmp_path: Path) -> None:
    old, new = base(), base()
    _limit(old)["schema"] = {"type": "number"}
    assert found(diff(tmp_path, old, new)) == [(B, "parameter-type-changed")]


def test_added_and_removed_parameters(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        op(spec, "/pets", "get")["parameters"] = [
            {"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}},
            {"name": "sort", "in": "query", "schema": {"type": "string"}},
        ]

    assert found(changed(tmp_path, edit)) == [
        (B, "parameter-removed"),
        (B, "parameter-added-required"),
        (N, "parameter-added"),
    ]


# ---- request and response models -------------------------------------------------------------


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda m: m["properties"].update(color={"type": "string"}), [(N, "property-added")]),
        (
            lambda m: (
                m["properties"].update(color={"type": "string"}),
                m["required"].append("color"),
            ),
            [(B, "property-added-required")],
        ),
        (lambda m: m["properties"].pop("weight"), [(B, "property-removed")]),
        (lambda m: m["properties"]["weight"].update(type="string"), [(B, "property-type-changed")]),
        (lambda m: m["properties"]["weight"].update(type="number"), [(N, "property-type-changed")]),
        (
            lambda m: m["properties"]["weight"].update(nullable=True),
            [(N, "property-became-nullable")],
        ),
        (lambda m: m["required"].append("weight"), [(B, "property-became-required")]),
        (lambda m: m.pop("required"), [(N, "property-became-optional")]),
    ],
    ids=[
        "optional-added",
        "required-added",
        "removed",
        "changed",
        "widened",
        "nullable",
        "required",
        "optional",
    ],
)
def test_request_model_changes(
    tmp_path: Path, edit: Any, expected: list[tuple[Impact, str]]
) -> None:
    assert found(changed(tmp_path, lambda s: edit(schema(s, "NewPet")))) == expected


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda m: m["properties"].update(color={"type": "string"}), [(N, "property-added")]),
        (
            lambda m: (
                m["properties"].update(color={"type": "string"}),
                m["required"].append("color"),
            ),
            [(N, "property-added")],
        ),
        (lambda m: m["properties"].pop("tag"), [(B, "property-removed")]),
        (lambda m: m["properties"]["id"].update(type="number"), [(B, "property-type-changed")]),
        (lambda m: m["properties"]["id"].update(nullable=True), [(B, "property-became-nullable")]),
        (lambda m: m["required"].remove("name"), [(B, "property-became-optional")]),
        (lambda m: m["required"].append("tag"), [(N, "property-became-required")]),
        (
            lambda m: m["properties"]["id"].update(format="date-time", type="string"),
            [(B, "property-type-changed")],
        ),
    ],
    ids=[
        "optional-added",
        "required-added",
        "removed",
        "widened",
        "nullable",
        "optional",
        "required",
        "format",
    ],
)
def test_response_model_changes(
    tmp_path: Path, edit: Any, expected: list[tuple[Impact, str]]
) -> None:
    assert found(changed(tmp_path, lambda s: edit(schema(s, "Pet")))) == expected


def test_enum_values_by_direction(tmp_path: Path) -> None:
    added = changed(tmp_path, lambda s: schema(s, "Kind")["enum"].append("fish"))
    assert found(added) == [(N, "enum-value-added")]
    assert added.changes[0].new_pointer == "/components/schemas/Kind/enum/2"
    removed = changed(tmp_path, lambda s: schema(s, "Kind")["enum"].remove("dog"))
    assert found(removed) == [(B, "enum-value-removed")]
    assert removed.changes[0].old_pointer == "/components/schemas/Kind/enum/1"


def test_renamed_schema_is_one_breaking_change_not_one_per_use(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas = spec["components"]["schemas"]
        schemas["Animal"] = schemas.pop("Pet")
        text = json.dumps(spec).replace('schemas/Pet"', 'schemas/Animal"')
        spec.clear()
        spec.update(json.loads(text))

    result = changed(tmp_path, edit)
    assert found(result) == [(B, "type-renamed")]
    assert result.changes[0].old_pointer == "/components/schemas/Pet"
    assert result.changes[0].new_pointer == "/components/schemas/Animal"


def test_recursive_types_compare_and_rename(tmp_path: Path) -> None:
    def tree(name: str) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {
                "label": {"type": "string"},
                "children": {"type": "array", "items": _ref(name)},
            },
        }

    old, new = base(), base()
    schema(old, "Pet")["properties"]["family"] = _ref("Node")
    old["components"]["schemas"]["Node"] = tree("Node")
    schema(new, "Pet")["properties"]["family"] = _ref("TreeNode")
    new["components"]["schemas"]["TreeNode"] = tree("TreeNode")
    assert found(diff(tmp_path, old, new)) == [(B, "type-renamed")]
    new["components"]["schemas"]["TreeNode"]["properties"]["label"]["type"] = "integer"
    assert found(diff(tmp_path, old, new)) == [
        (B, "type-removed"),
        (B, "property-type-changed"),
        (N, "type-added"),
    ]


def test_unused_schema_removed_still_breaks_imports(tmp_path: Path) -> None:
    old = base()
    old["components"]["schemas"]["Legacy"] = {
        "type": "object",
        "properties": {"x": {"type": "string"}},
    }
    assert found(diff(tmp_path, old, base())) == [(B, "type-removed")]


# ---- bodies and responses ------------------------------------------------------------------


def test_request_media_type_removed_and_added(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        content = op(spec, "/pets", "post")["requestBody"]["content"]
        content["application/x-www-form-urlencoded"] = content.pop("application/json")

    assert found(changed(tmp_path, edit)) == [
        (B, "request-media-type-removed"),
        (N, "request-media-type-added"),
    ]


def test_request_body_optional_to_required(tmp_path: Path) -> None:
    old, new = base(), base()
    op(old, "/pets", "post")["requestBody"]["required"] = False
    assert found(diff(tmp_path, old, new)) == [(B, "request-body-became-required")]
    assert found(diff(tmp_path, new, old)) == [(N, "request-body-became-optional")]


def test_response_changes(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        responses = op(spec, "/pets/{petId}", "get")["responses"]
        del responses["404"]
        responses["202"] = {"description": "accepted"}
        responses["200"]["content"]["application/xml"] = {"schema": _ref("Pet")}

    assert found(changed(tmp_path, edit)) == [
        (N, "response-media-type-added"),
        (B, "response-removed"),
        (B, "response-added"),
        (B, "type-removed"),  # the 404's inline model was a generated class too
    ]


def test_error_response_added_is_not_breaking(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        op(spec, "/pets", "get")["responses"]["429"] = {"description": "slow down"}

    assert found(changed(tmp_path, edit)) == [(N, "response-added")]


# ---- security and servers ------------------------------------------------------------------


def test_security_needing_new_credentials_breaks(tmp_path: Path) -> None:
    result = changed(tmp_path, lambda s: op(s, "/pets", "get").update(security=[{"bearer": []}]))
    assert found(result) == [(B, "security-requirement-changed")]
    assert "key" in result.changes[0].message and "bearer" in result.changes[0].message


def test_security_with_another_alternative_or_none_is_relaxed(tmp_path: Path) -> None:
    result = changed(
        tmp_path, lambda s: op(s, "/pets", "get").update(security=[{"key": []}, {"bearer": []}])
    )
    assert found(result) == [(N, "security-requirement-relaxed")]
    assert found(changed(tmp_path, lambda s: op(s, "/pets", "get").update(security=[]))) == [
        (N, "security-requirement-relaxed")
    ]


def test_default_security_change_is_reported_once(tmp_path: Path) -> None:
    result = changed(tmp_path, lambda s: s.update(security=[{"key": [], "bearer": []}]))
    assert found(result) == [(B, "security-requirement-changed")]
    assert result.changes[0].old_pointer == "/security"


def test_renamed_scheme_with_the_same_credential(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemes = spec["components"]["securitySchemes"]
        schemes["apiKey"] = schemes.pop("key")
        spec["security"] = [{"apiKey": []}]

    assert found(changed(tmp_path, edit)) == [(N, "security-scheme-renamed")]


def test_renamed_scheme_breaks_when_the_client_argument_is_named_after_it(tmp_path: Path) -> None:
    old, new = base(), base()
    for spec in (old, new):
        spec["components"]["securitySchemes"]["partner"] = {
            "type": "apiKey",
            "in": "header",
            "name": "x-partner",
        }
    schemes = new["components"]["securitySchemes"]
    schemes["apiKey"] = schemes.pop("key")
    new["security"] = [{"apiKey": []}]
    assert found(diff(tmp_path, old, new)) == [(B, "security-scheme-renamed")]


def test_changed_scheme_definition_breaks_once(tmp_path: Path) -> None:
    result = changed(
        tmp_path, lambda s: s["components"]["securitySchemes"]["key"].update(name="x-key")
    )
    assert found(result) == [(B, "security-scheme-changed")]


def test_server_changes(tmp_path: Path) -> None:
    url = changed(tmp_path, lambda s: s["servers"][0].update(url="https://api.example.org/{stage}"))
    assert found(url) == [(B, "server-url-changed")]
    assert url.changes[0].old_pointer == "/servers/0"
    default = changed(
        tmp_path, lambda s: s["servers"][0]["variables"]["stage"].update(default="v2")
    )
    assert found(default) == [(B, "server-variable-default-changed")]


# ---- versions ------------------------------------------------------------------------------


def test_suggested_versions(tmp_path: Path) -> None:
    new = base()
    schema(new, "Kind")["enum"].append("fish")
    assert str(diff(tmp_path, base(), new).suggested_version) == "1.1.0"  # from info.version
    result = diff(tmp_path, base(), new, old_version="2.3.4")
    assert (result.bump, str(result.suggested_version)) == (Bump.MINOR, "2.4.0")
    prerelease = diff(tmp_path, base(), base(), old_version="3.0.0-rc.1")
    assert (prerelease.bump, str(prerelease.suggested_version)) == (Bump.NONE, "3.0.0-rc.1")


def test_base_spec_is_unchanged_against_itself(tmp_path: Path) -> None:
    assert diff(tmp_path, base(), copy.deepcopy(base())).changes == ()


def test_union_variants_by_direction(tmp_path: Path) -> None:
    def with_union(variants: list[str], where: str) -> dict[str, Any]:
        spec = base()
        spec["components"]["schemas"]["Cat"] = {
            "type": "object",
            "properties": {"meow": {"type": "string"}},
        }
        spec["components"]["schemas"]["Dog"] = {
            "type": "object",
            "properties": {"bark": {"type": "string"}},
        }
        spec["components"]["schemas"]["Bird"] = {"type": "object", "properties": {}}
        spec["components"]["schemas"]["Animal"] = {"oneOf": [_ref(v) for v in variants]}
        schema(spec, where)["properties"]["animal"] = _ref("Animal")
        return spec

    two, three = ["Cat", "Dog"], ["Cat", "Dog", "Bird"]
    read = diff(tmp_path, with_union(two, "Pet"), with_union(three, "Pet"))
    assert found(read) == [(B, "union-variant-added")]
    sent = diff(tmp_path, with_union(two, "NewPet"), with_union(three, "NewPet"))
    assert found(sent) == [(N, "union-variant-added")]
    narrowed = diff(tmp_path, with_union(three, "NewPet"), with_union(two, "NewPet"))
    assert found(narrowed) == [(B, "union-variant-removed")]


def test_response_header_and_server_variable_removed(tmp_path: Path) -> None:
    old, new = base(), base()
    op(old, "/pets", "get")["responses"]["200"]["headers"] = {
        "X-Next": {"schema": {"type": "string"}}
    }
    old["servers"][0]["variables"]["region"] = {"default": "eu"}
    old["servers"][0]["url"] = new["servers"][0]["url"] = "https://{region}.example.com/{stage}"
    result = diff(tmp_path, old, new)
    assert found(result) == [(B, "server-variable-removed"), (B, "response-header-removed")]
    header = result.changes[1]
    assert header.old_pointer == "/paths/~1pets/get/responses/200"
