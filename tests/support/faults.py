"""A loopback HTTP server that misbehaves on cue: drops connections, stalls, answers errors.

Each connection gets the next scripted action. The server always reads the whole request first,
so a dropped connection means "the server had the request" — the case where repeating a
non-idempotent request would be unsafe.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Seen:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Act:
    """What to do with one request: answer it, drop the connection, or stall first."""

    status: int = 200
    body: object = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    drop: bool = False
    stall: float = 0.0


class FaultServer:
    def __init__(self, script: list[Act]) -> None:
        self.script = list(script)
        self.seen: list[Seen] = []
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._socket.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._handle, args=(connection,), daemon=True).start()

    def _handle(self, connection: socket.socket) -> None:
        with connection:
            connection.settimeout(5)
            seen = _read_request(connection)
            if seen is None:
                return
            self.seen.append(seen)
            act = self.script.pop(0) if self.script else Act()
            if act.stall:
                time.sleep(act.stall)
            if act.drop:
                connection.shutdown(socket.SHUT_RDWR)
                return
            payload = json.dumps(act.body).encode()
            head = [f"HTTP/1.1 {act.status} X", f"Content-Length: {len(payload)}"]
            head += ["Content-Type: application/json", "Connection: close"]
            head += [f"{k}: {v}" for k, v in act.headers.items()]
            with contextlib.suppress(OSError):  # the client may have given up already
                connection.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + payload)

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(2)
        self._socket.close()


def _read_request(connection: socket.socket) -> Seen | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        body += connection.recv(65536)
    return Seen(method, target, headers, body)


@contextmanager
def faulty(script: list[Act]) -> Iterator[FaultServer]:
    with FaultServer(script) as server:
        yield server
