"""Render the Python package for an API: names, template filters, the file tree."""

from __future__ import annotations

import json
import re
from typing import Any

from sdkgen import naming
from sdkgen.ir import Api
from sdkgen.render import Code, RenderedFile, make_environment, render_tree, templates_root
from sdkgen.targets.pysource import md_code, md_text, py_doc, py_literal, py_str
from sdkgen.targets.python import PythonTarget, identifier


def distribution_names(api_name: str, major: int) -> tuple[str, str]:
    """(distribution, import package): `orders` v1 -> (`orders-v1`, `orders_v1`)."""
    base = naming.snake_case(api_name) or "api"
    package = identifier(f"{base}_v{major}")
    return package.replace("_", "-").strip("-"), package


def _uses(body: str, name: str) -> bool:
    return re.search(rf"(?<![\w.]){re.escape(name)}\b", str(body)) is not None


def _used_in(name: str, body: str) -> bool:
    return _uses(body, name)


def _import_block(body: str, wanted: list[tuple[int, str, list[str] | None]]) -> Code:
    """The import statements `body` needs, in isort's sections and order, and nothing unused.

    `wanted` lists (section, module, names): section 0 is the standard library, 1 third-party
    packages, 2 the package's own modules; names None means `import module` (kept when
    `module.` appears in the body), and a name `x as y` is kept when `y` is used.
    """
    sections: dict[int, list[str]] = {}
    for section, module, names in wanted:
        if names is None:
            alias = module.rsplit(" as ", 1)[-1]
            if _uses(body, alias):
                sections.setdefault(section, []).append(f"import {module}")
            continue
        used = [n for n in names if _uses(body, n.rsplit(" as ", 1)[-1])]
        if not used:
            continue
        line = f"from {module} import {', '.join(used)}"
        if len(line) > 88:
            line = f"from {module} import (\n" + "".join(f"    {n},\n" for n in used) + ")"
        sections.setdefault(section, []).append(line)
    blocks = []
    for section in sorted(sections):
        plain = sorted(l for l in sections[section] if l.startswith("import "))
        froms = [l for l in sections[section] if l.startswith("from ")]
        blocks.append("\n".join(plain + froms))
    return Code("\n\n".join(blocks))


def _toml_str(value: Any) -> Code:
    return Code(json.dumps(str(value), ensure_ascii=False))


def _md_line(value: Any) -> Code:
    return md_text(" ".join(str(value).split()))


FILTERS = {
    "pystr": py_str,
    "pyliteral": py_literal,
    "doc": py_doc,
    "md": md_text,
    "mdline": _md_line,
    "mdcode": md_code,
    "tomlstr": _toml_str,
    "uses": _uses,
    "used_in": _used_in,
    "rendered": Code,
    "imports": _import_block,
}


def render_python(api: Api, *, name: str, version: str, major: int, sdkgen_version: str) -> list[RenderedFile]:
    """Every file of the package, paths relative to the package root (where pyproject.toml is)."""
    distribution, package = distribution_names(name, major)
    target = PythonTarget(
        api=api,
        package=package,
        distribution=distribution,
        version=version,
        sdkgen_version=sdkgen_version,
    )
    folder = templates_root() / "python"
    environment = make_environment(folder, FILTERS)
    environment.tests["used_in"] = _used_in
    expansions = {
        "package": [package],
        "group": target.group_modules,
        "models": target.model_module_names,
    }
    return render_tree(folder, environment, expansions, {"api": api, "target": target})
