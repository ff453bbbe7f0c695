"""Language backends. Each turns the IR into the files of one package; nothing else crosses."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import jinja2
import semver

from sdkgen.ir import Api
from sdkgen.render import RenderedFile


@dataclass(frozen=True, kw_only=True)
class PackageRequest:
    """What a backend needs besides the IR."""

    api: Api
    name: str  # the API name packages are named after
    version: semver.Version
    sdkgen_version: str
    npm_scope: str | None = None


@dataclass(frozen=True, kw_only=True)
class Backend:
    language: str
    folder_name: Callable[[PackageRequest], str]  # default output folder under sdks/<language>/
    render: Callable[[PackageRequest], list[RenderedFile]]
    finish: Callable[[Path, str], None]  # runs in the staging folder: (folder, formatter)
    environment: Callable[[], jinja2.Environment]  # the templates render renders with


_MODULES = {"python": "sdkgen.targets.python_package", "node": "sdkgen.targets.node_package"}


def languages() -> list[str]:
    """The languages whose backend is present."""
    return sorted(name for name, module in _MODULES.items() if importlib.util.find_spec(module))


def backend(language: str) -> Backend:
    """The backend for `language`, imported on first use (a Python build never loads Node's)."""
    if language not in languages():
        raise KeyError(language)
    module = importlib.import_module(_MODULES[language])
    found: Backend = getattr(module, "BACKEND", None) or getattr(module, language.upper())
    return found


def backends() -> dict[str, Backend]:
    """Every present backend, imported (for tools that render all languages, like golden files)."""
    return {language: backend(language) for language in languages()}
