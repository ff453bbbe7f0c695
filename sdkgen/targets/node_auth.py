"""Which credentials a generated Node client takes, and which security scheme each one feeds.

The options are named as the Python client names its arguments, in camelCase: one per kind of
credential when the API has one scheme of that kind (`apiKey`, `token`, `username`/`password`,
`awsCredentials` with `region` and `service`), and one per scheme, named after it, when it has
several. Each scheme becomes an AuthScheme from runtime/auth.js or runtime/aws.js.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sdkgen.ir import Api, SecurityKind, SecurityScheme
from sdkgen.render import Code
from sdkgen.targets.jssource import js_str
from sdkgen.targets.node import member_name

Option = tuple[str, str, str]  # (option, TypeScript type, what it is)

_KIND = {
    SecurityKind.API_KEY: "apiKey",
    SecurityKind.HTTP_BEARER: "token",
    SecurityKind.OAUTH2: "token",
    SecurityKind.OPENID_CONNECT: "token",
    SecurityKind.AWS_COGNITO: "token",
    SecurityKind.AWS_CUSTOM: "token",
    SecurityKind.HTTP_BASIC: "username",
    SecurityKind.AWS_SIGV4: "awsCredentials",
}
_BEARER = (SecurityKind.HTTP_BEARER, SecurityKind.OAUTH2, SecurityKind.OPENID_CONNECT)
_SIGV4_INDENT = " " * 10  # where sigV4Auth's arguments sit in client.js


@dataclass(frozen=True)
class Credential:
    """The client option that supplies one security scheme, and how the scheme is built."""

    scheme: SecurityScheme
    option: str  # for HTTP basic the username option; for SigV4 `awsCredentials`
    construct: Code  # a JavaScript expression: the AuthScheme, or undefined when not given
    options: tuple[Option, ...]


def credentials(api: Api, taken: Iterable[str]) -> list[Credential]:
    """One Credential per scheme, in a fixed order; option names avoid `taken`."""
    used = set(taken)
    kinds: dict[str, list[SecurityScheme]] = {}
    for scheme in api.security_schemes:
        kinds.setdefault(_KIND[scheme.kind], []).append(scheme)
    found = []
    aws: list[str] = []
    for kind, schemes in sorted(kinds.items()):
        for scheme in schemes:
            option = member_name(kind if len(schemes) == 1 else f"{scheme.name}_{kind}")
            if kind == "awsCredentials":  # every SigV4 scheme signs with the same keys
                aws = aws or [_free(n, used) for n in ("awsCredentials", "region", "service")]
                names = aws
            elif kind == "username":
                password = option.replace("username", "password").replace("Username", "Password")
                names = [_free(option, used), _free(password, used)]
            else:
                names = [_free(option, used)]
            found.append(_credential(scheme, kind, names))
    return found


def _credential(scheme: SecurityScheme, kind: str, names: list[str]) -> Credential:
    use = f"for operations that accept the `{scheme.name}` scheme"
    if scheme.kind is SecurityKind.AWS_SIGV4:
        construct, options = _sigv4(names, use)
    elif scheme.kind is SecurityKind.HTTP_BASIC:
        construct = f"basicAuth(options.{names[0]}, options.{names[1]})"
        options = (
            (names[0], "string", f"The user name for HTTP basic auth {use}."),
            (names[1], "Secret", f"The password for HTTP basic auth {use}."),
        )
    else:
        construct, options = _key(scheme, kind, names[0], use)
    if scheme.description:
        first = options[0]
        options = ((first[0], first[1], f"{first[2]}\n\n{scheme.description}"), *options[1:])
    return Credential(scheme=scheme, option=names[0], construct=Code(construct), options=options)


def _sigv4(names: list[str], use: str) -> tuple[str, tuple[Option, ...]]:
    arguments = [
        f"credentials: options.{names[0]}",
        f"region: options.{names[1]}",
        f'service: options.{names[2]} ?? "execute-api"',
        "baseUrl",
    ]
    pad = _SIGV4_INDENT
    construct = "sigV4Auth({\n" + "".join(f"{pad}{a},\n" for a in arguments) + pad[2:] + "})"
    options = (
        (
            names[0],
            "CredentialsSource",
            f"AWS credentials to sign requests with (SigV4) {use}; "
            "default: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN.",
        ),
        (
            names[1],
            "string",
            "The AWS region to sign for; default: the one in an "
            "`execute-api` host, else AWS_REGION or AWS_DEFAULT_REGION.",
        ),
        (names[2], "string", "The AWS service to sign for. Default: `execute-api`."),
    )
    return construct, options


def _key(scheme: SecurityScheme, kind: str, name: str, use: str) -> tuple[str, tuple[Option, ...]]:
    """A key or token as it is (API key, Cognito, Lambda authorizer) or after `Bearer `."""
    if scheme.kind in _BEARER:
        construct = f'keyAuth("header", "Authorization", options.{name}, "Bearer ")'
        where = "the `Authorization` header as `Bearer <token>`"
    else:
        location = scheme.location.value if scheme.location else "header"
        header = scheme.parameter_name or "Authorization"
        construct = f"keyAuth({js_str(location)}, {js_str(header)}, options.{name})"
        where = f"the `{header}` {location}"
    what = "An API key" if kind == "apiKey" else "A token"
    return construct, ((name, "Secret", f"{what}, sent in {where} {use}."),)


def _free(name: str, taken: set[str]) -> str:
    while name in taken:
        name += "_"
    taken.add(name)
    return name
