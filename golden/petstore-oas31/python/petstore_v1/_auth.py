"""Credentials and how each security scheme puts them on a request.

Copied verbatim into every generated package. The generated client builds one `Auth` per scheme
the API declares (AWS SigV4's lives in `_aws.py`, present when the API uses it); each operation names the alternatives it accepts, and `choose` picks the first
alternative whose credentials were all given. SigV4 always runs last, so it signs the headers the
other schemes added (API Gateway checks an `x-api-key` that was signed).
"""

from __future__ import annotations

import base64
import inspect
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Generic, TypeAlias, TypeVar

import httpx

from ._runtime import SdkError

T = TypeVar("T")
# A credential, or something that returns the current one (rotating keys, refreshed tokens).
Provider: TypeAlias = T | Callable[[], T] | Callable[[], Awaitable[T]]


class MissingCredentialsError(SdkError):
    """An operation needs credentials the client was not given; raised before any request."""


class Value(Generic[T]):
    """Holds a credential or its provider, and never shows it."""

    __slots__ = ("_source",)

    def __init__(self, source: Provider[T]) -> None:
        self._source = source

    def get(self) -> T:
        source = self._source
        value = source() if callable(source) else source
        if inspect.isawaitable(value):
            raise SdkError("an async credential provider needs the AsyncClient")
        return value

    async def get_async(self) -> T:
        source = self._source
        value = source() if callable(source) else source
        if inspect.isawaitable(value):
            value = await value
        return value

    def __repr__(self) -> str:
        return "<redacted>"


class Auth:
    """One security scheme with its credentials."""

    signs_request = (
        False  # a signature covers the other schemes' headers, so it goes last
    )

    def available(self) -> bool:
        return True

    def apply(self, request: httpx.Request) -> None:
        raise NotImplementedError

    async def apply_async(self, request: httpx.Request) -> None:
        self.apply(request)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(<redacted>)"


class KeyAuth(Auth):
    """An API key or token in a header, query parameter or cookie (`prefix` for `Bearer `)."""

    def __init__(
        self, location: str, name: str, value: Provider[str], prefix: str = ""
    ) -> None:
        self.location = location
        self.name = name
        self.prefix = prefix
        self._value = Value(value)

    def _put(self, request: httpx.Request, value: str) -> None:
        text = self.prefix + value
        if self.location == "query":
            request.url = request.url.copy_add_param(self.name, text)
        elif self.location == "cookie":
            existing = request.headers.get("Cookie")
            cookie = f"{self.name}={text}"
            request.headers["Cookie"] = f"{existing}; {cookie}" if existing else cookie
        else:
            request.headers[self.name] = text

    def apply(self, request: httpx.Request) -> None:
        self._put(request, self._value.get())

    async def apply_async(self, request: httpx.Request) -> None:
        self._put(request, await self._value.get_async())


class BasicAuth(Auth):
    def __init__(self, username: str, password: str) -> None:
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._header = Value("Basic " + token)

    def apply(self, request: httpx.Request) -> None:
        request.headers["Authorization"] = self._header.get()


class AuthSet:
    """The client's schemes by name, and which constructor argument supplies each."""

    def __init__(
        self, schemes: Mapping[str, Auth | None], arguments: Mapping[str, str]
    ) -> None:
        self._schemes = dict(schemes)
        self._arguments = dict(arguments)

    def _ready(self, name: str) -> bool:
        auth = self._schemes.get(name)
        return auth is not None and auth.available()

    def choose(
        self, operation: str, alternatives: Sequence[Sequence[str]]
    ) -> list[Auth]:
        """The Auths of the first alternative that can be met, SigV4 last; or a clear error."""
        if not alternatives:
            return []
        for alternative in alternatives:
            if all(self._ready(name) for name in alternative):
                chosen = [self._schemes[name] for name in alternative]
                auths = [auth for auth in chosen if auth is not None]
                return sorted(auths, key=lambda auth: auth.signs_request)
        options = [
            " and ".join(
                sorted({self._arguments.get(name, name) for name in alternative})
            )
            for alternative in alternatives
        ]
        raise MissingCredentialsError(
            f"{operation} needs credentials: pass {' or '.join(options)} to the client"
        )

    def secret_names(self) -> list[str]:
        """Header and query names that carry credentials, to keep out of logs."""
        return [a.name for a in self._schemes.values() if isinstance(a, KeyAuth)]

    def __repr__(self) -> str:
        return (
            f"AuthSet({sorted(n for n, a in self._schemes.items() if a is not None)})"
        )
