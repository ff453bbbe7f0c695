"""Unit tests of the Python signer's helpers and of what `sign` adds to a request.

The helper tables live in sigv4_parts_cases.json, which the Node tests read too.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import traceback
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import pytest

CASES: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parent / "sigv4_parts_cases.json").read_text(encoding="utf-8")
)
NOW = datetime(2015, 8, 30, 12, 36, tzinfo=UTC)
SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
TOKEN = "FQoGZXIvYXdzEXAMPLETOKEN//+="


@pytest.mark.parametrize(("path", "expected"), CASES["canonical_uri"])
def test_canonical_uri(sigv4: ModuleType, path: str, expected: str) -> None:
    assert sigv4.canonical_uri(path) == expected


@pytest.mark.parametrize(("query", "expected"), CASES["canonical_query"])
def test_canonical_query(sigv4: ModuleType, query: str, expected: str) -> None:
    assert sigv4.canonical_query(query) == expected


@pytest.mark.parametrize(("headers", "block", "signed"), CASES["canonical_headers"])
def test_canonical_headers(
    sigv4: ModuleType, headers: list[list[str]], block: str, signed: str
) -> None:
    assert sigv4.canonical_headers([tuple(pair) for pair in headers]) == (block, signed)


def test_canonical_headers_from_a_mapping(sigv4: ModuleType) -> None:
    assert sigv4.canonical_headers({"B": "2", "a": " 1 "}) == ("a:1\nb:2\n", "a;b")


@pytest.mark.parametrize(("amz_date", "scope", "creq", "expected"), CASES["string_to_sign"])
def test_string_to_sign(
    sigv4: ModuleType, amz_date: str, scope: str, creq: str, expected: str
) -> None:
    assert sigv4.string_to_sign(amz_date, scope, creq) == expected


@pytest.mark.parametrize(("secret", "date", "region", "service", "hex_key"), CASES["signing_key"])
def test_signing_key(
    sigv4: ModuleType, secret: str, date: str, region: str, service: str, hex_key: str
) -> None:
    assert sigv4.signing_key(secret, date, region, service).hex() == hex_key


def test_signing_key_is_cached_and_bounded(sigv4: ModuleType) -> None:
    sigv4.signing_key.cache_clear()
    first = sigv4.signing_key(SECRET, "20150830", "us-east-1", "execute-api")
    assert sigv4.signing_key(SECRET, "20150830", "us-east-1", "execute-api") is first
    assert sigv4.signing_key.cache_info().hits == 1
    for day in range(1, 29):
        sigv4.signing_key(SECRET, f"201502{day:02d}", "us-east-1", "execute-api")
    assert sigv4.signing_key.cache_info().currsize <= 16


def test_uri_encode_leaves_only_unreserved_bytes(sigv4: ModuleType) -> None:
    for byte in range(256):
        assert sigv4.uri_encode(bytes([byte])) == quote(bytes([byte]), safe="~")


@pytest.mark.parametrize(("url", "host"), CASES["host_from_url"])
def test_host_is_taken_from_the_url(sigv4: ModuleType, url: str, host: str) -> None:
    details = sign_details(sigv4, url=url)
    assert f"\nhost:{host}\n" in details.canonical_request


def sign_details(sigv4: ModuleType, **overrides: Any) -> Any:
    """`signing_details` of a small request, with some arguments replaced."""
    arguments: dict[str, Any] = {
        "method": "GET",
        "url": "https://api.example.com/prod/pets?limit=10",
        "headers": [],
        "body": b"",
        "credentials": sigv4.AwsCredentials("AKIDEXAMPLE", SECRET),
        "region": "us-east-1",
        "service": "execute-api",
        "now": NOW,
    }
    arguments.update(overrides)
    return sigv4.signing_details(**arguments)


def test_sign_returns_the_headers_to_add_in_order(sigv4: ModuleType) -> None:
    headers = sign_details(sigv4).headers
    assert [name for name, _ in headers] == ["X-Amz-Date", "Authorization"]
    assert headers[0] == ("X-Amz-Date", "20150830T123600Z")
    assert headers[1][1].startswith(
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/execute-api/aws4_request, "
        "SignedHeaders=host;x-amz-date, Signature="
    )


def test_session_token_is_added_and_signed(sigv4: ModuleType) -> None:
    credentials = sigv4.AwsCredentials("AKIDEXAMPLE", SECRET, TOKEN)
    details = sign_details(sigv4, credentials=credentials)
    assert ("X-Amz-Security-Token", TOKEN) in details.headers
    assert f"\nx-amz-security-token:{TOKEN}\n" in details.canonical_request
    assert "SignedHeaders=host;x-amz-date;x-amz-security-token," in details.headers[-1][1]


def test_content_sha256_only_when_asked(sigv4: ModuleType) -> None:
    body = b'{"name": "Rex"}'
    digest = hashlib.sha256(body).hexdigest()
    plain = sign_details(sigv4, method="POST", body=body)
    assert "x-amz-content-sha256" not in plain.canonical_request
    assert plain.canonical_request.endswith(f"\n{digest}")
    signed = sign_details(sigv4, method="POST", body=body, sign_content_sha256=True)
    assert ("X-Amz-Content-Sha256", digest) in signed.headers
    assert f"\nx-amz-content-sha256:{digest}\n" in signed.canonical_request


def test_headers_the_signer_sets_replace_the_callers(sigv4: ModuleType) -> None:
    stale = [
        ("Authorization", "AWS4-HMAC-SHA256 old"),
        ("x-amz-date", "20000101T000000Z"),
        ("X-Amz-Security-Token", "old-token"),
        ("X-Amz-Content-Sha256", "old-hash"),
    ]
    credentials = sigv4.AwsCredentials("AKIDEXAMPLE", SECRET, TOKEN)
    fresh = sign_details(sigv4, credentials=credentials, sign_content_sha256=True)
    retried = sign_details(sigv4, credentials=credentials, sign_content_sha256=True, headers=stale)
    assert retried == fresh


def test_a_callers_token_header_is_signed_without_temporary_credentials(
    sigv4: ModuleType,
) -> None:
    details = sign_details(sigv4, headers=[("X-Amz-Security-Token", TOKEN)])
    assert f"\nx-amz-security-token:{TOKEN}\n" in details.canonical_request
    assert [name for name, _ in details.headers] == ["X-Amz-Date", "Authorization"]


def test_a_host_header_wins_over_the_url(sigv4: ModuleType) -> None:
    details = sign_details(sigv4, headers=[("Host", "custom.example.com")])
    assert "\nhost:custom.example.com\n" in details.canonical_request


def test_method_is_upper_cased_and_mapping_headers_accepted(sigv4: ModuleType) -> None:
    lower = sign_details(sigv4, method="get", headers={"Accept": "application/json"})
    upper = sign_details(sigv4, method="GET", headers=[("accept", "application/json")])
    assert lower == upper


def test_now_is_converted_to_utc(sigv4: ModuleType) -> None:
    elsewhere = NOW.astimezone(timezone(timedelta(hours=-7)))
    assert sign_details(sigv4, now=elsewhere) == sign_details(sigv4)


def test_now_defaults_to_the_current_time(sigv4: ModuleType) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    stamp = dict(sign_details(sigv4, now=None).headers)["X-Amz-Date"]
    signed_at = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    assert before <= signed_at <= datetime.now(UTC)


def test_sign_is_signing_details_headers(sigv4: ModuleType) -> None:
    arguments: dict[str, Any] = {
        "method": "PUT",
        "url": "https://api.example.com/a%20b",
        "headers": [("content-type", "application/json")],
        "body": b"{}",
        "credentials": sigv4.AwsCredentials("AKIDEXAMPLE", SECRET, TOKEN),
        "region": "eu-west-1",
        "service": "execute-api",
        "now": NOW,
    }
    assert sigv4.sign(**arguments) == sigv4.signing_details(**arguments).headers


def test_credentials_repr_hides_secret_and_token(sigv4: ModuleType) -> None:
    credentials = sigv4.AwsCredentials("AKIDEXAMPLE", SECRET, TOKEN)
    for text in (repr(credentials), str(credentials), f"{credentials!r:>10}", f"{[credentials]}"):
        assert "AKIDEXAMPLE" in text
        assert SECRET not in text and TOKEN not in text
    assert repr(credentials) == (
        "AwsCredentials(access_key_id='AKIDEXAMPLE', secret_access_key=<redacted>, "
        "session_token=<redacted>)"
    )
    assert repr(sigv4.AwsCredentials("AKIDEXAMPLE", SECRET)).endswith("session_token=None)")
    with pytest.raises(dataclasses.FrozenInstanceError):
        credentials.secret_access_key = "other"


BAD_SECRET = "wJalrXUtnFEMI/K7MDENG\ud800bPxRfiCYEXAMPLEKEY"
BAD_TOKEN = "FQoGZXIvYXdz\udfffEXAMPLETOKEN"

# Calls that fail, each with the credentials it uses.
FAILING_CALLS: dict[str, Callable[[ModuleType], dict[str, Any]]] = {
    "secret is not unicode": lambda s: {"credentials": s.AwsCredentials("AKID", BAD_SECRET)},
    "token is not unicode": lambda s: {"credentials": s.AwsCredentials("AKID", SECRET, BAD_TOKEN)},
    "header is not unicode": lambda s: {
        "credentials": s.AwsCredentials("AKID", SECRET, TOKEN),
        "headers": [("x-note", "\udc80")],
    },
    "naive now": lambda s: {
        "credentials": s.AwsCredentials("AKID", SECRET, TOKEN),
        "now": datetime(2015, 8, 30),
    },
    "bad port": lambda s: {
        "credentials": s.AwsCredentials("AKID", SECRET, TOKEN),
        "url": "https://api.example.com:99999/",
    },
    "str body": lambda s: {"credentials": s.AwsCredentials("AKID", SECRET, TOKEN), "body": "x"},
}


@pytest.mark.parametrize("call", FAILING_CALLS.values(), ids=FAILING_CALLS.keys())
def test_errors_never_show_the_secret_or_token(
    sigv4: ModuleType, call: Callable[[ModuleType], dict[str, Any]]
) -> None:
    sigv4.signing_key.cache_clear()
    with pytest.raises((ValueError, TypeError)) as raised:
        sign_details(sigv4, **call(sigv4))
    shown = "".join(traceback.format_exception(raised.value))
    error: BaseException | None = raised.value
    while error is not None:  # the whole chain, with every attribute
        shown += repr(error) + repr(error.args) + repr(vars(error))
        error = error.__cause__ or error.__context__
    for secret in (SECRET, BAD_SECRET, TOKEN, BAD_TOKEN):
        assert secret not in shown
