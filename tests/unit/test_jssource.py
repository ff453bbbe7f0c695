"""Spec text as JavaScript: literals that round-trip and comments that never end early.

Node itself is the judge: a batch of hostile and random strings goes into one generated module
as string literals, JSDoc blocks and line comments, and node must parse it, read every literal
back unchanged, and run nothing else.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from sdkgen.targets.jssource import (
    doc_lines,
    is_identifier_name,
    js_comment,
    js_doc,
    js_key,
    js_literal,
    js_str,
    json_text,
    md_code,
)

NASTY = [
    "*/ globalThis.PWNED = 1; /*",
    '"; globalThis.PWNED = 1; "',
    "'; globalThis.PWNED = 1; '",
    "`${globalThis.PWNED = 1}`",
    "\u2028globalThis.PWNED = 1;\u2029",
    "\nglobalThis.PWNED = 1; //",
    "\r\nglobalThis.PWNED = 1; //",
    "\\",
    '\\"; globalThis.PWNED = 1; //',
    "\x00nul\x1b[31m",
    "\ud800 lone \udfff surrogates",
    "\ufeffbom",
    "</script><!-- -->",
    "@type {number}",
    "  @deprecated",
    "tab\there",
    "\u0085next line",
    "emoji 🐍 and ä",
]


def _random_strings(count: int) -> list[str]:
    rng = random.Random(20240601)
    alphabet = "ab */\\\"'`${}\n\r\t\u2028\u2029\x00@<!->\ud800\udc00é🐍"
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 24))) for _ in range(count)
    ]


def _module(texts: list[str]) -> str:
    lines = ["export const values = ["]
    for text in texts:
        lines.append(f"  // {js_comment(text)}")
        lines.append(f"  {js_doc(text, 2)}")
        lines.append(f"  {js_str(text)},")
    lines.append("];")
    return "\n".join(lines) + "\n"


def test_literals_round_trip_and_comments_stay_comments(tmp_path: Path) -> None:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not on PATH")
    texts = NASTY + _random_strings(400)
    (tmp_path / "values.mjs").write_text(_module(texts), encoding="utf-8")
    script = (
        'const { values } = await import("./values.mjs");'
        "const units = (v) => Array.from({ length: v.length }, (_, i) => v.charCodeAt(i));"
        "const escaped = values.map(units);"
        "console.log(JSON.stringify({ pwned: globalThis.PWNED ?? null, values: escaped }));"
    )
    result = subprocess.run(
        [node, "--input-type=module", "-e", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["pwned"] is None
    assert output["values"] == [_utf16(text) for text in texts]


def _utf16(text: str) -> list[int]:
    """JavaScript's view of a string: UTF-16 code units (a Python surrogate pair is two)."""
    units: list[int] = []
    for char in text:
        code = ord(char)
        if code > 0xFFFF:
            code -= 0x10000
            units += [0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)]
        else:
            units.append(code)
    return units


def test_string_literals_are_json_and_escape_what_json_leaves_raw() -> None:
    assert js_str('a"b\\c') == '"a\\"b\\\\c"'
    assert js_str("\u2028\u2029\ufeff") == '"\\u2028\\u2029\\ufeff"'
    assert js_str("\ud800") == '"\\ud800"'
    assert js_str("`${x}`") == '"`${x}`"'
    assert js_str("ä🐍") == '"ä🐍"'
    assert json.loads(js_str('x\n"y"')) == 'x\n"y"'


def test_literals_for_json_values() -> None:
    assert [js_literal(v) for v in (None, True, False, 3, 2.5, 1e300, 2.0)] == [
        "null",
        "true",
        "false",
        "3",
        "2.5",
        "1e+300",
        "2",
    ]
    assert js_literal(float("nan")) == "NaN" and js_literal(float("-inf")) == "-Infinity"
    assert js_literal([1, {"b": None, "a": "*/"}]) == '[1, {"a": "*/", "b": null}]'


def test_keys_are_bare_only_when_they_are_identifiers() -> None:
    assert js_key("petId") == "petId"
    assert js_key("delete") == "delete"  # reserved words are fine as keys
    assert js_key("$ref") == "$ref"
    assert js_key("+1") == '"+1"'
    assert js_key("content-type") == '"content-type"'
    assert js_key("2fa") == '"2fa"'
    assert is_identifier_name("_x1") and not is_identifier_name("a b")


def test_jsdoc_blocks() -> None:
    assert js_doc(None) == "" and js_doc("") == ""
    assert js_doc("One line.") == "/** One line. */"
    assert js_doc("Ends */ early") == "/** Ends *\\/ early */"
    assert js_doc("a\n\n\n\nb", 2) == "/**\n   * a\n   *\n   * b\n   */"
    assert js_doc("x", 0, ("@deprecated",)) == "/**\n * x\n *\n * @deprecated\n */"
    assert js_doc("x", 0, ('@defaultValue "*/"',)).count("*/") == 1


def test_doc_lines_escape_tags_and_wrap_long_lines() -> None:
    assert doc_lines("@deprecated soon\n  @type {x}") == ["\\@deprecated soon", "  \\@type {x}"]
    assert doc_lines("mail me@example.com") == ["mail me@example.com"]
    wrapped = doc_lines("word " * 40, width=40)
    assert all(len(line) <= 40 for line in wrapped) and len(wrapped) > 3
    assert doc_lines("line\u2028sep") == ["line\\u2028sep"]


def test_comments_and_markdown() -> None:
    assert js_comment("a\nb\r\nc\u2028d") == "a b c\\u2028d"
    assert "*/" not in js_comment("x */ y")
    assert md_code("a`b") == "a'b"
    assert json.loads(json_text({"a": "\u2028"})) == {"a": "\u2028"}
    assert "\u2028" not in json_text({"a": "\u2028"})
