"""What generated models do with JSON: fields, UNSET and None, unknown keys, nesting, enums, dates.

A small inline spec, generated and imported in this process (the package name is unique to the
test), then each behaviour asserted on the classes themselves.
"""

from __future__ import annotations

import copy
import datetime
import pickle
import sys
import types
import uuid
import weakref
from collections.abc import Iterator
from types import ModuleType

import pytest

from tests.support.packages import imported

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Shapes", "version": "1.0.0"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Thing"},
                                }
                            }
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id", "kind", "owner", "createdAt"],
                "properties": {
                    "id": {"type": "integer"},
                    "kind": {"$ref": "#/components/schemas/Kind"},
                    "owner": {"$ref": "#/components/schemas/Owner"},
                    "createdAt": {"type": "string", "format": "date-time"},
                    "day": {"type": "string", "format": "date"},
                    "ref": {"type": "string", "format": "uuid"},
                    "score": {"type": "number"},
                    "note": {"type": "string", "nullable": True},
                    "parent": {
                        "nullable": True,
                        "allOf": [{"$ref": "#/components/schemas/Owner"}],
                    },
                    "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Kind"}},
                    "friends": {"type": "array", "items": {"$ref": "#/components/schemas/Owner"}},
                },
            },
            "Owner": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}},
            },
            "Counts": {
                "type": "object",
                "properties": {"total": {"type": "integer"}},
                "additionalProperties": {"$ref": "#/components/schemas/Owner"},
            },
            "Kind": {"type": "string", "enum": ["a", "b"]},
            # More optional fields than from_dict counts: it tests the keys as a set instead.
            "Wide": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "integer"},
                    **{f"f{i}": {"type": "string"} for i in range(14)},
                },
            },
        }
    },
}
THING = {
    "id": 1,
    "kind": "a",
    "owner": {"name": "o", "extra": True},
    "createdAt": "2024-01-02T03:04:05Z",
    "day": "2024-01-02",
    "ref": "00000000-0000-0000-0000-000000000001",
    "score": 2,
    "note": None,
    "parent": None,
    "tags": ["b", "new-kind"],
    "friends": [{"name": "f"}],
    "unknown": {"x": [1]},
}


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with imported(SPEC, tmp_path_factory.mktemp("models"), "shapes_models_test", "models") as m:
        yield m


def test_from_dict_decodes_each_field_by_its_type(models: ModuleType) -> None:
    thing = models.Thing.from_dict(THING)
    assert thing.id_ == 1
    assert thing.kind is models.Kind.A
    assert isinstance(thing.owner, models.Owner) and thing.owner.name == "o"
    assert thing.created_at == datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert thing.day == datetime.date(2024, 1, 2)
    assert thing.ref == uuid.UUID(int=1)
    assert thing.score == 2.0 and isinstance(thing.score, float)
    assert [type(f).__name__ for f in thing.friends] == ["Owner"]


def test_absent_is_unset_and_null_is_none(models: ModuleType) -> None:
    thing = models.Thing.from_dict(THING)
    assert thing.note is None and thing.parent is None
    required_only = {k: THING[k] for k in ("id", "kind", "owner", "createdAt")}
    bare = models.Thing.from_dict(required_only)
    unset = models.Thing.__module__.rsplit(".", 2)[0]
    assert bare.note is sys.modules[f"{unset}._runtime"].UNSET
    assert bare.parent is bare.note and bare.tags is bare.note
    assert bare.to_dict() == {**required_only, "createdAt": "2024-01-02T03:04:05+00:00"}


def test_unknown_keys_and_enum_values_survive(models: ModuleType) -> None:
    thing = models.Thing.from_dict(THING)
    assert thing.additional_properties == {"unknown": {"x": [1]}}
    assert thing.owner.additional_properties == {"extra": True}
    assert thing.tags[1].value == "new-kind"
    assert models.Thing.from_dict({**THING, "unknown": 1}).additional_properties == {"unknown": 1}
    assert models.Owner.from_dict({"name": "n"}).additional_properties == {}


def test_from_dict_reads_the_json_without_changing_or_keeping_it(models: ModuleType) -> None:
    data = {**THING, "owner": {"name": "o"}}
    snapshot = copy.deepcopy(data)
    thing = models.Thing.from_dict(types.MappingProxyType(data))  # any Mapping, even read-only
    assert data == snapshot
    thing.additional_properties["added"] = True
    assert "added" not in data
    assert models.Owner.from_dict(data["owner"]).additional_properties == {}


@pytest.mark.parametrize("model", ["Thing", "Wide"])  # counted fields; a set test
def test_unknown_keys_are_found_whichever_fields_are_absent(models: ModuleType, model: str) -> None:
    cls = getattr(models, model)
    full = THING if model == "Thing" else {"id": 1, **{f"f{i}": "x" for i in range(14)}}
    optional = sorted(set(full) - {"id", "kind", "owner", "createdAt"})
    for dropped in range(len(optional) + 1):
        data = {k: v for k, v in full.items() if k not in optional[:dropped]}
        known_only = {k: v for k, v in data.items() if k != "unknown"}
        assert cls.from_dict(known_only).additional_properties == {}
        assert cls.from_dict({**known_only, "zz": None}).additional_properties == {"zz": None}


def test_typed_additional_properties_are_decoded(models: ModuleType) -> None:
    counts = models.Counts.from_dict({"total": 2, "x": {"name": "n"}})
    assert counts.total == 2
    assert counts.additional_properties == {"x": models.Owner(name="n")}
    assert counts.to_dict() == {"total": 2, "x": {"name": "n"}}


def test_to_dict_gives_back_the_json(models: ModuleType) -> None:
    thing = models.Thing.from_dict(THING)
    expected = {**THING, "createdAt": "2024-01-02T03:04:05+00:00", "score": 2.0}
    assert thing.to_dict() == expected


def test_missing_required_field_is_a_key_error(models: ModuleType) -> None:
    with pytest.raises(KeyError):
        models.Owner.from_dict({})
    with pytest.raises((TypeError, ValueError, AttributeError)):  # what decoders catch
        models.Owner.from_dict(["name"])


def test_constructor_is_keyword_only_and_checked(models: ModuleType) -> None:
    owner = models.Owner(name="n")
    assert owner.additional_properties == {}
    assert owner == models.Owner.from_dict({"name": "n"})
    assert owner != models.Owner(name="m")
    assert repr(owner) == "Owner(name='n', additional_properties={})"
    with pytest.raises(TypeError, match="missing"):
        models.Owner()
    with pytest.raises(TypeError, match="unexpected"):
        models.Owner(name="n", nme="typo")
    with pytest.raises(TypeError):
        models.Owner("n")
    with pytest.raises(TypeError):
        hash(owner)
    extra = {"x": 1}
    assert models.Owner(name="n", additional_properties=extra).to_dict() == {"x": 1, "name": "n"}


def test_fields_are_slots_yet_instances_copy_pickle_and_weakref(models: ModuleType) -> None:
    thing = models.Thing.from_dict(THING)
    assert not hasattr(thing, "__dict__")  # no per-instance dict: fields are slots
    with pytest.raises(AttributeError):
        thing.nte = "typo"  # a misspelt field is an error, not a new attribute
    thing.note = "changed"
    bare = models.Thing.from_dict({k: THING[k] for k in ("id", "kind", "owner", "createdAt")})
    for original in (thing, bare, models.Counts.from_dict({"x": {"name": "n"}})):
        clones = (copy.copy(original), copy.deepcopy(original))
        for clone in (*clones, pickle.loads(pickle.dumps(original))):
            assert clone == original and clone is not original
            assert clone.to_dict() == original.to_dict()
    assert weakref.ref(thing)() is thing
