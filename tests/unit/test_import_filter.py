"""The import filter keeps exactly the imports a generated module uses, whichever way it looks.

A module asked about few names is searched name by name; one asked about many (a resource module
importing hundreds of models) has its identifiers listed once. Both must agree on every case.
"""

from __future__ import annotations

import pytest

from sdkgen.targets import python_package
from sdkgen.targets.python_package import _import_block, _name_test, _used_in

BODY = """
class Pet(_model.Model):
    owner: Owner | None
    tag: \"\"\"Tag in a docstring\"\"\"
    x = self.Hidden + _Prefixed + Suffixed2 + 3Digit + éAccent + (Paren)
    y = client.request("Quoted")
"""
NAMES = [
    "Pet", "Owner", "Tag", "Hidden", "Prefixed", "_Prefixed", "Suffixed", "Suffixed2", "Digit",
    "Accent", "Paren", "Quoted", "request", "client", "Missing", "_model", "Model", "y",
]  # fmt: skip


@pytest.mark.parametrize("many", [False, True])
def test_both_ways_agree_with_the_definition(many: bool) -> None:
    padding = [f"Unused{i}" for i in range(python_package._MANY_NAMES + 1)] if many else []
    wanted: list[tuple[int, str, list[str] | None]] = [(2, ".models", NAMES + padding)]
    found = _name_test(BODY, wanted, every_name_used=False)
    assert {n for n in NAMES if found(n)} == {n for n in NAMES if _used_in(n, BODY)}
    assert {n for n in NAMES if found(n)} == {
        "Pet", "Owner", "Tag", "_Prefixed", "Suffixed2", "Paren", "Quoted", "client", "_model", "y",
    }  # fmt: skip
    assert not any(found(n) for n in padding)


def test_many_names_still_keep_only_the_used_imports() -> None:
    names = ["Owner", "Hidden"] + [f"Unused{i}" for i in range(300)]
    block = _import_block(BODY, [(2, ".models", names), (0, "datetime", None)])
    assert block == "from .models import Owner"
