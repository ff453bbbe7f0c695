"""API Gateway's export quirks are absorbed by the normalizer (and the runtime's URL joining)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from sdkgen.ir import BodyKind, SecurityKind
from tests.unit.test_normalize import api_of

RUNTIME = Path(__file__).resolve().parents[2] / "templates" / "python" / "%package" / "_runtime.py"


def gateway_spec(**extra: Any) -> dict[str, Any]:
    return {
        "swagger": "2.0",
        "info": {"title": "G", "version": "1.0.0"},
        "host": "x1.execute-api.eu-west-1.amazonaws.com",
        "basePath": "/dev",
        "securityDefinitions": {
            "api_key": {"type": "apiKey", "name": "x-api-key", "in": "header"},
        },
        "paths": {
            "/things": {
                "get": {
                    "security": [{"api_key": []}],
                    "responses": {"200": {"description": "ok"}},
                },
                "post": {
                    "x-amazon-apigateway-auth": {"type": "AWS_IAM"},
                    "consumes": ["image/png"],
                    "parameters": [
                        {"name": "b", "in": "body", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {"200": {"description": "ok"}},
                },
            }
        },
        **extra,
    }


def test_api_key_source_authorizer_means_clients_send_no_key(tmp_path: Path) -> None:
    api = api_of(tmp_path, gateway_spec(**{"x-amazon-apigateway-api-key-source": "AUTHORIZER"}))
    get = next(op for op in api.operations if op.method == "get")
    assert get.security is not None and [r.schemes for r in get.security] == [()]


def test_api_key_source_header_keeps_the_key(tmp_path: Path) -> None:
    api = api_of(tmp_path, gateway_spec(**{"x-amazon-apigateway-api-key-source": "HEADER"}))
    get = next(op for op in api.operations if op.method == "get")
    assert [r.schemes for r in get.security or ()] == [(("api_key", ()),)]


def test_operation_level_aws_iam_is_sigv4(tmp_path: Path) -> None:
    api = api_of(tmp_path, gateway_spec())
    post = next(op for op in api.operations if op.method == "post")
    ((scheme_name, _),) = (post.security or ())[0].schemes
    scheme = next(s for s in api.security_schemes if s.name == scheme_name)
    assert scheme.kind is SecurityKind.AWS_SIGV4


def test_binary_media_types_make_bodies_bytes(tmp_path: Path) -> None:
    api = api_of(tmp_path, gateway_spec(**{"x-amazon-apigateway-binary-media-types": ["image/*"]}))
    post = next(op for op in api.operations if op.method == "post")
    assert post.request_body is not None
    assert post.request_body.contents[0].kind is BodyKind.BINARY


@pytest.mark.parametrize("base_path", ["/dev", "dev", "/dev/"])
def test_swagger_base_path_becomes_the_stage(tmp_path: Path, base_path: str) -> None:
    api = api_of(tmp_path, gateway_spec(basePath=base_path))
    (server,) = api.servers
    assert server.url == "https://x1.execute-api.eu-west-1.amazonaws.com/{stage}"
    assert [(v.name, v.default) for v in server.variables] == [("stage", "dev")]


@pytest.mark.parametrize("default", ["dev", "/dev", "/dev/"])
def test_openapi_base_path_variable_becomes_the_stage(tmp_path: Path, default: str) -> None:
    spec = {
        "openapi": "3.0.1",
        "info": {"title": "G", "version": "1.0.0"},
        "servers": [
            {
                "url": "https://x1.execute-api.eu-west-1.amazonaws.com/{basePath}",
                "variables": {"basePath": {"default": default}},
            }
        ],
        "paths": {},
    }
    (server,) = api_of(tmp_path, spec).servers
    assert [(v.name, v.default) for v in server.variables] == [("stage", "dev")]


def _runtime() -> Any:
    spec = importlib.util.spec_from_file_location("sdkgen_test_runtime", RUNTIME)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while decorating
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("stage", ["prod", "/prod", "prod/", ""])
def test_server_urls_never_get_a_double_slash(stage: str) -> None:
    url = _runtime().server_url("https://h.example.com/{stage}", {"stage": stage})
    assert "//" not in url.split("://", 1)[1]
    assert url in ("https://h.example.com/prod", "https://h.example.com")
