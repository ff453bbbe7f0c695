/**
 * Every error a generated client throws. Copied unchanged into each package.
 *
 *     SdkError
 *     ├── MissingCredentialsError  the operation needs credentials the client was not given
 *     ├── TransportError          no HTTP response: connection refused, reset, DNS, TLS
 *     │   └── RequestTimeoutError  the call's `timeout` ran out
 *     └── ApiError                an HTTP response the operation does not succeed with
 *         ├── ClientError          4xx: BadRequestError (400), UnauthorizedError (401),
 *         │                        ForbiddenError (403), NotFoundError (404), ConflictError
 *         │                        (409), UnprocessableEntityError (422), TooManyRequestsError (429)
 *         ├── ServerError          5xx: InternalServerError (500), BadGatewayError (502),
 *         │                        ServiceUnavailableError (503), GatewayTimeoutError (504)
 *         └── ResponseDecodeError  a success whose body is not what the API describes
 *
 * Each documented error response of an operation also gets its own subclass of the class for
 * its status (in the package's `errors.js`), whose `body` is typed from the spec.
 *
 * @module
 */

/** Response headers that carry the id to quote to the API's operators. */
const REQUEST_ID_HEADERS = ["x-amzn-requestid", "x-amz-apigw-id", "x-request-id"];

/** Every error this client throws. */
export class SdkError extends Error {
  /**
   * @param {string} message
   * @param {{ cause?: unknown }} [options]
   */
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An operation needs credentials the client was not given; thrown before any request. */
export class MissingCredentialsError extends SdkError {}

/** The request got no HTTP response. `cause` holds what `fetch` threw. */
export class TransportError extends SdkError {}

/** The request took longer than its timeout and was aborted. */
export class RequestTimeoutError extends TransportError {}

/**
 * What an ApiError is made from.
 * @typedef {object} ApiErrorInit
 * @property {number} status
 * @property {Headers} headers
 * @property {unknown} body The parsed JSON body, the text, or undefined when empty.
 * @property {string} method
 * @property {string} url The request URL without its query (which may hold credentials).
 * @property {string} [statusText]
 */

/** The API answered with a status the operation does not succeed with. */
export class ApiError extends SdkError {
  /** @param {ApiErrorInit} init */
  constructor(init) {
    const detail = gatewayMessage(init.body) ?? init.statusText ?? "";
    super(`${init.method} ${init.url} -> ${init.status}${detail ? `: ${detail}` : ""}`);
    /** @readonly */
    this.status = init.status;
    /** @readonly */
    this.headers = init.headers;
    /** @readonly @type {unknown} */
    this.body = init.body;
    /** @readonly */
    this.method = init.method;
    /** @readonly */
    this.url = init.url;
    /** @readonly */
    this.requestId = requestId(init.headers);
  }
}

/** A 4xx response. */
export class ClientError extends ApiError {}
/** A 5xx response. */
export class ServerError extends ApiError {}
/** 400 Bad Request. */
export class BadRequestError extends ClientError {}
/** 401 Unauthorized. */
export class UnauthorizedError extends ClientError {}
/** 403 Forbidden (API Gateway also answers this for a missing or wrong key or signature). */
export class ForbiddenError extends ClientError {}
/** 404 Not Found. */
export class NotFoundError extends ClientError {}
/** 409 Conflict. */
export class ConflictError extends ClientError {}
/** 422 Unprocessable Entity. */
export class UnprocessableEntityError extends ClientError {}
/** 429 Too Many Requests (API Gateway throttling). */
export class TooManyRequestsError extends ClientError {}
/** 500 Internal Server Error. */
export class InternalServerError extends ServerError {}
/** 502 Bad Gateway. */
export class BadGatewayError extends ServerError {}
/** 503 Service Unavailable. */
export class ServiceUnavailableError extends ServerError {}
/** 504 Gateway Timeout. */
export class GatewayTimeoutError extends ServerError {}
/** A successful response whose body could not be read as the API describes it. */
export class ResponseDecodeError extends ApiError {}

/** @type {ReadonlyMap<number, typeof ApiError>} */
const BY_STATUS = new Map([
  [400, BadRequestError],
  [401, UnauthorizedError],
  [403, ForbiddenError],
  [404, NotFoundError],
  [409, ConflictError],
  [422, UnprocessableEntityError],
  [429, TooManyRequestsError],
  [500, InternalServerError],
  [502, BadGatewayError],
  [503, ServiceUnavailableError],
  [504, GatewayTimeoutError],
]);

/**
 * The class for a status that no documented error response covers.
 * @param {number} status
 * @returns {typeof ApiError}
 */
export function errorClass(status) {
  return BY_STATUS.get(status) ?? (status >= 500 ? ServerError : status >= 400 ? ClientError : ApiError);
}

/**
 * The request id the API (or API Gateway in front of it) gave the response.
 * @param {Headers} headers
 * @returns {string | undefined}
 */
export function requestId(headers) {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

/**
 * API Gateway's own errors carry `{"message": ...}`: show it in the error message.
 * @param {unknown} body
 * @returns {string | undefined}
 */
function gatewayMessage(body) {
  if (body === null || typeof body !== "object") return undefined;
  const record = /** @type {Record<string, unknown>} */ (body);
  const message = record["message"] ?? record["Message"];
  return typeof message === "string" ? message.slice(0, 200) : undefined;
}
