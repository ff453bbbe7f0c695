/**
 * Sending an operation: the part of every client that does not vary. Copied unchanged into each
 * package; the generated resource modules describe each operation with an `Operation` constant
 * and hand it, with the caller's params and options, to `HttpClient.call`.
 *
 * A call is one or more attempts. Each attempt builds the request afresh and puts the
 * credentials on again (so SigV4 signs it with its own date and a token function is asked
 * again), shows it to the `onRequest` hook, sends it with `fetch`, and logs it and shows the
 * outcome to the `onResponse` hook. retry.js decides whether another attempt follows and after
 * how long. `timeout` bounds the whole call, waits included; `attemptTimeout` each attempt.
 *
 * It uses only what Node 18 has built in: `fetch`, `AbortController`, `FormData` and `Blob`.
 *
 * @module
 */
import { limitAttempt } from "./deadline.js";
import { RequestTimeoutError, TransportError, requestId } from "./errors.js";
import { errorName, logAttempt, logRetry } from "./log.js";
import {
  cookiePairs,
  formBody,
  headerValue,
  isBinary,
  jsonBody,
  multipartBody,
  pathValue,
  queryPairs,
} from "./params.js";
import { apiPromise } from "./raw.js";
import { describe, readResult, withoutQuery } from "./result.js";
import { canRepeat, count, neverSent, retryPolicy, retryWait, retryableStatus } from "./retry.js";

/** @typedef {import("./errors.js").ApiError} ApiError */
/** @typedef {import("./errors.js").ApiErrorInit} ApiErrorInit */
/** @typedef {import("./log.js").Logger} Logger */
/** @typedef {import("./params.js").ParamSpec} ParamSpec */
/** @typedef {import("./retry.js").RetryOptions} RetryOptions */
/** @typedef {import("./retry.js").RetryPolicy} RetryPolicy */
/** @typedef {"json" | "text" | "binary" | "empty"} ResponseKind */
/** @typedef {new (init: ApiErrorInit) => ApiError} ErrorClass */
/**
 * How one documented status is read, and the error class to throw for it (error statuses).
 * @typedef {readonly [status: string, kind: ResponseKind, error?: ErrorClass]} ResponseSpec
 */
/**
 * Everything the runtime needs to send one operation.
 * @typedef {object} Operation
 * @property {string} name `group.method`, for messages.
 * @property {string} method
 * @property {string} path The path template, with `{name}` for each path parameter.
 * @property {readonly ParamSpec[]} [params]
 * @property {{ kind: "json" | "form" | "multipart" | "binary" | "text", mediaType: string }} [body]
 * @property {string} [accept] The media types of the successful responses.
 * @property {readonly ResponseSpec[]} responses
 * @property {readonly (readonly string[])[]} [security] Alternatives, each a list of schemes.
 */
/**
 * Headers as an object, pairs or a `Headers`.
 * @typedef {Headers | Record<string, string> | Iterable<readonly [string, string]>} HeadersLike
 */
/**
 * Options for one call.
 * @typedef {object} RequestOptions
 * @property {number} [timeout] Milliseconds for the whole call, retries included; overrides the client's.
 * @property {number} [attemptTimeout] Milliseconds for each attempt; overrides the client's.
 * @property {HeadersLike} [headers] Extra headers; they replace headers of the same name.
 * @property {AbortSignal} [signal] Aborts the call; the signal's reason is thrown.
 * @property {number} [maxRetries] Overrides the client's; 0 sends the request once.
 * @property {string} [idempotencyKey] Sent on every attempt; lets a non-idempotent call be retried.
 */
/**
 * A request about to be sent; auth schemes may change its URL, headers and body encoding.
 * @typedef {object} PreparedRequest
 * @property {string} method
 * @property {string} url
 * @property {Headers} headers
 * @property {string | FormData | Blob | ArrayBuffer | ArrayBufferView | undefined} body
 */
/**
 * What picks and applies credentials per operation (auth.js's AuthSet).
 * @typedef {object} Authenticator
 * @property {(operation: string, alternatives: readonly (readonly string[])[]) => readonly { apply(request: PreparedRequest): void | Promise<void> }[]} choose
 * @property {() => readonly string[]} [secretNames] Headers and query parameters to redact in logs.
 */
/**
 * A response with its whole body read.
 * @typedef {object} ReceivedResponse
 * @property {number} status
 * @property {string} statusText
 * @property {Headers} headers
 * @property {Uint8Array} bytes
 */
/**
 * What `onRequest` sees: an attempt about to be sent, credentials on.
 * @typedef {object} RequestEvent
 * @property {string} operation `group.method`.
 * @property {number} attempt From 1.
 * @property {PreparedRequest} request Headers set here are sent (but not signed).
 */
/**
 * What `onResponse` sees: how an attempt ended, with a response or with an error.
 * @typedef {object} ResponseEvent
 * @property {string} operation
 * @property {number} attempt
 * @property {PreparedRequest} request
 * @property {ReceivedResponse | undefined} response
 * @property {unknown} error Set when there is no response: a TransportError, or the abort reason.
 * @property {number} elapsed Milliseconds.
 */
/**
 * How a client sends requests: what every generated client takes besides its URL and credentials.
 * @typedef {object} HttpOptions
 * @property {number} [timeout] Milliseconds for a whole call, retries included; 0 or Infinity for none. Default 30 seconds.
 * @property {number} [attemptTimeout] Milliseconds for each attempt; 0 for none (the default).
 * @property {HeadersLike} [headers] Sent with every request.
 * @property {typeof fetch} [fetch] Default: the global `fetch`, looked up at each call.
 * @property {number} [maxRetries] Retries after the first attempt; 0 disables them. Default 2.
 * @property {RetryOptions} [retry] Backoff, longest wait, idempotency header; `sleep`/`random` for tests.
 * @property {Logger} [logger] Gets a redacted debug line per attempt and per retry.
 * @property {(event: RequestEvent) => void | Promise<void>} [onRequest] Called before each attempt.
 * @property {(event: ResponseEvent) => void | Promise<void>} [onResponse] Called after each attempt.
 */
/**
 * @typedef {HttpOptions & { baseUrl: string, auth?: Authenticator | undefined }} HttpClientOptions
 */
/**
 * How one attempt ended.
 * @typedef {{ response: ReceivedResponse, error?: undefined } | { response?: undefined, error: unknown }} Outcome
 */
/**
 * The time limits of one call: its deadline (performance.now() milliseconds) and the settings.
 * @typedef {{ deadline: number, timeout: number, attemptTimeout: number }} Limits
 */

const DEFAULT_TIMEOUT = 30_000;
/** @type {RequestOptions} */
const NO_OPTIONS = Object.freeze({});
/** @type {readonly never[]} */
const NO_SCHEMES = Object.freeze([]);

/**
 * The final attempt of a call, kept for `withResponse()`.
 * @typedef {object} Exchange
 * @property {PreparedRequest} [request]
 * @property {ReceivedResponse} [response]
 * @property {number} attempts
 */

/** Sends operations for one client: base URL, default headers, timeouts, retries, transport, auth. */
export class HttpClient {
  /** @type {string} */
  #baseUrl;
  /** @type {number} */
  #timeout;
  /** @type {number} */
  #attemptTimeout;
  /** @type {Headers} */
  #headers;
  /** @type {typeof fetch} */
  #fetch;
  /** @type {Authenticator | undefined} */
  #auth;
  /** @type {readonly string[]} */
  #secretNames;
  /** @type {RetryPolicy} */
  #retry;
  /** @type {Logger | undefined} */
  #logger;
  /** @type {HttpOptions["onRequest"]} */
  #onRequest;
  /** @type {HttpOptions["onResponse"]} */
  #onResponse;
  /** Whether anything looks at attempts: a hook or a logger. Without, attempts are not timed. */
  #watched;

  /** @param {HttpClientOptions} options */
  constructor(options) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.#timeout = options.timeout ?? DEFAULT_TIMEOUT;
    this.#attemptTimeout = options.attemptTimeout ?? 0;
    this.#headers = new Headers(/** @type {HeadersInit | undefined} */ (options.headers));
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#auth = options.auth;
    this.#secretNames = options.auth?.secretNames?.() ?? [];
    this.#retry = retryPolicy(options.retry, options.maxRetries);
    this.#logger = options.logger;
    this.#onRequest = options.onRequest;
    this.#onResponse = options.onResponse;
    this.#watched = Boolean(options.logger || options.onRequest || options.onResponse);
  }

  /** The URL every operation's path is appended to. */
  get baseUrl() {
    return this.#baseUrl;
  }

  /**
   * Send one operation. Awaited, the result is the decoded body (or an SdkError is thrown);
   * `.withResponse()` gives the response too.
   * @param {Operation} operation
   * @param {object | undefined} params
   * @param {RequestOptions} [options]
   * @returns {import("./raw.js").ApiPromise<any>}
   */
  call(operation, params, options = NO_OPTIONS) {
    /** @type {Exchange} */
    const exchange = { request: undefined, response: undefined, attempts: 0 };
    const call = this.#call(operation, /** @type {Record<string, unknown>} */ (params ?? {}), options, exchange);
    return apiPromise(call, (parsed) => rawResponse(parsed, exchange));
  }

  /**
   * Attempts until one succeeds, fails for good, or no retry is left or fits in the time left.
   * Resolves to the parsed result and leaves the final attempt in `exchange`.
   * @param {Operation} operation
   * @param {Record<string, unknown>} params
   * @param {RequestOptions} options
   * @param {Exchange} exchange
   * @returns {Promise<unknown>}
   */
  async #call(operation, params, options, exchange) {
    const schemes = this.#auth ? this.#auth.choose(operation.name, operation.security ?? []) : NO_SCHEMES;
    const retries = count("maxRetries", options.maxRetries ?? this.#retry.maxRetries);
    const limits = limitsOf(options.timeout ?? this.#timeout, options.attemptTimeout ?? this.#attemptTimeout);
    for (let attempt = 1; ; attempt++) {
      if (options.signal?.aborted) throw options.signal.reason;
      const request = this.#prepare(operation, params, options);
      for (const scheme of schemes) await scheme.apply(request);
      const outcome = this.#watched
        ? await this.#attempt(operation.name, request, attempt, limits, options.signal)
        : await this.#send(request, limits, options.signal);
      const wait = attempt <= retries ? this.#retryWait(request, outcome, attempt, limits) : undefined;
      if (wait === undefined) {
        if (!outcome.response) throw outcome.error;
        exchange.request = request;
        exchange.response = outcome.response;
        exchange.attempts = attempt;
        return readResult(operation, request, outcome.response);
      }
      const reason = outcome.response ? String(outcome.response.status) : errorName(outcome.error);
      logRetry(this.#logger, request.method, request.url, wait, attempt + 1, reason);
      await this.#retry.sleep(wait, options.signal);
    }
  }

  /**
   * @param {Operation} operation
   * @param {Record<string, unknown>} params
   * @param {RequestOptions} options
   * @returns {PreparedRequest}
   */
  #prepare(operation, params, options) {
    let path = operation.path;
    /** @type {string[]} */
    const query = [];
    /** @type {string[]} */
    const cookies = [];
    const headers = new Headers(this.#headers);
    if (operation.accept && !headers.has("accept")) headers.set("accept", operation.accept);
    for (const spec of operation.params ?? NO_SCHEMES) {
      const value = Object.hasOwn(params, spec.key) ? params[spec.key] : undefined;
      if (spec.in === "path") {
        if (value === undefined || value === null) {
          throw new TypeError(`${operation.name}: params.${spec.key} is required`);
        }
        path = fillPath(path, spec.name, pathValue(spec, value));
      } else if (value === undefined) {
        continue;
      } else if (spec.in === "query") {
        query.push(...queryPairs(spec, value));
      } else if (spec.in === "header") {
        headers.set(spec.name, headerValue(spec, value));
      } else {
        cookies.push(...cookiePairs(spec, value));
      }
    }
    if (cookies.length) headers.set("cookie", cookies.join("; "));
    const body = operation.body && params["body"] !== undefined ? encodeBody(operation.body, params["body"], headers) : undefined;
    if (options.headers) {
      for (const [name, value] of new Headers(/** @type {HeadersInit} */ (options.headers))) headers.set(name, value);
    }
    if (options.idempotencyKey !== undefined) headers.set(this.#retry.idempotencyHeader, options.idempotencyKey);
    const url = this.#baseUrl + path + (query.length ? `?${query.join("&")}` : "");
    return { method: operation.method, url, headers, body };
  }

  /**
   * One attempt with its hooks and its log line; a hook's error is thrown.
   * @param {string} operation
   * @param {PreparedRequest} request
   * @param {number} attempt
   * @param {Limits} limits
   * @param {AbortSignal | undefined} signal
   * @returns {Promise<Outcome>}
   */
  async #attempt(operation, request, attempt, limits, signal) {
    await this.#onRequest?.({ operation, attempt, request });
    const started = performance.now();
    const outcome = await this.#send(request, limits, signal);
    const elapsed = performance.now() - started;
    const { response, error } = outcome;
    if (this.#logger) {
      const { method, url, headers } = request;
      const status = response?.status;
      const id = response && requestId(response.headers);
      logAttempt(this.#logger, { method, url, headers, attempt, elapsed, status, error, requestId: id }, this.#secretNames);
    }
    await this.#onResponse?.({ operation, attempt, request, response, error, elapsed });
    return outcome;
  }

  /**
   * Fetch the response and its whole body, within the attempt's time limit. A failure is
   * returned as the outcome's error, not thrown, so that the caller can decide on a retry.
   * @param {PreparedRequest} request
   * @param {Limits} limits
   * @param {AbortSignal | undefined} signal
   * @returns {Promise<Outcome>}
   */
  async #send(request, limits, signal) {
    const left = limits.deadline === Infinity ? Infinity : limits.deadline - performance.now();
    const perAttempt = limits.attemptTimeout > 0 && limits.attemptTimeout < left;
    const limit = perAttempt ? limits.attemptTimeout : left;
    const late = () => `${where(request)} timed out after ${perAttempt ? limits.attemptTimeout : limits.timeout} ms`;
    // An abort while hooks or credentials were awaited fired no listener: check it here.
    if (signal?.aborted) return { error: signal.reason };
    if (limit <= 0) return { error: new RequestTimeoutError(late()) };
    const limited = limitAttempt(limit, signal);
    try {
      const init = { method: request.method, headers: request.headers, body: request.body, signal: limited.signal };
      const response = await this.#fetch(request.url, /** @type {RequestInit} */ (init));
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { response: { status: response.status, statusText: response.statusText, headers: response.headers, bytes } };
    } catch (error) {
      if (limited.timedOut) return { error: new RequestTimeoutError(late(), { cause: error }) };
      if (signal?.aborted) return { error: signal.reason };
      return { error: new TransportError(`${where(request)} failed: ${describe(error)}`, { cause: error }) };
    } finally {
      limited.end();
    }
  }

  /**
   * Milliseconds to wait before the next attempt, or undefined when this outcome is final:
   * success, an error not worth retrying, or a wait that would pass the call's deadline.
   * @param {PreparedRequest} request
   * @param {Outcome} outcome
   * @param {number} attempt
   * @param {Limits} limits
   * @returns {number | undefined}
   */
  #retryWait(request, outcome, attempt, limits) {
    const policy = this.#retry;
    const repeatable = canRepeat(request.method, request.headers, policy.idempotencyHeader);
    const { response, error } = outcome;
    const retry = response
      ? retryableStatus(response.status, repeatable)
      : error instanceof TransportError && (repeatable || neverSent(error.cause));
    if (!retry) return undefined;
    const wait = retryWait(policy, attempt, response?.headers);
    return wait < limits.deadline - performance.now() ? wait : undefined;
  }
}

/**
 * @param {number} timeout
 * @param {number} attemptTimeout
 * @returns {Limits}
 */
function limitsOf(timeout, attemptTimeout) {
  const deadline = timeout > 0 && timeout < Infinity ? performance.now() + timeout : Infinity;
  return { deadline, timeout, attemptTimeout };
}

/**
 * The path with every `{name}` replaced by the value (a path may name a parameter twice).
 * @param {string} path
 * @param {string} name
 * @param {string} value
 * @returns {string}
 */
function fillPath(path, name, value) {
  const placeholder = `{${name}}`;
  const start = path.indexOf(placeholder);
  if (start < 0) return path;
  const end = start + placeholder.length;
  return path.slice(0, start) + value + fillPath(path.slice(end), name, value);
}

/**
 * `METHOD url` for messages, without the query (which may hold credentials).
 * @param {PreparedRequest} request
 * @returns {string}
 */
function where(request) {
  return `${request.method} ${withoutQuery(request.url)}`;
}

/**
 * What `withResponse()` gives: the parsed result with the final response of its call.
 * @param {unknown} parsed
 * @param {Exchange} exchange
 * @returns {import("./raw.js").RawResponse<any>}
 */
function rawResponse(parsed, { request, response, attempts }) {
  if (!request || !response) throw new Error("the call has not succeeded");
  const { status, statusText, headers, bytes } = response;
  const url = withoutQuery(request.url);
  return { parsed, status, statusText, headers, bytes, requestId: requestId(headers), method: request.method, url, attempts };
}

/**
 * The body as `fetch` takes it, with its Content-Type (multipart lets fetch set the boundary).
 * @param {NonNullable<Operation["body"]>} spec
 * @param {unknown} value
 * @param {Headers} headers
 * @returns {PreparedRequest["body"]}
 */
function encodeBody(spec, value, headers) {
  if (spec.kind === "multipart") return multipartBody(value);
  let type = spec.mediaType;
  if (type.includes("*")) type = value instanceof Blob && value.type ? value.type : "application/octet-stream";
  headers.set("content-type", type);
  if (spec.kind === "json") return jsonBody(value);
  if (spec.kind === "form") return formBody(value);
  if (spec.kind === "binary" && isBinary(value)) return value;
  return String(value);
}

/**
 * A server URL with its `{variables}` filled; each value is one path part, so no `//` appears.
 * A relative URL (a spec without a host) is appended to `baseUrl`, which is then required.
 * @param {string} template
 * @param {Record<string, string>} variables
 * @param {string} [baseUrl]
 * @returns {string}
 */
export function serverUrl(template, variables, baseUrl) {
  if (baseUrl !== undefined && template.includes("://")) return baseUrl;
  let url = template;
  for (const [name, value] of Object.entries(variables)) {
    url = url.split(`{${name}}`).join(encodeURIComponent(value.replace(/^\/+|\/+$/g, "")));
  }
  const [scheme, rest] = url.includes("://") ? url.split(/(?<=:\/\/)/, 2) : ["", url];
  url = scheme + (rest ?? "").replace(/\/{2,}/g, "/").replace(/\/+$/, "");
  if (scheme) return url;
  if (baseUrl === undefined) {
    throw new TypeError("this API names no host: pass baseUrl, e.g. https://api.example.com");
  }
  return baseUrl.replace(/\/+$/, "") + url;
}
