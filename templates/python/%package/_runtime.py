"""The part of the client that is the same for every API: requests, parameters, errors.

This file is copied verbatim into every generated package (sdkgen keeps it as real source and
type-checks and tests it there). Generated modules call into it; users normally do not.
"""

from __future__ import annotations

import base64
import datetime
import importlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Final, NoReturn, TypeVar
from urllib.parse import quote

import httpx

if TYPE_CHECKING:
    import uuid

__all__ = [
    "UNSET",
    "ApiError",
    "ClientError",
    "RequestTimeoutError",
    "ResponseDecodeError",
    "SdkError",
    "ServerError",
    "TransportError",
    "Unset",
]

E = TypeVar("E", bound=Enum)
REQUEST_ID_HEADERS: Final = ("x-amzn-requestid", "x-amz-apigw-id", "x-request-id")


class Unset(Enum):
    """The type of UNSET: an argument or field that was not given (not the same as None)."""

    UNSET = "UNSET"

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET


# ---- errors ------------------------------------------------------------------------------------


class SdkError(Exception):
    """Every error this client raises."""


class TransportError(SdkError):
    """The request did not get an HTTP response (connection refused, reset, TLS failure...)."""


class RequestTimeoutError(TransportError):
    """The request took longer than its timeout."""


class ApiError(SdkError):
    """The API answered with a status the operation does not return successfully."""

    body: object

    def __init__(self, response: httpx.Response, body: object = None) -> None:
        self.status_code = response.status_code
        self.headers = response.headers
        self.text = response.text
        self.body = body
        self.request_id = next(
            (response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers),
            None,
        )
        self.method = response.request.method
        self.url = str(response.request.url.copy_with(query=None))
        # API Gateway's own errors (missing key, throttling, authorizer failures) say why here.
        self.message = _gateway_message(body)
        reason = self.message or response.reason_phrase
        super().__init__(f"{self.method} {self.url} -> {self.status_code}: {reason}")


class ClientError(ApiError):
    """A 4xx response."""


class ServerError(ApiError):
    """A 5xx response."""


class BadRequestError(ClientError):
    """400 Bad Request."""


class UnauthorizedError(ClientError):
    """401 Unauthorized."""


class ForbiddenError(ClientError):
    """403 Forbidden (API Gateway also answers this for a missing or wrong key or signature)."""


class NotFoundError(ClientError):
    """404 Not Found."""


class ConflictError(ClientError):
    """409 Conflict."""


class UnprocessableEntityError(ClientError):
    """422 Unprocessable Entity."""


class TooManyRequestsError(ClientError):
    """429 Too Many Requests (API Gateway throttling)."""


class InternalServerError(ServerError):
    """500 Internal Server Error."""


class BadGatewayError(ServerError):
    """502 Bad Gateway."""


class ServiceUnavailableError(ServerError):
    """503 Service Unavailable."""


class GatewayTimeoutError(ServerError):
    """504 Gateway Timeout."""


class ResponseDecodeError(ApiError):
    """A successful response whose body does not match what the API describes."""

    problem: str = ""

    def __str__(self) -> str:
        return f"{super().__str__()} (cannot decode: {self.problem})"


_BY_STATUS: Final[dict[int, type[ApiError]]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: TooManyRequestsError,
    500: InternalServerError,
    502: BadGatewayError,
    503: ServiceUnavailableError,
    504: GatewayTimeoutError,
}


def _gateway_message(body: object) -> str | None:
    """API Gateway's own errors carry `{"message": ...}`; show it when present."""
    if isinstance(body, Mapping):
        message = body.get("message") or body.get("Message")
        if isinstance(message, str):
            return message[:200]
    return None


def error_class(status: int) -> type[ApiError]:
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    return ServerError if status >= 500 else ClientError if status >= 400 else ApiError


def raise_error(response: httpx.Response) -> NoReturn:
    """Raise the generic error for a status no typed error covers."""
    raise error_class(response.status_code)(response, _maybe_json(response))


def _maybe_json(response: httpx.Response) -> object:
    content_type = response.headers.get("content-type", "")
    if "json" in content_type:
        try:
            return response.json()
        except ValueError:
            return None
    return None


def typed_error(
    error: type[ApiError], response: httpx.Response, decode: Callable[[Any], object]
) -> ApiError:
    """The typed error for a documented error response, or the generic one if its body is off."""
    try:
        return error(response, decode(json_of(response)))
    except (KeyError, TypeError, ValueError, AttributeError):
        return error_class(response.status_code)(response, _maybe_json(response))


def unknown_enum_member(cls: type[E], value: object) -> E:
    """An enum member for a value the API added after this client was generated."""
    member_type: Any = getattr(cls, "_member_type_", object)
    member: E = (
        object.__new__(cls)
        if member_type is object
        else member_type.__new__(cls, value)
    )
    member._name_ = str(value)
    member._value_ = value
    return member


def decode_failed(response: httpx.Response, problem: Exception) -> ResponseDecodeError:
    error = ResponseDecodeError(response, _maybe_json(response))
    error.problem = f"{type(problem).__name__}: {problem}"
    return error


# ---- values on the wire ------------------------------------------------------------------------


def parse_datetime(value: str) -> datetime.datetime:
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    return datetime.datetime.fromisoformat(value)


def parse_date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


def parse_uuid(value: str) -> uuid.UUID:
    import uuid  # here, not at the top: importing uuid costs more than the rest of this file

    return uuid.UUID(value)


def decode_bytes(value: str) -> bytes:
    return base64.b64decode(value)


def encode_bytes(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def text_value(value: object) -> str:
    """How one scalar is written in a path, query, header or form field."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, Enum):
        return text_value(value.value)
    if hasattr(value, "to_dict"):
        return json.dumps(value.to_dict(), separators=(",", ":"))
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    return str(value)


_DELIMITERS: Final = {
    "form": ",",
    "simple": ",",
    "spaceDelimited": " ",
    "pipeDelimited": "|",
    "tabDelimited": "\t",
}


def query_pairs(
    name: str, value: object, style: str, explode: bool
) -> list[tuple[str, str]]:
    """Serialize one query parameter per OpenAPI's style/explode rules."""
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    if isinstance(value, Mapping):
        if style == "deepObject":
            return [(f"{name}[{k}]", text_value(v)) for k, v in value.items()]
        if explode:
            return [(str(k), text_value(v)) for k, v in value.items()]
        flat = [part for k, v in value.items() for part in (str(k), text_value(v))]
        return [(name, ",".join(flat))]
    if isinstance(value, list | tuple):
        if explode and style == "form":
            return [(name, text_value(v)) for v in value]
        delimiter = _DELIMITERS.get(style, ",")
        return [(name, delimiter.join(text_value(v) for v in value))]
    return [(name, text_value(value))]


def path_value(value: object, style: str = "simple", explode: bool = False) -> str:
    """One path parameter, percent-encoded so it stays one segment."""
    if isinstance(value, Mapping):
        separator = "=" if explode else ","
        raw = ",".join(f"{k}{separator}{text_value(v)}" for k, v in value.items())
    elif isinstance(value, list | tuple):
        raw = ",".join(text_value(v) for v in value)
    else:
        raw = text_value(value)
    encoded = quote(raw, safe="=,")
    if style == "label":
        return "." + encoded
    if style == "matrix":
        return ";" + encoded
    return encoded


def header_value(value: object) -> str:
    if isinstance(value, list | tuple):
        return ",".join(text_value(v) for v in value)
    if isinstance(value, Mapping):
        return ",".join(f"{k},{text_value(v)}" for k, v in value.items())
    return text_value(value)


def form_fields(data: Mapping[str, object]) -> list[tuple[str, str]]:
    """A JSON-like object as form fields; arrays repeat the field, objects are JSON."""
    fields: list[tuple[str, str]] = []
    for key, value in data.items():
        if isinstance(value, list | tuple):
            fields.extend((key, text_value(v)) for v in value)
        elif isinstance(value, Mapping):
            fields.append((key, json.dumps(value)))
        else:
            fields.append((key, text_value(value)))
    return fields


def multipart_parts(
    data: Mapping[str, object],
) -> tuple[list[tuple[str, str]], list[tuple[str, tuple[str, bytes, str]]]]:
    """Split a body object into plain fields and file parts (bytes values become files)."""
    fields: list[tuple[str, str]] = []
    files: list[tuple[str, tuple[str, bytes, str]]] = []
    for key, value in data.items():
        if isinstance(value, bytes | bytearray):
            files.append((key, (key, bytes(value), "application/octet-stream")))
        elif (
            isinstance(value, list | tuple)
            and value
            and isinstance(value[0], bytes | bytearray)
        ):
            files.extend(
                (key, (key, bytes(v), "application/octet-stream")) for v in value
            )
        else:
            fields.extend(form_fields({key: value}))
    return fields, files


# ---- requests ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timeouts:
    """Per-phase limits in seconds; `total` bounds a whole call, retries and waits included."""

    connect: float | None = 10.0
    read: float | None = 30.0
    write: float | None = 30.0
    pool: float | None = 10.0
    total: float | None = None

    def for_httpx(self) -> httpx.Timeout:
        return httpx.Timeout(
            connect=self.connect, read=self.read, write=self.write, pool=self.pool
        )


Timeout = float | httpx.Timeout | Timeouts | None


def httpx_timeout(timeout: Timeout) -> httpx.Timeout:
    return (
        timeout.for_httpx() if isinstance(timeout, Timeouts) else httpx.Timeout(timeout)
    )


def total_of(timeout: Timeout) -> float | None:
    return timeout.total if isinstance(timeout, Timeouts) else None


QueryParam = tuple[str, object, str, bool]  # (name, value, style, explode)


class Body:
    """A request body already chosen for its media type."""

    __slots__ = ("kind", "media_type", "value")

    def __init__(self, kind: str, value: object, media_type: str) -> None:
        self.kind = kind
        self.value = value
        self.media_type = media_type


class RequestBuilder:
    """What every request of one client shares: where it goes, default headers, timeout."""

    def __init__(
        self, base_url: str, headers: Mapping[str, str], timeout: Timeout
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.headers = dict(headers)
        self.timeout = httpx_timeout(timeout).as_dict()

    def build(
        self,
        method: str,
        path: str,
        *,
        path_params: Sequence[str] = (),
        query: Sequence[QueryParam] = (),
        headers: Iterable[tuple[str, object]] = (),
        cookies: Iterable[tuple[str, object]] = (),
        body: Body | None = None,
        timeout: Timeout | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Request:
        """An httpx.Request for one operation call; arguments left UNSET are not sent."""
        url = self.base_url + (path.format(*path_params) if path_params else path)
        params: list[tuple[str, str]] = []
        for name, value, style, explode in query:
            if value is not UNSET:
                params.extend(query_pairs(name, value, style, explode))
        if params:
            # RFC 3986 encoding (a space is %20, never +), which is also what SigV4 signs.
            url += "?" + "&".join(
                f"{_quote_query(k)}={_quote_query(v)}" for k, v in params
            )
        request_headers = dict(self.headers)
        for name, value in headers:
            if value is not UNSET:
                request_headers[name] = header_value(value)
        cookie_header = "; ".join(
            f"{name}={quote(text_value(v), safe='')}"
            for name, v in cookies
            if v is not UNSET
        )
        if cookie_header:
            request_headers["Cookie"] = cookie_header
        if extra_headers:
            request_headers.update(extra_headers)
        request_timeout = self.timeout
        if not isinstance(timeout, Unset):
            request_timeout = httpx_timeout(timeout).as_dict()
        extensions = {"timeout": request_timeout}
        if body is None or body.value is UNSET:
            return httpx.Request(
                method, url, headers=request_headers, extensions=extensions
            )
        if body.kind == "multipart":
            fields, files = multipart_parts(
                body.value if isinstance(body.value, Mapping) else {}
            )
            data: dict[str, list[str]] = {}
            for key, text in fields:
                data.setdefault(key, []).append(text)
            return httpx.Request(
                method,
                url,
                headers=request_headers,
                data=data,
                files=files or None,
                extensions=extensions,
            )
        request_headers.setdefault("Content-Type", body.media_type)
        return httpx.Request(
            method,
            url,
            headers=request_headers,
            content=encode_body(body),
            extensions=extensions,
        )


def _json_default(value: object) -> object:
    """Binary fields travel in JSON as base64 text."""
    if isinstance(value, bytes | bytearray):
        return encode_bytes(bytes(value))
    raise TypeError(f"{type(value).__name__} is not JSON data")


def _quote_query(text: str) -> str:
    return quote(text, safe="-_.~")


def encode_body(body: Body) -> bytes:
    """JSON, form, text or binary bodies as the bytes that go on the wire."""
    value = body.value
    if body.kind == "json":
        return json.dumps(
            value, separators=(",", ":"), ensure_ascii=False, default=_json_default
        ).encode()
    if body.kind == "form":
        fields = form_fields(value if isinstance(value, Mapping) else {})
        return "&".join(
            f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in fields
        ).encode()
    if isinstance(value, str):
        return value.encode()
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    raise TypeError(
        f"a {body.media_type} body must be bytes or str, not {type(value).__name__}"
    )


def wrap_transport_error(error: httpx.TransportError) -> TransportError:
    if isinstance(error, httpx.TimeoutException):
        return RequestTimeoutError(f"request timed out: {type(error).__name__}")
    return TransportError(f"request failed: {type(error).__name__}: {error}")


def json_of(response: httpx.Response) -> Any:
    return json.loads(response.content) if response.content else None


class LazyModule:
    """A module imported on first attribute use.

    Resources name their models through one (`_m.Pet`), so importing a resource group, which
    the first call through `client.<group>` does, imports no model module until a response
    needs it.
    """

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        value = getattr(importlib.import_module(self._name), attribute)
        setattr(self, attribute, value)  # the next lookup is a plain attribute
        return value


def server_url(template: str, variables: Mapping[str, str]) -> str:
    """Fill a server URL's {variables}; each value is one path part, so no `//` appears."""
    url = template
    for name, value in variables.items():
        url = url.replace("{" + name + "}", quote(value.strip("/"), safe="-._~"))
    scheme, separator, rest = url.partition("://")
    if not separator:
        scheme, rest = "", url
    while "//" in rest:
        rest = rest.replace("//", "/")
    return (scheme + separator + rest).rstrip("/")
