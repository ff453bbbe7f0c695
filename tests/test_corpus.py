"""The fixed corpus sample: real specs build into packages that load and keep every operation.

`nox -s corpus` runs the same checks over the whole corpus and writes docs/corpus.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sdkgen.build import build
from sdkgen.targets import backends
from tests.corpus.check import prepare_tsc
from tests.corpus.run import run
from tests.corpus.sources import resolve, sample_ids
from tests.corpus.tsc_batch import TscBatch

# mypy --strict runs over the generated Python of these (small to medium, varied features).
MYPY_SAMPLE_SIZE = 20


@pytest.fixture(scope="module")
def corpus() -> dict[str, Path]:
    return resolve(sample_ids())


@pytest.fixture(scope="module")
def sample_outcomes(
    corpus: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, Any]]:
    specs = {spec_id: corpus[spec_id] for spec_id in sample_ids()}
    langs = ",".join(lang for lang in ("python", "node") if lang in backends())
    results = tmp_path_factory.mktemp("corpus") / "sample.jsonl"
    return {o["id"]: o for o in run(specs, results, langs=langs, tsc=True)}


def test_the_sample_is_fixed_and_large_enough(corpus: dict[str, Path]) -> None:
    ids = sample_ids()
    assert len(ids) >= 60 and len(set(ids)) == len(ids)
    assert all(corpus[spec_id].is_file() for spec_id in ids), [
        spec_id for spec_id in ids if not corpus[spec_id].is_file()
    ]
    versions = {spec_id.split("/")[1] for spec_id in ids if spec_id.startswith("oas-examples/")}
    assert versions == {"2.0", "3.0", "3.1"}
    assert {Path(spec_id).suffix for spec_id in ids} == {".json", ".yaml"}


@pytest.mark.parametrize("spec_id", sample_ids())
def test_sample_spec_builds_loads_and_keeps_every_operation(
    spec_id: str, sample_outcomes: dict[str, dict[str, Any]]
) -> None:
    outcome = sample_outcomes[spec_id]
    assert outcome["status"] == "built", f"{outcome['stage']}: {outcome['error']}"
    for lang, counts in outcome["packages"].items():
        assert counts["operations"] == outcome["operations_expected"], lang
    assert "python" in outcome["packages"]


def test_generated_python_of_real_specs_passes_mypy_strict(
    corpus: dict[str, Path], tmp_path: Path
) -> None:
    ids = _mypy_sample(corpus)
    packages = []
    for index, spec_id in enumerate(ids):  # one at a time: a build is not thread-safe
        name = f"corpus{index}"
        out = tmp_path / name
        build(corpus[spec_id], lang="python", out=out, name=name, version_override="1.0.0")
        packages.append(f"{name}_v1")
    mypy_path = ":".join(str(tmp_path / f"corpus{i}") for i in range(len(ids)))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--python-version",
            "3.10",
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            "--no-error-summary",
            *(arg for package in packages for arg in ("-p", package)),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={"MYPYPATH": mypy_path, "PATH": "/usr/bin:/bin"},
        timeout=1200,
    )
    assert result.returncode == 0, "\n".join(
        [f"{package} = {spec_id}" for package, spec_id in zip(packages, ids, strict=True)]
        + result.stdout.splitlines()[:40]
    )


def _mypy_sample(corpus: dict[str, Path]) -> list[str]:
    """The sample's specs under 400 KB, spread over sources: every other one by size."""
    small = sorted(
        (spec_id for spec_id in sample_ids() if corpus[spec_id].stat().st_size < 400_000),
        key=lambda spec_id: (corpus[spec_id].stat().st_size, spec_id),
    )
    picked = small[::2][:MYPY_SAMPLE_SIZE]
    return picked if len(picked) == MYPY_SAMPLE_SIZE else small[:MYPY_SAMPLE_SIZE]


def test_batched_tsc_pins_each_error_on_its_own_package(tmp_path: Path) -> None:
    batch = TscBatch(tmp_path / "tsc")
    outcomes = {}
    for name, declaration in [
        ("good", "export declare const answer: number;\n"),
        ("bad", "export declare const answer: NoSuchTypeAnywhere_x9;\n"),
        ("also-good", "export declare function ping(): Promise<string>;\n"),
    ]:
        folder = batch.folder_for()
        folder.mkdir()
        (folder / "package.json").write_text('{"type": "module"}')
        (folder / "index.js").write_text("export const answer = 42;\n")
        (folder / "index.d.ts").write_text(declaration)
        prepare_tsc(folder)
        outcomes[name] = {"id": name, "status": "built", "stage": "", "error": "", "seconds": {}}
        assert batch.add(outcomes[name], folder) == []
    assert batch.flush() == list(outcomes.values())
    assert outcomes["bad"]["status"] == "failed" and outcomes["bad"]["stage"] == "node-tsc"
    assert outcomes["bad"]["error"].startswith("index.d.ts: error TS")
    assert "NoSuchTypeAnywhere_x9" in outcomes["bad"]["error"]
    assert outcomes["good"]["status"] == outcomes["also-good"]["status"] == "built"
    assert all(o["seconds"]["node-tsc"] > 0 for o in outcomes.values())
    assert list((tmp_path / "tsc").iterdir()) == []  # packages are removed once checked
