"""Spec text as Python source: literals and docstrings that always parse and never execute."""

from __future__ import annotations

import ast
import textwrap

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from sdkgen.targets.pysource import md_code, md_text, py_comment, py_doc, py_literal, py_str, wrap

NASTY = [
    '"""; import os; os.system("echo pwned") #',
    "'''\n__import__('os')\n'''",
    "\\",
    'ends with quote"',
    "line\u2028separator\u2029and\x00nul\r\n",
    "tab\tand \\N{BULLET} escapes \\x41",
]


@given(st.text())
@settings(max_examples=300, derandomize=True)
def test_string_literals_round_trip(text: str) -> None:
    assert ast.literal_eval(py_str(text)) == text


@given(st.text())
@settings(max_examples=300, derandomize=True)
def test_docstrings_always_parse_as_one_string(text: str) -> None:
    module = ast.parse(f"def f():\n    {py_doc(text, 4)}\n    return 1\n")
    body = module.body[0].body  # type: ignore[attr-defined]
    assert isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
    assert isinstance(body[1], ast.Return)


def test_nasty_text_stays_text() -> None:
    for text in NASTY:
        assert ast.literal_eval(py_str(text)) == text
        tree = ast.parse(f"{py_doc(text, 0)}\nx = 1\n")
        assert [type(node).__name__ for node in tree.body] == ["Expr", "Assign"]


def test_literals_for_json_values() -> None:
    for value in [None, True, 3, 2.5, "s", [1, {"a": None}]]:
        code = py_literal(value)
        namespace: dict[str, object] = {}
        exec(f"import json\nv = {code}", namespace)  # noqa: S102 - the point is that it is safe
        assert namespace["v"] == value


def test_lone_surrogates_stay_data_in_literals_and_become_u_fffd_in_prose() -> None:
    text = "bad \ud800 here"
    literal = py_str(text)
    assert literal.encode("utf-8") and eval(literal) == text  # noqa: S307 - our own literal
    for prose in (py_doc(text), py_doc(text * 20), py_comment(text), md_text(text), md_code(text)):
        assert "\ud800" not in prose and "\ufffd" in prose
        prose.encode("utf-8")


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab cdéf  -_.")), max_size=300),
    st.integers(min_value=1, max_value=60),
    st.sampled_from(["", "  ", "    "]),
)
def test_wrap_is_textwrap_for_docstring_text(text: str, width: int, lead: str) -> None:
    text = text.strip()
    assume(text)  # docstring wrapping skips empty lines before it wraps
    rest = lead + ("    " if lead else "")
    expected = textwrap.wrap(
        text,
        width=width,
        initial_indent=lead,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    assert wrap(text, width, lead, rest) == expected
