"""Client and AsyncClient: the entry points of the Petstore API."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from . import _auth, _send
from . import _runtime as _rt
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from .resources.pets import AsyncPetsResource, PetsResource
    from .resources.store import AsyncStoreResource, StoreResource

__all__ = ["AsyncClient", "Client"]

SERVER_URL = "https://petstore.example.com/{version}"


def _base_url(
    base_url: str | None,
    version: str,
) -> str:
    if base_url is not None:
        return base_url
    return _rt.server_url(
        SERVER_URL,
        {
            "version": version,
        },
    )


class Client(_send.SyncClient):
    """The Petstore client.

    A pet store used by sdkgen's tests. It exercises every parameter location,
    the common body media types, unions, recursion and typed errors."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        version: str = "v1",
        timeout: _rt.Timeout = 30.0,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        event_hooks: _send.EventHooks | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        url = _base_url(
            base_url,
            version,
        )
        auth = _auth.AuthSet(
            {},
            {},
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
    def pets(self) -> PetsResource:
        """Operations of the `pets` group."""
        from .resources.pets import PetsResource

        return PetsResource(self)

    @cached_property
    def store(self) -> StoreResource:
        """Operations of the `store` group."""
        from .resources.store import StoreResource

        return StoreResource(self)


class AsyncClient(_send.AsyncClientBase):
    """The Petstore asyncio client.

    A pet store used by sdkgen's tests. It exercises every parameter location,
    the common body media types, unions, recursion and typed errors."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        version: str = "v1",
        timeout: _rt.Timeout = 30.0,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        event_hooks: _send.EventHooks | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        url = _base_url(
            base_url,
            version,
        )
        auth = _auth.AuthSet(
            {},
            {},
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
    def pets(self) -> AsyncPetsResource:
        """Operations of the `pets` group."""
        from .resources.pets import AsyncPetsResource

        return AsyncPetsResource(self)

    @cached_property
    def store(self) -> AsyncStoreResource:
        """Operations of the `store` group."""
        from .resources.store import AsyncStoreResource

        return AsyncStoreResource(self)
