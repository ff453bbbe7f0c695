"""The generated lazy transports: no TLS state for http, httpx's full verification for https.

The runtime module `_transport.py` is imported from a package generated for the test; the
servers are on loopback, the https one with a self-signed certificate made by `openssl`.
"""

from __future__ import annotations

import asyncio
import http.server
import importlib
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from tests.support.packages import imported

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Lazy", "version": "1.0.0"},
    "paths": {
        "/zen": {
            "get": {
                "operationId": "getZen",
                "responses": {
                    "200": {"description": "ok", "content": {"text/plain": {"schema": {}}}}
                },
            }
        }
    },
}


class _Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        self.send_response(200)
        self.send_header("content-length", "5")
        self.end_headers()
        self.wfile.write(b"hello")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with imported(SPEC, tmp_path_factory.mktemp("lazy"), "lazy_transport_test") as module:
        yield module


@pytest.fixture(scope="module")
def plain_url() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(https URL, its self-signed certificate) of a loopback server."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1"]
        + ["-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"https://127.0.0.1:{server.server_port}", cert
    server.shutdown()
    server.server_close()


@pytest.fixture
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)


def test_http_calls_load_no_certificates(
    package: ModuleType, plain_url: str, no_proxies: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("CA certificates loaded for a plain-http client")

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", refuse)
    with package.Client(base_url=plain_url) as client:
        assert client.zen.get_zen() == "hello"
        transport = client._http._transport
        assert type(transport).__name__ == "LazyTransport"
        assert transport._https is None


def test_https_verifies_certificates_like_httpx(
    package: ModuleType, tls: tuple[str, Path], no_proxies: None
) -> None:
    url, _ = tls
    with package.Client(base_url=url, max_retries=0) as client:
        with pytest.raises(package.TransportError, match="CERTIFICATE_VERIFY_FAILED"):
            client.zen.get_zen()
        assert client._http._transport._http is None  # https never went the plain way


def test_https_honours_ssl_cert_file_like_httpx(
    package: ModuleType, tls: tuple[str, Path], no_proxies: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, cert = tls
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    with package.Client(base_url=url) as client:
        assert client.zen.get_zen() == "hello"


def test_async_client_is_lazy_and_verifies(
    package: ModuleType, plain_url: str, tls: tuple[str, Path], no_proxies: None
) -> None:
    async def calls() -> str:
        async with package.AsyncClient(base_url=plain_url) as client:
            text = await client.zen.get_zen()
            assert client._http._transport._https is None
        async with package.AsyncClient(base_url=tls[0], max_retries=0) as client:
            with pytest.raises(package.TransportError, match="CERTIFICATE_VERIFY_FAILED"):
                await client.zen.get_zen()
        return str(text)

    assert asyncio.run(calls()) == "hello"


def test_the_plain_transport_can_never_start_tls(package: ModuleType) -> None:
    transport = importlib.import_module(f"{package.__name__}._transport")
    context = transport.NoTLSContext(ssl.PROTOCOL_TLS_CLIENT)
    with pytest.raises(ssl.SSLError):
        context.wrap_socket(None, server_hostname="example.com")
    with pytest.raises(ssl.SSLError):
        context.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="example.com")


def test_proxy_variables_keep_httpxs_own_client(
    package: ModuleType, no_proxies: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    transport = importlib.import_module(f"{package.__name__}._transport")
    client = transport.sync_client({})
    try:
        assert type(client._transport) is httpx.HTTPTransport
        assert client._mounts  # httpx mounted the proxy, as a plain httpx.Client() does
    finally:
        client.close()
