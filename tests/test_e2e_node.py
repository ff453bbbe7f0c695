"""Generate the petstore Node client, `npm pack` it, install the tarball, call every operation.

The calls run under `node --test` (tests/e2e/node/petstore.test.mjs, which checks what each call
returned or threw) against the same loopback server and routes as the Python end-to-end test;
this module then checks what the server received. The test file is type-checked against the
installed package's declarations as well.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from urllib.parse import unquote

import pytest

from tests.support.node import install, node_test, npm_pack, tsc
from tests.support.packages import SPECS, generate
from tests.support.server import Received, Reply, serving
from tests.test_e2e_python import PET, ROUTES

NODE_TESTS = Path(__file__).parent / "e2e" / "node"


def _slow(request: Received) -> Reply:
    time.sleep(2)
    return Reply(200, PET)


# The Python test's routes, plus a pet that takes too long (for timeouts and aborts).
NODE_ROUTES = {**ROUTES, ("GET", "/v1/pets/999"): _slow}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch npm project with the packed petstore client installed, and the test file."""
    work = tmp_path_factory.mktemp("petstore-node")
    package = generate(SPECS / "petstore-oas30.yaml", work / "petstore-v1", lang="node")
    tarball = npm_pack(package, work / "dist")
    project = install(work / "project", tarball)
    shutil.copy(NODE_TESTS / "petstore.test.mjs", project)
    return project


@pytest.fixture(scope="module")
def received(project: Path) -> list[Received]:
    with serving(NODE_ROUTES) as server:
        node_test(
            project / "petstore.test.mjs",
            cwd=project,
            env={"SDKGEN_SERVER_URL": server.url + "/v1"},
        )
        return [r for r in server.take() if r.headers.get("x-client") == "node"]


def _one(received: list[Received], method: str, path: str) -> Received:
    found = [r for r in received if r.method == method and r.path == path]
    assert found, f"no {method} {path} among {[(r.method, r.path) for r in received]}"
    return found[0]


def test_the_tarball_holds_only_the_package(project: Path) -> None:
    installed = project / "node_modules" / "petstore-v1"
    files = sorted(p.relative_to(installed).as_posix() for p in installed.rglob("*") if p.is_file())
    assert "package.json" in files and "README.md" in files and "index.d.ts" in files
    assert all(f.endswith((".js", ".d.ts", ".json", ".md")) for f in files), files
    assert not (installed / "node_modules").exists()


def test_the_test_file_type_checks_against_the_package(project: Path) -> None:
    result = tsc("--allowJs", "--checkJs", "petstore.test.mjs", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_call_went_out_once_with_its_headers(received: list[Received]) -> None:
    assert len(received) >= 15
    assert all(r.headers["x-client"] == "node" for r in received)
    called = {(r.method, r.path) for r in received}
    for route in ROUTES:
        assert route in called, route


def test_query_path_header_and_cookie_serialization(received: list[Received]) -> None:
    listing = _one(received, "GET", "/v1/pets")
    assert listing.raw_query == "limit=5&tags=a&tags=b%20c&status=pending"
    assert listing.headers["x-trace-id"] == "t-1"
    assert listing.headers["accept"] == "application/json"
    search = _one(received, "GET", "/v1/pets/search")
    assert (
        search.raw_query == "q=fluffy%2F%C3%A4&ids=1,2&filter%5Bcolor%5D=red&filter%5BminAge%5D=2"
    )
    assert search.query == [
        ("q", "fluffy/ä"),
        ("ids", "1,2"),
        ("filter[color]", "red"),
        ("filter[minAge]", "2"),
    ]
    assert search.headers["cookie"] == "session=s%201"
    get = _one(received, "GET", "/v1/pets/7")
    assert get.body == b"" and "content-type" not in get.headers
    calls = [r for r in received if (r.method, r.path) == ("GET", "/v1/pets/7")]
    assert any(r.headers.get("x-call") == "yes" for r in calls)


def test_bodies_on_the_wire(received: list[Received]) -> None:
    creates = [r for r in received if (r.method, r.path) == ("POST", "/v1/pets")]
    assert creates[0].headers["content-type"] == "application/json"
    assert creates[0].json() == {"name": 'Rex "the dog"', "tag": "good", "status": "available"}
    update = _one(received, "PUT", "/v1/pets/7")
    assert update.json() == {
        "id": 7,
        "name": "Rex",
        "owner": None,
        "attributes": {"colour": "brown"},
    }
    order = _one(received, "POST", "/v1/store/orders")
    assert order.headers["content-type"] == "application/x-www-form-urlencoded"
    assert order.body == b"petId=7&quantity=2&note=asap%20%26%20soon"
    upload = _one(received, "POST", "/v1/pets/7/photo")
    assert upload.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="caption"\r\n\r\nme\r\n' in upload.body
    assert b'name="file"; filename="file"' in upload.body and b"\x89PNG\x00" in upload.body
    assert b"Content-Type: application/octet-stream" in upload.body
    note = _one(received, "POST", "/v1/store/notes")
    assert (note.headers["content-type"], note.body) == ("text/plain", b"hello\nworld")
    delete = _one(received, "DELETE", "/v1/pets/7")
    assert unquote(delete.path) == "/v1/pets/7" and delete.body == b""
    photo = _one(received, "GET", "/v1/pets/7/photo")
    assert photo.headers["accept"] == "image/png"
