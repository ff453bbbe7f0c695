"""How `sdkgen diff` prints its result: a readable report, or JSON for CI to read.

Both list every change under its impact, in a fixed order (the order the comparison meets them,
which follows the IR's sorted order), so the same two specs always print the same bytes.
"""

from __future__ import annotations

import json

from sdkgen.diff import ApiDiff
from sdkgen.diff_model import Change, Impact

_HEADINGS = {Impact.BREAKING: "breaking", Impact.NON_BREAKING: "non-breaking", Impact.DOCS: "docs"}


def render_json(result: ApiDiff) -> str:
    suggested = result.suggested_version
    data = {
        "breaking": [c.to_json() for c in result.of(Impact.BREAKING)],
        "non_breaking": [c.to_json() for c in result.of(Impact.NON_BREAKING)],
        "docs": [c.to_json() for c in result.of(Impact.DOCS)],
        "suggested_bump": result.bump.value,
        "suggested_version": None if suggested is None else str(suggested),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render_text(result: ApiDiff, old_label: str, new_label: str) -> str:
    counts = ", ".join(f"{len(result.of(i))} {heading}" for i, heading in _HEADINGS.items())
    lines = [f"sdkgen diff {old_label} -> {new_label}", counts, _bump_line(result)]
    for impact, heading in _HEADINGS.items():
        changes = result.of(impact)
        lines += ["", f"{heading}:" + ("" if changes else " none")]
        for change in changes:
            lines += _change_lines(change)
    return "\n".join(lines) + "\n"


def _bump_line(result: ApiDiff) -> str:
    line = f"suggested bump: {result.bump.value}"
    if result.old_version is None:
        return line + " (pass --old-version X.Y.Z for the version to release)"
    return line + f" ({result.old_version} -> {result.suggested_version})"


def _change_lines(change: Change) -> list[str]:
    return [
        f"  - {change.message} [{change.rule}]",
        f"      old: {_pointer(change.old_pointer, 'not in old')}",
        f"      new: {_pointer(change.new_pointer, 'not in new')}",
    ]


def _pointer(pointer: str | None, absent: str) -> str:
    if pointer is None:
        return f"({absent})"
    return "#" + pointer
