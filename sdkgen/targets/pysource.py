"""Spec text as Python source: string literals, docstrings and comments that cannot break out.

Each function returns text already in the form black leaves alone (double quotes unless that needs
more escapes, docstrings wrapped and closed the way black closes them), so generated files need no
reformatting for the sake of strings.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from sdkgen.render import Code

_UNSAFE_IN_DOC = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u0085\u2028\u2029\ufeff]")
# A lone surrogate (JSON's `"\ud800"` escape makes one) is not text: no UTF-8 file or terminal
# can hold it. In prose it becomes U+FFFD; string literals keep it, escaped, as data.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
LINE_LENGTH = 88


@lru_cache(maxsize=65536)
def py_str(value: Any) -> Code:
    """A Python string literal for any text, quoted the way black prefers."""
    text = str(value)
    literal = repr(text)
    if literal.startswith("'") and text.count('"') <= text.count("'"):
        body = literal[1:-1].replace("\\'", "'").replace('"', '\\"')
        literal = f'"{body}"'
    return Code(literal)


def py_literal(value: Any) -> Code:
    """A JSON value (a default, an enum member) as a Python literal."""
    if isinstance(value, str):
        return py_str(value)
    if value is None or isinstance(value, bool):
        return Code(repr(value))
    if isinstance(value, int | float):
        return Code(
            repr(value)
            if value == value and value not in (float("inf"), float("-inf"))
            else f"float({py_str(repr(value))})"
        )
    return Code(f"json.loads({py_str(json.dumps(value, sort_keys=True))})")


def _doc_text(value: Any) -> str:
    text = (
        _SURROGATE.sub("\ufffd", str(value)).replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)
    )
    text = _UNSAFE_IN_DOC.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text.replace("\\", "\\\\"))
    return text.replace('"""', '""\\"')


_PLAIN_DOC = re.compile(r'^[^\\"\n\r\t\x00-\x1f\x7f\u0085\u2028\u2029\ufeff\ud800-\udfff]*$')


@lru_cache(maxsize=65536)  # GitHub's spec has about 10,000 distinct texts to place
def py_doc(value: Any, indent: int = 4) -> Code:
    """A docstring (with its quotes) for spec prose, wrapped to the line length."""
    text = str(value)
    if indent + 6 + len(text) <= LINE_LENGTH and _PLAIN_DOC.match(text) and text == text.strip():
        return Code(f'"""{text}"""') if text else Code('""""""')
    return _wrapped_doc(text, indent)


def _wrapped_doc(value: str, indent: int) -> Code:
    width = max(LINE_LENGTH - indent - 3, 40)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", _doc_text(value))]
    lines: list[str] = []
    for paragraph in paragraphs:
        if not paragraph:
            continue
        if lines:
            lines.append("")
        for line in paragraph.split("\n"):  # a line of its own in the spec stays one
            stripped = line.rstrip()
            if not stripped.strip():
                continue
            lead = stripped[: len(stripped) - len(stripped.lstrip())]
            lines.extend(wrap(stripped.strip(), width, lead, lead + ("    " if lead else "")))
    if not lines:
        return Code('""""""')
    pad = " " * indent
    text = "\n".join([lines[0], *(pad + line if line else "" for line in lines[1:])])
    if text.endswith('"'):
        text += " "  # black pads a docstring that ends in a quote
    last_line = text.rsplit("\n", 1)[-1]
    first_offset = indent + 3 if len(lines) == 1 else 0
    if first_offset + len(last_line) + 3 <= LINE_LENGTH:
        return Code(f'"""{text}"""')
    return Code(f'"""{text}\n{pad}"""')


def wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    """`textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest,
    break_long_words=False, break_on_hyphens=False)` for stripped, non-empty text of printable
    characters and spaces (what docstrings hold by now), without textwrap's per-word chunking:
    docstrings are most of what a large package wraps."""
    lines: list[str] = []
    indent, start, end = first, 0, len(text)
    while True:
        room = width - len(indent)
        if end - start <= room:
            lines.append(indent + text[start:])
            return lines
        cut = text.rfind(" ", start, start + max(room + 1, 0))  # the last break that fits
        if cut <= start:  # the next word alone is longer than the line: it stands alone
            cut = text.find(" ", start + max(room, 1))
            if cut == -1:
                lines.append(indent + text[start:])
                return lines
        lines.append(indent + text[start:cut].rstrip(" "))
        start = cut
        while text[start] == " ":  # a line does not start with the spaces it was broken at
            start += 1
        indent = rest


def py_comment(value: Any) -> Code:
    """One line of spec text as a comment body (no line breaks can survive)."""
    flat = " ".join(_doc_text(value).split())
    return Code(flat)


def md_text(value: Any) -> Code:
    """Spec prose for a generated README (Markdown is documentation, not code)."""
    return Code(_SURROGATE.sub("\ufffd", str(value).replace("\r", "")))


def md_code(value: Any) -> Code:
    """Text inside a Markdown code span or fenced block: no fence can be closed early."""
    return Code(_SURROGATE.sub("\ufffd", str(value).replace("`", "'")))
