"""Check a spec against the Swagger/OpenAPI standard; sort what is wrong into errors and warnings.

Two tiers, both from openapi-spec-validator:
- `check_structure` validates the document against the official schema that openapi-spec-validator
  ships, with the jsonschema-rs engine (about 50 ms on GitHub's 13 MB spec). Every build runs it.
- `check_deep` runs openapi-spec-validator's full keyword walk as well (defaults against their
  schemas, duplicate operationIds, undeclared path parameters). It takes ~15 s on GitHub's spec,
  so builds run it only with `--strict`; `sdkgen validate` always does. The normalizer checks the
  few of these that change what gets generated on its own, as it goes.

Real specs are often slightly off in ways that leave their meaning clear (a wrong-typed example,
an unknown field, a regex dialect Python cannot compile). Those become warnings; what leaves the
meaning unclear (missing required structure, a value of the wrong kind) is an error.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from sdkgen.errors import BuildError, Diagnostic, Severity, SpecError
from sdkgen.load import LoadedSpec, pointer_join

_SCHEMA_FOLDER = {"2.0": "v2.0", "3.0": "v3.0", "3.1": "v3.1"}
# Parts of a spec that document rather than define: problems inside them cannot change a client.
_DOCUMENTARY_KEYS = {"example", "examples", "default", "info", "externalDocs", "tags", "xml"}
_UNION_KINDS = {"OneOfNotValid", "AnyOf"}
# Schema keywords that only constrain values: a malformed one is ignored, the types stand.
_VALUE_CONSTRAINTS = {
    "pattern",
    "format",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
}
_LENIENT_KINDS = {
    "AdditionalProperties",
    "UnevaluatedProperties",
    "Pattern",
    "Format",
    "PropertyNames",
    "FalseSchema",
}


def detect_version(spec: LoadedSpec) -> str:
    """'2.0', '3.0' or '3.1'; anything else is not a document sdkgen can read."""
    document = spec.document
    swagger = document.get("swagger")
    openapi = document.get("openapi")
    if swagger is not None:
        if str(swagger) == "2.0":
            return "2.0"
        raise SpecError.at(
            spec.display_name, "/swagger", f"unsupported Swagger version {swagger!r}"
        )
    if isinstance(openapi, str):
        for version in ("3.0", "3.1"):
            if openapi == version or openapi.startswith(version + "."):
                return version
        raise SpecError.at(
            spec.display_name, "/openapi", f"unsupported OpenAPI version {openapi!r}"
        )
    raise SpecError.at(
        spec.display_name, "", "not a Swagger/OpenAPI document: no 'swagger' or 'openapi' field"
    )


@cache
def _structure_validator(version: str) -> Any:
    import jsonschema_rs

    schema = json.loads((_schema_folder() / _SCHEMA_FOLDER[version] / "schema.json").read_bytes())
    return jsonschema_rs.validator_for(schema)


def _schema_folder() -> Path:
    """openapi-spec-validator's schema files, found without importing the package.

    Importing it loads jsonschema, referencing and friends (about 0.5 s): most of a small build."""
    found = find_spec("openapi_spec_validator")
    if found is None or not found.submodule_search_locations:
        raise BuildError("openapi-spec-validator is not installed")
    return Path(next(iter(found.submodule_search_locations))) / "resources" / "schemas"


def check_structure(spec: LoadedSpec, version: str) -> list[Diagnostic]:
    """Validate against the official schema; fast enough to run on every build."""
    validator = _structure_validator(version)
    found = []
    for error in validator.iter_errors(spec.document):
        for severity, path, message in _explain(error):
            found.append(_diagnostic(spec, path, message, severity))
    return found


def _explain(error: Any) -> list[tuple[Severity, list[str], str]]:
    """Severity, path and message for one schema error.

    A `oneOf` failure (a Schema Object is "a schema or a reference") says only that nothing
    matched. When the branch the author meant failed for lenient reasons alone (a wrong-typed
    example deep inside, a regex in another dialect), the spec's meaning is clear: those inner
    problems become warnings, each at its own place.
    """
    path = [str(part) for part in error.instance_path]
    kind = type(error.kind).__name__.split("_")[-1]
    branches = getattr(error.kind, "context", None) if kind in _UNION_KINDS else None
    meant = [branch for branch in branches or () if branch and not _only_misses_ref(branch)]
    if len(meant) == 1:
        inner = [found for sub in meant[0] for found in _explain(sub)]
        if inner:  # what is wrong inside the branch, where it is, rather than "no branch fits"
            return inner
    return [(_classify(path, kind), path, _short(error.message))]


def _only_misses_ref(branch: list[Any]) -> bool:
    """The errors of the "it is a Reference Object" branch: no `$ref` where there was none."""
    return all(sub.message == '"$ref" is a required property' for sub in branch)


def check_deep(spec: LoadedSpec, version: str) -> list[Diagnostic]:
    """openapi-spec-validator's full walk: slow on large specs, so only asked for explicitly."""
    from openapi_spec_validator.validation import (
        OpenAPIV2SpecValidator,
        OpenAPIV30SpecValidator,
        OpenAPIV31SpecValidator,
    )

    base = {
        "2.0": OpenAPIV2SpecValidator,
        "3.0": OpenAPIV30SpecValidator,
        "3.1": OpenAPIV31SpecValidator,
    }[version]
    # openapi-spec-validator opens any `file://` or `http://` $ref it meets, even one inside an
    # example's data (the loader leaves those alone: they are data, not references). It gets
    # handlers that refuse every URL, so no file or host is ever reached from here.
    validator_class = type(base.__name__, (base,), {"resolver_handlers": _NO_URLS})
    found = []
    try:
        for error in validator_class(spec.document).iter_errors():
            # These checks look inside schemas, defaults and operation details; the normalizer
            # handles what changes a client, so here they only warn. Their paths are relative
            # to the schema checked, not the document, so they go into the message.
            inner = "/".join(str(part) for part in getattr(error, "absolute_path", ()))
            message = _short(str(error.message))
            found.append(
                _diagnostic(spec, [], f"{inner}: {message}" if inner else message, Severity.WARNING)
            )
    except RecursionError:
        found.append(_diagnostic(spec, [], "nested too deeply to validate", Severity.ERROR))
    except Exception as exc:  # the validator itself failed on this input: report, do not crash
        message = f"the validator could not finish: {type(exc).__name__}: {exc}"
        found.append(_diagnostic(spec, [], _short(message), Severity.WARNING))
    return found


def _refuse_url(uri: str) -> Any:
    raise ValueError(f"references outside the spec are not followed: {uri[:80]!r}")


_NO_URLS = {scheme: _refuse_url for scheme in ("<all_urls>", "http", "https", "file")}


def _classify(path: Sequence[str], kind: str) -> Severity:
    if any(part in _DOCUMENTARY_KEYS or part.startswith("x-") for part in path):
        return Severity.WARNING
    if kind in _LENIENT_KINDS:
        return Severity.WARNING
    keyword = path[-1] if path and (len(path) < 2 or path[-2] != "properties") else ""
    if keyword in _VALUE_CONSTRAINTS:  # `pattern: 0`: a check on values, not their shape
        return Severity.WARNING
    if keyword == "responses" and kind == "MinProperties":  # no response documented
        return Severity.WARNING
    return Severity.ERROR


# What follows the offending value in jsonschema's messages ("<value> is not of type ...").
_PREDICATES = (
    " is not valid under any of the ",
    " is valid under each of ",
    " is not of type ",
    " is not one of ",
    " is too long",
    " is too short",
    " does not match ",
    " has non-unique elements",
    " should not be valid under ",
)


def _short(message: str) -> str:
    """jsonschema messages embed the whole offending value: a long one is left out (the
    pointer says where it is), and only the first sentence is kept."""
    first = message.split("\n", 1)[0]
    if len(first) > 200:
        for predicate in _PREDICATES:
            at = first.rfind(predicate)
            if at > 60:
                first = "the value" + first[at:]
                break
    return first if len(first) <= 200 else first[:199] + "…"


def _diagnostic(
    spec: LoadedSpec, path: Iterable[str], message: str, severity: Severity
) -> Diagnostic:
    file, pointer = spec.origins.locate(pointer_join("", *path))
    return Diagnostic(file=file, pointer=pointer, message=message, severity=severity)


def raise_errors(diagnostics: Iterable[Diagnostic], *, strict: bool) -> list[Diagnostic]:
    """Raise a SpecError for errors (and for warnings when strict); return the warnings."""
    diagnostics = sorted(set(diagnostics))
    fatal = [d for d in diagnostics if strict or d.severity is Severity.ERROR]
    if fatal:
        raise SpecError([replace(d, severity=Severity.ERROR) for d in fatal])
    return diagnostics
