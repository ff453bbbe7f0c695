"""Where the API lives: OpenAPI 3 `servers`, or Swagger 2.0's scheme, host and basePath.

An API Gateway deployment's stage becomes a server variable named `stage`, whichever way the
export spelled it (`basePath: /prod`, or a `{basePath}` variable with `prod` or `/prod`), so a
client can pick a stage by name and no URL ever gets a `//`.
"""

from __future__ import annotations

import re
from typing import Any

from sdkgen.ir import Server, ServerVariable
from sdkgen.normalize.context import Context, text

_EXECUTE_API = re.compile(r"\.execute-api\.[a-z0-9-]+\.amazonaws\.com", re.IGNORECASE)
STAGE = "stage"


def servers(context: Context) -> list[Server]:
    found = _swagger2_servers(context) if context.swagger2 else _oas3_servers(context)
    if context.api_gateway:
        found = [_with_stage(server) for server in found]
    return found


def is_api_gateway(document: dict[str, Any]) -> bool:
    if any(key.startswith("x-amazon-apigateway") for key in document):
        return True
    hosts = [str(document.get("host", ""))]
    hosts += [str(s.get("url", "")) for s in document.get("servers") or [] if isinstance(s, dict)]
    return any(_EXECUTE_API.search(host) for host in hosts)


def _swagger2_servers(context: Context) -> list[Server]:
    document = context.document
    host = document.get("host")
    base_path = str(document.get("basePath") or "")
    if base_path and not base_path.startswith("/"):
        base_path = "/" + base_path
    base_path = base_path.rstrip("/")
    if not isinstance(host, str) or not host:
        return [Server(url=base_path or "/")] if base_path else []
    schemes = [s for s in document.get("schemes") or [] if isinstance(s, str)]
    scheme = "https" if "https" in schemes or not schemes else schemes[0]
    return [Server(url=f"{scheme}://{host}{base_path}")]


def _oas3_servers(context: Context) -> list[Server]:
    raw = context.document.get("servers")
    if not isinstance(raw, list):
        return []
    found = []
    for index, server in enumerate(raw):
        pointer = f"/servers/{index}"
        server = context.mapping(server, pointer, "a server")
        url = server.get("url")
        if not isinstance(url, str):
            raise context.fail(pointer, "a server needs a 'url'")
        variables = []
        raw_variables = context.mapping(
            server.get("variables"), pointer + "/variables", "variables"
        )
        for name in sorted(raw_variables):
            variable = context.mapping(
                raw_variables[name], f"{pointer}/variables/{name}", "a variable"
            )
            enum = tuple(str(v) for v in variable.get("enum") or [])
            variables.append(
                ServerVariable(
                    name=name,
                    default=str(variable.get("default", enum[0] if enum else "")),
                    enum=enum,
                    description=text(variable.get("description")),
                )
            )
        found.append(
            Server(
                url=url.rstrip("/") or "/",
                description=text(server.get("description")),
                variables=tuple(variables),
            )
        )
    return found


def _with_stage(server: Server) -> Server:
    """Turn the stage part of an API Gateway URL into the `stage` variable."""
    match = re.match(r"^(https?://[^/]+)(/.*)?$", server.url)
    if not match:
        return server
    origin, path = match.group(1), (match.group(2) or "").strip("/")
    variables = {v.name: v for v in server.variables}
    first, _, rest = path.partition("/")
    placeholder = re.fullmatch(r"{([^{}]+)}", first)
    if placeholder and placeholder.group(1) in variables:
        old = variables.pop(placeholder.group(1))
        stage = ServerVariable(
            name=STAGE,
            default=old.default.strip("/"),
            enum=tuple(v.strip("/") for v in old.enum),
            description=old.description,
        )
    elif first and "{" not in first:
        stage = ServerVariable(name=STAGE, default=first)
    else:
        return server
    url = f"{origin}/{{{STAGE}}}" + (f"/{rest}" if rest else "")
    merged = tuple(sorted([stage, *variables.values()], key=lambda v: v.name))
    return Server(url=url, description=server.description, variables=merged)
