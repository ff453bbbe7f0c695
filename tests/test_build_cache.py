"""The build cache: a rebuild of an unchanged spec is a copy, and anything that changes the
output (spec bytes, a referenced file, an option, sdkgen itself) is a miss."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from sdkgen import cache as cache_module
from sdkgen.cache import BuildCache, default_root
from sdkgen.cli import main
from tests.golden import SPECS

PETSTORE = SPECS / "petstore-oas30.yaml"
WARNS = Path(__file__).parent / "bad_specs" / "wrong-typed-example.yaml"


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def build(spec: Path, out: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    assert main(["build", str(spec), "--lang", "python", "--out", str(out), *extra]) == 0
    return capsys.readouterr().err


def entries() -> list[Path]:
    builds = default_root() / "builds"
    return sorted(p for p in builds.iterdir() if p.is_dir()) if builds.exists() else []


def test_cache_lives_under_xdg_cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_root() == tmp_path / "xdg" / "sdkgen"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_root() == Path.home() / ".cache" / "sdkgen"


@pytest.mark.parametrize("lang", ["python", "node"])
def test_a_rebuild_is_a_copy_with_the_same_bytes_and_warnings(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_bytes(WARNS.read_bytes())
    command = ["build", str(spec), "--lang", lang, "--out", str(tmp_path / "cold"), "--timings"]
    assert main(command) == 0
    cold_err = capsys.readouterr().err.splitlines()
    assert len(entries()) == 1
    command[5] = str(tmp_path / "warm")
    assert main(command) == 0
    warm_err = capsys.readouterr().err.splitlines()
    assert tree(tmp_path / "warm") == tree(tmp_path / "cold")
    warnings = [line for line in cold_err if line.startswith("warning:")]
    assert warnings and [line for line in warm_err if line.startswith("warning:")] == warnings
    assert any("copied from the cache" in line for line in warm_err)
    timings = next(line for line in warm_err if line.startswith("timings:"))
    assert "render" not in timings and "normalize" not in timings  # nothing was generated


def test_a_changed_spec_or_option_is_a_miss(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_bytes(PETSTORE.read_bytes())
    build(spec, tmp_path / "a", capsys)
    build(spec, tmp_path / "b", capsys, "--name", "other")
    assert len(entries()) == 2
    spec.write_text(spec.read_text().replace("title: Petstore", "title: Petshop", 1))
    err = build(spec, tmp_path / "c", capsys)
    assert "from the cache" not in err and len(entries()) == 3
    assert tree(tmp_path / "c") != tree(tmp_path / "a")


def test_a_changed_referenced_file_is_a_miss(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pet.yaml").write_text(
        "Pet:\n  type: object\n  properties:\n    id: {type: integer}\n"
    )
    spec = tmp_path / "api.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: Pets, version: 1.0.0}\n"
        "paths:\n  /pet:\n    get:\n      operationId: getPet\n      responses:\n"
        "        '200':\n          description: ok\n          content:\n"
        "            application/json:\n              schema: {$ref: 'pet.yaml#/Pet'}\n"
    )
    build(spec, tmp_path / "a", capsys)
    assert "from the cache" in build(spec, tmp_path / "b", capsys)
    (tmp_path / "pet.yaml").write_text(
        "Pet:\n  type: object\n  properties:\n    name: {type: string}\n"
    )
    assert "from the cache" not in build(spec, tmp_path / "c", capsys)
    assert tree(tmp_path / "c") != tree(tmp_path / "b")


def test_no_cache_neither_reads_nor_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build(PETSTORE, tmp_path / "a", capsys, "--no-cache")
    assert entries() == []
    build(PETSTORE, tmp_path / "b", capsys)
    assert "from the cache" not in build(PETSTORE, tmp_path / "c", capsys, "--no-cache")


def test_a_damaged_entry_is_a_miss_not_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build(PETSTORE, tmp_path / "a", capsys)
    (entry,) = entries()
    (entry / "meta.json").write_text("{not json")
    err = build(PETSTORE, tmp_path / "b", capsys)
    assert "from the cache" not in err
    assert tree(tmp_path / "b") == tree(tmp_path / "a")


@pytest.mark.parametrize("damage", ["truncated", "unsafe path"])
def test_a_damaged_archive_is_built_anew_and_stored_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    build(PETSTORE, tmp_path / "a", capsys)
    (entry,) = entries()
    archive = entry / "files.zip"
    if damage == "truncated":
        archive.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    else:
        with zipfile.ZipFile(archive, "a") as zipped:
            zipped.writestr("../escaped.txt", "outside the package")
    assert "from the cache" not in build(PETSTORE, tmp_path / "b", capsys)
    assert tree(tmp_path / "b") == tree(tmp_path / "a")
    assert not (tmp_path / "escaped.txt").exists()
    assert "from the cache" in build(PETSTORE, tmp_path / "c", capsys)  # stored again, whole
    assert tree(tmp_path / "c") == tree(tmp_path / "a")


def test_an_entry_is_one_archive_that_keeps_file_modes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "package"
    (package / "bin").mkdir(parents=True)
    (package / "bin" / "tool").write_text("#!/bin/sh\n")
    (package / "bin" / "tool").chmod(0o755)
    (package / "README.md").write_text("readme")
    store = BuildCache(tmp_path / "cache")
    store.store("k", package, folder_name="package", inputs=[], warnings=[], notes=["n"])
    assert sorted(p.name for p in (tmp_path / "cache" / "builds" / "k").iterdir()) == [
        "files.zip",
        "meta.json",
    ]
    hit = store.lookup("k")
    assert hit is not None and hit.notes == ["n"]
    hit.extract(tmp_path / "copy")
    assert tree(tmp_path / "copy") == tree(package)
    assert (tmp_path / "copy" / "bin" / "tool").stat().st_mode & 0o777 == 0o755
    assert (tmp_path / "copy" / "README.md").stat().st_mode & 0o111 == 0


def test_a_failed_build_stores_nothing_and_a_cached_build_keeps_output_atomic(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = Path(__file__).parent / "bad_specs" / "missing-responses.yaml"
    assert main(["build", str(bad), "--lang", "python", "--out", str(tmp_path / "x")]) == 1
    capsys.readouterr()
    assert entries() == [] and not (tmp_path / "x").exists()
    out = tmp_path / "out"
    build(PETSTORE, out, capsys)
    (out / "stray.txt").write_text("left over from an older build")
    build(PETSTORE, out, capsys)  # a hit replaces the folder whole, like a fresh build
    assert not (out / "stray.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_old_entries_go_beyond_the_budget(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_module, "BUDGET_ENTRIES", 2)
    for index in range(3):
        build(PETSTORE, tmp_path / f"o{index}", capsys, "--name", f"api{index}")
        for age, entry in enumerate(sorted(entries(), key=lambda p: p.stat().st_mtime)):
            os.utime(entry, (1_000_000 + age, 1_000_000 + age))  # keep the order of creation
    assert len(entries()) == 2
    assert "from the cache" not in build(PETSTORE, tmp_path / "again", capsys, "--name", "api0")
    assert "from the cache" in build(PETSTORE, tmp_path / "again2", capsys, "--name", "api2")


def test_the_key_covers_sdkgen_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = BuildCache(tmp_path)
    before = cache.key(PETSTORE, {"lang": "python"})
    monkeypatch.setattr(cache_module, "tool_fingerprint", lambda: "an edited template")
    assert cache.key(PETSTORE, {"lang": "python"}) != before


def test_a_build_checked_against_the_previous_release_is_cached_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gateway = Path(__file__).resolve().parents[2] / "shared" / "testdata" / "apigateway"
    old = tmp_path / "v1.json"
    old.write_bytes((gateway / "orders-oas30.json").read_bytes())
    new = gateway / "orders-oas30-v2.json"
    release = ["--previous", str(old), "--previous-version", "1.1.1", "--package-version", "2.0.0"]
    cold = build(new, tmp_path / "a", capsys, *release)
    warm = build(new, tmp_path / "b", capsys, *release)
    notes = [line for line in cold.splitlines() if line.startswith("note:")]
    assert notes and all(note in warm for note in notes)
    assert "from the cache" in warm and tree(tmp_path / "a") == tree(tmp_path / "b")
    old.write_bytes(old.read_bytes().replace(b"2024-05-01", b"2024-05-02"))  # previous spec moved
    assert "from the cache" not in build(new, tmp_path / "c", capsys, *release)
    # a version the changes do not allow is refused again, not served from the cache
    refused = ["build", str(new), "--lang", "python", "--out", str(tmp_path / "d"), *release[:4]]
    assert main([*refused, "--package-version", "1.2.0"]) == 1
