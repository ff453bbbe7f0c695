/**
 * Sending an operation and reading its result. Declarations for http.js.
 */
import type { ApiError, ApiErrorInit } from "./errors.js";
import type { ParamSpec } from "./params.js";

export type ResponseKind = "json" | "text" | "binary" | "empty";
export type ErrorClass = new (init: ApiErrorInit) => ApiError;
/** How one documented status is read, and the error class to throw for it (error statuses). */
export type ResponseSpec = readonly [status: string, kind: ResponseKind, error?: ErrorClass];

/** Everything the runtime needs to send one operation. */
export interface Operation {
  /** `group.method`, for messages. */
  readonly name: string;
  readonly method: string;
  /** The path template, with `{name}` for each path parameter. */
  readonly path: string;
  readonly params?: readonly ParamSpec[] | undefined;
  readonly body?: { kind: "json" | "form" | "multipart" | "binary" | "text"; mediaType: string } | undefined;
  /** The media types of the successful responses. */
  readonly accept?: string | undefined;
  readonly responses: readonly ResponseSpec[];
  /** Alternatives, each a list of schemes. */
  readonly security?: readonly (readonly string[])[] | undefined;
}

/** Headers as an object, pairs or a `Headers`. */
export type HeadersLike = Headers | Record<string, string> | Iterable<readonly [string, string]>;

/** Options for one call. */
export interface RequestOptions {
  /** Milliseconds before the call is aborted with RequestTimeoutError; overrides the client's. */
  timeout?: number | undefined;
  /** Extra headers; they replace headers of the same name. */
  headers?: HeadersLike | undefined;
  /** Aborts the call; the signal's reason is thrown. */
  signal?: AbortSignal | undefined;
}

/** A request about to be sent; auth schemes may change its URL, headers and body encoding. */
export interface PreparedRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string | FormData | Blob | ArrayBuffer | ArrayBufferView | undefined;
}

/** What picks and applies credentials per operation (auth.js's AuthSet). */
export interface Authenticator {
  choose(
    operation: string,
    alternatives: readonly (readonly string[])[],
  ): readonly { apply(request: PreparedRequest): void | Promise<void> }[];
}

/** A response with its whole body read. */
export interface ReceivedResponse {
  status: number;
  statusText: string;
  headers: Headers;
  bytes: Uint8Array;
}

export interface HttpClientOptions {
  baseUrl: string;
  /** Milliseconds; 0 or Infinity for none. Default 30 seconds. */
  timeout?: number | undefined;
  /** Sent with every request. */
  headers?: HeadersLike | undefined;
  /** Default: the global `fetch`, looked up at each call. */
  fetch?: typeof fetch | undefined;
  /** Applies each operation's security; none when the API has none. */
  auth?: Authenticator | undefined;
}

/** Sends operations for one client: base URL, default headers, timeout, transport, auth. */
export declare class HttpClient {
  constructor(options: HttpClientOptions);
  /** The URL every operation's path is appended to. */
  get baseUrl(): string;
  /** Send one operation and return its decoded result, or throw an SdkError. */
  call(operation: Operation, params: object | undefined, options?: RequestOptions): Promise<any>;
}

/** The result of a response: decoded per the operation's description, or thrown as an ApiError. */
export declare function readResult(operation: Operation, request: PreparedRequest, response: ReceivedResponse): unknown;
/** The documented response for a status: exact, then its range (`4XX`), then `default`. */
export declare function matchStatus(responses: readonly ResponseSpec[], status: number): ResponseSpec | undefined;
/** A server URL with its `{variables}` filled; relative URLs are appended to `baseUrl`. */
export declare function serverUrl(template: string, variables: Record<string, string>, baseUrl?: string): string;
