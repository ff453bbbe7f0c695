"""Package versions from `info.version`, and the rules a release's version must follow."""

from __future__ import annotations

import pytest
import semver

from sdkgen.errors import ConfigError, ReleaseError
from sdkgen.versioning import Bump, check_release, package_version, suggested_version

V = semver.Version.parse


@pytest.mark.parametrize(
    ("info_version", "expected", "noted"),
    [
        ("1.1.1", "1.1.1", False),
        ("2.0.0-beta.1", "2.0.0-beta.1", False),
        ("1.0.0+build.5", "1.0.0+build.5", False),
        ("1.2", "1.2.0", True),
        (" 3.4 ", "3.4.0", True),
    ],
)
def test_semver_info_versions_are_used(info_version: str, expected: str, noted: bool) -> None:
    version, note = package_version(info_version, None)
    assert str(version) == expected
    assert (note is not None) is noted


@pytest.mark.parametrize(
    "info_version",
    ["2024-01-01", "2024-05-01T10:00:00Z", "v3", "v1.2.3", "latest", "1", "01.2", ""],
)
def test_other_info_versions_need_the_option(info_version: str) -> None:
    with pytest.raises(ConfigError, match="pass --package-version"):
        package_version(info_version, None)


def test_the_option_wins_and_may_start_with_v() -> None:
    assert package_version("2024-01-01", "v2.0.0") == (V("2.0.0"), None)
    with pytest.raises(ConfigError, match="--package-version 'v3' is not a semver version"):
        package_version("1.0.0", "v3")


@pytest.mark.parametrize(
    ("previous", "bump", "expected"),
    [
        ("1.1.1", Bump.MAJOR, "2.0.0"),
        ("1.1.1", Bump.MINOR, "1.2.0"),
        ("1.1.1", Bump.PATCH, "1.1.2"),
        ("1.1.1", Bump.NONE, "1.1.1"),
        ("2.0.0-rc.1", Bump.MAJOR, "2.0.0"),
    ],
)
def test_suggested_version(previous: str, bump: Bump, expected: str) -> None:
    assert str(suggested_version(V(previous), bump)) == expected


def test_breaking_changes_need_a_new_major() -> None:
    with pytest.raises(ReleaseError) as raised:
        check_release(V("1.1.1"), V("1.2.0"), ["operation x was removed"])
    assert "keeps major version 1" in str(raised.value) and "release 2.0.0 instead" in str(
        raised.value
    )
    assert raised.value.details == ["operation x was removed"]
    assert check_release(V("1.1.1"), V("2.0.0"), ["operation x was removed"])


def test_the_version_must_increase() -> None:
    for new in ("1.1.1", "1.1.0", "1.1.1-rc.1"):
        with pytest.raises(ReleaseError, match="does not increase"):
            check_release(V("1.1.1"), V(new), [])
    assert check_release(V("1.1.1"), V("1.1.2"), [])


def test_a_prerelease_may_still_break_within_its_major() -> None:
    assert check_release(V("2.0.0-beta.1"), V("2.0.0"), ["a breaking change"])
