"""Render the Python package for an API: names, template filters, the file tree."""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import jinja2

from sdkgen import naming
from sdkgen.format import format_python
from sdkgen.ir import SecurityKind
from sdkgen.render import (
    Code,
    RenderedFile,
    make_environment,
    render_tree,
    render_weight,
    templates_root,
)
from sdkgen.targets import Backend, PackageRequest
from sdkgen.targets.pysource import md_code, md_text, py_doc, py_literal, py_str
from sdkgen.targets.python import PythonTarget, identifier
from sdkgen.versioning import python_version


def distribution_names(api_name: str, major: int) -> tuple[str, str]:
    """(distribution, import package): `orders` v1 -> (`orders-v1`, `orders_v1`)."""
    base = naming.snake_case(api_name) or "api"
    package = identifier(f"{base}_v{major}")
    return package.replace("_", "-").strip("-"), package


def _is_word(char: str) -> bool:
    return char == "_" or char.isalnum()  # what a regex's \w matches


# Past this many names to look for, listing the body's identifiers once (one regex pass, about
# 45 ns a character) beats a str.find scan per name (about 0.16 ns a character each): a
# resource module of GitHub's spec is a megabyte and imports 800 names.
_MANY_NAMES = 256
# Identifiers as maximal tokens; one after a dot keeps the dot, so it never equals a name.
_TOKEN = re.compile(r"\.?[^\W\d]\w*|\d\w*")


def _used_in(name: str, body: str) -> bool:
    """Whether the code uses `name` other than as an attribute (`x` in `x.y`, not `y`).

    Docstrings and comments count too: an import kept for one is harmless. Found with
    `str.find`: for the few dozen names most modules ask about, ten times faster than listing
    every identifier with a regex (_name_test does that when many names are asked).
    """
    start = body.find(name)
    while start != -1:
        end = start + len(name)
        before = body[start - 1] if start else " "
        after = body[end] if end < len(body) else " "
        if not (before == "." or _is_word(before) or _is_word(after)):
            return True
        start = body.find(name, start + 1)
    return False


def _bound(name: str) -> str:
    """The name an import binds: `y` for `x as y`."""
    return name.rsplit(" as ", 1)[-1]


def _name_test(
    body: str, wanted: list[tuple[int, str, list[str] | None]], every_name_used: bool
) -> Callable[[str], bool]:
    """Whether `body` uses a name (see _used_in), by the faster way for how many are asked."""
    if every_name_used:
        return lambda name: True
    asked = sum(1 if names is None else len(names) for _, _, names in wanted)
    tokens = set(_TOKEN.findall(body)) if asked > _MANY_NAMES else None

    @functools.cache
    def found(name: str) -> bool:
        if tokens is not None and name.isidentifier():
            return name in tokens
        return _used_in(name, body)

    return found


def _import_block(
    body: str, wanted: list[tuple[int, str, list[str] | None]], every_name_used: bool = False
) -> Code:
    """The import statements `body` needs, in isort's sections and order, and nothing unused.

    `wanted` lists (section, module, names): section 0 is the standard library, 1 third-party
    packages, 2 the package's own modules, 3 the package's own modules needed by annotations
    only (under `if TYPE_CHECKING:`, so importing the module does not import them); names None
    means `import module` (kept when `module.` appears in the body), and a name `x as y` is
    kept when `y` is used. With `every_name_used`, the caller vouches that all are (checking
    each of thousands of names against a long body would take seconds).
    """
    body = str(body)
    found = _name_test(body, wanted, every_name_used)
    annotations_only = any(
        section == 3 and (names is None or any(found(_bound(n)) for n in names))
        for section, _, names in wanted
    )

    def used(name: str) -> bool:
        return found(name) or (name == "TYPE_CHECKING" and annotations_only)

    sections: dict[int, list[str]] = {}
    for section, module, names in wanted:
        if names is None:
            if used(module):
                sections.setdefault(section, []).append(f"import {module}")
            continue
        kept = [n for n in names if used(_bound(n))]
        plain = [n for n in kept if " as " not in n]
        lines = [f"from {module} import {name}" for name in kept if " as " in name]
        if plain:
            line = f"from {module} import {', '.join(plain)}"
            if len(line) > 88:
                line = f"from {module} import (\n" + "".join(f"    {n},\n" for n in plain) + ")"
            lines.insert(0, line)
        if lines:
            sections.setdefault(section, []).extend(lines)
    checking = sections.pop(3, [])
    blocks = []
    for section in sorted(sections):
        plain = sorted(line for line in sections[section] if line.startswith("import "))
        froms = [line for line in sections[section] if line.startswith("from ")]
        blocks.append("\n".join(plain + froms))
    if checking:
        indented = "\n".join("    " + line for text in checking for line in text.split("\n"))
        blocks.append("if TYPE_CHECKING:\n" + indented)
    return Code("\n\n".join(blocks))


def _toml_str(value: Any) -> Code:
    return Code(json.dumps(str(value), ensure_ascii=False))


def _md_line(value: Any) -> Code:
    return md_text(" ".join(str(value).split()))


FILTERS: dict[str, Callable[..., Any]] = {
    "pystr": py_str,
    "pyliteral": py_literal,
    "doc": py_doc,
    "md": md_text,
    "mdline": _md_line,
    "mdcode": md_code,
    "tomlstr": _toml_str,
    "used_in": _used_in,
    "rendered": Code,
    "imports": _import_block,
}


def python_environment() -> jinja2.Environment:
    environment = make_environment(templates_root() / "python", FILTERS)
    environment.tests["used_in"] = _used_in
    return environment


def render_python(request: PackageRequest) -> list[RenderedFile]:
    """Every file of the package, paths relative to the package root (where pyproject.toml is)."""
    major = request.version.major
    distribution, package = distribution_names(request.name, major)
    target = PythonTarget(
        api=request.api,
        package=package,
        distribution=distribution,
        version=python_version(request.version),
        sdkgen_version=request.sdkgen_version,
    )
    folder = templates_root() / "python"
    environment = python_environment()
    expansions = {
        "package": [package],
        "group": target.group_modules,
        "models": target.model_module_names,
    }
    target.prepare()
    context = {"api": request.api, "target": target}
    uses_sigv4 = any(s.kind is SecurityKind.AWS_SIGV4 for s in request.api.security_schemes)

    def include(path: str) -> bool:
        return uses_sigv4 or not path.endswith(("/_sigv4.py", "/_aws.py"))

    weight = render_weight(
        Counter(target.groups[op.group] for op in request.api.operations),
        {module: len(target.models_in(module)) for module in target.model_module_names},
        # errors.py works out every operation's error cases: on GitHub's spec, half a group's
        # time per operation.
        {"%package/errors.py.jinja": len(request.api.operations) // 2},
    )
    return render_tree(folder, environment, expansions, context, include, weight)


BACKEND = Backend(
    language="python",
    folder_name=lambda request: distribution_names(request.name, request.version.major)[0],
    render=render_python,
    finish=format_python,
    environment=python_environment,
)
PYTHON = BACKEND
