"""A build pauses the cyclic garbage collector (a large build spent a fifth of its time in it)
and leaves it as it found it, also when the build fails."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from sdkgen.build import Report, build, load_api
from sdkgen.errors import SpecError
from tests.golden import SPECS

PETSTORE = SPECS / "petstore-oas30.yaml"
BROKEN = Path(__file__).parents[1] / "bad_specs" / "dangling-ref.yaml"


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generation of every collection that runs while the test does."""
    seen: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(note)
    try:
        yield seen
    finally:
        gc.callbacks.remove(note)


def test_a_build_runs_no_collection_and_then_resumes_it(
    tmp_path: Path, collections: list[int]
) -> None:
    assert gc.isenabled()
    build(PETSTORE, lang="python", out=tmp_path / "out", formatter="none")
    assert collections == []  # thousands of allocations, yet not one collection
    assert gc.isenabled()
    kept = [[] for _ in range(10_000)]  # far past the threshold of the youngest generation
    assert collections  # the collector runs again after the build
    assert len(kept) == 10_000


def test_a_failed_load_resumes_collection(tmp_path: Path) -> None:
    assert BROKEN.exists()
    with pytest.raises(SpecError):
        load_api(BROKEN, Report())
    assert gc.isenabled()


def test_a_caller_that_paused_the_collector_keeps_it_paused(tmp_path: Path) -> None:
    gc.disable()
    try:
        build(PETSTORE, lang="python", out=tmp_path / "out", formatter="none")
        assert not gc.isenabled()
    finally:
        gc.enable()
