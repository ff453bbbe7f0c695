"""`sdkgen diff` and `sdkgen build --previous` on the command line: output, exit codes, refusals.

The orders v1 -> v2 report is golden (golden/orders-diff/, rewritten by `python -m tests.golden`);
this test runs the real command from the specs' folder and compares it byte for byte.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sdkgen.cli import main
from tests.golden import APIGATEWAY, DIFF_CASES, GOLDEN, DiffCase, render_diff, tree

V1, V2 = "orders-oas30.json", "orders-oas30-v2.json"


@pytest.fixture
def in_specs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the specs' folder, so the report names them as the golden report does."""
    monkeypatch.chdir(APIGATEWAY)


@pytest.mark.parametrize("case", DIFF_CASES, ids=lambda c: c.name)
def test_diff_reports_match_golden(case: DiffCase, tmp_path: Path) -> None:
    render_diff(case, tmp_path)
    assert tree(tmp_path) == tree(GOLDEN / case.name), "run `nox -s golden` and review the diff"


@pytest.mark.usefixtures("in_specs")
@pytest.mark.parametrize(("form", "golden"), [("text", "report.txt"), ("json", "report.json")])
def test_diff_command_prints_the_golden_report(
    form: str, golden: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", V1, V2, "--old-version", "1.1.1", "--format", form]) == 0
    captured = capsys.readouterr()
    assert captured.out == (GOLDEN / "orders-diff" / golden).read_text(encoding="utf-8")
    assert captured.err == ""


@pytest.mark.usefixtures("in_specs")
def test_json_report_shape(capsys: pytest.CaptureFixture[str]) -> None:
    main(["diff", V1, V2, "--old-version", "1.1.1", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {
        "breaking",
        "non_breaking",
        "docs",
        "suggested_bump",
        "suggested_version",
    }
    assert (report["suggested_bump"], report["suggested_version"]) == ("major", "2.0.0")
    assert [c["rule"] for c in report["breaking"]] == ["operation-removed", "property-type-changed"]
    assert all(set(c) == {"rule", "message", "old_pointer", "new_pointer"} for c in report["docs"])


@pytest.mark.usefixtures("in_specs")
def test_fail_on_breaking(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", V1, V2, "--fail-on-breaking"]) == 1
    assert "2 breaking" in capsys.readouterr().out
    assert main(["diff", "orders-swagger2.json", V1, "--fail-on-breaking"]) == 0
    out = capsys.readouterr().out
    assert "0 breaking, 0 non-breaking, 0 docs" in out and "suggested bump: none" in out


@pytest.mark.usefixtures("in_specs")
def test_without_a_known_old_version_the_bump_is_still_suggested(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["diff", V1, V2, "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert (report["suggested_bump"], report["suggested_version"]) == ("major", None)
    main(["diff", V1, V2])
    assert "pass --old-version X.Y.Z" in capsys.readouterr().out


def test_diff_of_a_bad_spec_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = Path(__file__).parent / "bad_specs" / "not-openapi.yaml"
    assert main(["diff", str(bad), str(APIGATEWAY / V2)]) == 1
    assert capsys.readouterr().err.startswith("error: ")


# ---- sdkgen build --previous -------------------------------------------------------------------


def _build_v2(out: Path, version: str, *extra: str) -> int:
    return main(
        [
            "build",
            str(APIGATEWAY / V2),
            "--lang",
            "python",
            "--name",
            "orders",
            "--out",
            str(out),
            "--package-version",
            version,
            "--previous",
            str(APIGATEWAY / V1),
            *extra,
        ]
    )


def test_build_refuses_a_minor_release_of_breaking_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _build_v2(tmp_path / "out", "1.2.0", "--previous-version", "1.1.1") == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        "error: version 1.2.0 keeps major version 1 of the previous version 1.1.1, but 2 "
        "change(s) break code written against it; release 2.0.0 instead:"
    )
    assert err[1:] == [
        "  - operation cancelOrder (DELETE /orders/{orderId}) was removed: its generated method "
        "is gone",
        "  - response field Order.createdAt: type integer (int64) -> string (date-time)",
    ]
    assert not (tmp_path / "out").exists()


def test_build_refuses_a_version_that_does_not_increase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _build_v2(tmp_path / "out", "1.1.1", "--previous-version", "1.1.1") == 1
    assert capsys.readouterr().err == (
        "error: version 1.1.1 does not increase over the previous version 1.1.1\n"
    )
    assert not (tmp_path / "out").exists()


def test_build_needs_the_previous_version_when_the_old_spec_has_no_semver(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _build_v2(tmp_path / "out", "2.0.0") == 1
    assert "pass --previous-version" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_build_with_a_new_major_goes_ahead(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _build_v2(tmp_path / "out", "2.0.0", "--previous-version", "1.1.1") == 0
    captured = capsys.readouterr()
    assert "note: version 2.0.0 fits the changes since 1.1.1 (2 breaking)" in captured.err
    assert (tmp_path / "out" / "orders_v2" / "__init__.py").exists()
