"""Spec document -> IR. One module per spec concept; this one puts the API together."""

from __future__ import annotations

from dataclasses import replace

from sdkgen.errors import Diagnostic, SpecError
from sdkgen.ir import Api, Operation, SecurityKind, SecurityRequirement, SecurityScheme
from sdkgen.load import LoadedSpec
from sdkgen.normalize.context import Context, text
from sdkgen.normalize.operations import OperationNormalizer
from sdkgen.normalize.schemas import SchemaNormalizer
from sdkgen.normalize.security import AWS_IAM_SCHEME, api_key_source, requirements, schemes
from sdkgen.normalize.servers import is_api_gateway, servers

__all__ = ["normalize"]


def normalize(spec: LoadedSpec, version: str) -> tuple[Api, list[Diagnostic]]:
    """Build the IR for a loaded, structurally valid spec; returns it with any warnings.

    On an error, the warnings found until then travel with the SpecError."""
    context = Context(spec=spec, version=version, api_gateway=is_api_gateway(spec.document))
    try:
        return _normalize(spec, context), context.warnings
    except SpecError as error:
        error.warnings = [*error.warnings, *context.warnings]
        raise


def _normalize(spec: LoadedSpec, context: Context) -> Api:
    document = spec.document
    binary = document.get("x-amazon-apigateway-binary-media-types")
    if isinstance(binary, list):
        context.binary_media_types = tuple(sorted(str(m) for m in binary))
    info = context.mapping(document.get("info"), "/info", "info")
    schema_normalizer = SchemaNormalizer(context)
    schema_normalizer.named_components()
    operations = OperationNormalizer(context, schema_normalizer).all()
    security_schemes = schemes(context)
    used = {name for op in operations for req in op.security or () for name, _ in req.schemes}
    if AWS_IAM_SCHEME in used and all(s.name != AWS_IAM_SCHEME for s in security_schemes):
        security_schemes.append(SecurityScheme(name=AWS_IAM_SCHEME, kind=SecurityKind.AWS_SIGV4))
    default_security: tuple[SecurityRequirement, ...] = ()
    if "security" in document:
        default_security = requirements(context, document["security"], "/security")
    if context.api_gateway and api_key_source(document) == "AUTHORIZER":
        operations, default_security = _without_gateway_keys(
            operations, default_security, security_schemes
        )
    return Api(
        title=text(info.get("title")) or "api",
        version=str(info.get("version", "")).strip(),
        description=text(info.get("description")),
        servers=tuple(servers(context)),
        security_schemes=tuple(security_schemes),
        security=default_security,
        operations=tuple(sorted(operations, key=lambda op: (op.path, op.method))),
        types=tuple(sorted(schema_normalizer.types.values(), key=lambda t: t.name)),
        binary_media_types=context.binary_media_types,
        api_gateway=context.api_gateway,
        source_sha256=spec.sha256,
    )


def _without_gateway_keys(
    operations: list[Operation],
    default: tuple[SecurityRequirement, ...],
    schemes: list[SecurityScheme],
) -> tuple[list[Operation], tuple[SecurityRequirement, ...]]:
    """With `x-amazon-apigateway-api-key-source: AUTHORIZER` the authorizer supplies the usage
    plan's key, so clients must not be asked for (or send) `x-api-key`."""
    keys = {
        s.name
        for s in schemes
        if s.kind is SecurityKind.API_KEY and (s.parameter_name or "").lower() == "x-api-key"
    }

    def strip(requirements: tuple[SecurityRequirement, ...]) -> tuple[SecurityRequirement, ...]:
        return tuple(
            SecurityRequirement(schemes=tuple(e for e in r.schemes if e[0] not in keys))
            for r in requirements
        )

    stripped = [
        replace(op, security=strip(op.security)) if op.security is not None else op
        for op in operations
    ]
    return stripped, strip(default)
