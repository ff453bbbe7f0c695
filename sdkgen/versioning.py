"""Package versions: semver from the spec's `info.version` or from `--package-version`."""

from __future__ import annotations

import re

import semver

from sdkgen.errors import ConfigError


def package_version(api_version: str, override: str | None) -> tuple[semver.Version, str | None]:
    """The package's semver version, and a note when the spec's version had to be completed."""
    if override is not None:
        try:
            return semver.Version.parse(override.removeprefix("v")), None
        except ValueError:
            raise ConfigError(
                f"--package-version {override!r} is not a semver version (like 1.2.3)"
            ) from None
    text = api_version.strip()
    try:
        return semver.Version.parse(text), None
    except ValueError:
        pass
    if re.fullmatch(r"\d+\.\d+", text):
        return semver.Version.parse(text + ".0"), f"info.version {text!r} taken as {text}.0"
    raise ConfigError(
        f"info.version {api_version!r} is not a semver version: pass --package-version (like 1.0.0)"
    )


def python_version(version: semver.Version) -> str:
    """The PEP 440 spelling of a semver version (2.0.0-beta.1 -> 2.0.0b1)."""
    base = f"{version.major}.{version.minor}.{version.patch}"
    if not version.prerelease:
        return base
    match = re.fullmatch(r"(alpha|a|beta|b|rc|c|pre|preview)[.-]?(\d*)", version.prerelease, re.I)
    if match:
        tag = {"alpha": "a", "a": "a", "beta": "b", "b": "b"}.get(match.group(1).lower(), "rc")
        return f"{base}{tag}{match.group(2) or 0}"
    return f"{base}.dev0"
