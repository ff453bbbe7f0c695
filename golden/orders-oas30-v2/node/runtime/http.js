/**
 * Sending an operation and reading its result: the part of every client that does not vary.
 * Copied unchanged into each package; the generated resource modules describe each operation
 * with an `Operation` constant and hand it, with the caller's params, to `HttpClient.call`.
 *
 * It uses only what Node 18 has built in: `fetch`, `AbortController`, `FormData` and `Blob`.
 *
 * @module
 */
import { RequestTimeoutError, ResponseDecodeError, TransportError, errorClass } from "./errors.js";
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

/** @typedef {import("./errors.js").ApiError} ApiError */
/** @typedef {import("./errors.js").ApiErrorInit} ApiErrorInit */
/** @typedef {import("./params.js").ParamSpec} ParamSpec */
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
 * @property {number} [timeout] Milliseconds before the call is aborted; overrides the client's.
 * @property {HeadersLike} [headers] Extra headers; they replace headers of the same name.
 * @property {AbortSignal} [signal] Aborts the call; the signal's reason is thrown.
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
 * @typedef {object} HttpClientOptions
 * @property {string} baseUrl
 * @property {number} [timeout] Milliseconds; 0 or Infinity for none. Default 30 seconds.
 * @property {HeadersLike} [headers] Sent with every request.
 * @property {typeof fetch} [fetch] Default: the global `fetch`, looked up at each call.
 * @property {Authenticator} [auth] Applies each operation's security; none when the API has none.
 */

const DEFAULT_TIMEOUT = 30_000;
const utf8 = new TextDecoder();
const NOT_JSON = Symbol("not JSON");

/** Sends operations for one client: base URL, default headers, timeout, transport, auth. */
export class HttpClient {
  /** @type {string} */
  #baseUrl;
  /** @type {number} */
  #timeout;
  /** @type {Headers} */
  #headers;
  /** @type {typeof fetch} */
  #fetch;
  /** @type {Authenticator | undefined} */
  #auth;

  /** @param {HttpClientOptions} options */
  constructor(options) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.#timeout = options.timeout ?? DEFAULT_TIMEOUT;
    this.#headers = new Headers(/** @type {HeadersInit | undefined} */ (options.headers));
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#auth = options.auth;
  }

  /** The URL every operation's path is appended to. */
  get baseUrl() {
    return this.#baseUrl;
  }

  /**
   * Send one operation and return its decoded result, or throw an SdkError.
   * @param {Operation} operation
   * @param {object | undefined} params
   * @param {RequestOptions} [options]
   * @returns {Promise<any>}
   */
  async call(operation, params, options = {}) {
    const values = /** @type {Record<string, unknown>} */ (params ?? {});
    const schemes = this.#auth?.choose(operation.name, operation.security ?? []) ?? [];
    const request = this.#prepare(operation, values, options);
    for (const scheme of schemes) await scheme.apply(request);
    const response = await this.#send(request, options);
    return readResult(operation, request, response);
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
    for (const spec of operation.params ?? []) {
      const value = Object.hasOwn(params, spec.key) ? params[spec.key] : undefined;
      if (spec.in === "path") {
        if (value === undefined || value === null) {
          throw new TypeError(`${operation.name}: params.${spec.key} is required`);
        }
        path = path.split(`{${spec.name}}`).join(pathValue(spec, value));
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
    for (const [name, value] of new Headers(/** @type {HeadersInit | undefined} */ (options.headers))) {
      headers.set(name, value);
    }
    const url = this.#baseUrl + path + (query.length ? `?${query.join("&")}` : "");
    return { method: operation.method, url, headers, body };
  }

  /**
   * Fetch the response and its whole body, within the timeout.
   * @param {PreparedRequest} request
   * @param {RequestOptions} options
   * @returns {Promise<ReceivedResponse>}
   */
  async #send(request, options) {
    const timeout = options.timeout ?? this.#timeout;
    const signal = options.signal;
    if (signal?.aborted) throw signal.reason;
    const controller = new AbortController();
    let timedOut = false;
    const timer =
      timeout > 0 && timeout < Infinity
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeout)
        : undefined;
    const forward = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", forward, { once: true });
    try {
      const init = { method: request.method, headers: request.headers, body: request.body, signal: controller.signal };
      const response = await this.#fetch(request.url, /** @type {RequestInit} */ (init));
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, statusText: response.statusText, headers: response.headers, bytes };
    } catch (error) {
      const where = `${request.method} ${withoutQuery(request.url)}`;
      if (timedOut) {
        throw new RequestTimeoutError(`${where} timed out after ${timeout} ms`, { cause: error });
      }
      if (signal?.aborted) throw signal.reason;
      throw new TransportError(`${where} failed: ${describe(error)}`, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", forward);
    }
  }
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
 * The result of a response: decoded per the operation's description, or thrown as an ApiError.
 * @param {Operation} operation
 * @param {PreparedRequest} request
 * @param {ReceivedResponse} response
 * @returns {unknown}
 */
export function readResult(operation, request, response) {
  const { status, headers, bytes } = response;
  const spec = matchStatus(operation.responses, status);
  const url = withoutQuery(request.url);
  const init = { status, statusText: response.statusText, headers, method: request.method, url };
  if (status >= 200 && status < 300) {
    const kind = spec?.[1] ?? guessKind(headers, bytes);
    try {
      return decode(kind, bytes);
    } catch (error) {
      const body = utf8.decode(bytes);
      throw new ResponseDecodeError({ ...init, body, statusText: `cannot read the ${kind} body: ${describe(error)}` });
    }
  }
  const typed = spec?.[2];
  if (typed) {
    const body = parseJson(bytes);
    if (body !== NOT_JSON) throw new typed({ ...init, body });
  }
  throw new (errorClass(status))({ ...init, body: decodeLeniently(headers, bytes) });
}

/**
 * @param {Uint8Array} bytes
 * @returns {unknown}
 */
function parseJson(bytes) {
  try {
    return JSON.parse(utf8.decode(bytes));
  } catch {
    return NOT_JSON;
  }
}

/**
 * The documented response for a status: exact, then its range (`4XX`), then `default`.
 * @param {readonly ResponseSpec[]} responses
 * @param {number} status
 * @returns {ResponseSpec | undefined}
 */
export function matchStatus(responses, status) {
  const code = String(status);
  const range = `${code[0]}XX`;
  return (
    responses.find(([s]) => s === code) ??
    responses.find(([s]) => s.toUpperCase() === range) ??
    responses.find(([s]) => s === "default")
  );
}

/**
 * @param {ResponseKind} kind
 * @param {Uint8Array} bytes
 * @returns {unknown}
 */
function decode(kind, bytes) {
  if (kind === "binary") return bytes;
  if (kind === "empty") return undefined;
  const text = utf8.decode(bytes);
  if (kind === "text") return text;
  return text.trim() ? JSON.parse(text) : undefined;
}

/**
 * How to read an undocumented success: by its Content-Type.
 * @param {Headers} headers
 * @param {Uint8Array} bytes
 * @returns {ResponseKind}
 */
function guessKind(headers, bytes) {
  const type = headers.get("content-type") ?? "";
  if (!bytes.length) return "empty";
  if (/[/+]json\b/i.test(type)) return "json";
  return /^text\//i.test(type) ? "text" : "binary";
}

/**
 * An error response's body: JSON when it says so and parses, else its text, else undefined.
 * @param {Headers} headers
 * @param {Uint8Array} bytes
 * @returns {unknown}
 */
function decodeLeniently(headers, bytes) {
  if (!bytes.length) return undefined;
  const text = utf8.decode(bytes);
  if (/json/i.test(headers.get("content-type") ?? "")) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
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

/**
 * @param {string} url
 * @returns {string}
 */
function withoutQuery(url) {
  const end = url.indexOf("?");
  return end < 0 ? url : url.slice(0, end);
}

/**
 * What went wrong, including the low-level cause Node's fetch hides behind "fetch failed".
 * @param {unknown} error
 * @returns {string}
 */
function describe(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return `${error.message}${cause}`;
}
