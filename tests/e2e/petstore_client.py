"""Calls every operation of the generated petstore client; run inside a fresh venv by the tests.

Prints one JSON document: what each call returned (or raised), for the sync and async clients.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import sys
import uuid
from typing import Any

import petstore_v1
from petstore_v1 import (
    ApiError,
    AsyncClient,
    Client,
    ClientError,
    RetryPolicy,
    TransportError,
)
from petstore_v1.errors import CreatePetBadRequestError, GetPetNotFoundError, PlaceOrderServerError
from petstore_v1.models import (
    Cat,
    Dog,
    NewPet,
    Owner,
    Pet,
    PetStatus,
    PlaceOrderRequest,
    SearchPetsFilter,
    UploadPhotoRequest,
)

FAST = RetryPolicy(backoff=0.01)  # real retries, short waits


def describe_error(error: Exception) -> dict[str, Any]:
    result: dict[str, Any] = {"class": type(error).__name__}
    if isinstance(error, ApiError):
        body = error.body
        result.update(
            status=error.status_code,
            request_id=error.request_id,
            body=body.to_dict() if hasattr(body, "to_dict") else body,
        )
    return result


def plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    return value


def steps(client: Any) -> list[tuple[str, Any]]:
    """(name, zero-argument call) pairs; the call returns a value or an awaitable."""
    pets = client.pets
    store = client.store
    new_pet = NewPet(name='Rex "the dog"', tag="good", status=PetStatus.AVAILABLE)
    updated = Pet(id_=7, name="Rex", owner=None, attributes={"colour": "brown"})
    return [
        (
            "list_pets",
            lambda: pets.list_pets(
                limit=5, tags=["a", "b c"], status=PetStatus.PENDING, x_trace_id="t-1"
            ),
        ),
        ("list_pets_default_error", lambda: pets.list_pets(limit=0)),
        ("create_pet", lambda: pets.create_pet(body=new_pet)),
        ("create_pet_invalid", lambda: pets.create_pet(body=NewPet(name=""))),
        ("get_pet", lambda: pets.get_pet(7)),
        ("get_pet_missing", lambda: pets.get_pet(404)),
        ("update_pet", lambda: pets.update_pet(7, body=updated)),
        ("delete_pet", lambda: pets.delete_pet(7)),
        ("download_photo", lambda: pets.download_photo(7)),
        (
            "upload_photo",
            lambda: pets.upload_photo(
                7, body=UploadPhotoRequest(file=b"\x89PNG\x00", caption="me")
            ),
        ),
        (
            "search_pets",
            lambda: pets.search_pets(
                q="fluffy/ä",
                ids=[1, 2],
                filter_=SearchPetsFilter(color="red", min_age=2),
                session="s 1",
            ),
        ),
        (
            "place_order",
            lambda: store.place_order(
                body=PlaceOrderRequest(pet_id=7, quantity=2, note="asap & soon")
            ),
        ),
        (
            "place_order_down",
            lambda: store.place_order(body=PlaceOrderRequest(pet_id=503, quantity=1)),
        ),
        ("get_inventory", lambda: store.get_inventory()),
        ("echo_note", lambda: store.echo_note(body="hello\nworld")),
    ]


def typed_checks(client: Client) -> dict[str, Any]:
    """Checks on the returned objects' Python types, beyond their JSON."""
    pet = client.pets.get_pet(7)
    order = client.store.place_order(body=PlaceOrderRequest(pet_id=7, quantity=2))
    found = client.pets.search_pets(q="x")
    try:
        client.pets.get_pet(404)
    except GetPetNotFoundError as error:
        not_found = (type(error.body).__name__, error.body.message, isinstance(error, ClientError))
    try:
        client.pets.create_pet(body=NewPet(name=""))
    except CreatePetBadRequestError as error:
        invalid = error.body.fields
    try:
        client.store.place_order(body=PlaceOrderRequest(pet_id=503, quantity=1))
    except PlaceOrderServerError as error:
        down = error.status_code
    return {
        "pet": type(pet).__name__,
        "pet_status": [type(pet.status).__name__, str(pet.status.value)],
        "pet_birth_date": type(pet.birth_date).__name__,
        "pet_owner": type(pet.owner).__name__,
        "pet_owner_email": pet.owner.email if pet.owner else "absent",
        "pet_children": [type(c).__name__ for c in pet.children],
        "pet_extra": pet.additional_properties,
        "order_id": type(order.id_).__name__,
        "order_ship_date": order.ship_date.isoformat()
        if isinstance(order.ship_date, datetime.datetime)
        else None,
        "order_note_is_none": order.note is None,
        "order_status_unknown_value": order.status.value,
        "search_variants": [type(r).__name__ for r in found.results],
        "not_found": list(not_found),
        "invalid_fields": invalid,
        "down": down,
        "uuid_ok": isinstance(order.id_, uuid.UUID),
        "version": petstore_v1.__version__,
        "cat_dog": [Cat.__name__, Dog.__name__, Owner.__name__],
    }


def run_sync(base_url: str) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with Client(base_url=base_url, headers={"X-Client": "sync"}, retry=FAST) as client:
        for name, call in steps(client):
            try:
                results[name] = {"ok": plain(call())}
            except ApiError as error:
                results[name] = {"error": describe_error(error)}
        results["typed"] = typed_checks(client)
    try:
        Client(base_url="http://127.0.0.1:9", retry=FAST).pets.get_pet(1)
    except TransportError as error:
        results["unreachable"] = type(error).__name__
    return results


async def run_async(base_url: str) -> dict[str, Any]:
    results: dict[str, Any] = {}
    async with AsyncClient(base_url=base_url, headers={"X-Client": "async"}, retry=FAST) as client:
        for name, call in steps(client):
            try:
                results[name] = {"ok": plain(await call())}
            except ApiError as error:
                results[name] = {"error": describe_error(error)}
    return results


if __name__ == "__main__":
    url = sys.argv[1]
    print(json.dumps({"sync": run_sync(url), "async": asyncio.run(run_async(url))}, sort_keys=True))
