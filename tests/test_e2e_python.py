"""Generate the petstore client, install it into a fresh venv, call every operation for real.

The server is a real HTTP server on loopback. Each call's request is checked as the server
received it, and each result as the client returned it (typed models, typed errors).
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

import pytest

from tests.support.packages import SPECS, FreshVenv, generate
from tests.support.server import Received, Reply, serving

PET = {
    "id": 7,
    "name": "Rex",
    "status": "available",
    "birthDate": "2020-02-29",
    "owner": {"name": "Ann", "email": None},
    "children": [{"id": 8, "name": "Pup"}],
    "microchip": "x-123",
}


def _pet_or_missing(request: Received) -> Reply:
    if request.path.endswith("/404"):
        return Reply(404, {"code": 404, "message": "no such pet"}, {"x-amzn-RequestId": "r-1"})
    return Reply(200, PET)


def _order(request: Received) -> Reply:
    if b"petId=503" in request.body:
        return Reply(503, {"code": 503, "message": "store closed"})
    return Reply(
        200,
        {
            "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "petId": 7,
            "quantity": 2,
            "shipDate": "2024-05-01T10:00:00Z",
            "status": "lost-in-transit",
            "note": None,
        },
    )


def _list(request: Received) -> Reply:
    if ("limit", "0") in request.query:
        return Reply(500, {"code": 500, "message": "boom"})
    return Reply(200, [PET], {"X-Next": "page-2"})


def _create(request: Received) -> Reply:
    if request.json().get("name") == "":
        return Reply(400, {"message": "invalid", "fields": {"name": "empty"}})
    return Reply(201, {**request.json(), "id": 9})


ROUTES = {
    ("GET", "/v1/pets"): _list,
    ("POST", "/v1/pets"): _create,
    ("GET", "/v1/pets/7"): _pet_or_missing,
    ("GET", "/v1/pets/404"): _pet_or_missing,
    ("PUT", "/v1/pets/7"): lambda r: Reply(200, r.json()),
    ("DELETE", "/v1/pets/7"): Reply(204),
    ("GET", "/v1/pets/7/photo"): Reply(200, b"\x89PNG\r\n", {"Content-Type": "image/png"}),
    ("POST", "/v1/pets/7/photo"): Reply(200, {"size": 5, "caption": "me"}),
    (
        "GET",
        "/v1/pets/search",
    ): Reply(
        200,
        {
            "results": [
                {"petType": "cat", "name": "Tom", "indoor": True},
                {"petType": "dog", "name": "Rex", "barkVolume": 11},
            ],
            "total": 2,
        },
    ),
    ("POST", "/v1/store/orders"): _order,
    ("GET", "/v1/store/inventory"): Reply(200, {"available": 3, "sold": 1}),
    ("POST", "/v1/store/notes"): lambda r: Reply(
        200, r.body.decode(), {"Content-Type": "text/plain"}
    ),
}


@pytest.fixture(scope="module")
def petstore_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, list[Received]]:
    work = tmp_path_factory.mktemp("petstore")
    package = generate(SPECS / "petstore-oas30.yaml", work / "petstore-v1")
    env = FreshVenv(work / "venv")
    env.install(package)
    with serving(ROUTES) as server:
        result = env.run(Path(__file__).parent / "e2e" / "petstore_client.py", server.url + "/v1")
        received = server.take()
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), received


def _requests(received: list[Received], client: str) -> list[Received]:
    return [r for r in received if r.headers.get("x-client") == client]


def _comparable(request: Received) -> tuple[str, str, str, bytes]:
    """A request without its random multipart boundary."""
    body = request.body
    content_type = request.headers.get("content-type", "")
    if "boundary=" in content_type:
        body = body.replace(content_type.split("boundary=", 1)[1].encode(), b"BOUNDARY")
    return request.method, request.path, request.raw_query, body


def test_sync_and_async_send_the_same_requests(petstore_run):
    _, received = petstore_run
    sync = [_comparable(r) for r in _requests(received, "sync")]
    asynchronous = [_comparable(r) for r in _requests(received, "async")]
    assert asynchronous == sync[: len(asynchronous)]
    # 15 calls; the 500 of list_pets(limit=0) is retried twice (GET), the 503 of a POST is not
    assert len(asynchronous) == 17
    assert [r.raw_query for r in _requests(received, "async")].count("limit=0") == 3
    assert sum(b"petId=503" in r.body for r in _requests(received, "async")) == 1


def test_sync_and_async_return_the_same(petstore_run):
    output, _ = petstore_run
    sync = {k: v for k, v in output["sync"].items() if k not in ("typed", "unreachable")}
    assert output["async"] == sync


def test_query_path_header_and_cookie_serialization(petstore_run):
    _, received = petstore_run
    calls = _requests(received, "sync")
    listing = calls[0]
    assert (listing.method, listing.path) == ("GET", "/v1/pets")
    assert listing.query == [("limit", "5"), ("tags", "a"), ("tags", "b c"), ("status", "pending")]
    assert listing.headers["x-trace-id"] == "t-1"
    search = next(r for r in calls if r.path == "/v1/pets/search")
    assert search.query == [
        ("q", "fluffy/ä"),
        ("ids", "1,2"),
        ("filter[color]", "red"),
        ("filter[minAge]", "2"),
    ]
    assert search.headers["cookie"] == "session=s%201"
    get = next(r for r in calls if r.method == "GET" and r.path == "/v1/pets/7")
    assert get.body == b""


def test_bodies_on_the_wire(petstore_run):
    _, received = petstore_run
    calls = _requests(received, "sync")
    create = next(r for r in calls if r.method == "POST" and r.path == "/v1/pets")
    assert create.headers["content-type"] == "application/json"
    assert create.json() == {"name": 'Rex "the dog"', "tag": "good", "status": "available"}
    update = next(r for r in calls if r.method == "PUT")
    assert update.json() == {
        "id": 7,
        "name": "Rex",
        "owner": None,
        "attributes": {"colour": "brown"},
    }
    order = next(r for r in calls if r.path == "/v1/store/orders")
    assert order.headers["content-type"] == "application/x-www-form-urlencoded"
    assert order.body == b"petId=7&quantity=2&note=asap%20%26%20soon"
    upload = next(r for r in calls if r.method == "POST" and r.path == "/v1/pets/7/photo")
    assert upload.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="caption"\r\n\r\nme\r\n' in upload.body
    assert b'name="file"; filename="file"' in upload.body and b"\x89PNG\x00" in upload.body
    note = next(r for r in calls if r.path == "/v1/store/notes")
    assert (note.headers["content-type"], note.body) == ("text/plain", b"hello\nworld")
    delete = next(r for r in calls if r.method == "DELETE")
    assert unquote(delete.path) == "/v1/pets/7"


def test_results_are_typed_models(petstore_run):
    output, _ = petstore_run
    typed = output["sync"]["typed"]
    assert typed["pet"] == "Pet"
    assert typed["pet_status"] == ["PetStatus", "available"]
    assert typed["pet_birth_date"] == "date"
    assert typed["pet_owner"] == "Owner"
    assert typed["pet_owner_email"] is None
    assert typed["pet_children"] == ["Pet"]
    assert typed["pet_extra"] == {"microchip": "x-123"}
    assert typed["order_id"] == "UUID" and typed["uuid_ok"] is True
    assert typed["order_ship_date"] == "2024-05-01T10:00:00+00:00"
    assert typed["order_note_is_none"] is True
    assert typed["order_status_unknown_value"] == "lost-in-transit"
    assert typed["search_variants"] == ["Cat", "Dog"]
    assert typed["version"] == "1.4.2"


def test_round_trips_keep_the_json(petstore_run):
    output, _ = petstore_run
    sync = output["sync"]
    assert sync["get_pet"]["ok"] == PET
    assert sync["list_pets"]["ok"] == [PET]
    assert sync["create_pet"]["ok"] == {
        "id": 9,
        "name": 'Rex "the dog"',
        "tag": "good",
        "status": "available",
    }
    assert sync["download_photo"]["ok"] == {"bytes": b"\x89PNG\r\n".hex()}
    assert sync["upload_photo"]["ok"] == {"size": 5, "caption": "me"}
    assert sync["get_inventory"]["ok"] == {"available": 3, "sold": 1}
    assert sync["echo_note"]["ok"] == "hello\nworld"
    assert sync["delete_pet"]["ok"] is None


def test_errors_are_typed(petstore_run):
    output, _ = petstore_run
    sync = output["sync"]
    assert sync["get_pet_missing"]["error"] == {
        "class": "GetPetNotFoundError",
        "status": 404,
        "request_id": "r-1",
        "body": {"code": 404, "message": "no such pet"},
    }
    assert sync["create_pet_invalid"]["error"]["class"] == "CreatePetBadRequestError"
    assert sync["list_pets_default_error"]["error"]["class"] == "ListPetsDefaultError"
    assert sync["place_order_down"]["error"]["class"] == "PlaceOrderServerError"
    typed = sync["typed"]
    assert typed["not_found"] == ["Error", "no such pet", True]
    assert typed["invalid_fields"] == {"name": "empty"}
    assert typed["down"] == 503
    assert sync["unreachable"] == "TransportError"
