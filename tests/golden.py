"""Golden files: the IR and the generated packages of the fixture specs, as committed in golden/.

`python -m tests.golden` (or `nox -s golden`) rewrites them; the test compares a fresh build with
them byte for byte. Review a change to golden/ as a diff: it is exactly what users would get.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sdkgen.build import Report, build, load_api
from sdkgen.diff import diff_specs
from sdkgen.diff_report import render_json, render_text
from sdkgen.ir_json import dumps
from sdkgen.targets import languages as available_languages

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "golden"
SPECS = ROOT / "tests" / "specs"
APIGATEWAY = ROOT.parent / "shared" / "testdata" / "apigateway"


@dataclass(frozen=True)
class Case:
    name: str
    spec: Path
    api_name: str | None = None
    version: str | None = None


CASES = [
    Case("petstore-oas30", SPECS / "petstore-oas30.yaml"),
    Case("petstore-oas31", SPECS / "petstore-oas31.yaml"),
    Case("petstore-swagger2", SPECS / "petstore-swagger2.yaml"),
    Case("orders-swagger2", APIGATEWAY / "orders-swagger2.json", "orders", "1.1.1"),
    Case("orders-oas30", APIGATEWAY / "orders-oas30.json", "orders", "1.1.1"),
    Case("orders-oas30-v2", APIGATEWAY / "orders-oas30-v2.json", "orders", "2.0.0"),
]


@dataclass(frozen=True)
class DiffCase:
    """`sdkgen diff OLD NEW --old-version V`, run from the specs' folder: golden/<name>/report.*"""

    name: str
    old: Path
    new: Path
    old_version: str


DIFF_CASES = [
    DiffCase(
        "orders-diff",
        APIGATEWAY / "orders-oas30.json",
        APIGATEWAY / "orders-oas30-v2.json",
        "1.1.1",
    ),
]


def languages() -> list[str]:
    return available_languages()


def render_case(case: Case, into: Path) -> None:
    """Write the case's golden tree (ir.json and one folder per language) into `into`."""
    into.mkdir(parents=True, exist_ok=True)
    _spec, api = load_api(case.spec, Report())
    (into / "ir.json").write_text(dumps(api), encoding="utf-8")
    for language in languages():
        build(
            case.spec,
            lang=language,
            out=into / language,
            name=case.api_name,
            version_override=case.version,
        )


def render_diff(case: DiffCase, into: Path) -> None:
    """Write the case's report.txt and report.json (the text and JSON `sdkgen diff` prints)."""
    into.mkdir(parents=True, exist_ok=True)
    result = diff_specs(case.old, case.new, Report(), old_version=case.old_version)
    text = render_text(result, case.old.name, case.new.name)
    (into / "report.txt").write_text(text, encoding="utf-8")
    (into / "report.json").write_text(render_json(result), encoding="utf-8")


def tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def regenerate(only: list[str] | None = None) -> None:
    for case in CASES:
        if only and case.name not in only:
            continue
        with tempfile.TemporaryDirectory() as scratch:
            fresh = Path(scratch) / case.name
            render_case(case, fresh)
            target = GOLDEN / case.name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(fresh, target)
        print(f"rewrote golden/{case.name}")
    for diff_case in DIFF_CASES:
        if only and diff_case.name not in only:
            continue
        shutil.rmtree(GOLDEN / diff_case.name, ignore_errors=True)
        render_diff(diff_case, GOLDEN / diff_case.name)
        print(f"rewrote golden/{diff_case.name}")


if __name__ == "__main__":
    regenerate(sys.argv[1:] or None)
