"""The loader: safe YAML, JSON, $ref bundling and screening, hashes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sdkgen.errors import SpecError
from sdkgen.load import BUNDLE_KEY, read_spec, resolve_pointer
from sdkgen.yaml_safe import MAX_EXPANDED_NODES, SpecYamlError, load_yaml


def test_yaml_keeps_keys_and_plain_words_as_written() -> None:
    data = load_yaml("200: ok\non: yes\nno: off\n2024-01-01: d\nversion: 2024-01-01\nflag: true\n")
    assert data == {
        "200": "ok",
        "on": "yes",
        "no": "off",
        "2024-01-01": "d",
        "version": "2024-01-01",
        "flag": True,
    }


def test_yaml_numbers_and_nulls_follow_yaml_12() -> None:
    assert load_yaml("a: 10\nb: 1.5\nc: ~\nd: null\ne: 0x1f\nf: 1_000\n") == {
        "a": 10,
        "b": 1.5,
        "c": None,
        "d": None,
        "e": 31,
        "f": "1_000",
    }


def test_yaml_alias_bomb_is_refused() -> None:
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for level in range(1, 9):
        refs = ", ".join([f"*a{level - 1}"] * 10)
        lines.append(f"a{level}: &a{level} [{refs}]")
    with pytest.raises(SpecYamlError, match=f"{MAX_EXPANDED_NODES:,}"):
        load_yaml("\n".join(lines))


def test_yaml_merge_keys_and_shared_aliases_still_work() -> None:
    data = load_yaml("base: &b {x: 1}\nchild:\n  <<: *b\n  y: 2\n")
    assert data["child"] == {"x": 1, "y": 2}


def test_yaml_syntax_errors_say_where(tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text("openapi: 3.0.0\ninfo: [unclosed\n")
    with pytest.raises(SpecError) as caught:
        read_spec(spec)
    assert str(caught.value).startswith(f"{spec}: #: not valid YAML: line ")
    assert "\n" not in str(caught.value)


def test_json_syntax_errors_say_where(tmp_path: Path) -> None:
    spec = tmp_path / "bad.json"
    spec.write_text('{"openapi": "3.0.0",\n "info": }')
    with pytest.raises(SpecError, match=r"not valid JSON: .* line 2, column 10"):
        read_spec(spec)


def test_external_refs_are_bundled_and_traced_back(tmp_path: Path) -> None:
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "pet.yaml").write_text(
        "Pet:\n  type: object\n  properties:\n    owner: {$ref: '#/Owner'}\n"
        "Owner:\n  type: object\n  properties:\n    pets: {type: array, items: {$ref: '#/Pet'}}\n"
    )
    (tmp_path / "api.yaml").write_text(
        "openapi: 3.0.0\ninfo: {title: t, version: 1.0.0}\npaths: {}\n"
        "components:\n  schemas:\n    Pet: {$ref: 'schemas/pet.yaml#/Pet'}\n"
    )
    spec = read_spec(tmp_path / "api.yaml")
    bundled = spec.document[BUNDLE_KEY]["schemas/pet.yaml"]
    assert spec.document["components"]["schemas"]["Pet"] == {
        "$ref": f"#/{BUNDLE_KEY}/schemas~1pet.yaml/Pet"
    }
    assert bundled["Pet"]["properties"]["owner"] == {
        "$ref": f"#/{BUNDLE_KEY}/schemas~1pet.yaml/Owner"
    }
    assert spec.origins.locate(f"/{BUNDLE_KEY}/schemas~1pet.yaml/Owner/type") == (
        "schemas/pet.yaml",
        "/Owner/type",
    )
    assert (
        resolve_pointer(spec.document, f"/{BUNDLE_KEY}/schemas~1pet.yaml/Owner")["type"] == "object"
    )


def test_remote_refs_are_refused_without_fetching(tmp_path: Path) -> None:
    (tmp_path / "api.yaml").write_text(
        "openapi: 3.0.0\ninfo: {title: t, version: 1.0.0}\npaths: {}\n"
        "components:\n  schemas:\n    Pet: {$ref: 'http://127.0.0.1:9/pet.yaml'}\n"
    )
    with pytest.raises(SpecError, match=r"#/components/schemas/Pet: \$ref to a URL is not allowed"):
        read_spec(tmp_path / "api.yaml")


def test_refs_leaving_the_spec_folder_are_refused_and_not_echoed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("password: hunter2\n")
    folder = tmp_path / "api"
    folder.mkdir()
    (folder / "api.yaml").write_text(
        "openapi: 3.0.0\ninfo: {title: t, version: 1.0.0}\npaths: {}\n"
        "components:\n  schemas:\n    Pet: {$ref: '../secret.yaml'}\n"
    )
    with pytest.raises(SpecError) as caught:
        read_spec(folder / "api.yaml")
    assert "leaves the spec's folder" in str(caught.value)
    assert "hunter2" not in str(caught.value)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlinks_out_of_the_folder_are_refused(tmp_path: Path) -> None:
    (tmp_path / "outside.yaml").write_text("type: string\n")
    folder = tmp_path / "api"
    folder.mkdir()
    os.symlink(tmp_path / "outside.yaml", folder / "inside.yaml")
    (folder / "api.yaml").write_text(
        "openapi: 3.0.0\ninfo: {title: t, version: 1.0.0}\npaths: {}\n"
        "components:\n  schemas:\n    S: {$ref: 'inside.yaml'}\n"
    )
    with pytest.raises(SpecError, match="leaves the spec's folder"):
        read_spec(folder / "api.yaml")


def test_hash_covers_referenced_files(tmp_path: Path) -> None:
    (tmp_path / "s.yaml").write_text("type: string\n")
    (tmp_path / "api.yaml").write_text(
        "openapi: 3.0.0\ninfo: {title: t, version: 1.0.0}\npaths: {}\n"
        "components:\n  schemas:\n    S: {$ref: 's.yaml'}\n"
    )
    first = read_spec(tmp_path / "api.yaml").sha256
    (tmp_path / "s.yaml").write_text("type: integer\n")
    assert read_spec(tmp_path / "api.yaml").sha256 != first


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="cannot read the spec"):
        read_spec(tmp_path / "nope.yaml")


def test_refs_inside_examples_and_defaults_are_data_not_references(tmp_path: Path) -> None:
    (tmp_path / "pet.yaml").write_text("type: object\n")
    (tmp_path / "api.yaml").write_text(
        "openapi: 3.0.0\ninfo: {title: t, version: 1.0.0}\npaths: {}\ncomponents:\n"
        "  examples:\n    one: {summary: s, value: {$ref: 'missing.yaml'}}\n"
        "  schemas:\n"
        "    Pet:\n"
        "      $ref: pet.yaml\n"
        "    Doc:\n"
        "      type: object\n"
        "      example: {$ref: 'https://example.com/x'}\n"
        "      default: {$ref: '../outside.yaml'}\n"
        "      properties:\n"
        "        examples: {type: object, properties: {value: {$ref: 'pet.yaml'}}}\n"
    )
    document = read_spec(tmp_path / "api.yaml").document
    schemas = document["components"]["schemas"]
    assert schemas["Doc"]["example"] == {"$ref": "https://example.com/x"}
    assert document["components"]["examples"]["one"]["value"] == {"$ref": "missing.yaml"}
    # a property that happens to be called `examples` is still a schema, so its refs resolve
    inner = schemas["Doc"]["properties"]["examples"]["properties"]["value"]
    assert inner == schemas["Pet"] == {"$ref": f"#/{BUNDLE_KEY}/pet.yaml"}


def test_deeply_nested_json_is_a_clean_error(tmp_path: Path) -> None:
    spec = tmp_path / "deep.json"
    spec.write_text('{"openapi": "3.0.0", "x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(SpecError, match="not valid JSON: nested too deeply"):
        read_spec(spec)
