"""render_tree gives the same files in the same order whether it renders in this process or in
forked workers, and whatever order its weights make the workers take them in."""

from __future__ import annotations

from pathlib import Path

import pytest

from sdkgen import render
from sdkgen.render import make_environment, render_tree, render_weight


def _tree(folder: Path) -> Path:
    (folder / "groups").mkdir(parents=True)
    (folder / "groups" / "%group.txt.jinja").write_text("group {{ group }}: {{ size }}\n")
    (folder / "%models.txt.jinja").write_text("models {{ models }}\n")
    (folder / "static.txt").write_text("as is\n")
    (folder / ".mypy_cache").mkdir()
    (folder / ".mypy_cache" / "junk.json").write_text("{}")  # a tool's cache: never output
    return folder


def _render(
    folder: Path, parallel_from: int, weights: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> list[tuple[str, bytes]]:
    monkeypatch.setattr(render, "PARALLEL_FROM", parallel_from)
    groups = [f"g{i:02d}" for i in range(30)]
    models = [f"m{i:02d}" for i in range(30)]
    files = render_tree(
        folder,
        make_environment(folder, {}),
        {"group": groups, "models": models},
        {"size": 3},
        weight=render_weight(weights, {m: i for i, m in enumerate(models)}),
    )
    return [(f.path, f.content) for f in files]


def test_workers_and_weights_change_neither_files_nor_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _tree(tmp_path / "templates")
    alone = _render(folder, 10**9, {}, monkeypatch)
    heavy_last = {f"g{i:02d}": i for i in range(30)}  # the last group would go first
    forked = _render(folder, 1, heavy_last, monkeypatch)
    assert forked == alone
    assert len(alone) == 61
    assert [path for path, _ in alone][:2] == ["m00.txt", "m01.txt"]  # template, then value
    assert ("groups/g29.txt", b"group g29: 3\n") in alone
    assert not any(".mypy_cache" in path for path, _ in alone)


def test_weights_follow_operations_then_types() -> None:
    weight = render_weight({"big": 600, "small": 1}, {"m": 40}, {"all.py.jinja": 300})
    big, small = weight("g.jinja", {"group": "big"}), weight("g.jinja", {"group": "small"})
    assert big > weight("all.py.jinja", {}) > weight("m.jinja", {"models": "m"}) > small
    assert weight("other.jinja", {"package": "p"}) == 0
