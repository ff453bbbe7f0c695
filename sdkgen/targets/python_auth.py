"""Which credentials a generated Python client takes, and which scheme each one feeds.

Each kind of credential has one constructor argument when the API has one scheme of that kind
(`api_key=`, `token=`, `aws_credentials=`, `username=`/`password=`), and one per scheme, named
after the scheme, when it has several.
"""

from __future__ import annotations

from dataclasses import dataclass

from sdkgen import naming
from sdkgen.ir import Api, Operation, SecurityKind, SecurityScheme
from sdkgen.render import Code
from sdkgen.targets.pysource import py_str

_TOKEN_KINDS = {
    SecurityKind.HTTP_BEARER,
    SecurityKind.OAUTH2,
    SecurityKind.OPENID_CONNECT,
    SecurityKind.AWS_COGNITO,
    SecurityKind.AWS_CUSTOM,
}


@dataclass(frozen=True)
class Credential:
    """One constructor argument and the schemes it serves."""

    argument: str
    annotation: str
    schemes: tuple[str, ...]
    doc: str


@dataclass(frozen=True)
class SchemeWiring:
    scheme: SecurityScheme
    argument: str  # the constructor argument that supplies it
    construct: Code  # the expression building its Auth, given the argument is not None


def _kind_group(scheme: SecurityScheme) -> str:
    if scheme.kind is SecurityKind.API_KEY:
        return "api_key"
    if scheme.kind in _TOKEN_KINDS:
        return "token"
    if scheme.kind is SecurityKind.HTTP_BASIC:
        return "basic"
    return "aws"


def wiring(api: Api, taken: set[str]) -> list[SchemeWiring]:
    """How each scheme gets its credential, in scheme order."""
    groups: dict[str, list[SecurityScheme]] = {}
    for scheme in api.security_schemes:
        groups.setdefault(_kind_group(scheme), []).append(scheme)
    result = []
    for group, schemes in sorted(groups.items()):
        for scheme in schemes:
            argument = group if len(schemes) == 1 else f"{naming.snake_case(scheme.name)}_{group}"
            if group == "aws":
                argument = "aws_credentials"
            elif group == "basic":  # a username and a password; the password's name follows
                argument = argument.removesuffix("basic") + "username"
            while argument in taken:
                argument += "_"
            result.append(SchemeWiring(scheme, argument, _construct(scheme, argument)))
    return result


def _construct(scheme: SecurityScheme, argument: str) -> Code:
    if scheme.kind is SecurityKind.API_KEY or scheme.kind in (
        SecurityKind.AWS_COGNITO,
        SecurityKind.AWS_CUSTOM,
    ):
        location = scheme.location.value if scheme.location else "header"
        name = scheme.parameter_name or "Authorization"
        return Code(f"_auth.KeyAuth({py_str(location)}, {py_str(name)}, {argument})")
    if scheme.kind in _TOKEN_KINDS:
        return Code(f'_auth.KeyAuth("header", "Authorization", {argument}, prefix="Bearer ")')
    if scheme.kind is SecurityKind.HTTP_BASIC:
        password = argument.removesuffix("username") + "password"
        return Code(f"_auth.BasicAuth({argument}, {password})")
    return Code("_aws.SigV4Auth(aws_credentials, region=region, service=service, base_url=url)")


def alternatives(api: Api, op: Operation) -> Code:
    """The operation's security as a tuple of tuples of scheme names (a Python literal)."""
    requirements = api.security if op.security is None else op.security
    known = {s.name for s in api.security_schemes}
    options = []
    for requirement in requirements:
        names = [name for name, _scopes in requirement.schemes if name in known]
        options.append("(" + "".join(f"{py_str(n)}, " for n in names) + ")")
    if not options:
        return Code("()")
    return Code("(" + "".join(f"{o}, " for o in options) + ")")
