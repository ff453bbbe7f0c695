"""AWS Signature Version 4 request signing, as API Gateway (``execute-api``) checks it.

This module is copied unchanged into every generated package, so it uses the
standard library only. It follows the rules for services other than S3: the
path is normalised and each segment is URI-encoded once more (the wire path is
already encoded once), the query is decoded and re-encoded, and the payload is
always hashed.

Entry points: :func:`sign` gives the headers to add to a request, and
:func:`signing_details` also returns the canonical request and string to sign,
which is what to compare with the "canonical String for this request should
have been" text of an AWS 403 response.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import SplitResult, unquote_to_bytes, urlsplit

__all__ = [
    "AwsCredentials",
    "SigningDetails",
    "canonical_headers",
    "canonical_query",
    "canonical_uri",
    "sign",
    "signing_details",
    "signing_key",
    "string_to_sign",
    "uri_encode",
]

ALGORITHM = "AWS4-HMAC-SHA256"
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()

# Headers that proxies, HTTP clients or tracing add or rewrite after signing:
# signing them would break the signature. The union of what botocore and
# @smithy/signature-v4 leave out, so our signatures match both.
_UNSIGNED_HEADERS = frozenset(
    (
        "authorization", "baggage", "cache-control", "connection", "expect", "from",
        "keep-alive", "max-forwards", "pragma", "referer", "te", "traceparent",
        "tracestate", "trailer", "transfer-encoding", "upgrade", "user-agent",
        "x-amzn-trace-id",
    )
)  # fmt: skip
_UNSIGNED_PREFIXES = ("proxy-", "sec-")

# Lower-case names of the headers `sign` sets, which replace the caller's, by
# (session token present, content hash asked for).
_REPLACED = {
    (token, content): frozenset(
        ["x-amz-date"]
        + (["x-amz-security-token"] if token else [])
        + (["x-amz-content-sha256"] if content else [])
    )
    for token in (False, True)
    for content in (False, True)
}

_UNRESERVED = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
# One precomputed escape per byte value: faster than urllib.parse.quote.
_ESCAPES = tuple(chr(b) if b in _UNRESERVED else f"%{b:02X}" for b in range(256))
_BLANKS = re.compile(r"[ \t\r\n]+")
# Fast paths for what clients usually send: a path that needs no normalising and
# only unreserved characters; a query of unreserved characters and upper-case
# escapes of reserved bytes. Either is then already canonical.
_PLAIN_PATH = re.compile(r"(?:/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*/?")
_PLAIN_QUERY = re.compile(
    r"(?:[A-Za-z0-9._~=&-]"
    r"|%(?:[0189A-F][0-9A-F]|2[0-9A-CF]|3[A-F]|40|5[B-E]|60|7[B-DF]))*"
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
# datetime.UTC is new in Python 3.11; generated packages support 3.10.
_UTC = timezone.utc


@dataclass(frozen=True, repr=False)
class AwsCredentials:
    """An access key pair, with the session token of temporary credentials."""

    access_key_id: str
    secret_access_key: str
    session_token: str | None = None

    def __repr__(self) -> str:
        # Credentials end up in logs and tracebacks: show only the key id.
        token = "None" if self.session_token is None else "<redacted>"
        return (
            f"AwsCredentials(access_key_id={self.access_key_id!r}, "
            f"secret_access_key=<redacted>, session_token={token})"
        )


class SigningDetails(NamedTuple):
    """What `signing_details` computed, for debugging a rejected signature."""

    headers: list[tuple[str, str]]
    canonical_request: str
    string_to_sign: str


def uri_encode(raw: bytes) -> str:
    """Percent-encode every byte outside the RFC 3986 unreserved set."""
    if not raw.translate(None, _UNRESERVED):
        return raw.decode("ascii")
    return "".join([_ESCAPES[b] for b in raw])


def canonical_uri(path: str) -> str:
    """Normalise a wire path (dot segments, `//`) and encode each segment again."""
    if not path:
        return "/"
    if _PLAIN_PATH.fullmatch(path):
        return path
    kept: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if kept:
                kept.pop()
        elif segment and segment != ".":
            kept.append(uri_encode(segment.encode()))
    lead = "/" if path[0] == "/" else ""
    trail = "/" if kept and path[-1] == "/" else ""
    return lead + "/".join(kept) + trail


def canonical_query(query: str) -> str:
    """Decode and re-encode each query key and value, then sort by key and value.

    A key without ``=`` is signed with an empty value, as AWS documents.
    """
    if not query:
        return ""
    pairs = []
    if _PLAIN_QUERY.fullmatch(query):
        for part in query.split("&"):
            key, _, value = part.partition("=")
            pairs.append((key, value.replace("=", "%3D")))
    else:
        for part in query.split("&"):
            key, _, value = part.partition("=")
            key_bytes, value_bytes = unquote_to_bytes(key), unquote_to_bytes(value)
            pairs.append((uri_encode(key_bytes), uri_encode(value_bytes)))
    pairs.sort()
    return "&".join([f"{key}={value}" for key, value in pairs])


def _trim(value: str) -> str:
    """Strip a header value and collapse its inner runs of blanks to one space."""
    if value.isprintable() and "  " not in value:
        return value.strip(" ")
    return _BLANKS.sub(" ", value).strip(" ")


def _collect(
    headers: Iterable[tuple[str, str]] | Mapping[str, str], omit: frozenset[str]
) -> dict[str, str]:
    """Map the lower-case names of headers to sign to their trimmed, joined values."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    merged: dict[str, str] = {}
    for name, value in items:
        name = name.lower()
        if (
            name in omit
            or name in _UNSIGNED_HEADERS
            or name.startswith(_UNSIGNED_PREFIXES)
        ):
            continue
        value = _trim(value)
        merged[name] = f"{merged[name]},{value}" if name in merged else value
    return merged


def _format_headers(merged: Mapping[str, str]) -> tuple[str, str]:
    names = sorted(merged)
    return "".join([f"{name}:{merged[name]}\n" for name in names]), ";".join(names)


def canonical_headers(
    headers: Iterable[tuple[str, str]] | Mapping[str, str],
) -> tuple[str, str]:
    """Return the canonical header block and the signed-header list.

    The block has one ``name:value\\n`` line per name. Repeated headers are
    joined with ``,`` in the order given: pass pairs, not a mapping that has
    merged them already (with httpx, ``headers.multi_items()``).
    """
    return _format_headers(_collect(headers, frozenset()))


def string_to_sign(amz_date: str, scope: str, canonical_request: str) -> str:
    """Return the string whose HMAC is the signature."""
    digest = hashlib.sha256(canonical_request.encode()).hexdigest()
    return f"{ALGORITHM}\n{amz_date}\n{scope}\n{digest}"


@lru_cache(maxsize=16)
def signing_key(secret_access_key: str, date: str, region: str, service: str) -> bytes:
    """Derive the key for one day, region and service.

    Cached, since deriving it takes about half of the signing time; the cache
    is bounded, so it holds only a few recently used secrets.
    """
    # Raise outside the handler, so that no exception context holds the secret.
    try:
        key = f"AWS4{secret_access_key}".encode()
    except UnicodeEncodeError:
        key = None
    if key is None:
        raise ValueError("the secret access key is not valid Unicode text")
    for part in (date, region, service, "aws4_request"):
        key = hmac.digest(key, part.encode(), "sha256")
    return key


# The last second of the clock that `_amz_date` formatted: formatting is slow.
_last_stamp = (0, "19700101T000000Z")


def _amz_date(now: datetime | None) -> str:
    """Format `now`, or the current time, as X-Amz-Date does."""
    global _last_stamp
    if now is None:
        seconds = int(time.time())
        if _last_stamp[0] != seconds:
            _last_stamp = (
                seconds,
                time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(seconds)),
            )
        return _last_stamp[1]
    if now.tzinfo is None:
        raise ValueError("now must be a timezone-aware datetime")
    return now.astimezone(_UTC).strftime("%Y%m%dT%H%M%SZ")


def _host(parts: SplitResult) -> str:
    """The Host header an HTTP client sends for a URL: no userinfo, no default port."""
    netloc = parts.netloc
    if "@" not in netloc and ":" not in netloc:
        return netloc.lower()
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme):
        host = f"{host}:{port}"
    return host


def signing_details(
    *,
    method: str,
    url: str,
    headers: Iterable[tuple[str, str]] | Mapping[str, str] = (),
    body: bytes = b"",
    credentials: AwsCredentials,
    region: str,
    service: str,
    now: datetime | None = None,
    sign_content_sha256: bool = False,
) -> SigningDetails:
    """Sign like `sign`; also return the canonical request and the string to sign."""
    parts = urlsplit(url)
    amz_date = _amz_date(now)
    payload_hash = hashlib.sha256(body).hexdigest() if body else EMPTY_SHA256
    token = credentials.session_token
    added = [("X-Amz-Date", amz_date)]
    if token:
        added.append(("X-Amz-Security-Token", token))
    if sign_content_sha256:
        added.append(("X-Amz-Content-Sha256", payload_hash))

    merged = _collect(headers, _REPLACED[bool(token), bool(sign_content_sha256)])
    if "host" not in merged:
        merged["host"] = _host(parts)
    for name, value in added:
        merged[name.lower()] = value
    header_block, signed_headers = _format_headers(merged)
    canonical = (
        f"{method.upper()}\n{canonical_uri(parts.path)}\n{canonical_query(parts.query)}\n"
        f"{header_block}\n{signed_headers}\n{payload_hash}"
    )
    scope = f"{amz_date[:8]}/{region}/{service}/aws4_request"
    # The encoding error would quote the request, session token included.
    try:
        to_sign = string_to_sign(amz_date, scope, canonical)
    except UnicodeEncodeError:
        to_sign = None
    if to_sign is None:
        raise ValueError(
            "a header, the URL or the session token is not valid Unicode text"
        )
    key = signing_key(credentials.secret_access_key, amz_date[:8], region, service)
    signature = hmac.digest(key, to_sign.encode(), "sha256").hex()
    authorization = (
        f"{ALGORITHM} Credential={credentials.access_key_id}/{scope}, "
        f"SignedHeaders={signed_headers}, Signature={signature}"
    )
    added.append(("Authorization", authorization))
    return SigningDetails(added, canonical, to_sign)


def sign(
    *,
    method: str,
    url: str,
    headers: Iterable[tuple[str, str]] | Mapping[str, str] = (),
    body: bytes = b"",
    credentials: AwsCredentials,
    region: str,
    service: str,
    now: datetime | None = None,
    sign_content_sha256: bool = False,
) -> list[tuple[str, str]]:
    """Return the headers that authenticate a request.

    Set them on the request, replacing any of the same name. ``url`` is the URL
    exactly as it goes on the wire (path percent-encoded once, query as sent);
    ``body`` the exact bytes sent. Every header given is signed except
    hop-by-hop and tracing headers that may change in transit. Host comes from
    ``headers`` if there, else from the URL, and is signed but not returned: the
    HTTP client sends it. The result holds ``X-Amz-Date``,
    ``X-Amz-Security-Token`` with temporary credentials,
    ``X-Amz-Content-Sha256`` if ``sign_content_sha256``, and ``Authorization``.
    ``now`` defaults to the current time and must be timezone-aware.
    """
    return signing_details(
        method=method,
        url=url,
        headers=headers,
        body=body,
        credentials=credentials,
        region=region,
        service=service,
        now=now,
        sign_content_sha256=sign_content_sha256,
    ).headers
