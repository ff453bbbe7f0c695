"""Render a target's template tree into files, with one strict Jinja environment.

The template tree mirrors the output tree. A file ending in `.jinja` is rendered, any other file
is copied as it is (the runtime modules are real source). A path segment `%name` expands once per
value the target lists for `name` (`%group` -> one module per resource group), and the template
sees that value as the variable `name`. A file named like `_macros.jinja` (underscore, no other
extension) is a macro library, not output.

Spec text must never become code. Every `{{ ... }}` passes through `_finalize`: text that came out
of a quoting filter (`Code`) or is made only of identifier-like characters goes through; anything
else stops the build. So a description or enum value can reach the output only through a filter
that turns it into a string literal, a docstring or a comment.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, cast

import jinja2

from sdkgen.errors import BuildError

_SEGMENT = re.compile(r"^%([a-z_]+)(?:\.|$)")  # `%group`, `%group.js.jinja`
_CODE_SAFE = re.compile(r"^[A-Za-z0-9_.,\[\]|(){}:=<>!* +\-\n]*$")


class Code(str):
    """Text a filter made safe to place in generated source."""


_SAFE_TYPES = frozenset({Code, int, bool, float, type(None)})
_code_safe = _CODE_SAFE.match


def _finalize(value: Any) -> Any:
    kind = type(value)  # exact types first: this runs for every `{{ }}` of every file
    if kind in _SAFE_TYPES:
        return value
    if kind is str:
        # An ASCII identifier (most of what templates emit) is safe; two C calls say so in a
        # third of the regex's time.
        if (value.isidentifier() and value.isascii()) or _code_safe(value):
            return value
    elif isinstance(value, Code | bool | int | float):
        return value
    raise BuildError(f"template tried to emit unquoted text: {str(value)[:60]!r}")


def templates_root() -> Path:
    """The template folder: inside the installed wheel, or beside the source checkout."""
    packaged = resources.files("sdkgen") / "_templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "templates"


@dataclass(frozen=True)
class RenderedFile:
    path: str  # relative, with / separators
    content: bytes


_bytecode_cache: ContextVar[jinja2.BytecodeCache | None] = ContextVar(
    "sdkgen_template_cache", default=None
)


@contextmanager
def template_cache(folder: Path | None) -> Iterator[None]:
    """Keep compiled templates in `folder` while rendering (Jinja compiles ~0.3 s otherwise)."""
    if folder is None:
        yield
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        yield  # no cache, same output
        return
    token = _bytecode_cache.set(jinja2.FileSystemBytecodeCache(str(folder)))
    try:
        yield
    finally:
        _bytecode_cache.reset(token)


def compile_ahead(
    environment: Callable[[], jinja2.Environment], folder: Path
) -> Callable[[], None]:
    """Compile every template into the bytecode cache `folder` in a forked process; returns
    what waits for it to finish.

    With an empty cache (a first build) Jinja spends ~0.1 s compiling: this way the second core
    does it while this process loads and normalizes the spec, and rendering reads the compiled
    code from the cache in a few milliseconds. Nothing starts when the cache already holds
    compiled templates, or without fork().
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        return lambda: None
    try:
        if any(folder.glob("__jinja2_*.cache")):
            return lambda: None
    except OSError:
        return lambda: None
    for stream in (sys.stdout, sys.stderr):  # else the child flushes a copy of what is pending
        stream.flush()
    process = multiprocessing.get_context("fork").Process(
        target=_compile_all, args=(environment, folder)
    )
    process.start()
    return process.join


def _compile_all(environment: Callable[[], jinja2.Environment], folder: Path) -> None:
    with template_cache(folder):
        compiling = environment()
        for name in compiling.list_templates(extensions=["jinja"]):
            if in_tool_cache(Path(name)):
                continue
            # A template that fails here fails again in the render, which reports it.
            with suppress(jinja2.TemplateError, OSError):
                compiling.get_template(name)


def make_environment(folder: Path, filters: Mapping[str, Callable[..., Any]]) -> jinja2.Environment:
    environment = jinja2.Environment(
        bytecode_cache=_bytecode_cache.get(),
        loader=jinja2.FileSystemLoader(str(folder)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        finalize=_finalize,
    )
    environment.filters.update(filters)
    return environment


def in_tool_cache(relative: Path) -> bool:
    """Inside `__pycache__`, `.mypy_cache` or the like: folders tools write beside sources."""
    return any(part == "__pycache__" or part.startswith(".") for part in relative.parts[:-1])


def render_tree(
    folder: Path,
    environment: jinja2.Environment,
    expansions: Mapping[str, list[str]],
    context: Mapping[str, Any],
    include: Callable[[str], bool] = lambda path: True,
    weight: Callable[[str, Mapping[str, str]], int] = lambda template, values: 0,
) -> list[RenderedFile]:
    """Every output file of the tree (that `include` accepts), in a stable order.

    `weight` guesses how long a file takes to render from its template and expansion values (a
    group with 600 operations, say): workers start with the heaviest, so none is left for last.
    """
    jobs: list[_Job] = []
    for source in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = source.relative_to(folder)
        macros = relative.name.startswith("_") and relative.name.count(".") == 1
        if macros and relative.suffix == ".jinja":
            continue  # a macro library such as _macros.jinja
        if in_tool_cache(relative):
            continue
        for values, out_parts in _expand(relative.parts, expansions):
            out_path = "/".join(out_parts)
            if include(out_path.removesuffix(".jinja")):
                jobs.append((source, relative.as_posix(), values, out_path))
    weights = [weight(name, values) for _, name, values, _ in jobs]
    return _render_jobs(jobs, environment, context, weights)


def render_weight(
    operations_per_group: Mapping[str, int],
    types_per_models: Mapping[str, int],
    operations_per_template: Mapping[str, int] | None = None,
) -> Callable[[str, Mapping[str, str]], int]:
    """A `weight` for render_tree from the `%group` and `%models` expansions: a module's
    operations and types (an operation renders to several times a type's code).

    `operations_per_template` weighs single files that work through many operations (a module
    of every error response, say), which would otherwise come last and keep one worker busy
    while the others wait.
    """
    others = operations_per_template or {}

    def weight(template: str, values: Mapping[str, str]) -> int:
        if "group" in values:
            return 5 * operations_per_group.get(values["group"], 0)
        if "models" in values:
            return types_per_models.get(values["models"], 0)
        return 5 * others.get(template, 0)

    return weight


_Job = tuple[Path, str, dict[str, str], str]
# Below this many files, starting worker processes costs more than it saves.
PARALLEL_FROM = 40
_shared_state: tuple[list[_Job], jinja2.Environment, Mapping[str, Any]] | None = None


def _render_one(index: int) -> RenderedFile:
    assert _shared_state is not None
    jobs, environment, context = _shared_state
    source, name, values, out_path = jobs[index]
    if source.suffix != ".jinja":
        return RenderedFile(out_path, source.read_bytes())
    text = environment.get_template(name).render({**context, **values})
    return RenderedFile(out_path.removesuffix(".jinja"), text.encode("utf-8"))


def _render_jobs(
    jobs: list[_Job],
    environment: jinja2.Environment,
    context: Mapping[str, Any],
    weights: list[int],
) -> list[RenderedFile]:
    """Render sequentially, or for large trees in forked workers that share the parsed IR.

    Forking hands every worker the IR and the compiled templates for free (copy-on-write);
    only the rendered text travels back. Output order and bytes do not depend on the workers.
    """
    global _shared_state
    for _source, name, _values, _out in jobs:
        if name.endswith(".jinja"):
            environment.get_template(name)  # compile once, before any fork
    _shared_state = (jobs, environment, context)
    try:
        workers = min(os.cpu_count() or 1, 4)
        forkable = "fork" in multiprocessing.get_all_start_methods()
        if len(jobs) < PARALLEL_FROM or workers < 2 or not forkable:
            return [_render_one(index) for index in range(len(jobs))]
        heaviest_first = sorted(range(len(jobs)), key=lambda index: -weights[index])
        rendered: list[RenderedFile | None] = [None] * len(jobs)
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            # Four files a round trip: one each left the workers idle a fifth of the time.
            done = pool.imap(_render_one, heaviest_first, chunksize=4)
            for index, file in zip(heaviest_first, done, strict=True):
                rendered[index] = file
        return cast(list[RenderedFile], rendered)  # zip(strict=True) filled every slot
    finally:
        _shared_state = None


def _expand(
    parts: Iterable[str], expansions: Mapping[str, list[str]]
) -> Iterable[tuple[dict[str, str], list[str]]]:
    parts = list(parts)
    names = [
        m.group(1)
        for p in parts
        if (m := _SEGMENT.match(p.removesuffix(".py.jinja").removesuffix(".jinja")))
    ]
    for name in names:
        if name not in expansions:
            raise BuildError(f"template path names an unknown expansion: %{name}")
    for combination in itertools.product(*(expansions[name] for name in names)):
        values = dict(zip(names, combination, strict=True))
        out_parts = []
        for part in parts:
            for name, value in values.items():
                part = part.replace(f"%{name}", value)
            out_parts.append(part)
        yield values, out_parts
