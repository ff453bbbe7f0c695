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
import { CallRecord, apiPromise } from "./raw.js";
import { describe, readResult, withoutQuery } from "./result.js";
import { canRepeat, count, mayRetry, neverSent, retryPolicy, retryWait, retryableStatus } from "./retry.js";

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
 * The time limits of one call: its deadline and start (performance.now() milliseconds; the start
 * only when there is a deadline) and the settings.
 * @typedef {{ deadline: number, timeout: number, attemptTimeout: number, start: number | undefined }} Limits
 */
/**
 * The time one attempt may take, when that ends (performance.now() milliseconds), and the setting
 * it comes from (for the timeout message).
 * @typedef {{ ms: number, end: number, setting: number }} AttemptTime
 */

const DEFAULT_TIMEOUT = 30_000;
/** @type {RequestOptions} */
const NO_OPTIONS = Object.freeze({});
/** @type {readonly never[]} */
const NO_SCHEMES = Object.freeze([]);

/** Sends operations for one client: base URL, default headers, timeouts, retries, transport, auth. */
export class HttpClient {
  /** @type {string} */
  #baseUrl;
  /** @type {number} */
  #timeout;
  /** @type {number} */
  #attemptTimeout;
  /** Headers for every request; undefined when there are none, to spare copying them. @type {Headers | undefined} */
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
    const headers = new Headers(/** @type {HeadersInit | undefined} */ (options.headers));
    this.#headers = headers.keys().next().done ? undefined : headers;
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
    const record = new CallRecord();
    return apiPromise(this.#call(operation, /** @type {Record<string, unknown>} */ (params ?? {}), options, record), record);
  }

  /**
   * Attempts until one succeeds, fails for good, or no retry is left or fits in the time left.
   * Resolves to the parsed result and leaves the final attempt in `record`.
   * @param {Operation} operation
   * @param {Record<string, unknown>} params
   * @param {RequestOptions} options
   * @param {CallRecord} record
   * @returns {Promise<unknown>}
   */
  async #call(operation, params, options, record) {
    const { signal } = options;
    const schemes = this.#auth ? this.#auth.choose(operation.name, operation.security ?? []) : NO_SCHEMES;
    const retries = options.maxRetries === undefined ? this.#retry.maxRetries : count("maxRetries", options.maxRetries);
    const limits = limitsOf(options.timeout ?? this.#timeout, options.attemptTimeout ?? this.#attemptTimeout);
    // Sending is written out here rather than in a method of its own: every async layer a call
    // goes through costs it a few percent.
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw signal.reason;
      const request = this.#prepare(operation, params, options);
      for (const scheme of schemes) await scheme.apply(request);
      if (this.#onRequest) await this.#onRequest({ operation: operation.name, attempt, request });
      const started = this.#watched ? performance.now() : 0;
      // performance.now() is dear enough to count: the first attempt starts when the call did,
      // unless credentials or a hook were awaited in between.
      const fresh = attempt === 1 && schemes.length === 0 && !this.#onRequest;
      const limit = attemptLimit(limits, fresh ? limits.start : undefined);
      // How the attempt ended: a response, or else an error. (No object for the pair: a call
      // makes few enough objects that one more shows.)
      /** @type {ReceivedResponse | undefined} */
      let response;
      /** @type {unknown} */
      let error;
      /** @type {import("./deadline.js").AttemptLimit | undefined} */
      let limited;
      try {
        // An abort while hooks or credentials were awaited fired no listener: check it here.
        if (signal?.aborted) throw signal.reason;
        if (limit.ms <= 0) throw new RequestTimeoutError(timedOut(request, limit));
        limited = limitAttempt(limit.ms, limit.end, signal);
        const init = { method: request.method, headers: request.headers, body: request.body, signal: limited.signal };
        const fetched = await this.#fetch(request.url, /** @type {RequestInit} */ (init));
        // bytes() reads the body without the extra copy arrayBuffer() makes; Node 18 lacks it.
        const bytes = typeof fetched.bytes === "function" ? await fetched.bytes() : new Uint8Array(await fetched.arrayBuffer());
        response = { status: fetched.status, statusText: fetched.statusText, headers: fetched.headers, bytes };
      } catch (failed) {
        error = limited ? failure(request, failed, limited, limit, signal) : failed;
      } finally {
        limited?.end();
      }
      if (this.#watched) await this.#watch(operation.name, request, attempt, response, error, performance.now() - started);
      const wait = attempt <= retries ? this.#retryWait(request, response, error, attempt, limits) : undefined;
      if (wait === undefined) {
        if (!response) throw error;
        record.request = request;
        record.response = response;
        record.attempts = attempt;
        return readResult(operation, request, response);
      }
      const reason = response ? String(response.status) : errorName(error);
      logRetry(this.#logger, request.method, request.url, wait, attempt + 1, reason);
      await this.#retry.sleep(wait, signal);
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
    /** @type {string[] | undefined} */
    let query;
    /** @type {string[] | undefined} */
    let cookies;
    const defaults = this.#headers;
    const headers = defaults ? new Headers(defaults) : new Headers();
    if (operation.accept && !defaults?.has("accept")) headers.set("accept", operation.accept);
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
        (query ??= []).push(...queryPairs(spec, value));
      } else if (spec.in === "header") {
        headers.set(spec.name, headerValue(spec, value));
      } else {
        (cookies ??= []).push(...cookiePairs(spec, value));
      }
    }
    if (cookies?.length) headers.set("cookie", cookies.join("; "));
    const body = operation.body && params["body"] !== undefined ? encodeBody(operation.body, params["body"], headers) : undefined;
    if (options.headers) {
      for (const [name, value] of new Headers(/** @type {HeadersInit} */ (options.headers))) headers.set(name, value);
    }
    if (options.idempotencyKey !== undefined) headers.set(this.#retry.idempotencyHeader, options.idempotencyKey);
    const url = this.#baseUrl + path + (query?.length ? `?${query.join("&")}` : "");
    return { method: operation.method, url, headers, body };
  }

  /**
   * Show how an attempt ended to the logger and the `onResponse` hook; a hook's error is thrown.
   * @param {string} operation
   * @param {PreparedRequest} request
   * @param {number} attempt
   * @param {ReceivedResponse | undefined} response
   * @param {unknown} error Set when there is no response.
   * @param {number} elapsed
   */
  async #watch(operation, request, attempt, response, error, elapsed) {
    if (this.#logger) {
      const { method, url, headers } = request;
      const status = response?.status;
      const id = response && requestId(response.headers);
      logAttempt(this.#logger, { method, url, headers, attempt, elapsed, status, error, requestId: id }, this.#secretNames);
    }
    await this.#onResponse?.({ operation, attempt, request, response, error, elapsed });
  }

  /**
   * Milliseconds to wait before the next attempt, or undefined when this outcome is final:
   * success, an error not worth retrying, or a wait that would pass the call's deadline.
   * @param {PreparedRequest} request
   * @param {ReceivedResponse | undefined} response
   * @param {unknown} error Set when there is no response.
   * @param {number} attempt
   * @param {Limits} limits
   * @returns {number | undefined}
   */
  #retryWait(request, response, error, attempt, limits) {
    // Most outcomes are final whatever the request: mayRetry tells them before it is looked at.
    if (response) {
      if (!mayRetry(response.status) || !retryableStatus(response.status, this.#repeatable(request))) return undefined;
    } else if (!(error instanceof TransportError && (this.#repeatable(request) || neverSent(error.cause)))) {
      return undefined;
    }
    const wait = retryWait(this.#retry, attempt, response?.headers);
    return wait < limits.deadline - performance.now() ? wait : undefined;
  }

  /**
   * Is sending this request again harmless?
   * @param {PreparedRequest} request
   */
  #repeatable(request) {
    return canRepeat(request.method, request.headers, this.#retry.idempotencyHeader);
  }

}

/**
 * @param {number} timeout
 * @param {number} attemptTimeout
 * @returns {Limits}
 */
function limitsOf(timeout, attemptTimeout) {
  if (!(timeout > 0 && timeout < Infinity)) return { deadline: Infinity, timeout, attemptTimeout, start: undefined };
  const start = performance.now();
  return { deadline: start + timeout, timeout, attemptTimeout, start };
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
  let start = path.indexOf(placeholder);
  if (start < 0) return path;
  let filled = "";
  let from = 0;
  do {
    filled += path.slice(from, start) + value;
    from = start + placeholder.length;
    start = path.indexOf(placeholder, from);
  } while (start >= 0);
  return filled + path.slice(from);
}

/**
 * How long the next attempt may take: its own limit, or what is left of the call's if less.
 * @param {Limits} limits
 * @param {number} [start] When the attempt starts, if known (performance.now() milliseconds).
 * @returns {AttemptTime}
 */
function attemptLimit(limits, start) {
  const { deadline, timeout, attemptTimeout } = limits;
  if (deadline === Infinity && !(attemptTimeout > 0)) return { ms: Infinity, end: Infinity, setting: timeout };
  const now = start ?? performance.now();
  const left = deadline - now;
  if (attemptTimeout > 0 && attemptTimeout < left) return { ms: attemptTimeout, end: now + attemptTimeout, setting: attemptTimeout };
  return { ms: left, end: deadline, setting: timeout };
}

/**
 * @param {PreparedRequest} request
 * @param {AttemptTime} limit
 * @returns {string}
 */
function timedOut(request, limit) {
  return `${where(request)} timed out after ${limit.setting} ms`;
}

/**
 * What a failed fetch ends the attempt with: a timeout, the caller's abort reason, or a
 * TransportError with the cause.
 * @param {PreparedRequest} request
 * @param {unknown} error
 * @param {import("./deadline.js").AttemptLimit} limited
 * @param {AttemptTime} limit
 * @param {AbortSignal | undefined} signal
 * @returns {unknown}
 */
function failure(request, error, limited, limit, signal) {
  if (limited.timedOut) return new RequestTimeoutError(timedOut(request, limit), { cause: error });
  if (signal?.aborted) return signal.reason;
  return new TransportError(`${where(request)} failed: ${describe(error)}`, { cause: error });
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
