"""The HTTP client a Client makes for itself: TLS state is built on the first https request.

Copied verbatim into every generated package. `httpx.Client()` builds an SSL context, loading
the whole CA bundle (about 0.1-0.3 s), the moment it is created, even for a client that only
ever talks to an http:// URL (a local gateway, a test server). The lazy transports here make
each `httpx.HTTPTransport` on first use instead: for https, one with httpx's own defaults, so
certificate verification is exactly what `httpx.Client()` would do; for plain http, one whose
SSL context refuses to wrap any socket, so it can never carry TLS at all.

When proxy variables are set (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY...), the plain
`httpx.Client()` is used as before, because httpx applies them only to transports it makes.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable, Sequence
from typing import Any
from urllib.request import getproxies

import httpx

__all__ = ["async_client", "sync_client"]

Hooks = dict[str, list[Callable[..., Any]]]


def sync_client(hooks: Hooks) -> httpx.Client:
    """The httpx.Client a Client owns when the caller passes none."""
    if getproxies():
        return httpx.Client(event_hooks=hooks)
    return httpx.Client(event_hooks=hooks, transport=LazyTransport())


def async_client(hooks: Hooks) -> httpx.AsyncClient:
    """The httpx.AsyncClient an AsyncClient owns when the caller passes none."""
    if getproxies():
        return httpx.AsyncClient(event_hooks=hooks)
    return httpx.AsyncClient(event_hooks=hooks, transport=AsyncLazyTransport())


class NoTLSContext(ssl.SSLContext):
    """The SSL context of the http:// transport: it refuses to start TLS, so none happens."""

    def wrap_socket(self, *args: Any, **kwargs: Any) -> Any:
        raise ssl.SSLError(
            "TLS on the plain-http transport (a bug: https goes elsewhere)"
        )

    def wrap_bio(self, *args: Any, **kwargs: Any) -> Any:
        raise ssl.SSLError(
            "TLS on the plain-http transport (a bug: https goes elsewhere)"
        )


def _plain_context() -> ssl.SSLContext:
    return NoTLSContext(ssl.PROTOCOL_TLS_CLIENT)


class LazyTransport(httpx.BaseTransport):
    """Sends https requests through httpx's default transport and http ones through a
    TLS-less one, making each on its first request."""

    def __init__(self) -> None:
        self._https: httpx.HTTPTransport | None = None
        self._http: httpx.HTTPTransport | None = None
        self._lock = threading.Lock()

    def transport_for(self, url: httpx.URL) -> httpx.HTTPTransport:
        secure = url.scheme == "https"
        transport = self._https if secure else self._http
        if transport is None:
            with self._lock:
                if secure:
                    transport = self._https = self._https or httpx.HTTPTransport()
                else:
                    transport = self._http = self._http or httpx.HTTPTransport(
                        verify=_plain_context()
                    )
        return transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.transport_for(request.url).handle_request(request)

    def close(self) -> None:
        for transport in _made(self._https, self._http):
            transport.close()


class AsyncLazyTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of LazyTransport."""

    def __init__(self) -> None:
        self._https: httpx.AsyncHTTPTransport | None = None
        self._http: httpx.AsyncHTTPTransport | None = None

    def transport_for(self, url: httpx.URL) -> httpx.AsyncHTTPTransport:
        if url.scheme == "https":
            if self._https is None:
                self._https = httpx.AsyncHTTPTransport()
            return self._https
        if self._http is None:
            self._http = httpx.AsyncHTTPTransport(verify=_plain_context())
        return self._http

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.transport_for(request.url).handle_async_request(request)

    async def aclose(self) -> None:
        for transport in _made(self._https, self._http):
            await transport.aclose()


def _made(*transports: Any) -> Sequence[Any]:
    return [t for t in transports if t is not None]
