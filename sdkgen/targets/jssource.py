"""Spec text as JavaScript and TypeScript source: string literals, JSDoc and line comments.

Spec text reaches a generated `.js` or `.d.ts` file only through these functions. A literal is
JSON with the characters JSON leaves raw but JavaScript tooling treats specially (U+2028, U+2029,
lone surrogates, the BOM) escaped too; it is always double-quoted, so backticks and `${` inside
it are plain characters. A JSDoc block cannot be closed early (`*/` becomes `*\\/`) and a line
comment cannot be ended (every line terminator becomes a space).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from sdkgen.render import Code

# JSON escapes C0 controls, quotes and backslashes; these it leaves raw. U+2028/2029 end a line
# in a comment and in pre-ES2019 strings; lone surrogates cannot be written as UTF-8 at all.
_RAW_IN_JSON = re.compile(r"[\u007f-\u009f\u2028\u2029\ud800-\udfff\ufeff]")
# What ends a `//` comment or a line of a `/** */` block, for JavaScript and for editors.
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\u0085\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")
# Text that is one JSDoc line as it is: no line breaks, `*/`, `@` lead, odd spaces or controls.
_PLAIN_LINE = re.compile(
    r"^(?![\s@])(?:[^\x00-\x1f\x7f-\x9f*\u2028\u2029\ud800-\udfff\ufeff]|\*(?!/))*(?<!\s)$"
)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def _escape_raw(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group(0)):04x}"


def js_str(value: Any) -> Code:
    """A double-quoted JavaScript (and TypeScript and JSON) string literal for any text."""
    return Code(_RAW_IN_JSON.sub(_escape_raw, json.dumps(str(value), ensure_ascii=False)))


def js_literal(value: Any) -> Code:
    """A JSON value (an enum member, a default) as a JavaScript literal or TypeScript type."""
    if isinstance(value, str):
        return js_str(value)
    if value is None:
        return Code("null")
    if isinstance(value, bool):
        return Code("true" if value else "false")
    if isinstance(value, int):
        return Code(str(value))
    if isinstance(value, float):
        if math.isnan(value):
            return Code("NaN")
        if math.isinf(value):
            return Code("Infinity" if value > 0 else "-Infinity")
        return Code(str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value))
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))
    return Code(_RAW_IN_JSON.sub(_escape_raw, text))


def js_key(name: str) -> Code:
    """An object or interface key: bare when it is an identifier, else a string literal."""
    return Code(name) if _IDENTIFIER.match(name) else js_str(name)


def is_identifier_name(name: str) -> bool:
    """Can `name` follow a dot (`obj.name`)? Reserved words can, since ES5."""
    return bool(_IDENTIFIER.match(name))


def _comment_text(value: Any) -> str:
    text = _CONTROL.sub(" ", str(value))
    return _RAW_IN_JSON.sub(_escape_raw, text).replace("*/", "*\\/")


def _wrapped(line: str, width: int) -> list[str]:
    """A long line split at spaces (continuations keep its indent); short lines as they are."""
    if len(line) <= width:
        return [line]
    indent = line[: len(line) - len(line.lstrip())]
    result, current = [], ""
    for word in line.split(" "):
        if current.strip() and len(current) + 1 + len(word) > width:
            result.append(current)
            current = indent + word
        else:
            current = f"{current} {word}" if current else word
    return [*result, current] if current else result


def doc_lines(value: Any, width: int = 96) -> list[str]:
    """Spec prose as the lines of a JSDoc block: no `*/`, no stray line breaks, no blank edges.

    Lines longer than `width` wrap at spaces. A line that would start with `@` is escaped
    (`\\@`), or TypeScript would read it as a tag such as `@deprecated` or `@type`.
    """
    text = _comment_text(value).expandtabs(4)
    lines = [part.rstrip() for line in _LINE_BREAKS.split(text) for part in _wrapped(line, width)]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    result: list[str] = []
    for line in lines:
        if not line.strip() and result and not result[-1]:
            continue  # one blank line between paragraphs is enough
        stripped = line.lstrip()
        if stripped.startswith("@"):
            line = line[: len(line) - len(stripped)] + "\\" + stripped
        result.append(line)
    return result


def js_doc(value: Any, indent: int = 0, tags: tuple[str, ...] = ()) -> Code:
    """A `/** ... */` block for spec prose plus trusted tag lines, indented by `indent` spaces.

    The first line is not indented (the template places it); the block always ends in `*/`.
    """
    width = max(96 - indent, 40)
    if value is not None and not tags:
        text = str(value)
        if text and len(text) + indent < 90 and _PLAIN_LINE.match(text):
            return Code(f"/** {text} */")  # the common case, without the general machinery
    lines = doc_lines(value, width) if value is not None else []
    if tags:
        if lines:
            lines.append("")
        for tag in tags:
            lines.extend(_wrapped(" ".join(_comment_text(tag).split()), width))
    pad = " " * indent
    if not lines:
        return Code("")
    if len(lines) == 1 and len(lines[0]) + indent < 96:
        return Code(f"/** {lines[0].strip()} */")
    body = "".join(f"{pad} *{' ' + line if line else ''}\n" for line in lines)
    return Code(f"/**\n{body}{pad} */")


def js_comment(value: Any) -> Code:
    """Spec text flattened to one line, for the body of a `//` comment."""
    return Code(" ".join(_comment_text(value).split()))


def json_text(value: Any, indent: int | None = 2) -> Code:
    """A JSON document (package.json) that any JSON and JavaScript parser reads alike."""
    text = json.dumps(value, indent=indent, ensure_ascii=False)
    return Code(_RAW_IN_JSON.sub(_escape_raw, text))


def _writable(value: Any) -> str:
    """Text that can be written as UTF-8: lone surrogates become U+FFFD."""
    return _SURROGATE.sub("\ufffd", str(value))


def md_text(value: Any) -> Code:
    """Spec prose for a generated README (Markdown is documentation, not code)."""
    return Code(_writable(value).replace("\r", ""))


def md_line(value: Any) -> Code:
    return Code(" ".join(_writable(value).split()))


def md_code(value: Any) -> Code:
    """Text inside a Markdown code span or fenced block: no fence can be closed early."""
    return Code(_writable(value).replace("`", "'"))
