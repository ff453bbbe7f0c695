"""Project configuration: the APIs a repository generates, in `sdkgen.toml` or `[tool.sdkgen]`.

One CI job usually builds and publishes several APIs. The file lists them; `sdkgen build` and
`sdkgen publish` without a spec or folder use it. It holds no credentials: those come from the
environment (TWINE_USERNAME / TWINE_PASSWORD, NPM_TOKEN). Unknown keys are errors that name the
key, so a typo never silently changes what gets published.

    [[api]]
    spec = "specs/orders.yaml"
    name = "orders"                     # default: info.title
    languages = ["python", "node"]      # default: both
    out = "sdks"                        # packages go to <out>/<language>/<package>
    npm-scope = "@acme"
    package-version = "1.2.0"           # default: info.version
    previous = "released/orders.yaml"   # refuse a breaking change without a major bump

    [publish]
    repository-url = "https://pypi.internal.example/"
    registry = "https://npm.internal.example/"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sdkgen.errors import ConfigError

_API_KEYS = {"spec", "name", "languages", "out", "npm-scope", "package-version", "previous"}
_PUBLISH_KEYS = {"repository-url", "registry"}
_TOP_KEYS = {"api", "publish"}


@dataclass(frozen=True)
class ApiConfig:
    spec: Path
    name: str | None = None
    languages: tuple[str, ...] = ("python", "node")
    out: Path = Path("sdks")
    npm_scope: str | None = None
    package_version: str | None = None
    previous: Path | None = None


@dataclass(frozen=True)
class ProjectConfig:
    source: Path
    apis: tuple[ApiConfig, ...] = ()
    repository_url: str | None = None
    registry: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def find_config(folder: Path) -> ProjectConfig | None:
    """sdkgen.toml, else pyproject.toml's [tool.sdkgen], in `folder`; None when neither exists."""
    own = folder / "sdkgen.toml"
    if own.is_file():
        return parse(own, _read(own))
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file():
        table = _read(pyproject).get("tool", {}).get("sdkgen")
        if isinstance(table, dict) and "api" in table:
            return parse(pyproject, table, prefix="tool.sdkgen.")
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None


def parse(source: Path, table: dict[str, Any], prefix: str = "") -> ProjectConfig:
    _no_unknown(source, table, _TOP_KEYS, prefix)
    apis_raw = table.get("api", [])
    if not isinstance(apis_raw, list) or not apis_raw:
        raise ConfigError(f"{source}: {prefix}api must be a list of tables ([[api]])")
    base = source.parent
    apis = tuple(
        _api(source, base, entry, f"{prefix}api[{i}].") for i, entry in enumerate(apis_raw)
    )
    publish = table.get("publish", {})
    if not isinstance(publish, dict):
        raise ConfigError(f"{source}: {prefix}publish must be a table")
    _no_unknown(source, publish, _PUBLISH_KEYS, f"{prefix}publish.")
    return ProjectConfig(
        source=source,
        apis=apis,
        repository_url=_text(source, publish, "repository-url", f"{prefix}publish."),
        registry=_text(source, publish, "registry", f"{prefix}publish."),
    )


def _api(source: Path, base: Path, entry: Any, prefix: str) -> ApiConfig:
    if not isinstance(entry, dict):
        raise ConfigError(f"{source}: {prefix.rstrip('.')} must be a table")
    _no_unknown(source, entry, _API_KEYS, prefix)
    spec = _text(source, entry, "spec", prefix)
    if spec is None:
        raise ConfigError(f"{source}: {prefix}spec is required")
    languages = entry.get("languages", ["python", "node"])
    if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
        raise ConfigError(f"{source}: {prefix}languages must be a list of names")
    previous = _text(source, entry, "previous", prefix)
    return ApiConfig(
        spec=base / spec,
        name=_text(source, entry, "name", prefix),
        languages=tuple(languages),
        out=base / (_text(source, entry, "out", prefix) or "sdks"),
        npm_scope=_text(source, entry, "npm-scope", prefix),
        package_version=_text(source, entry, "package-version", prefix),
        previous=base / previous if previous else None,
    )


def _no_unknown(source: Path, table: dict[str, Any], known: set[str], prefix: str) -> None:
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(
            f"{source}: unknown key {prefix}{unknown[0]} (known: {', '.join(sorted(known))})"
        )


def _text(source: Path, table: dict[str, Any], key: str, prefix: str) -> str | None:
    value = table.get(key)
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"{source}: {prefix}{key} must be a string")
    return value
