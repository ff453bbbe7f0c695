"""Client and AsyncClient: the entry points of the OrdersAPI API."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from . import _auth, _aws, _send
from . import _runtime as _rt
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from .resources.health import AsyncHealthResource, HealthResource
    from .resources.orders import AsyncOrdersResource, OrdersResource

__all__ = ["AsyncClient", "Client"]

SERVER_URL = "https://abc123.execute-api.us-east-1.amazonaws.com/{stage}"


def _base_url(
    base_url: str | None,
    stage: str,
) -> str:
    if base_url is not None:
        return base_url
    return _rt.server_url(
        SERVER_URL,
        {
            "stage": stage,
        },
    )


class Client(_send.SyncClient):
    """The OrdersAPI client.

    Example Orders API shaped like an API Gateway REST API export (sdkgen test data)."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        stage: str = "prod",
        api_key: _auth.Provider[str] | None = None,
        aws_credentials: _auth.Provider[_aws.AwsCredentials] | None = None,
        orders_user_pool_token: _auth.Provider[str] | None = None,
        partner_token_authorizer_token: _auth.Provider[str] | None = None,
        region: str | None = None,
        service: str = "execute-api",
        timeout: _rt.Timeout = 30.0,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        event_hooks: _send.EventHooks | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        url = _base_url(
            base_url,
            stage,
        )
        auth = _auth.AuthSet(
            {
                "api_key": (
                    None
                    if api_key is None
                    else _auth.KeyAuth("header", "x-api-key", api_key)
                ),
                "sigv4": _aws.SigV4Auth(
                    aws_credentials, region=region, service=service, base_url=url
                ),
                "OrdersUserPool": (
                    None
                    if orders_user_pool_token is None
                    else _auth.KeyAuth(
                        "header", "Authorization", orders_user_pool_token
                    )
                ),
                "PartnerTokenAuthorizer": (
                    None
                    if partner_token_authorizer_token is None
                    else _auth.KeyAuth(
                        "header", "X-Partner-Token", partner_token_authorizer_token
                    )
                ),
            },
            {
                "api_key": "api_key=",
                "sigv4": "aws_credentials=",
                "OrdersUserPool": "orders_user_pool_token=",
                "PartnerTokenAuthorizer": "partner_token_authorizer_token=",
            },
        )
        super().__init__(
            base_url=url,
            timeout=timeout,
            headers=headers,
            http_client=http_client,
            auth=auth,
            retry=retry,
            max_retries=max_retries,
            event_hooks=event_hooks,
        )

    @cached_property
    def health(self) -> HealthResource:
        """Operations of the `health` group."""
        from .resources.health import HealthResource

        return HealthResource(self)

    @cached_property
    def orders(self) -> OrdersResource:
        """Operations of the `orders` group."""
        from .resources.orders import OrdersResource

        return OrdersResource(self)


class AsyncClient(_send.AsyncClientBase):
    """The OrdersAPI asyncio client.

    Example Orders API shaped like an API Gateway REST API export (sdkgen test data)."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        stage: str = "prod",
        api_key: _auth.Provider[str] | None = None,
        aws_credentials: _auth.Provider[_aws.AwsCredentials] | None = None,
        orders_user_pool_token: _auth.Provider[str] | None = None,
        partner_token_authorizer_token: _auth.Provider[str] | None = None,
        region: str | None = None,
        service: str = "execute-api",
        timeout: _rt.Timeout = 30.0,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        event_hooks: _send.EventHooks | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        url = _base_url(
            base_url,
            stage,
        )
        auth = _auth.AuthSet(
            {
                "api_key": (
                    None
                    if api_key is None
                    else _auth.KeyAuth("header", "x-api-key", api_key)
                ),
                "sigv4": _aws.SigV4Auth(
                    aws_credentials, region=region, service=service, base_url=url
                ),
                "OrdersUserPool": (
                    None
                    if orders_user_pool_token is None
                    else _auth.KeyAuth(
                        "header", "Authorization", orders_user_pool_token
                    )
                ),
                "PartnerTokenAuthorizer": (
                    None
                    if partner_token_authorizer_token is None
                    else _auth.KeyAuth(
                        "header", "X-Partner-Token", partner_token_authorizer_token
                    )
                ),
            },
            {
                "api_key": "api_key=",
                "sigv4": "aws_credentials=",
                "OrdersUserPool": "orders_user_pool_token=",
                "PartnerTokenAuthorizer": "partner_token_authorizer_token=",
            },
        )
        super().__init__(
            base_url=url,
            timeout=timeout,
            headers=headers,
            http_client=http_client,
            auth=auth,
            retry=retry,
            max_retries=max_retries,
            event_hooks=event_hooks,
        )

    @cached_property
    def health(self) -> AsyncHealthResource:
        """Operations of the `health` group."""
        from .resources.health import AsyncHealthResource

        return AsyncHealthResource(self)

    @cached_property
    def orders(self) -> AsyncOrdersResource:
        """Operations of the `orders` group."""
        from .resources.orders import AsyncOrdersResource

        return AsyncOrdersResource(self)
