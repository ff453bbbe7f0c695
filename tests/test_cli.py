"""The command line: exit codes, one-line diagnostics, and output that is all or nothing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sdkgen.cli import main
from tests.golden import SPECS

BAD = Path(__file__).parent / "bad_specs"


def expectations(spec: Path) -> list[str]:
    """The `# error: ...` / `# warning: ...` header lines of a bad-spec case."""
    lines = []
    for line in spec.read_text().splitlines():
        match = re.match(r"# (error|warning): (.*)", line)
        if not match:
            break
        lines.append(f"{match.group(1)}: {spec}: {match.group(2)}")
    return lines


@pytest.mark.parametrize("spec", sorted(BAD.glob("*.yaml")), ids=lambda p: p.stem)
def test_bad_specs_give_their_message(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    expected = expectations(spec)
    code = main(["build", str(spec), "--lang", "python", "--out", str(out)])
    captured = capsys.readouterr()
    assert captured.err.splitlines() == expected
    assert "Traceback" not in captured.err
    if any(line.startswith("error:") for line in expected):
        assert code == 1
        assert not out.exists()
        assert list(tmp_path.iterdir()) == []  # no staging folder left behind either
    else:
        assert code == 0 and (out / "pyproject.toml").exists()


def test_validate_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(SPECS / "petstore-oas30.yaml")]) == 0
    assert capsys.readouterr().out.strip().endswith("valid")
    assert main(["validate", str(BAD / "missing-responses.yaml")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err and all(line.startswith("error: ") for line in err)


def test_strict_turns_warnings_into_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "build",
            str(BAD / "wrong-typed-example.yaml"),
            "--lang",
            "python",
            "--out",
            str(tmp_path / "o"),
            "--strict",
        ]
    )
    assert code == 1
    assert not (tmp_path / "o").exists()
    assert "error:" in capsys.readouterr().err


def test_a_failed_build_keeps_the_previous_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "pkg"
    assert (
        main(["build", str(SPECS / "petstore-oas30.yaml"), "--lang", "python", "--out", str(out)])
        == 0
    )
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert (
        main(["build", str(BAD / "dangling-ref.yaml"), "--lang", "python", "--out", str(out)]) == 1
    )
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert before == after
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pkg"]


def test_ir_command_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ir", str(SPECS / "petstore-oas30.yaml")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["node"] == "Api" and data["title"] == "Petstore"


def test_default_output_folder_and_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert (
        main(
            ["build", str(SPECS / "petstore-oas30.yaml"), "--lang", "python", "--name", "pet shop"]
        )
        == 0
    )
    package = tmp_path / "sdks" / "python" / "pet-shop-v1"
    assert (package / "pet_shop_v1" / "__init__.py").exists()
    assert 'name = "pet-shop-v1"' in (package / "pyproject.toml").read_text()
    # Nothing else in the working directory: no formatter cache, no staging folder.
    assert [p.name for p in tmp_path.iterdir()] == ["sdks"]
    assert sorted(p.name for p in package.iterdir()) == [
        "README.md",
        "pet_shop_v1",
        "pyproject.toml",
    ]


def test_package_version_rules(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    orders = (
        Path(__file__).resolve().parents[2]
        / "shared"
        / "testdata"
        / "apigateway"
        / "orders-oas30.json"
    )
    assert main(["build", str(orders), "--lang", "python", "--out", str(tmp_path / "a")]) == 1
    assert "is not a semver version: pass --package-version" in capsys.readouterr().err
    assert (
        main(
            [
                "build",
                str(orders),
                "--lang",
                "python",
                "--out",
                str(tmp_path / "b"),
                "--package-version",
                "2.0.0-beta.1",
            ]
        )
        == 0
    )
    assert 'version = "2.0.0b1"' in (tmp_path / "b" / "pyproject.toml").read_text()


def test_unknown_language_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "build",
                str(SPECS / "petstore-oas30.yaml"),
                "--lang",
                "cobol",
                "--out",
                str(tmp_path / "x"),
            ]
        )
        == 1
    )
    assert capsys.readouterr().err.startswith("error: unknown language 'cobol'")
