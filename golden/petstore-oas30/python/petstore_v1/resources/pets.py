"""Operations of the `pets` group, reached as `client.pets`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from .. import _raw, _send
from .. import _runtime as _rt
from .._runtime import UNSET, Unset

if TYPE_CHECKING:
    from .. import models as _m
    from ..models.pets import (
        PetStatus,
        PhotoInfo,
        SearchPetsFilter,
        SearchResult,
        UploadPhotoRequest,
    )
    from ..models.pets_2 import NewPet, Pet
else:
    _m = _rt.LazyModule(__package__.rpartition(".")[0] + ".models")

__all__ = [
    "AsyncPetsResource",
    "AsyncPetsResourceWithRawResponse",
    "PetsResource",
    "PetsResourceWithRawResponse",
]


def _create_pet_result(response: httpx.Response) -> Pet:
    status = response.status_code
    try:
        if status == 201:
            value = _rt.json_of(response)
            return _m.Pet.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    if status == 400:
        from .. import errors

        raise _rt.typed_error(
            errors.CreatePetBadRequestError,
            response,
            lambda value: _m.ValidationError.from_dict(value),
        )
    _rt.raise_error(response)


def _delete_pet_result(response: httpx.Response) -> None:
    status = response.status_code
    try:
        if status == 204:
            return
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    _rt.raise_error(response)


def _download_photo_result(response: httpx.Response) -> bytes:
    status = response.status_code
    try:
        if status == 200:
            return response.content
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    _rt.raise_error(response)


def _get_pet_result(response: httpx.Response) -> Pet:
    status = response.status_code
    try:
        if status == 200:
            value = _rt.json_of(response)
            return _m.Pet.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    if status == 404:
        from .. import errors

        raise _rt.typed_error(
            errors.GetPetNotFoundError,
            response,
            lambda value: _m.Error.from_dict(value),
        )
    _rt.raise_error(response)


def _list_pets_result(response: httpx.Response) -> list[Pet]:
    status = response.status_code
    try:
        if status == 200:
            value = _rt.json_of(response)
            return [_m.Pet.from_dict(item) for item in value]
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    if True:
        from .. import errors

        raise _rt.typed_error(
            errors.ListPetsDefaultError,
            response,
            lambda value: _m.Error.from_dict(value),
        )
    _rt.raise_error(response)


def _search_pets_result(response: httpx.Response) -> SearchResult:
    status = response.status_code
    try:
        if status == 200:
            value = _rt.json_of(response)
            return _m.SearchResult.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    _rt.raise_error(response)


def _update_pet_result(response: httpx.Response) -> Pet:
    status = response.status_code
    try:
        if status == 200:
            value = _rt.json_of(response)
            return _m.Pet.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    _rt.raise_error(response)


def _upload_photo_result(response: httpx.Response) -> PhotoInfo:
    status = response.status_code
    try:
        if status == 200:
            value = _rt.json_of(response)
            return _m.PhotoInfo.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    _rt.raise_error(response)


class PetsResource:
    """Operations of the `pets` group."""

    def __init__(self, client: _send.SyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PetsResourceWithRawResponse:
        """The same operations, returning RawResponse (status, headers, body, parsed
        value)."""
        return PetsResourceWithRawResponse(self)

    def create_pet(
        self,
        *,
        body: NewPet,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Pet:
        """Add a pet"""
        response = self._client.request(
            "POST",
            "/pets",
            operation="create_pet",
            security=(),
            body=_rt.Body(
                "json",
                body.to_dict(),
                "application/json",
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _create_pet_result(response)

    def delete_pet(
        self,
        pet_id: int,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> None:
        """Remove a pet

        Args:
            pet_id: The pet's id.

        Deprecated."""
        response = self._client.request(
            "DELETE",
            "/pets/{0}",
            operation="delete_pet",
            security=(),
            path_params=(_rt.path_value(pet_id, "simple", False),),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _delete_pet_result(response)

    def download_photo(
        self,
        pet_id: int,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> bytes:
        """Download the pet's photo"""
        response = self._client.request(
            "GET",
            "/pets/{0}/photo",
            operation="download_photo",
            security=(),
            path_params=(_rt.path_value(pet_id, "simple", False),),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _download_photo_result(response)

    def get_pet(
        self,
        pet_id: int,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Pet:
        """Get a pet

        Args:
            pet_id: The pet's id."""
        response = self._client.request(
            "GET",
            "/pets/{0}",
            operation="get_pet",
            security=(),
            path_params=(_rt.path_value(pet_id, "simple", False),),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _get_pet_result(response)

    def list_pets(
        self,
        *,
        limit: int | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        status: PetStatus | Unset = UNSET,
        x_trace_id: str | Unset = UNSET,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> list[Pet]:
        """List pets

        Pets in the store, newest first.

        Args:
            limit: How many pets to return at most."""
        response = self._client.request(
            "GET",
            "/pets",
            operation="list_pets",
            security=(),
            query=(
                ("limit", limit, "form", True),
                ("tags", tags, "form", True),
                ("status", status, "form", True),
            ),
            headers=(("X-Trace-Id", x_trace_id),),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _list_pets_result(response)

    def search_pets(
        self,
        *,
        q: str,
        ids: list[int] | Unset = UNSET,
        filter_: SearchPetsFilter | Unset = UNSET,
        session: str | Unset = UNSET,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> SearchResult:
        """Search cats and dogs"""
        response = self._client.request(
            "GET",
            "/pets/search",
            operation="search_pets",
            security=(),
            query=(
                ("q", q, "form", True),
                ("ids", ids, "form", False),
                ("filter", filter_, "deepObject", True),
            ),
            cookies=(("session", session),),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _search_pets_result(response)

    def update_pet(
        self,
        pet_id: int,
        *,
        body: Pet,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Pet:
        """Replace a pet

        Args:
            pet_id: The pet's id."""
        response = self._client.request(
            "PUT",
            "/pets/{0}",
            operation="update_pet",
            security=(),
            path_params=(_rt.path_value(pet_id, "simple", False),),
            body=_rt.Body(
                "json",
                body.to_dict(),
                "application/json",
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _update_pet_result(response)

    def upload_photo(
        self,
        pet_id: int,
        *,
        body: UploadPhotoRequest,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PhotoInfo:
        """Upload a photo"""
        response = self._client.request(
            "POST",
            "/pets/{0}/photo",
            operation="upload_photo",
            security=(),
            path_params=(_rt.path_value(pet_id, "simple", False),),
            body=_rt.Body(
                "multipart",
                body.to_dict(),
                "multipart/form-data",
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _upload_photo_result(response)


class PetsResourceWithRawResponse:
    """`PetsResource` operations that return RawResponse."""

    def __init__(self, resource: PetsResource) -> None:
        self.create_pet = _raw.raw(resource.create_pet)
        self.delete_pet = _raw.raw(resource.delete_pet)
        self.download_photo = _raw.raw(resource.download_photo)
        self.get_pet = _raw.raw(resource.get_pet)
        self.list_pets = _raw.raw(resource.list_pets)
        self.search_pets = _raw.raw(resource.search_pets)
        self.update_pet = _raw.raw(resource.update_pet)
        self.upload_photo = _raw.raw(resource.upload_photo)


class AsyncPetsResource:
    """Operations of the `pets` group, for asyncio."""

    def __init__(self, client: _send.AsyncClientBase) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPetsResourceWithRawResponse:
        """The same operations, returning RawResponse (status, headers, body, parsed
        value)."""
        return AsyncPetsResourceWithRawResponse(self)

    async def create_pet(
        self,
        *,
        body: NewPet,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Pet:
        """Add a pet"""
        response = await self._client.request(
            "POST",
            "/pets",
            operation="create_pet",
            security=(),
            body=_rt.Body(
                "json",
                body.to_dict(),
                "application/json",
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _create_pet_result(response)

    async def delete_pet(
        self,
        pet_id: int,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> None:
        """Remove a pet

        Args:
            pet_id: The pet's id.

        Deprecated."""
        response = await self._client.request(
            "DELETE",
            "/pets/{0}",
            operation="delete_pet",
            security=(),
            path_params=(_rt.path_value(pet_id, "simple", False),),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _delete_pet_result(response)

    async def download_photo(
        self,
        pet_id: int,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> bytes:
        """Download the pet's photo"""
        response = await self._client.request(
            "GET",
            "/pets/{0}/photo",
            operation="download_photo",
            security=(),
            path_params=(_rt.path_value(pet_id, "simple", False),),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _download_photo_result(response)

    async def get_pet(
        self,
        pet_id: int,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Pet:
        """Get a pet

        Args:
            pet_id: The pet's id."""
        response = await self._client.request(
            "GET",
            "/pets/{0}",
            operation="get_pet",
            security=(),
            path_params=(_rt.path_value(pet_id, "simple", False),),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _get_pet_result(response)

    async def list_pets(
        self,
        *,
        limit: int | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        status: PetStatus | Unset = UNSET,
        x_trace_id: str | Unset = UNSET,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> list[Pet]:
        """List pets

        Pets in the store, newest first.

        Args:
            limit: How many pets to return at most."""
        response = await self._client.request(
            "GET",
            "/pets",
            operation="list_pets",
            security=(),
            query=(
                ("limit", limit, "form", True),
                ("tags", tags, "form", True),
                ("status", status, "form", True),
            ),
            headers=(("X-Trace-Id", x_trace_id),),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _list_pets_result(response)

    async def search_pets(
        self,
        *,
        q: str,
        ids: list[int] | Unset = UNSET,
        filter_: SearchPetsFilter | Unset = UNSET,
        session: str | Unset = UNSET,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> SearchResult:
        """Search cats and dogs"""
        response = await self._client.request(
            "GET",
            "/pets/search",
            operation="search_pets",
            security=(),
            query=(
                ("q", q, "form", True),
                ("ids", ids, "form", False),
                ("filter", filter_, "deepObject", True),
            ),
            cookies=(("session", session),),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _search_pets_result(response)

    async def update_pet(
        self,
        pet_id: int,
        *,
        body: Pet,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> Pet:
        """Replace a pet

        Args:
            pet_id: The pet's id."""
        response = await self._client.request(
            "PUT",
            "/pets/{0}",
            operation="update_pet",
            security=(),
            path_params=(_rt.path_value(pet_id, "simple", False),),
            body=_rt.Body(
                "json",
                body.to_dict(),
                "application/json",
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _update_pet_result(response)

    async def upload_photo(
        self,
        pet_id: int,
        *,
        body: UploadPhotoRequest,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | Unset = UNSET,
        idempotency_key: str | Unset = UNSET,
    ) -> PhotoInfo:
        """Upload a photo"""
        response = await self._client.request(
            "POST",
            "/pets/{0}/photo",
            operation="upload_photo",
            security=(),
            path_params=(_rt.path_value(pet_id, "simple", False),),
            body=_rt.Body(
                "multipart",
                body.to_dict(),
                "multipart/form-data",
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
            idempotency_key=idempotency_key,
        )
        return _upload_photo_result(response)


class AsyncPetsResourceWithRawResponse:
    """`AsyncPetsResource` operations that return RawResponse."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.create_pet = _raw.raw_async(resource.create_pet)
        self.delete_pet = _raw.raw_async(resource.delete_pet)
        self.download_photo = _raw.raw_async(resource.download_photo)
        self.get_pet = _raw.raw_async(resource.get_pet)
        self.list_pets = _raw.raw_async(resource.list_pets)
        self.search_pets = _raw.raw_async(resource.search_pets)
        self.update_pet = _raw.raw_async(resource.update_pet)
        self.upload_photo = _raw.raw_async(resource.upload_photo)
