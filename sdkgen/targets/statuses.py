"""HTTP statuses as error classes, the same in every target.

A documented error response gets a class of its own, named from the operation and the status
(`GetPetNotFoundError`), extending the runtime class for that status (`NotFoundError`), so one
`except NotFoundError` / `instanceof NotFoundError` catches it whatever the operation.
"""

from __future__ import annotations

from http import HTTPStatus

from sdkgen import naming

# The runtime's classes for the statuses clients most often single out.
STATUS_BASES = {
    400: "BadRequestError",
    401: "UnauthorizedError",
    403: "ForbiddenError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "TooManyRequestsError",
    500: "InternalServerError",
    502: "BadGatewayError",
    503: "ServiceUnavailableError",
    504: "GatewayTimeoutError",
}


def error_base(status: str) -> str:
    """The runtime class a documented error response's class extends."""
    if status.isdigit():
        code = int(status)
        if code in STATUS_BASES:
            return STATUS_BASES[code]
        return "ServerError" if code >= 500 else "ClientError" if code >= 400 else "ApiError"
    return {"4XX": "ClientError", "5XX": "ServerError"}.get(status.upper(), "ApiError")


def status_word(status: str) -> str:
    """404 -> NotFound, 500 -> InternalServer, 5XX -> Server: the middle of the class name."""
    if status.isdigit():
        try:
            return naming.pascal_case(HTTPStatus(int(status)).phrase).removesuffix("Error")
        except ValueError:
            return f"Status{status}"
    return {"4XX": "Client", "5XX": "Server"}.get(status.upper(), "Default")
