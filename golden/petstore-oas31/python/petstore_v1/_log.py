"""What the client logs about each attempt, with every credential redacted.

Copied verbatim into every generated package. Records go to the package's own logger
(`logging.getLogger("<package>")`) at DEBUG: method, URL, status, elapsed time, attempt and
request id. Header values that carry credentials and query values named like secrets never
reach a log record.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode

import httpx

LOGGER = logging.getLogger(__name__.rpartition(".")[0] or __name__)
REDACTED = "REDACTED"
SECRET_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "x-amz-security-token",
    }
)
_SECRET_QUERY_WORDS = (
    "key",
    "token",
    "secret",
    "signature",
    "password",
    "credential",
    "auth",
)


def redact_url(url: httpx.URL, secret_names: Iterable[str] = ()) -> str:
    """The URL with the values of secret-looking query parameters replaced."""
    if not url.query:
        return str(url)
    secret = {name.lower() for name in secret_names}
    pairs = parse_qsl(url.query.decode("ascii", "replace"), keep_blank_values=True)
    cleaned = [
        (k, REDACTED if k.lower() in secret or _looks_secret(k) else v)
        for k, v in pairs
    ]
    return str(url.copy_with(query=urlencode(cleaned).encode("ascii")))


def _looks_secret(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in _SECRET_QUERY_WORDS)


def redact_headers(
    headers: httpx.Headers, secret_names: Iterable[str] = ()
) -> dict[str, str]:
    secret = SECRET_HEADERS | {name.lower() for name in secret_names}
    return {k: REDACTED if k.lower() in secret else v for k, v in headers.items()}


def log_attempt(
    request: httpx.Request,
    response: httpx.Response | None,
    *,
    attempt: int,
    elapsed: float,
    secret_names: Iterable[str] = (),
    request_id: str | None = None,
    error: BaseException | None = None,
) -> None:
    if not LOGGER.isEnabledFor(logging.DEBUG):
        return
    url = redact_url(request.url, secret_names)
    outcome = (
        str(response.status_code) if response is not None else type(error).__name__
    )
    LOGGER.debug(
        "%s %s -> %s in %.1f ms (attempt %d, request id %s)",
        request.method,
        url,
        outcome,
        elapsed * 1000,
        attempt + 1,
        request_id or "-",
        extra={"sdk_headers": redact_headers(request.headers, secret_names)},
    )


def log_retry(request: httpx.Request, wait: float, attempt: int, reason: str) -> None:
    LOGGER.debug(
        "retrying %s %s in %.2f s after %s (attempt %d)",
        request.method,
        request.url.path,
        wait,
        reason,
        attempt + 2,
    )
