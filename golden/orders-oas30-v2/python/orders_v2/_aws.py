"""AWS Signature Version 4 as a security scheme: credentials, region and service defaults.

Copied verbatim into generated packages whose API uses SigV4 (API Gateway's IAM auth).
Credentials default to the standard environment variables; the region defaults to the one in an
`execute-api` host, then to AWS_REGION / AWS_DEFAULT_REGION.
"""

from __future__ import annotations

import os
import re

import httpx

from ._auth import Auth, MissingCredentialsError, Provider, Value
from ._runtime import SdkError
from ._sigv4 import AwsCredentials, sign

__all__ = ["AwsCredentials", "SigV4Auth"]

_EXECUTE_API_HOST = re.compile(r"\.execute-api\.([a-z0-9-]+)\.amazonaws\.com$")


class SigV4Auth(Auth):
    """AWS Signature Version 4, over the exact request that is sent (re-signed on every send)."""

    signs_request = True

    def __init__(
        self,
        credentials: Provider[AwsCredentials] | None,
        *,
        region: str | None,
        service: str,
        base_url: str,
    ) -> None:
        self._credentials = Value(credentials) if credentials is not None else None
        self.service = service
        host = httpx.URL(base_url).host
        match = _EXECUTE_API_HOST.search(host)
        self.region = (
            region
            or (match.group(1) if match else None)
            or os.environ.get("AWS_REGION")
            or os.environ.get("AWS_DEFAULT_REGION")
        )

    def available(self) -> bool:
        return self._credentials is not None or bool(
            os.environ.get("AWS_ACCESS_KEY_ID")
            and os.environ.get("AWS_SECRET_ACCESS_KEY")
        )

    def _from_environment(self) -> AwsCredentials:
        return AwsCredentials(
            access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
            secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
            session_token=os.environ.get("AWS_SESSION_TOKEN") or None,
        )

    def _sign(self, request: httpx.Request, credentials: AwsCredentials) -> None:
        if not isinstance(credentials, AwsCredentials):
            raise SdkError("aws_credentials must be an AwsCredentials (or return one)")
        if not self.region:
            raise MissingCredentialsError(
                "SigV4 needs a region: pass region= or set AWS_REGION"
            )
        added = sign(
            method=request.method,
            url=str(request.url),
            headers=request.headers.multi_items(),
            body=request.read(),
            credentials=credentials,
            region=self.region,
            service=self.service,
        )
        for name, value in added:
            request.headers[name] = value

    def apply(self, request: httpx.Request) -> None:
        source = self._credentials
        self._sign(request, source.get() if source else self._from_environment())

    async def apply_async(self, request: httpx.Request) -> None:
        source = self._credentials
        self._sign(
            request, await source.get_async() if source else self._from_environment()
        )
