"""The AWS SigV4 test suite, signed by both runtime signers.

Each case must give exactly the suite's canonical request (`.creq`), string to
sign (`.sts`) and `Authorization` value (`.authz`). See the suite's README.md
for the fixed inputs and the `.req` format.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest

VECTORS = Path(__file__).resolve().parents[2].parent / "shared" / "testdata" / "sigv4"

ACCESS_KEY_ID = "AKIDEXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
REGION = "us-east-1"
SERVICE = "service"
NOW = datetime(2015, 8, 30, 12, 36, tzinfo=UTC)

# The suite's README: this case's token is in no header of the `.req`.
SESSION_TOKENS = {
    "get-vanilla-with-session-token": (
        "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267"
    ),
}

# Cases that do not describe a client of API Gateway or another non-S3 service.
NOT_APPLICABLE = {
    # The session token is added after signing and is left unsigned. Only some
    # services accept that; API Gateway takes a signed X-Amz-Security-Token, so
    # both signers always sign it (as botocore and @smithy/signature-v4 do).
    # Signing this case without a token would only repeat `post-vanilla`.
    "post-sts-header-after",
}


@dataclass(frozen=True)
class Case:
    """One folder of the suite, read into signer inputs and expected outputs."""

    name: str
    method: str
    url: str
    headers: list[tuple[str, str]]
    body: bytes
    session_token: str | None
    creq: str
    sts: str
    authz: str


def parse_request(raw: bytes) -> tuple[str, str, list[tuple[str, str]], bytes]:
    """Split a `.req` into method, raw target, header pairs (folds joined) and body."""
    head, _, body = raw.partition(b"\n\n")
    request_line, *lines = head.decode("utf-8").split("\n")
    method, _, rest = request_line.partition(" ")
    target = rest.rpartition(" ")[0]
    headers: list[tuple[str, str]] = []
    for line in lines:
        if line[:1] in (" ", "\t"):  # obs-fold: continues the previous header
            name, value = headers.pop()
            headers.append((name, f"{value} {line.strip()}"))
        elif line:
            name, _, value = line.partition(":")
            headers.append((name, value))
    return method, target, headers, body


def load_case(req: Path) -> Case:
    name = req.stem
    method, target, headers, body = parse_request(req.read_bytes())
    token = dict(headers).get("X-Amz-Security-Token", SESSION_TOKENS.get(name))

    def expected(suffix: str) -> str:
        return req.with_suffix(suffix).read_text(encoding="utf-8")

    return Case(
        name=name,
        method=method,
        # The target is the decoded path: the signer must encode it just once
        # here (README, "Mapping to real requests").
        url=f"https://example.amazonaws.com{target}",
        headers=headers,
        body=body,
        session_token=token,
        creq=expected(".creq"),
        sts=expected(".sts"),
        authz=expected(".authz"),
    )


def load_cases() -> list[Case]:
    requests = sorted(VECTORS.rglob("*.req"))
    if not requests:
        raise FileNotFoundError(f"no SigV4 test vectors under {VECTORS}")
    return [load_case(req) for req in requests if req.stem not in NOT_APPLICABLE]


CASES = load_cases()


def test_every_case_is_either_run_or_excluded_with_a_reason() -> None:
    names = {req.stem for req in VECTORS.rglob("*.req")}
    assert len(names) == 34
    assert names >= NOT_APPLICABLE
    assert {case.name for case in CASES} == names - NOT_APPLICABLE


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_python_signer(sigv4: ModuleType, case: Case) -> None:
    details = sigv4.signing_details(
        method=case.method,
        url=case.url,
        headers=case.headers,
        body=case.body,
        credentials=sigv4.AwsCredentials(ACCESS_KEY_ID, SECRET, case.session_token),
        region=REGION,
        service=SERVICE,
        now=NOW,
    )
    assert details.canonical_request == case.creq
    assert details.string_to_sign == case.sts
    assert dict(details.headers)["Authorization"] == case.authz
    assert details.headers == sigv4.sign(
        method=case.method,
        url=case.url,
        headers=case.headers,
        body=case.body,
        credentials=sigv4.AwsCredentials(ACCESS_KEY_ID, SECRET, case.session_token),
        region=REGION,
        service=SERVICE,
        now=NOW,
    )


@pytest.fixture(scope="module")
def node_results(run_node: Callable[..., str]) -> dict[str, dict[str, object]]:
    """Every case signed by the Node signer, in one `node` run."""
    request = {
        "credentials": {"accessKeyId": ACCESS_KEY_ID, "secretAccessKey": SECRET},
        "region": REGION,
        "service": SERVICE,
        "now": NOW.isoformat(),
        "cases": [
            {
                "name": case.name,
                "method": case.method,
                "url": case.url,
                "headers": case.headers,
                "body": base64.b64encode(case.body).decode(),
                "sessionToken": case.session_token,
            }
            for case in CASES
        ],
    }
    stdout = run_node("tests/runtime/node/sigv4_vectors.mjs", stdin=json.dumps(request))
    results: dict[str, dict[str, object]] = json.loads(stdout)
    return results


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_node_signer(node_results: dict[str, dict[str, object]], case: Case) -> None:
    result = node_results[case.name]
    assert result["canonicalRequest"] == case.creq
    assert result["stringToSign"] == case.sts
    headers = result["headers"]
    assert isinstance(headers, dict)
    assert headers["Authorization"] == case.authz
    assert headers["X-Amz-Date"] == "20150830T123600Z"
    assert headers.get("X-Amz-Security-Token") == case.session_token
