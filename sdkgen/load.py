"""Read a spec and the files it references into one self-contained document.

Later stages see a single dict in which every `$ref` is local (`#/...`): a file referenced as
`common.yaml#/Pet` is copied whole under `#/x-sdkgen-bundled/common.yaml` and the reference is
rewritten to point there. That keeps the validator from ever opening a file or URL itself, lets
the normalizer resolve references with one dict lookup, and `Origins` maps any pointer back to
the file and pointer the author wrote, for diagnostics.

References are screened before anything follows them: URLs are refused (unless the caller allows
remote references: then http and https documents are fetched, see remote.py), and so is any file
that resolves (symlinks included) outside the reference root, which defaults to the spec's folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from sdkgen.errors import SpecError
from sdkgen.remote import Fetcher, shown_url

BUNDLE_KEY = "x-sdkgen-bundled"
# The largest spec (with the files it references) read: 4x Microsoft Graph beta, the largest known.
MAX_SPEC_BYTES = 200 * 2**20
_EXTERNAL_REF_IN_JSON = re.compile(r'"\$ref"\s*:\s*"(?!#)')


@dataclass(frozen=True, kw_only=True)
class Origins:
    """Maps pointers in the bundled document back to the files they came from."""

    root: str
    files: tuple[tuple[str, str], ...] = ()  # (bundle token, file name as shown)

    def locate(self, pointer: str) -> tuple[str, str]:
        prefix = f"/{BUNDLE_KEY}/"
        if pointer.startswith(prefix):
            token, _, rest = pointer[len(prefix) :].partition("/")
            for bundled, name in self.files:
                if bundled == token:
                    return name, "/" + rest if rest else ""
        return self.root, pointer


@dataclass(frozen=True, kw_only=True)
class LoadedSpec:
    """A spec ready for validation and normalization."""

    path: Path
    document: dict[str, Any]
    sha256: str
    origins: Origins
    files: tuple[Path, ...] = field(default=())  # the other files bundled in
    urls: tuple[str, ...] = field(default=())  # documents fetched for remote references

    @property
    def display_name(self) -> str:
        return self.origins.root


def escape_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def pointer_join(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape_token(str(token)) for token in tokens)


def resolve_pointer(document: Any, pointer: str) -> Any:
    """Follow a JSON pointer (without the leading '#'); KeyError if it leads nowhere."""
    node = document
    if not pointer:
        return node
    for raw in pointer.split("/")[1:]:
        token = unquote(unescape_token(raw)) if "%" in raw else unescape_token(raw)
        if isinstance(node, dict):
            node = node[token]
        elif isinstance(node, list) and token.isdigit():
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node


def parse_text(text: str, file: str) -> Any:
    """JSON when it looks like JSON (much faster), YAML otherwise."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("{"):
        try:
            return json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise SpecError.at(
                file, "", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
            ) from None
        except RecursionError:
            raise SpecError.at(file, "", "not valid JSON: nested too deeply") from None
    from sdkgen.yaml_safe import SpecYamlError, load_yaml  # PyYAML only when a spec needs it

    try:
        return load_yaml(stripped)
    except SpecYamlError as exc:
        raise SpecError.at(file, "", f"not valid YAML: {exc}") from None
    except RecursionError:
        raise SpecError.at(file, "", "not valid YAML: nested too deeply") from None


def read_spec(
    path: str | os.PathLike[str],
    *,
    ref_root: str | os.PathLike[str] | None = None,
    allow_remote_refs: bool = False,
) -> LoadedSpec:
    """Load the spec at `path`, bundling every file (and, if allowed, URL) it references."""
    spec_path = Path(path)
    shown = str(path)
    raw = _read_bounded(spec_path, shown)
    text = _decode(raw, shown)
    document = parse_text(text, shown)
    if not isinstance(document, dict):
        raise SpecError.at(shown, "", "not a Swagger/OpenAPI document (expected a mapping)")
    digest = hashlib.sha256(raw)
    root_dir = Path(os.path.realpath(ref_root if ref_root is not None else spec_path.parent))
    needs_walk = not (text.lstrip().startswith("{") and not _EXTERNAL_REF_IN_JSON.search(text))
    files: list[Path] = []
    urls: list[str] = []
    origins = Origins(root=shown)
    if needs_walk:
        bundler = _Bundler(spec_path, shown, root_dir, document, allow_remote_refs)
        try:
            bundler.run()
        finally:
            bundler.fetcher.close()
        for name, content in bundler.loaded_bytes:
            digest.update(b"\0" + name.encode() + b"\0" + content)
        files, urls = bundler.file_paths, bundler.urls
        origins = Origins(root=shown, files=tuple(bundler.tokens))
    return LoadedSpec(
        path=spec_path,
        document=document,
        sha256=digest.hexdigest(),
        origins=origins,
        files=tuple(files),
        urls=tuple(urls),
    )


def _read_bounded(path: Path, shown: str, pointer: str = "") -> bytes:
    """The file's bytes, refusing one too large to be a spec before reading it whole."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_SPEC_BYTES + 1)
    except OSError as exc:
        if pointer:  # no OS detail: it could tell something about the file system
            raise SpecError.at(
                shown, pointer, f"$ref names a file that cannot be read: {path.name!r}"
            ) from None
        raise SpecError.at(shown, "", f"cannot read the spec: {exc.strerror or exc}") from None
    if len(raw) > MAX_SPEC_BYTES:
        what = f"the file {path.name!r} a $ref names" if pointer else "the spec"
        raise SpecError.at(shown, pointer, f"{what} is larger than {MAX_SPEC_BYTES // 2**20} MiB")
    return raw


def _decode(raw: bytes, shown: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError.at(shown, "", f"not UTF-8 text (byte {exc.start})") from None


class _Bundler:
    """Rewrites references to other files into local ones, loading each file once."""

    def __init__(
        self,
        spec_path: Path,
        shown: str,
        root_dir: Path,
        document: dict[str, Any],
        allow_remote: bool = False,
    ):
        self.spec_real = Path(os.path.realpath(spec_path))
        self.shown = shown
        self.root_dir = root_dir
        self.document = document
        self.allow_remote = allow_remote
        self.fetcher = Fetcher()
        # A document is a Path (a local file) or a str (the URL it was fetched from).
        self.token_of: dict[Path | str, str] = {self.spec_real: ""}
        self.tokens: list[tuple[str, str]] = []
        self.loaded_bytes: list[tuple[str, bytes]] = []
        self.file_paths: list[Path] = []
        self.urls: list[str] = []
        self.pending: list[tuple[Any, Path | str, str, str]] = []  # node, where, shown, pointer
        self.total_bytes = 0

    def run(self) -> None:
        self.pending.append((self.document, self.spec_real, self.shown, ""))
        while self.pending:
            node, file, shown, pointer = self.pending.pop()
            for holder, ref, ref_pointer in _iter_refs(node, pointer):
                holder["$ref"] = self._rewrite(ref, file, shown, ref_pointer)
        if self.tokens:
            self.tokens.sort()

    def _rewrite(self, ref: str, file: Path | str, shown: str, pointer: str) -> str:
        if ref.startswith("#"):
            token = self.token_of[file]
            if not token:
                return ref
            return f"#/{BUNDLE_KEY}/{token}{ref[1:]}"
        if isinstance(file, str):  # inside a fetched document: relative to its URL
            return self._remote(urljoin(file, ref), shown, pointer)
        parts = urlsplit(ref)
        if parts.scheme or parts.netloc:
            if self.allow_remote:
                return self._remote(ref, shown, pointer)
            raise SpecError.at(
                shown,
                pointer,
                f"$ref to a URL is not allowed: {shown_url(ref)!r} (only files beside the spec"
                " are read; --allow-remote-refs fetches http and https references)",
            )
        target = Path(os.path.realpath(file.parent / unquote(parts.path)))
        if not target.is_relative_to(self.root_dir):
            raise SpecError.at(
                shown, pointer, f"$ref leaves the spec's folder: {parts.path!r} is not allowed"
            )
        token = self._load(target, shown, pointer)
        fragment = parts.fragment
        if fragment and not fragment.startswith("/"):
            raise SpecError.at(shown, pointer, f"$ref fragment must be a JSON pointer: {ref!r}")
        if target == self.spec_real:
            return "#" + fragment
        return f"#/{BUNDLE_KEY}/{token}{fragment}"

    def _remote(self, url: str, shown: str, pointer: str) -> str:
        parts = urlsplit(url)
        if parts.fragment and not parts.fragment.startswith("/"):
            raise SpecError.at(
                shown, pointer, f"$ref fragment must be a JSON pointer: {shown_url(url)!r}"
            )
        where = urlunsplit(parts._replace(fragment=""))
        if where not in self.token_of:
            budget = MAX_SPEC_BYTES - self.total_bytes
            raw = self.fetcher.fetch(where, budget, file=shown, pointer=pointer)
            self.total_bytes += len(raw)
            name = shown_url(where)
            self._add(where, name, raw, _decode(raw, name))
            self.urls.append(name)
        return f"#/{BUNDLE_KEY}/{self.token_of[where]}{parts.fragment}"

    def _add(self, where: Path | str, name: str, raw: bytes, text: str) -> None:
        """Put one more document into the bundle, under `name`, and walk it next."""
        content = parse_text(text, name)
        token = escape_token(name)
        self.token_of[where] = token
        self.tokens.append((token, name))
        self.loaded_bytes.append((name, raw))
        self.document.setdefault(BUNDLE_KEY, {})[name] = content
        self.pending.append((content, where, name, ""))

    def _load(self, target: Path, shown: str, pointer: str) -> str:
        if target in self.token_of:
            return self.token_of[target]
        if not target.is_file():  # a folder, a FIFO or a device would hang or mislead
            raise SpecError.at(
                shown, pointer, f"$ref names a file that cannot be read: {target.name!r}"
            )
        raw = _read_bounded(target, shown, pointer)
        self.total_bytes += len(raw)
        if self.total_bytes > MAX_SPEC_BYTES:
            limit = MAX_SPEC_BYTES // 2**20
            raise SpecError.at(shown, pointer, f"the files the spec names exceed {limit} MiB")
        relative = target.relative_to(self.root_dir).as_posix()
        self._add(target, relative, raw, _decode(raw, relative))
        self.file_paths.append(target)
        return self.token_of[target]


# Keys whose values are literal data (an example may well hold a "$ref" key of its own).
_LITERAL_KEYS = frozenset({"example", "default", "enum", "const"})
# Keys whose values map names the author chose (a property may be called `default`).
_NAME_MAPS = frozenset(
    {
        "properties", "patternProperties", "definitions", "$defs", "schemas", "parameters",
        "responses", "headers", "requestBodies", "securitySchemes", "securityDefinitions",
        "links", "callbacks", "pathItems", "paths", "content", "encoding", "variables",
        "mapping", "webhooks", "dependentSchemas",
    }
)  # fmt: skip


def _iter_refs(node: Any, pointer: str) -> Iterator[tuple[dict[str, Any], str, str]]:
    """Every mapping holding a string `$ref`, depth first, without recursion.

    Literal data is skipped: `example`, `default`, `enum`, `const`, a JSON Schema `examples`
    list, and the `value` of an OpenAPI Example Object (an entry of an `examples` map).
    """
    stack: list[tuple[Any, str, str]] = [(node, pointer, "")]
    while stack:
        current, where, role = stack.pop()
        if isinstance(current, dict) and role in ("", "example"):
            ref = current.get("$ref")
            if isinstance(ref, str):
                yield current, ref, where
        stack.extend(_children(current, where, role))


def _children(current: Any, where: str, role: str) -> list[tuple[Any, str, str]]:
    """What `_iter_refs` walks next, each with its role: "" for an object that may hold
    keywords, "names"/"examples" for a map of names the author chose, "example" for an
    Example Object."""
    if isinstance(current, list):
        return [
            (v, f"{where}/{i}", "") for i, v in enumerate(current) if isinstance(v, dict | list)
        ]
    if not isinstance(current, dict):
        return []
    found = []
    for key, value in current.items():
        if not isinstance(value, dict | list):
            continue
        child = f"{where}/{escape_token(key)}"
        if role in ("names", "examples"):  # every entry is something named, never a keyword
            found.append((value, child, "example" if role == "examples" else ""))
        elif key in _LITERAL_KEYS or (key == "value" and role == "example"):
            continue
        elif key == "examples":  # a map of Example Objects, or JSON Schema's literal list
            if isinstance(value, dict):
                found.append((value, child, "examples"))
        else:
            found.append((value, child, "names" if key in _NAME_MAPS else ""))
    return found
