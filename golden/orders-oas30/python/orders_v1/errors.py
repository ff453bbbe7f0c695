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
    from .models.orders import (
        Error,
    )

__all__ = [
    "ApiError",
    "BadGatewayError",
    "BadRequestError",
    "CancelOrderNotFoundError",
    "ClientError",
    "ConflictError",
    "CreateOrderBadRequestError",
    "ForbiddenError",
    "GatewayTimeoutError",
    "GetOrderNotFoundError",
    "InternalServerError",
    "ListOrderItemsNotFoundError",
    "ListOrdersBadRequestError",
    "NotFoundError",
    "RequestTimeoutError",
    "ResponseDecodeError",
    "SdkError",
    "ServerError",
    "ServiceUnavailableError",
    "TooManyRequestsError",
    "TransportError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "UpdateOrderBadRequestError",
    "UpdateOrderNotFoundError",
]


class CancelOrderNotFoundError(NotFoundError):
    """What `cancel_order` raises for a 404 response, with its body decoded."""

    body: Error


class CreateOrderBadRequestError(BadRequestError):
    """What `create_order` raises for a 400 response, with its body decoded."""

    body: Error


class GetOrderNotFoundError(NotFoundError):
    """What `get_order` raises for a 404 response, with its body decoded."""

    body: Error


class ListOrderItemsNotFoundError(NotFoundError):
    """What `list_order_items` raises for a 404 response, with its body decoded."""

    body: Error


class ListOrdersBadRequestError(BadRequestError):
    """What `list_orders` raises for a 400 response, with its body decoded."""

    body: Error


class UpdateOrderBadRequestError(BadRequestError):
    """What `update_order` raises for a 400 response, with its body decoded."""

    body: Error


class UpdateOrderNotFoundError(NotFoundError):
    """What `update_order` raises for a 404 response, with its body decoded."""

    body: Error
