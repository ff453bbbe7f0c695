/**
 * Every error a generated client throws. Declarations for errors.js.
 *
 *     SdkError
 *     ├── MissingCredentialsError  the operation needs credentials the client was not given
 *     ├── TransportError          no HTTP response: connection refused, reset, DNS, TLS
 *     │   └── RequestTimeoutError  the call's `timeout` ran out
 *     └── ApiError                an HTTP response the operation does not succeed with
 *         ├── ClientError          4xx, with a subclass per common status
 *         ├── ServerError          5xx, with a subclass per common status
 *         └── ResponseDecodeError  a success whose body is not what the API describes
 */

/** Every error this client throws. */
export declare class SdkError extends Error {
  constructor(message: string, options?: { cause?: unknown });
}

/** An operation needs credentials the client was not given; thrown before any request. */
export declare class MissingCredentialsError extends SdkError {}

/** The request got no HTTP response. `cause` holds what `fetch` threw. */
export declare class TransportError extends SdkError {}

/** The request took longer than its timeout and was aborted. */
export declare class RequestTimeoutError extends TransportError {}

/** What an ApiError is made from. */
export interface ApiErrorInit {
  status: number;
  headers: Headers;
  /** The parsed JSON body, the text, or undefined when empty. */
  body: unknown;
  method: string;
  /** The request URL without its query (which may hold credentials). */
  url: string;
  statusText?: string;
}

/** The API answered with a status the operation does not succeed with. */
export declare class ApiError extends SdkError {
  constructor(init: ApiErrorInit);
  readonly status: number;
  readonly headers: Headers;
  /** The parsed JSON body, the text, or undefined when empty. */
  readonly body: unknown;
  readonly method: string;
  /** The request URL without its query. */
  readonly url: string;
  /** From `x-amzn-RequestId`, `x-amz-apigw-id` or `x-request-id`. */
  readonly requestId: string | undefined;
}

/** A 4xx response. */
export declare class ClientError extends ApiError {}
/** A 5xx response. */
export declare class ServerError extends ApiError {}
/** 400 Bad Request. */
export declare class BadRequestError extends ClientError {}
/** 401 Unauthorized. */
export declare class UnauthorizedError extends ClientError {}
/** 403 Forbidden (API Gateway also answers this for a missing or wrong key or signature). */
export declare class ForbiddenError extends ClientError {}
/** 404 Not Found. */
export declare class NotFoundError extends ClientError {}
/** 409 Conflict. */
export declare class ConflictError extends ClientError {}
/** 422 Unprocessable Entity. */
export declare class UnprocessableEntityError extends ClientError {}
/** 429 Too Many Requests (API Gateway throttling). */
export declare class TooManyRequestsError extends ClientError {}
/** 500 Internal Server Error. */
export declare class InternalServerError extends ServerError {}
/** 502 Bad Gateway. */
export declare class BadGatewayError extends ServerError {}
/** 503 Service Unavailable. */
export declare class ServiceUnavailableError extends ServerError {}
/** 504 Gateway Timeout. */
export declare class GatewayTimeoutError extends ServerError {}
/** A successful response whose body could not be read as the API describes it. */
export declare class ResponseDecodeError extends ApiError {}

/** The class for a status that no documented error response covers. */
export declare function errorClass(status: number): typeof ApiError;
/** The request id the API (or API Gateway in front of it) gave a response, from its headers. */
export declare function requestId(headers: Headers): string | undefined;
