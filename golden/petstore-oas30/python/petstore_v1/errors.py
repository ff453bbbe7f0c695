"""Errors this client raises, with a typed error per documented error response."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._runtime import (
    ApiError,
    BadGatewayError,
    BadRequestError,
    ClientError,
    ConflictError,
    ForbiddenError,
    GatewayTimeoutError,
    InternalServerError,
    NotFoundError,
    RequestTimeoutError,
    ResponseDecodeError,
    SdkError,
    ServerError,
    ServiceUnavailableError,
    TooManyRequestsError,
    TransportError,
    UnauthorizedError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from .models._shared import (
        Error,
    )
    from .models.pets import (
        ValidationError,
    )

__all__ = [
    "ApiError",
    "BadGatewayError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "CreatePetBadRequestError",
    "ForbiddenError",
    "GatewayTimeoutError",
    "GetPetNotFoundError",
    "InternalServerError",
    "ListPetsDefaultError",
    "NotFoundError",
    "PlaceOrderServerError",
    "RequestTimeoutError",
    "ResponseDecodeError",
    "SdkError",
    "ServerError",
    "ServiceUnavailableError",
    "TooManyRequestsError",
    "TransportError",
    "UnauthorizedError",
    "UnprocessableEntityError",
]


class CreatePetBadRequestError(BadRequestError):
    """What `create_pet` raises for a 400 response, with its body decoded."""

    body: ValidationError


class GetPetNotFoundError(NotFoundError):
    """What `get_pet` raises for a 404 response, with its body decoded."""

    body: Error


class ListPetsDefaultError(ApiError):
    """What `list_pets` raises for a default response, with its body decoded."""

    body: Error


class PlaceOrderServerError(ServerError):
    """What `place_order` raises for a 5XX response, with its body decoded."""

    body: Error
