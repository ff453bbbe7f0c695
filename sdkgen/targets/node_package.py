"""Render the Node package for an API: npm name, the files that exist, imports, filters.

The package is plain ESM JavaScript with a hand-shaped `.d.ts` beside each module, so it needs
no build step to use or publish and has no runtime dependencies. The templates emit code already
laid out the way it should read, so there is no formatter stage.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cached_property
from pathlib import Path
from typing import Any

import jinja2

from sdkgen import naming
from sdkgen.errors import ConfigError
from sdkgen.ir import Api, BodyKind, NamedType, SecurityKind, TypeRef
from sdkgen.render import (
    Code,
    RenderedFile,
    make_environment,
    render_tree,
    render_weight,
    templates_root,
)
from sdkgen.targets import Backend, PackageRequest
from sdkgen.targets.jssource import (
    js_comment,
    js_doc,
    js_key,
    js_str,
    json_text,
    md_code,
    md_line,
    md_text,
)
from sdkgen.targets.node import TsModel, TsTypes, model_refs, referenced_names
from sdkgen.targets.node_client import JsOperation, NodeClient, preferred
from sdkgen.targets.node_examples import Examples
from sdkgen.targets.plan import model_modules

_SCOPE = re.compile(r"^@[a-z0-9][a-z0-9._~-]*$")
_LINE = 100
_TYPED_BODIES = (BodyKind.JSON, BodyKind.FORM, BodyKind.MULTIPART)


def npm_names(api_name: str, major: int, scope: str | None = None) -> tuple[str, str]:
    """(npm package name, folder name): `orders` v1 -> (`@scope/orders-v1`, `orders-v1`)."""
    base = "-".join(w.lower() for w in naming.words(api_name)) or "api"
    folder = f"{base[:200]}-v{major}"
    if scope is None:
        return folder, folder
    scope = scope if scope.startswith("@") else "@" + scope
    if not _SCOPE.match(scope):
        raise ConfigError(f"--npm-scope {scope!r} is not an npm scope (like @acme)")
    return f"{scope}/{folder}", folder


def ts_import(names: Iterable[str], module: str, type_only: bool = True) -> Code:
    """`import type { A, B } from "./module.js";`, one name per line when long."""
    keyword = "import type" if type_only else "import"
    listed = sorted(set(names))
    line = f"{keyword} {{ {', '.join(listed)} }} from {js_str(module)};"
    if len(line) <= _LINE:
        return Code(line)
    return Code(
        f"{keyword} {{\n" + "".join(f"  {n},\n" for n in listed) + f"}} from {js_str(module)};"
    )


class NodeTarget:
    """The Node view of one API: what the templates ask for, all decided here."""

    def __init__(self, request: PackageRequest) -> None:
        self.api: Api = request.api
        self.npm_name, self.folder = npm_names(
            request.name, request.version.major, request.npm_scope
        )
        self.version = str(request.version)
        self.sdkgen_version = request.sdkgen_version
        self.types = TsTypes(self.api)
        self.client = NodeClient(self.api, self.types)
        self.uses_auth = bool(self.api.security_schemes)
        self.uses_sigv4 = any(s.kind is SecurityKind.AWS_SIGV4 for s in self.api.security_schemes)

    def prepare(self) -> None:
        """Decide everything several files share before rendering starts.

        render_tree may fork workers for a large package; what is computed here is inherited
        by all of them instead of being recomputed in each.
        """
        self.client.all_operations()
        self.client.error_responses  # noqa: B018 - a cached property, computed for its effect
        self.client.credentials  # noqa: B018
        self._models_by_module  # noqa: B018

    # ---- models --------------------------------------------------------------------------------

    @cached_property
    def model_module_of(self) -> dict[str, str]:
        return model_modules(self.api, self.client.groups)

    @cached_property
    def _models_by_module(self) -> dict[str, list[NamedType]]:
        found: dict[str, list[NamedType]] = {}
        for named in self.api.types:
            found.setdefault(self.model_module_of[named.name], []).append(named)
        for models in found.values():
            models.sort(key=lambda m: self.types.names[m.name])
        return found

    @cached_property
    def model_module_names(self) -> list[str]:
        return sorted(self._models_by_module)

    def declarations_in(self, module: str) -> list[TsModel]:
        return [self.types.declaration(named) for named in self._models_by_module[module]]

    def model_names_in(self, module: str) -> list[str]:
        return [self.types.names[named.name] for named in self._models_by_module[module]]

    def imports_for(self, refs: Iterable[TypeRef], here: str | None, prefix: str) -> list[Code]:
        """The `import type` lines that bring in the models `refs` name, from outside `here`."""
        by_module: dict[str, set[str]] = {}
        for ref in refs:
            name = referenced_names(ref)
            if name is not None and (module := self.model_module_of[name]) != here:
                by_module.setdefault(module, set()).add(self.types.names[name])
        return [ts_import(by_module[m], f"{prefix}{m}.js") for m in sorted(by_module)]

    def model_imports(self, module: str) -> list[Code]:
        refs = [ref for named in self._models_by_module[module] for ref in model_refs(named)]
        return self.imports_for(refs, module, "./")

    # ---- resources -----------------------------------------------------------------------------

    def group_of(self, module: str) -> str:
        return self.client.group_of_module[module]

    def resource_class(self, module: str) -> str:
        return self.client.resource_classes[self.group_of(module)]

    def operations_in(self, module: str) -> list[JsOperation]:
        return self.client.operations_of(self.group_of(module))

    def resource_imports(self, module: str) -> list[Code]:
        refs: list[TypeRef] = []
        for js_op in self.operations_in(module):
            op = js_op.op
            refs += [p.type for p in op.parameters]
            chosen = [
                preferred(r.contents) for r in op.responses if r.status[:1] == "2" and r.contents
            ]
            chosen = [c for c in chosen if c.kind is BodyKind.JSON]
            if op.request_body and op.request_body.contents:
                body = preferred(op.request_body.contents)
                chosen += [body] if body.kind in _TYPED_BODIES else []
            refs += [c.type for c in chosen if c.type is not None]
        return self.imports_for(refs, None, "../models/")

    def has_typed_errors(self, module: str) -> bool:
        return any(op.typed_errors for op in self.operations_in(module))

    # ---- errors --------------------------------------------------------------------------------

    def error_bases(self) -> list[str]:
        return sorted({r.error_base or "ApiError" for _op, r in self.client.error_responses})

    def error_imports(self) -> list[Code]:
        return self.imports_for(self.client.typed_error_refs(), None, "./models/")

    def error_doc(self, op: JsOperation, status: str, description: str | None) -> Code:
        module = self.client.groups[op.op.group]
        text = f"What `client.{module}.{op.name}` throws for a {status} response"
        return js_doc(text + (f": {description}" if description else "."))

    # ---- client and README ---------------------------------------------------------------------

    def examples(self, full: bool = False) -> Examples:
        return Examples(self.api, full=full)

    def example_call(self, module: str, op: JsOperation) -> str:
        return self._examples.call(module, op)

    @cached_property
    def _examples(self) -> Examples:
        return Examples(self.api)

    def first_operation(self) -> tuple[str, JsOperation] | None:
        operations = self.client.all_operations()
        return operations[0] if operations else None

    def variable_type(self, variable: Any) -> Code:
        if not variable.enum:
            return Code("string")
        return Code(" | ".join([*(js_str(v) for v in variable.enum), "(string & {})"]))

    def readme_options(self) -> Code:
        """The options of the README's `new Client(...)`: host, server variables, credentials."""
        options = []
        if not self.client.base_url_is_absolute:
            options.append('baseUrl: "https://api.example.com"')
        options += [f"{name}: {js_str(v.default)}" for name, v in self.client.server_variables]
        prefix = naming.snake_case(self.folder.rsplit("-v", 1)[0]).upper()
        for credential in self.client.credentials:
            if credential.scheme.kind is SecurityKind.AWS_SIGV4:
                continue  # read from the AWS_* environment variables by default
            variable = f"process.env.{prefix}_{naming.snake_case(credential.option).upper()}"
            if credential.scheme.kind is SecurityKind.HTTP_BASIC:
                password = credential.options[1][0]
                options.append(f'{credential.option}: "me", {password}: {variable}')
            else:
                options.append(f"{credential.option}: {variable}")
            break  # one credential shows how; the README lists them all
        return Code("{ " + ", ".join(options) + " }" if options else "")

    def resource_exports(self, module: str) -> list[str]:
        return [self.resource_class(module), *(op.params_type for op in self.operations_in(module))]

    def auth_functions(self) -> list[str]:
        """What client.js imports from runtime/auth.js."""
        kinds = {c.scheme.kind for c in self.client.credentials}
        used = {"AuthSet"}
        if kinds - {SecurityKind.HTTP_BASIC, SecurityKind.AWS_SIGV4}:
            used.add("keyAuth")
        if SecurityKind.HTTP_BASIC in kinds:
            used.add("basicAuth")
        return sorted(used)

    def option_types(self, module: str) -> list[str]:
        """The credential option types client.d.ts imports from runtime/<module>.js."""
        types = {t for _name, t, _doc in self.client.credential_options()}
        wanted = {"auth": {"Secret"}, "aws": {"CredentialsSource"}}[module]
        return sorted(types & wanted)

    def base_url_doc(self) -> Code:
        if not self.client.base_url:
            return js_doc("Where requests go, e.g. `https://api.example.com` (required).", 2)
        if not self.client.base_url_is_absolute:
            text = "The scheme and host of the API, e.g. `https://api.example.com` (required); "
            return js_doc(text + f"`{self.client.base_url}` is appended.", 2)
        return js_doc(f"Where requests go, instead of `{self.client.base_url}`.", 2)

    def variable_doc(self, variable: Any) -> Code:
        text = f"The `{{{variable.name}}}` part of the server URL. Default: `{variable.default}`."
        if variable.description:
            text += "\n\n" + variable.description
        return js_doc(text, 2)

    def client_doc(self) -> Code:
        text = f"The {self.api.title} API client."
        if self.api.description:
            text += "\n\n" + self.api.description
        return js_doc(text)

    def package_json(self) -> Code:
        files = ["index.js", "index.d.ts", "client.js", "client.d.ts", "errors.js", "errors.d.ts"]
        files += ["models/", "resources/", "runtime/"]
        manifest = {
            "name": self.npm_name,
            "version": self.version,
            "description": f"{self.api.title} API client (generated by sdkgen)",
            "type": "module",
            "exports": {
                ".": {"types": "./index.d.ts", "default": "./index.js"},
                "./package.json": "./package.json",
            },
            "main": "./index.js",
            "types": "./index.d.ts",
            "files": files,
            "engines": {"node": ">=18"},
            "sideEffects": False,
            "sdkgen": {
                "generator": f"sdkgen {self.sdkgen_version}",
                "apiVersion": self.api.version,
                "specSha256": self.api.source_sha256,
            },
        }
        return json_text(manifest)


def js_import(names: Iterable[str], module: str) -> Code:
    """`import { A, B } from "./module.js";` (values, not only types)."""
    return ts_import(names, module, type_only=False)


def ts_export(names: Iterable[str], module: str) -> Code:
    """`export type { A, B } from "./module.js";`, one name per line when long."""
    return Code("export" + ts_import(names, module).removeprefix("import"))


FILTERS: dict[str, Callable[..., Any]] = {
    "jsstr": js_str,
    "jskey": js_key,
    "jsdoc": js_doc,
    "jscomment": js_comment,
    "md": md_text,
    "mdline": md_line,
    "mdcode": md_code,
    "rendered": Code,
    "tsexport": ts_export,
    "jsimport": js_import,
}


def node_environment() -> jinja2.Environment:
    return make_environment(templates_root() / "node", FILTERS)


def render_node(request: PackageRequest) -> list[RenderedFile]:
    """Every file of the package, paths relative to the package root (where package.json is)."""
    target = NodeTarget(request)
    target.prepare()
    folder = templates_root() / "node"
    environment = node_environment()
    expansions = {
        "group": target.client.group_modules,
        "models": target.model_module_names,
    }
    context = {"api": request.api, "target": target, "client": target.client}

    def include(path: str) -> bool:
        if path.startswith(("runtime/sigv4.", "runtime/aws.")):
            return target.uses_sigv4
        if path.startswith("runtime/auth."):
            return target.uses_auth
        return True

    weight = render_weight(
        Counter(target.client.groups[op.group] for op in request.api.operations),
        {module: len(target.model_names_in(module)) for module in target.model_module_names},
    )
    return render_tree(folder, environment, expansions, context, include, weight)


def _finish(folder: Path, formatter: str) -> None:
    """Nothing to do: the templates already emit the layout the files keep."""


NODE = Backend(
    language="node",
    folder_name=lambda request: npm_names(request.name, request.version.major)[1],
    render=render_node,
    finish=_finish,
    environment=node_environment,
)
