"""The Python signer against botocore's SigV4Auth on generated requests.

botocore is the reference Python implementation. Both are given the same URL
as it goes on the wire, so the path is encoded a second time by both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from types import ModuleType
from unittest import mock
from urllib.parse import quote

import botocore.auth  # type: ignore[import-untyped]
from botocore.awsrequest import AWSRequest  # type: ignore[import-untyped]
from botocore.credentials import Credentials  # type: ignore[import-untyped]
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# Headers neither signer signs, or that each sets itself, or that botocore reads
# specially (`date` replaces X-Amz-Date, `x-amz-content-sha256` replaces the body
# hash): left out of the generated headers.
SPECIAL_HEADERS = {
    "authorization", "baggage", "cache-control", "connection", "date", "expect", "from",
    "keep-alive", "max-forwards", "pragma", "referer", "te", "traceparent", "tracestate",
    "trailer", "transfer-encoding", "upgrade", "user-agent", "x-amz-content-sha256",
    "x-amz-date", "x-amz-security-token", "x-amzn-trace-id",
}  # fmt: skip

# Unicode text, reserved characters, and the characters that percent-encoding
# and path normalisation treat specially.
TEXT = st.lists(
    st.one_of(
        st.sampled_from(list("/?#[]@!$&'()*+,;=:%. ~-_") + ["..", "ሴ", "é", "😀", "%2F", "%20"]),
        st.characters(codec="utf-8"),
    ),
    max_size=10,
).map("".join)
SEGMENT = st.one_of(TEXT, st.sampled_from(["", ".", "..", "api", "v1"]))
HEADER_NAME = st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9-]{0,15}\Z").filter(
    lambda name: (
        name.lower() not in SPECIAL_HEADERS and not name.lower().startswith(("proxy-", "sec-"))
    )
)
# Visible ASCII, spaces and tabs: what an HTTP client sends as a header value.
HEADER_VALUE = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E) | st.just("\t"))
HOSTS = st.sampled_from(
    [
        "https://abc123.execute-api.us-east-1.amazonaws.com",
        "https://API.example.com:443",
        "https://api.example.com:8443",
        "http://localhost:3000",
        "http://127.0.0.1",
        "https://user@api.example.com",
    ]
)
BODIES = st.one_of(
    st.just(b""),
    st.binary(max_size=256),
    st.dictionaries(st.text(max_size=8), st.integers() | st.text(max_size=8), max_size=4).map(
        lambda value: json.dumps(value).encode()
    ),
)
KEY_CHARS = st.characters(min_codepoint=0x21, max_codepoint=0x7E)


@dataclass(frozen=True)
class Request:
    method: str
    url: str
    headers: list[tuple[str, str]]
    body: bytes
    access_key_id: str
    secret: str
    token: str | None
    region: str
    service: str
    now: datetime


@st.composite
def wire_paths(draw: st.DrawFn) -> str:
    """A path as a client sends it: segments percent-encoded, some sub-delims kept."""
    safe = draw(st.sampled_from(["", "!$&'()*+,;=:@", "~"]))
    segments = draw(st.lists(SEGMENT, max_size=6))
    path = "/" + "/".join(quote(segment, safe=safe) for segment in segments)
    return path + draw(st.sampled_from(["", "/"]))


@st.composite
def wire_queries(draw: st.DrawFn) -> str:
    """A query as sent: RFC 3986-encoded pairs, some keys repeated, empty or bare."""
    keys = draw(st.lists(st.one_of(TEXT, st.sampled_from(["", "a", "A", "a-b"])), max_size=4))
    pairs = []
    for _ in range(draw(st.integers(0, 6))):
        key = quote(draw(st.sampled_from(keys) if keys else TEXT), safe="")
        value = draw(st.none() | TEXT)
        pairs.append(key if value is None else f"{key}={quote(value, safe='')}")
    return "?" + "&".join(pairs) if pairs else ""


@st.composite
def requests(draw: st.DrawFn) -> Request:
    names = draw(st.lists(HEADER_NAME, max_size=5))
    headers = [(name, draw(HEADER_VALUE)) for name in names]
    if draw(st.booleans()) and names:  # a repeated header, maybe in another case
        name = draw(st.sampled_from(names))
        name = draw(st.sampled_from([name, name.upper(), name.lower()]))
        headers.append((name, draw(HEADER_VALUE)))
    if draw(st.booleans()):
        host = draw(st.sampled_from(["api.example.com", "other.example.com:81"]))
        headers.insert(0, ("Host", host))
    return Request(
        method=draw(st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"])),
        url=draw(HOSTS) + draw(wire_paths()) + draw(wire_queries()),
        headers=headers,
        body=draw(BODIES),
        access_key_id=draw(st.from_regex(r"\A(AKIA|ASIA)[A-Z0-9]{16}\Z")),
        secret=draw(st.text(KEY_CHARS, min_size=1, max_size=40)),
        token=draw(st.none() | st.text(KEY_CHARS, min_size=1, max_size=80)),
        region=draw(st.sampled_from(["us-east-1", "eu-west-3", "ap-southeast-2"])),
        service=draw(st.sampled_from(["execute-api", "service"])),
        now=draw(
            st.datetimes(datetime(2000, 1, 1), datetime(2099, 12, 31)).map(
                lambda moment: moment.replace(microsecond=0)
            )
        ),
    )


def botocore_authorization(request: Request) -> str:
    """The Authorization header botocore computes for `request` at `request.now`."""
    aws_request = AWSRequest(method=request.method, url=request.url, data=request.body)
    for name, value in request.headers:
        aws_request.headers[name] = value  # adds: repeated headers stay repeated
    credentials = Credentials(request.access_key_id, request.secret, request.token)
    signer = botocore.auth.SigV4Auth(credentials, request.service, request.region)
    # botocore reads the clock through this name; the naive UTC time it returns.
    with mock.patch.object(botocore.auth, "get_current_datetime", return_value=request.now):
        signer.add_auth(aws_request)
    authorization: str = aws_request.headers["Authorization"]
    return authorization


@settings(
    max_examples=500,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(request=requests())
def test_authorization_matches_botocore(sigv4: ModuleType, request: Request) -> None:
    details = sigv4.signing_details(
        method=request.method,
        url=request.url,
        headers=request.headers,
        body=request.body,
        credentials=sigv4.AwsCredentials(request.access_key_id, request.secret, request.token),
        region=request.region,
        service=request.service,
        now=request.now.replace(tzinfo=UTC),
    )
    ours = dict(details.headers)["Authorization"]
    assert ours == botocore_authorization(request), details.canonical_request
