"""`sdkgen build --lang node`: where the package goes, its npm name, version and manifest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sdkgen.cli import main
from tests.support.packages import SPECS

SPEC = str(SPECS / "petstore-oas30.yaml")


def test_default_folder_and_manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["build", SPEC, "--lang", "node"]) == 0
    manifest = json.loads((tmp_path / "sdks/node/petstore-v1/package.json").read_text("utf-8"))
    assert manifest["name"] == "petstore-v1"
    assert manifest["version"] == "1.4.2"
    assert manifest["type"] == "module"
    assert manifest["exports"]["."] == {"types": "./index.d.ts", "default": "./index.js"}
    assert manifest["engines"] == {"node": ">=18"}
    assert "dependencies" not in manifest and "devDependencies" not in manifest
    assert set(manifest["files"]) >= {"index.js", "index.d.ts", "resources/", "runtime/"}


def test_out_scope_and_version(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    argv = ["build", SPEC, "--lang", "node", "--out", str(out), "--npm-scope", "@acme"]
    assert main([*argv, "--package-version", "2.0.0-beta.1"]) == 0
    manifest = json.loads((out / "package.json").read_text("utf-8"))
    assert (manifest["name"], manifest["version"]) == ("@acme/petstore-v2", "2.0.0-beta.1")
    readme = (out / "README.md").read_text("utf-8")
    assert "npm install @acme/petstore-v2@2.0.0-beta.1" in readme
    assert 'import { Client } from "@acme/petstore-v2";' in readme


def test_a_bad_scope_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["build", SPEC, "--lang", "node", "--out", str(tmp_path / "x"), "--npm-scope", "@A B"]
    assert main(argv) == 1
    assert "is not an npm scope" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
