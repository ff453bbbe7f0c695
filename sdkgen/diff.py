"""`sdkgen diff OLD NEW`: every difference between two versions of an API, each classified from
the point of view of code written against the SDK generated from OLD.

A change is breaking when such code could stop type-checking or stop working, even where the
HTTP contract alone looks compatible: a renamed operationId renames the generated method, a
renamed schema renames the model class. The comparison runs on the two IRs, so a Swagger 2.0 and
an OpenAPI 3 description of the same API show no change, and it is keyed on what the SDK exposes:
operations by id and by method + path, types by name and structure. The rules are listed, with
how they relate to oasdiff's and openapi-diff's, in the README's `diff` section.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import semver

from sdkgen.build import Report, load_api
from sdkgen.diff_locate import Locator
from sdkgen.diff_model import Change, Changes, Impact
from sdkgen.diff_operations import OperationDiff, match_operations, title
from sdkgen.diff_schemas import SchemaDiff, match_types
from sdkgen.diff_security import SecurityDiff
from sdkgen.diff_types import TypeComparer, usage
from sdkgen.errors import ConfigError
from sdkgen.ir import Api, Server
from sdkgen.load import LoadedSpec
from sdkgen.versioning import (
    Bump,
    check_release,
    package_version,
    parse_option,
    suggested_version,
)

__all__ = ["ApiDiff", "Change", "Impact", "check_previous", "diff_apis", "diff_specs"]


@dataclass(frozen=True, kw_only=True)
class ApiDiff:
    """The changes from one API version to the next, and the release they call for."""

    changes: tuple[Change, ...]
    old_version: semver.Version | None = None  # the old package's version, when known

    def of(self, impact: Impact) -> list[Change]:
        return [change for change in self.changes if change.impact is impact]

    @property
    def breaking(self) -> list[Change]:
        return self.of(Impact.BREAKING)

    @property
    def bump(self) -> Bump:
        if self.breaking:
            return Bump.MAJOR
        if self.of(Impact.NON_BREAKING):
            return Bump.MINOR
        return Bump.PATCH if self.changes else Bump.NONE

    @property
    def suggested_version(self) -> semver.Version | None:
        if self.old_version is None:
            return None
        return suggested_version(self.old_version, self.bump)


def diff_apis(
    old: Api,
    new: Api,
    *,
    old_document: dict[str, Any] | None = None,
    new_document: dict[str, Any] | None = None,
    old_version: semver.Version | None = None,
) -> ApiDiff:
    """Compare two IRs; the spec documents, when given, supply the JSON pointers."""
    changes = Changes(
        old=old, new=new, old_at=Locator(old_document, old), new_at=Locator(new_document, new)
    )
    _info(changes)
    _servers(changes)
    security = SecurityDiff(changes)
    security.api_default()
    comparer = TypeComparer(old, new, match_types(old, new))
    pairs, removed, added = match_operations(old.operations, new.operations)
    for op in removed:
        changes.add(
            Impact.BREAKING,
            "operation-removed",
            f"{title(op)} was removed: its generated method is gone",
            op.pointer,
            None,
        )
    operations = OperationDiff(changes, comparer)
    for before, after in pairs:
        operations.run(before, after)
        security.operation(before, after)
    for op in added:
        changes.add(
            Impact.NON_BREAKING, "operation-added", f"{title(op)} was added", None, op.pointer
        )
    SchemaDiff(changes, comparer, usage(old)).run()
    return ApiDiff(changes=tuple(changes.found), old_version=old_version)


def diff_specs(
    old_path: str | Path, new_path: str | Path, report: Report, *, old_version: str | None = None
) -> ApiDiff:
    """Load, validate and compare two spec files. The old package version is `old_version`
    (from `--old-version`) or else OLD's `info.version` when that is semver; else unknown."""
    old_spec, old = load_api(old_path, report)
    new_spec, new = load_api(new_path, report)
    version = parse_option(old_version, "--old-version") if old_version else _semver(old.version)
    return diff_apis(
        old,
        new,
        old_document=old_spec.document,
        new_document=new_spec.document,
        old_version=version,
    )


def check_previous(
    previous_path: str | Path,
    spec: LoadedSpec,
    api: Api,
    version: semver.Version,
    report: Report,
    *,
    previous_version: str | None = None,
) -> list[str]:
    """For `sdkgen build --previous OLD`: refuse (ReleaseError) a package version that does not
    fit the changes since OLD; returns notes for the report when it does."""
    old_spec, old = load_api(previous_path, report)
    if previous_version:
        old_version: semver.Version | None = parse_option(previous_version, "--previous-version")
    else:
        old_version = _semver(old.version)
    if old_version is None:
        raise ConfigError(
            f"the previous spec's info.version {old.version!r} is not a semver version: "
            "pass --previous-version (the version its package was released as)"
        )
    result = diff_apis(old, api, old_document=old_spec.document, new_document=spec.document)
    breaking = [change.message for change in result.breaking]
    return check_release(old_version, version, breaking)


def _semver(api_version: str) -> semver.Version | None:
    try:
        return package_version(api_version, None)[0]
    except ConfigError:
        return None


def _info(changes: Changes) -> None:
    old, new = changes.old, changes.new
    for field, label in (("version", "info.version"), ("title", "info.title")):
        before, after = getattr(old, field), getattr(new, field)
        if before != after:
            note = " (packages built without --name are named after it)" if field == "title" else ""
            changes.add(
                Impact.DOCS,
                f"info-{field}-changed",
                f"{label} changed from {before!r} to {after!r}{note}",
                changes.old_at.child("/info", field),
                changes.new_at.child("/info", field),
            )
    if old.description != new.description:
        pointers = (
            changes.old_at.child("/info", "description"),
            changes.new_at.child("/info", "description"),
        )
        changes.add(Impact.DOCS, "info-description-changed", "info.description changed", *pointers)
    if old.binary_media_types != new.binary_media_types:
        changes.add(
            Impact.NON_BREAKING,
            "binary-media-types-changed",
            f"binary media types changed to {', '.join(new.binary_media_types) or 'none'}",
            changes.old_at.child("", "x-amazon-apigateway-binary-media-types"),
            changes.new_at.child("", "x-amazon-apigateway-binary-media-types"),
        )


def _servers(changes: Changes) -> None:
    """The generated client defaults to the first server; its URL and variables are its base
    URL and its constructor's keyword arguments (`stage=`), so changing them breaks."""
    old = changes.old.servers[0] if changes.old.servers else Server(url="")
    new = changes.new.servers[0] if changes.new.servers else Server(url="")
    o, n = changes.old_at.server(), changes.new_at.server()
    if old.url != new.url:
        changes.add(
            Impact.BREAKING,
            "server-url-changed",
            f"server URL changed from {old.url!r} to {new.url!r}: the client's default base URL "
            "changes",
            o,
            n,
        )
    new_vars = {v.name: v for v in new.variables}
    for var in old.variables:
        later = new_vars.get(var.name)
        if later is None:
            message = f"server variable {var.name} removed: the client's keyword for it is gone"
            changes.add(Impact.BREAKING, "server-variable-removed", message, o, n)
            continue
        if var.default != later.default:
            message = f"server variable {var.name}: default changed from {var.default!r} to "
            message += f"{later.default!r}"
            changes.add(Impact.BREAKING, "server-variable-default-changed", message, o, n)
        lost = [value for value in var.enum if later.enum and value not in later.enum]
        if lost or (later.enum and not var.enum):
            message = f"server variable {var.name}: allowed values narrowed to {list(later.enum)}"
            changes.add(Impact.BREAKING, "server-variable-narrowed", message, o, n)
    old_names = {v.name for v in old.variables}
    for var in new.variables:
        if var.name not in old_names:
            message = f"server variable {var.name} added (default {var.default!r})"
            changes.add(Impact.NON_BREAKING, "server-variable-added", message, o, n)
    others_old = [s.url for s in changes.old.servers[1:]]
    others_new = [s.url for s in changes.new.servers[1:]]
    if others_old != others_new:
        message = f"other servers changed to {others_new or 'none'}"
        changes.add(Impact.NON_BREAKING, "servers-changed", message, o, n)
