/**
 * Sending an operation: attempts, retries, timeouts, hooks and logs. Declarations for http.js.
 */
import type { ApiError, ApiErrorInit } from "./errors.js";
import type { Logger } from "./log.js";
import type { ParamSpec } from "./params.js";
import type { ApiPromise } from "./raw.js";
import type { RetryOptions } from "./retry.js";

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
  /** Milliseconds for the whole call, retries included; overrides the client's. */
  timeout?: number | undefined;
  /** Milliseconds for each attempt; overrides the client's. */
  attemptTimeout?: number | undefined;
  /** Extra headers; they replace headers of the same name. */
  headers?: HeadersLike | undefined;
  /** Aborts the call; the signal's reason is thrown. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's; 0 sends the request once. */
  maxRetries?: number | undefined;
  /**
   * Sent on every attempt (in `Idempotency-Key`, unless the client's `retry.idempotencyHeader`
   * says otherwise), so that a call with a non-idempotent method may be retried too.
   */
  idempotencyKey?: string | undefined;
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
  /** Headers and query parameters to redact in logs. */
  secretNames?: (() => readonly string[]) | undefined;
}

/** A response with its whole body read. */
export interface ReceivedResponse {
  status: number;
  statusText: string;
  headers: Headers;
  bytes: Uint8Array;
}

/** What `onRequest` sees: an attempt about to be sent, credentials on. */
export interface RequestEvent {
  /** `group.method`. */
  readonly operation: string;
  /** From 1. */
  readonly attempt: number;
  /** The request as it will be sent. Headers set here are sent (but not signed). */
  readonly request: PreparedRequest;
}

/** What `onResponse` sees: how an attempt ended, with a response or with an error. */
export interface ResponseEvent extends RequestEvent {
  readonly response: ReceivedResponse | undefined;
  /** Set when there is no response: a TransportError, or the abort reason. */
  readonly error: unknown;
  /** Milliseconds. */
  readonly elapsed: number;
}

/** How a client sends requests: what every generated client takes besides its URL and credentials. */
export interface HttpOptions {
  /** Milliseconds for a whole call, retries included; 0 or Infinity for none. Default 30 seconds. */
  timeout?: number | undefined;
  /** Milliseconds for each attempt; 0 for none (the default). */
  attemptTimeout?: number | undefined;
  /** Sent with every request. */
  headers?: HeadersLike | undefined;
  /** Default: the global `fetch`, looked up at each call. */
  fetch?: typeof fetch | undefined;
  /** Retries after the first attempt; 0 disables them. Default 2. */
  maxRetries?: number | undefined;
  /** Backoff, longest wait, idempotency header; `sleep` and `random` for tests. */
  retry?: RetryOptions | undefined;
  /** Gets a redacted debug line per attempt and per retry. */
  logger?: Logger | undefined;
  /** Called before each attempt. */
  onRequest?: ((event: RequestEvent) => void | Promise<void>) | undefined;
  /** Called after each attempt. */
  onResponse?: ((event: ResponseEvent) => void | Promise<void>) | undefined;
}

export type HttpClientOptions = HttpOptions & {
  baseUrl: string;
  /** Applies each operation's security; none when the API has none. */
  auth?: Authenticator | undefined;
};

/** Sends operations for one client: base URL, default headers, timeouts, retries, transport, auth. */
export declare class HttpClient {
  constructor(options: HttpClientOptions);
  /** The URL every operation's path is appended to. */
  get baseUrl(): string;
  /**
   * Send one operation. Awaited, the result is the decoded body (or an SdkError is thrown);
   * `.withResponse()` gives the response too.
   */
  call(operation: Operation, params: object | undefined, options?: RequestOptions): ApiPromise<any>;
}

/** A server URL with its `{variables}` filled; relative URLs are appended to `baseUrl`. */
export declare function serverUrl(template: string, variables: Record<string, string>, baseUrl?: string): string;
