"""A loopback stand-in for API Gateway's auth checks on the orders API.

It checks SigV4 the way AWS does, by signing the received request again with botocore (the
reference implementation) at the request's own X-Amz-Date, and checks API keys and authorizer
tokens; a failed check answers 403 with API Gateway's `{"message": ...}` body.
"""

from __future__ import annotations

from datetime import UTC, datetime
from unittest import mock

import botocore.auth  # type: ignore[import-untyped]
from botocore.awsrequest import AWSRequest  # type: ignore[import-untyped]
from botocore.credentials import Credentials  # type: ignore[import-untyped]

from tests.support.server import Received, Reply

ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
SESSION_TOKEN = "session-token-example"
REGION = "us-east-1"
API_KEY = "key-123"
COGNITO_TOKEN = "eyJ.cognito.token"
PARTNER_TOKEN = "partner-token-1"
FORBIDDEN = Reply(403, {"message": "Forbidden"}, {"x-amzn-RequestId": "gw-403"})


def sigv4_ok(request: Received, base: str) -> bool:
    """Does the request carry a valid SigV4 signature over everything it signed?"""
    authorization = request.headers.get("authorization", "")
    if not authorization.startswith("AWS4-HMAC-SHA256 "):
        return False
    signed = authorization.split("SignedHeaders=", 1)[1].split(",", 1)[0].split(";")
    if "x-amz-security-token" not in signed or "host" not in signed:
        return False
    url = base + request.path + (f"?{request.raw_query}" if request.raw_query else "")
    headers = {name: request.headers[name] for name in signed if name in request.headers}
    expected = AWSRequest(method=request.method, url=url, headers=headers, data=request.body)
    when = datetime.strptime(request.headers["x-amz-date"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    signer = botocore.auth.SigV4Auth(
        Credentials(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN), "execute-api", REGION
    )
    with mock.patch.object(botocore.auth, "get_current_datetime", return_value=when):
        signer.add_auth(expected)
    return bool(expected.headers["Authorization"] == authorization)


def api_key_ok(request: Received, *, signed: bool = False) -> bool:
    if request.headers.get("x-api-key") != API_KEY:
        return False
    if not signed:
        return True
    authorization = request.headers.get("authorization", "")
    return "x-api-key" in authorization.split("SignedHeaders=", 1)[-1].split(",", 1)[0]


def cognito_ok(request: Received) -> bool:
    return request.headers.get("authorization") == COGNITO_TOKEN


def partner_ok(request: Received) -> bool:
    return request.headers.get("x-partner-token") == PARTNER_TOKEN
