"""`--allow-remote-refs`: `$ref`s to http(s) URLs, fetched from a loopback server the test starts.

Refused by default without a single request; when allowed, every document is fetched once and
bundled like a local file (relative references inside it resolve against its URL), only http
and https are followed, and errors name the URL without credentials or the server's answer."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sdkgen import load
from sdkgen.cli import main
from sdkgen.errors import SpecError
from sdkgen.load import read_spec

DOCUMENTS = {
    "/schemas/pet.yaml": (
        "Pet:\n  type: object\n  required: [id]\n  properties:\n"
        "    id: {type: integer}\n    owner: {$ref: 'owner.yaml#/Owner'}\n"
        "    tags: {type: array, items: {$ref: '#/Tag'}}\n"
        "Tag:\n  type: object\n  properties:\n    label: {type: string}\n"
    ),
    "/schemas/owner.yaml": (
        "Owner:\n  type: object\n  properties:\n"
        "    name: {type: string, example: 42}\n    since: {type: string, format: date}\n"
    ),
    "/secret.txt": "password: hunter2\n",
}


class Server(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        Server.requests.append(self.path)
        if self.path == "/to-file":
            self.send_response(302)
            self.send_header("location", "file:///etc/passwd")
            self.end_headers()
            return
        if self.path == "/big.yaml":
            body = b"Big:\n  type: object\n" + b"# padding\n" * 10_000
        elif self.path in DOCUMENTS:
            body = DOCUMENTS[self.path].encode()
        else:
            self.send_response(404)
            self.end_headers()
            self.wfile.write(b"password: hunter2")
            return
        self.send_response(200)
        self.send_header("content-type", "application/yaml")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def base_url() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Server)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Server.requests = []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def spec_with(tmp_path: Path, ref: str) -> Path:
    spec = tmp_path / "api.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: Pets, version: 1.0.0}\n"
        "paths:\n  /pet:\n    get:\n      operationId: getPet\n      responses:\n"
        "        '200':\n          description: ok\n          content:\n"
        f"            application/json:\n              schema: {{$ref: '{ref}'}}\n"
    )
    return spec


def test_refused_by_default_without_a_request(tmp_path: Path, base_url: str) -> None:
    spec = spec_with(tmp_path, f"{base_url}/schemas/pet.yaml#/Pet")
    with pytest.raises(SpecError, match="--allow-remote-refs"):
        read_spec(spec)
    assert Server.requests == []


def test_allowed_refs_are_fetched_once_and_bundled(
    tmp_path: Path, base_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = spec_with(tmp_path, f"{base_url}/schemas/pet.yaml#/Pet")
    loaded = read_spec(spec, allow_remote_refs=True)
    assert sorted(Server.requests) == ["/schemas/owner.yaml", "/schemas/pet.yaml"]
    assert loaded.urls == (f"{base_url}/schemas/pet.yaml", f"{base_url}/schemas/owner.yaml")

    out = tmp_path / "out"
    command = ["build", str(spec), "--lang", "python", "--out", str(out), "--allow-remote-refs"]
    assert main(command) == 0
    err = capsys.readouterr().err
    # a defect in a fetched document is reported against its URL
    assert f"warning: {base_url}/schemas/owner.yaml: #/Owner/properties/name/example:" in err
    assert main([*command[:5], str(tmp_path / "again"), "--allow-remote-refs"]) == 0
    assert "from the cache" not in capsys.readouterr().err  # what a URL answers may change
    models = "".join(p.read_text() for p in out.rglob("*.py"))
    for name in ("class Pet", "class Owner", "class Tag"):
        assert name in models

    assert main(["ir", str(spec), "--allow-remote-refs"]) == 0
    assert '"Owner"' in capsys.readouterr().out


def test_a_missing_document_is_one_line_naming_the_url_not_the_answer(
    tmp_path: Path, base_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    host = base_url.removeprefix("http://")
    spec = spec_with(tmp_path, f"http://robot:s3cret@{host}/nothing.yaml#/Pet")
    out = tmp_path / "out"
    assert (
        main(["build", str(spec), "--lang", "node", "--out", str(out), "--allow-remote-refs"]) == 1
    )
    err = capsys.readouterr().err
    assert err.splitlines() == [
        f"error: {spec}: #/paths/~1pet/get/responses/200/content/application~1json/schema:"
        f" $ref URL '{base_url}/nothing.yaml' answered HTTP 404"
    ]
    assert "s3cret" not in err and "hunter2" not in err
    assert not out.exists()


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("file:///etc/passwd", "must be http or https"),
        ("{base}/to-file", "redirects to a URL that is not http or https"),
        ("ftp://127.0.0.1/pet.yaml", "must be http or https"),
    ],
)
def test_only_http_and_https_are_followed(
    tmp_path: Path, base_url: str, ref: str, message: str
) -> None:
    spec = spec_with(tmp_path, ref.format(base=base_url) + "#/Pet")
    with pytest.raises(SpecError) as caught:
        read_spec(spec, allow_remote_refs=True)
    assert message in str(caught.value)
    assert "root:" not in str(caught.value)


def test_fetched_documents_count_toward_the_size_limit(
    tmp_path: Path, base_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(load, "MAX_SPEC_BYTES", 50_000)
    spec = spec_with(tmp_path, f"{base_url}/big.yaml#/Big")
    with pytest.raises(SpecError, match="larger than the spec size limit"):
        read_spec(spec, allow_remote_refs=True)
