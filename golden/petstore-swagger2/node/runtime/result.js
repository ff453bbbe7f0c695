/**
 * What a response comes to: the operation's decoded result, or the ApiError to throw. Copied
 * unchanged into each package; http.js calls `readResult` with the final response of a call.
 *
 * @module
 */
import { ResponseDecodeError, errorClass } from "./errors.js";

/** @typedef {import("./http.js").Operation} Operation */
/** @typedef {import("./http.js").PreparedRequest} PreparedRequest */
/** @typedef {import("./http.js").ReceivedResponse} ReceivedResponse */
/** @typedef {import("./http.js").ResponseKind} ResponseKind */
/** @typedef {import("./http.js").ResponseSpec} ResponseSpec */

const utf8 = new TextDecoder();
const NOT_JSON = Symbol("not JSON");

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
  if (status >= 200 && status < 300) {
    const kind = spec?.[1] ?? guessKind(headers, bytes);
    try {
      return decode(kind, bytes);
    } catch (error) {
      const body = utf8.decode(bytes);
      const statusText = `cannot read the ${kind} body: ${describe(error)}`;
      throw new ResponseDecodeError({ ...errorInit(request, response), body, statusText });
    }
  }
  const init = errorInit(request, response);
  const typed = spec?.[2];
  if (typed) {
    const body = parseJson(bytes);
    if (body !== NOT_JSON) throw new typed({ ...init, body });
  }
  throw new (errorClass(status))({ ...init, body: decodeLeniently(headers, bytes) });
}

/**
 * What every ApiError of this response is made with, besides its body.
 * @param {PreparedRequest} request
 * @param {ReceivedResponse} response
 */
function errorInit(request, response) {
  const { status, statusText, headers } = response;
  return { status, statusText, headers, method: request.method, url: withoutQuery(request.url) };
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
  for (const response of responses) if (response[0] === code) return response;
  const range = `${code[0]}XX`;
  return responses.find(([s]) => s.toUpperCase() === range) ?? responses.find(([s]) => s === "default");
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
 * The URL for messages: without its query, which may hold credentials.
 * @param {string} url
 * @returns {string}
 */
export function withoutQuery(url) {
  const end = url.indexOf("?");
  return end < 0 ? url : url.slice(0, end);
}

/**
 * What went wrong, including the low-level cause Node's fetch hides behind "fetch failed".
 * @param {unknown} error
 * @returns {string}
 */
export function describe(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return `${error.message}${cause}`;
}
