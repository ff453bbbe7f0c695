"""Language backends. Each turns the IR into the files of one package; nothing else crosses."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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


def backends() -> dict[str, Backend]:
    from sdkgen.targets.python_package import PYTHON

    found = {PYTHON.language: PYTHON}
    try:  # the Node backend lands separately; until then only Python is offered
        node: Backend = importlib.import_module("sdkgen.targets.node_package").NODE
    except ModuleNotFoundError:
        return found
    found[node.language] = node
    return found
