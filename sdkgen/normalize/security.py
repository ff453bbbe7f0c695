"""Security schemes and requirements, with API Gateway's conventions read for what they mean.

API Gateway exports dress every AWS auth type as `apiKey` in `Authorization`; the
`x-amazon-apigateway-authtype` extension says what it really is (SigV4, a Cognito token, a Lambda
authorizer's token), and the authorizer's `identitySource` says where a token goes.
"""

from __future__ import annotations

from typing import Any

from sdkgen.ir import Location, SecurityKind, SecurityRequirement, SecurityScheme
from sdkgen.normalize.context import Context, text
from sdkgen.normalize.schemas import escape

AWS_IAM_SCHEME = "aws_iam"  # stands for operation-level `x-amazon-apigateway-auth: AWS_IAM`
_AWS_AUTHTYPES = {
    "awssigv4": SecurityKind.AWS_SIGV4,
    "cognito_user_pools": SecurityKind.AWS_COGNITO,
    "custom": SecurityKind.AWS_CUSTOM,
}
_LOCATIONS = {"header": Location.HEADER, "query": Location.QUERY, "cookie": Location.COOKIE}


def schemes(context: Context) -> list[SecurityScheme]:
    document = context.document
    if context.swagger2:
        base, raw = "/securityDefinitions", document.get("securityDefinitions")
    else:
        base = "/components/securitySchemes"
        raw = (document.get("components") or {}).get("securitySchemes")
    raw = context.mapping(raw, base, "security schemes")
    found = []
    for name in sorted(raw):
        pointer = f"{base}/{escape(name)}"
        scheme, pointer = context.deref(raw[name], pointer)
        scheme = context.mapping(scheme, pointer, "a security scheme")
        if scheme.get("type") == "mutualTLS":  # OpenAPI 3.1: a client certificate, below HTTP
            context.warn(
                pointer,
                "mutualTLS is set up on the HTTP client (its certificate), not per request;"
                " the scheme is left out",
            )
            continue
        found.append(_scheme(context, name, scheme, pointer))
    return found


def _scheme(context: Context, name: str, raw: dict[str, Any], pointer: str) -> SecurityScheme:
    kind = str(raw.get("type", ""))
    description = text(raw.get("description"))
    authtype = str(raw.get("x-amazon-apigateway-authtype", "")).lower()
    if authtype in _AWS_AUTHTYPES:
        aws_kind = _AWS_AUTHTYPES[authtype]
        if aws_kind is SecurityKind.AWS_SIGV4:
            return SecurityScheme(name=name, kind=aws_kind, description=description)
        location, parameter = _identity_source(raw)
        return SecurityScheme(
            name=name,
            kind=aws_kind,
            location=location,
            parameter_name=parameter,
            description=description,
        )
    if kind == "apiKey":
        key_location = _LOCATIONS.get(str(raw.get("in", "")).lower())
        if key_location is None or not isinstance(raw.get("name"), str):
            raise context.fail(
                pointer, "an apiKey scheme needs 'name' and 'in' (header, query or cookie)"
            )
        return SecurityScheme(
            name=name,
            kind=SecurityKind.API_KEY,
            location=key_location,
            parameter_name=raw["name"],
            description=description,
        )
    if kind == "basic" or (kind == "http" and str(raw.get("scheme", "")).lower() == "basic"):
        return SecurityScheme(name=name, kind=SecurityKind.HTTP_BASIC, description=description)
    if kind == "http":
        return SecurityScheme(
            name=name,
            kind=SecurityKind.HTTP_BEARER,
            scheme=str(raw.get("scheme") or "bearer"),
            description=description,
        )
    if kind == "oauth2":
        return SecurityScheme(name=name, kind=SecurityKind.OAUTH2, description=description)
    if kind == "openIdConnect":
        return SecurityScheme(name=name, kind=SecurityKind.OPENID_CONNECT, description=description)
    raise context.fail(pointer + "/type", f"unknown security scheme type {kind!r}")


def _identity_source(raw: dict[str, Any]) -> tuple[Location, str]:
    """Where API Gateway's authorizer reads the token: `method.request.header.X` and friends."""
    authorizer = raw.get("x-amazon-apigateway-authorizer")
    source = authorizer.get("identitySource") if isinstance(authorizer, dict) else None
    if isinstance(source, str):
        first = source.split(",")[0].strip()
        for prefix, location in (
            ("method.request.header.", Location.HEADER),
            ("method.request.querystring.", Location.QUERY),
        ):
            if first.startswith(prefix) and first[len(prefix) :]:
                return location, first[len(prefix) :]
    header = raw.get("name")
    return Location.HEADER, header if isinstance(header, str) else "Authorization"


def requirements(context: Context, raw: Any, pointer: str) -> tuple[SecurityRequirement, ...]:
    if not isinstance(raw, list):
        raise context.fail(pointer, "security must be a list of requirement objects")
    result = []
    for index, requirement in enumerate(raw):
        requirement = context.mapping(requirement, f"{pointer}/{index}", "a security requirement")
        entries = tuple(
            sorted(
                (str(name), tuple(str(s) for s in scopes or []))
                for name, scopes in requirement.items()
            )
        )
        result.append(SecurityRequirement(schemes=entries))
    return tuple(result)


def api_key_source(document: dict[str, Any]) -> str:
    """HEADER (clients send x-api-key) unless the API takes keys from its authorizer."""
    return str(document.get("x-amazon-apigateway-api-key-source", "HEADER")).upper()
