"""Package versions: semver from the spec's `info.version` or from `--package-version`, and the
release rules `sdkgen diff` and `sdkgen build --previous` apply to them.

The major version is part of every package name (`orders-v2`), so a breaking change must bump it:
that is what lets a v1 and a v2 client install side by side. All parsing and comparing goes
through the `semver` library; the only completion done by hand is `1.2` -> `1.2.0`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum

import semver

from sdkgen.errors import ConfigError, ReleaseError


class Bump(Enum):
    """The part of the version a set of changes calls for."""

    MAJOR = "major"
    MINOR = "minor"
    PATCH = "patch"
    NONE = "none"


def package_version(api_version: str, override: str | None) -> tuple[semver.Version, str | None]:
    """The package's semver version, and a note when the spec's version had to be completed."""
    if override is not None:
        return parse_option(override, "--package-version"), None
    text = api_version.strip()
    try:
        return semver.Version.parse(text), None
    except ValueError:
        pass
    completed = _major_minor(text)
    if completed is not None:
        return completed, f"info.version {text!r} taken as {completed}"
    raise ConfigError(
        f"info.version {api_version!r} is not a semver version: pass --package-version (like 1.0.0)"
    )


def parse_option(text: str, option: str) -> semver.Version:
    """A version given on the command line; a leading `v` (`v2.0.0`) is allowed there."""
    try:
        return semver.Version.parse(text.strip().removeprefix("v"))
    except ValueError:
        raise ConfigError(f"{option} {text!r} is not a semver version (like 1.2.3)") from None


def _major_minor(text: str) -> semver.Version | None:
    """`1.2` as 1.2.0. semver's own lenient parse also takes `1` and `2024-01-01` (as
    2024.0.0-01-01), so the result is kept only when it spells exactly MAJOR.MINOR."""
    try:
        version = semver.Version.parse(text, optional_minor_and_patch=True)
    except ValueError:
        return None
    return version if f"{version.major}.{version.minor}" == text else None


def suggested_version(previous: semver.Version, bump: Bump) -> semver.Version:
    """The next version for a bump; a pre-release moves to its own release (2.0.0-rc.1 -> 2.0.0
    for any bump up to major), as semver's `next_version` does."""
    if bump is Bump.NONE:
        return previous
    return previous.next_version(bump.value)


def check_release(
    previous: semver.Version, new: semver.Version, breaking: Sequence[str]
) -> list[str]:
    """Refuse a release whose version does not fit the changes; returns notes when it does.

    The version must increase, and when anything is breaking the major must increase too. A
    pre-release (2.0.0-beta.1 -> 2.0.0) may still break within its major: semver item 9 says a
    pre-release "might not satisfy the intended compatibility requirements".
    """
    if new <= previous:
        raise ReleaseError(
            f"version {new} does not increase over the previous version {previous}", []
        )
    if breaking and new.major == previous.major and not previous.prerelease:
        raise ReleaseError(
            f"version {new} keeps major version {previous.major} of the previous version "
            f"{previous}, but {len(breaking)} change(s) break code written against it; "
            f"release {suggested_version(previous, Bump.MAJOR)} instead:",
            list(breaking),
        )
    return [f"version {new} fits the changes since {previous} ({len(breaking)} breaking)"]


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
