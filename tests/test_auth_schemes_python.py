"""Standard security schemes in generated Python clients: basic, bearer, query and cookie keys."""

from __future__ import annotations

import base64
import importlib
import sys
from typing import Any

import pytest
import yaml

from sdkgen.build import build
from tests.support.server import Reply, serving

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Schemes", "version": "1.0.0"},
    "servers": [{"url": "https://schemes.example.com"}],
    "security": [{"bearer": []}],
    "components": {
        "securitySchemes": {
            "basic": {"type": "http", "scheme": "basic"},
            "bearer": {"type": "http", "scheme": "bearer"},
            "queryKey": {"type": "apiKey", "in": "query", "name": "api_key"},
            "cookieKey": {"type": "apiKey", "in": "cookie", "name": "session"},
            "oauth": {"type": "oauth2", "flows": {"implicit": {
                "authorizationUrl": "https://example.com/auth", "scopes": {"read": "r"}}}},
        }
    },
    "paths": {
        path: {"get": {**security, "responses": {"204": {"description": "-"}}}}
        for path, security in [
            ("/basic", {"security": [{"basic": []}]}),
            ("/default", {}),
            ("/query", {"security": [{"queryKey": []}]}),
            ("/cookie", {"security": [{"cookieKey": []}]}),
            ("/public", {"security": []}),
            ("/optional", {"security": [{}, {"queryKey": []}]}),
        ]
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def schemes(tmp_path_factory: pytest.TempPathFactory) -> Any:
    work = tmp_path_factory.mktemp("schemes")
    (work / "spec.yaml").write_text(yaml.safe_dump(SPEC))
    build(work / "spec.yaml", lang="python", out=work / "pkg", name="auth schemes")
    sys.path.insert(0, str(work / "pkg"))
    try:
        return importlib.import_module("auth_schemes_v1")
    finally:
        sys.path.remove(str(work / "pkg"))


def test_each_scheme_puts_its_credential_where_the_spec_says(schemes: Any) -> None:
    routes = {
        ("GET", path): Reply(204)
        for path in ["/basic", "/default", "/query", "/cookie", "/public", "/optional"]
    }
    with serving(routes) as server:
        with schemes.Client(
            base_url=server.url,
            username="ann",
            password="pw:1",
            bearer_token=lambda: "tok-1",
            query_key_api_key="qk",
            cookie_key_api_key="ck",
        ) as client:
            for call in ("basic", "default", "query", "cookie", "public", "optional"):
                getattr(getattr(client, call), f"get_{call}")()
        seen = {r.path: r for r in server.take()}
    assert (
        seen["/basic"].headers["authorization"] == "Basic " + base64.b64encode(b"ann:pw:1").decode()
    )
    assert seen["/default"].headers["authorization"] == "Bearer tok-1"
    assert seen["/query"].query == [("api_key", "qk")]
    assert seen["/cookie"].headers["cookie"] == "session=ck"
    assert "authorization" not in seen["/public"].headers
    assert seen["/optional"].query == []  # the empty requirement: anonymous is fine


def test_oauth2_is_a_bearer_token_too(schemes: Any) -> None:
    assert "oauth_token" in schemes.Client.__init__.__code__.co_varnames


def test_missing_credentials_name_the_argument(schemes: Any) -> None:
    with schemes.Client(base_url="http://127.0.0.1:9") as client:
        with pytest.raises(schemes.MissingCredentialsError, match="pass username= to the client"):
            client.basic.get_basic()
