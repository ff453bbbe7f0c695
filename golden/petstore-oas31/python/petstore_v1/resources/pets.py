"""Operations of the `pets` group, reached as `client.pets`."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from .. import _runtime as _rt
from .._runtime import UNSET, Unset
from ..models._shared import Error
from ..models.pets import (
    NewPet,
    Pet,
    PetStatus,
    PhotoInfo,
    SearchPetsFilter,
    SearchResult,
    UploadPhotoRequest,
    ValidationError,
)

__all__ = ["AsyncPetsResource", "PetsResource"]


def _create_pet_result(response: httpx.Response) -> Pet:
    status = response.status_code
    try:
        if status == 201:
            value = _rt.json_of(response)
            return Pet.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    if status == 400:
        from .. import errors

        raise _rt.typed_error(
            errors.CreatePetBadRequestError,
            response,
            lambda value: ValidationError.from_dict(value),
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
            return Pet.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    if status == 404:
        from .. import errors

        raise _rt.typed_error(
            errors.GetPetNotFoundError, response, lambda value: Error.from_dict(value)
        )
    _rt.raise_error(response)


def _list_pets_result(response: httpx.Response) -> list[Pet]:
    status = response.status_code
    try:
        if status == 200:
            value = _rt.json_of(response)
            return [Pet.from_dict(item) for item in value]
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    if True:
        from .. import errors

        raise _rt.typed_error(
            errors.ListPetsDefaultError, response, lambda value: Error.from_dict(value)
        )
    _rt.raise_error(response)


def _search_pets_result(response: httpx.Response) -> SearchResult:
    status = response.status_code
    try:
        if status == 200:
            value = _rt.json_of(response)
            return SearchResult.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    _rt.raise_error(response)


def _update_pet_result(response: httpx.Response) -> Pet:
    status = response.status_code
    try:
        if status == 200:
            value = _rt.json_of(response)
            return Pet.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    _rt.raise_error(response)


def _upload_photo_result(response: httpx.Response) -> PhotoInfo:
    status = response.status_code
    try:
        if status == 200:
            value = _rt.json_of(response)
            return PhotoInfo.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _rt.decode_failed(response, error) from error
    _rt.raise_error(response)


class PetsResource:
    """Operations of the `pets` group."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def create_pet(
        self,
        *,
        body: NewPet,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
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
        )
        return _create_pet_result(response)

    def delete_pet(
        self,
        pet_id: int,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
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
        )
        return _delete_pet_result(response)

    def download_photo(
        self,
        pet_id: int,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
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
        )
        return _download_photo_result(response)

    def get_pet(
        self,
        pet_id: int,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
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
        )
        return _search_pets_result(response)

    def update_pet(
        self,
        pet_id: int,
        *,
        body: Pet,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
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
        )
        return _update_pet_result(response)

    def upload_photo(
        self,
        pet_id: int,
        *,
        body: UploadPhotoRequest,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
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
        )
        return _upload_photo_result(response)


class AsyncPetsResource:
    """Operations of the `pets` group, for asyncio."""

    def __init__(self, client: _rt.AsyncClientBase) -> None:
        self._client = client

    async def create_pet(
        self,
        *,
        body: NewPet,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
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
        )
        return _create_pet_result(response)

    async def delete_pet(
        self,
        pet_id: int,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
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
        )
        return _delete_pet_result(response)

    async def download_photo(
        self,
        pet_id: int,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
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
        )
        return _download_photo_result(response)

    async def get_pet(
        self,
        pet_id: int,
        *,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
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
        )
        return _search_pets_result(response)

    async def update_pet(
        self,
        pet_id: int,
        *,
        body: Pet,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
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
        )
        return _update_pet_result(response)

    async def upload_photo(
        self,
        pet_id: int,
        *,
        body: UploadPhotoRequest,
        timeout: _rt.Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
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
        )
        return _upload_photo_result(response)
