/**
 * What the client logs about each attempt, with every credential redacted. Copied unchanged into
 * each package.
 *
 * Nothing is logged unless the client was given a `logger` (`console`, winston, ...). Each
 * attempt is one `debug` line: method, URL, status (or the error), elapsed time, attempt and
 * request id, with the same fields and the request headers as a second argument. Header values
 * that carry credentials and query values named like secrets never reach the logger.
 *
 * @module
 */

/**
 * Where the client logs; only `debug` is called.
 * @typedef {object} Logger
 * @property {(message: string, details?: Record<string, unknown>) => void} debug
 * @property {(message: string, details?: Record<string, unknown>) => void} [info]
 * @property {(message: string, details?: Record<string, unknown>) => void} [warn]
 * @property {(message: string, details?: Record<string, unknown>) => void} [error]
 */
/**
 * One attempt, as logAttempt reports it.
 * @typedef {object} AttemptRecord
 * @property {string} method
 * @property {string} url The URL as sent; redacted here.
 * @property {Headers} headers The request headers as sent; redacted here.
 * @property {number} attempt From 1.
 * @property {number} elapsed Milliseconds.
 * @property {number} [status] Absent when there was no response.
 * @property {unknown} [error] What the attempt failed with, when there was no response.
 * @property {string} [requestId]
 */

export const REDACTED = "REDACTED";
const SECRET_HEADERS = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-api-key",
  "x-amz-security-token",
]);
// Query parameters whose names say they hold a credential (`api_key`, `X-Amz-Signature`, ...).
const SECRET_QUERY = /key|token|secret|signature|password|credential|auth/i;

/**
 * The URL with the values of secret query parameters replaced; the rest is left as sent.
 * @param {string} url
 * @param {Iterable<string>} [secretNames] Query parameters the client puts credentials in.
 * @returns {string}
 */
export function redactUrl(url, secretNames = []) {
  const start = url.indexOf("?");
  if (start < 0) return url;
  const secret = lowered(secretNames);
  const end = url.indexOf("#", start);
  const query = url.slice(start + 1, end < 0 ? undefined : end);
  const pairs = query.split("&").map((pair) => {
    const split = pair.indexOf("=");
    const name = split < 0 ? pair : pair.slice(0, split);
    const readable = safeDecode(name);
    return split >= 0 && (secret.has(readable.toLowerCase()) || SECRET_QUERY.test(readable)) ? `${name}=${REDACTED}` : pair;
  });
  return `${url.slice(0, start)}?${pairs.join("&")}`;
}

/**
 * The headers as a plain object, with the values of credential headers replaced.
 * @param {Headers} headers
 * @param {Iterable<string>} [secretNames] Headers the client puts credentials in.
 * @returns {Record<string, string>}
 */
export function redactHeaders(headers, secretNames = []) {
  const secret = lowered(secretNames);
  /** @type {Record<string, string>} */
  const shown = {};
  for (const [name, value] of headers) shown[name] = SECRET_HEADERS.has(name) || secret.has(name) ? REDACTED : value;
  return shown;
}

/**
 * Log one attempt at debug, if there is a logger.
 * @param {Logger | undefined} logger
 * @param {AttemptRecord} record
 * @param {Iterable<string>} [secretNames]
 */
export function logAttempt(logger, record, secretNames = []) {
  if (!logger) return;
  const names = [...secretNames];
  const url = redactUrl(record.url, names);
  const outcome = record.status ?? errorName(record.error);
  const requestId = record.requestId ?? "-";
  const elapsed = Math.round(record.elapsed * 10) / 10;
  logger.debug(`${record.method} ${url} -> ${outcome} in ${elapsed.toFixed(1)} ms (attempt ${record.attempt}, request id ${requestId})`, {
    method: record.method,
    url,
    status: record.status,
    error: record.status === undefined ? errorName(record.error) : undefined,
    elapsed,
    attempt: record.attempt,
    requestId: record.requestId,
    headers: redactHeaders(record.headers, names),
  });
}

/**
 * Log, at debug, that another attempt follows after `wait` milliseconds.
 * @param {Logger | undefined} logger
 * @param {string} method
 * @param {string} url
 * @param {number} wait
 * @param {number} next The number of the attempt that follows.
 * @param {string} reason
 */
export function logRetry(logger, method, url, wait, next, reason) {
  if (!logger) return;
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "").replace(/[?#].*$/s, "");
  const ms = Math.round(wait);
  logger.debug(`retrying ${method} ${path || "/"} in ${ms} ms after ${reason} (attempt ${next})`, {
    method,
    path: path || "/",
    wait: ms,
    attempt: next,
    reason,
  });
}

/**
 * The class name of an error, never its message (which may quote what was sent).
 * @param {unknown} error
 * @returns {string}
 */
export function errorName(error) {
  return error instanceof Error ? error.name : typeof error;
}

/**
 * @param {Iterable<string>} names
 * @returns {Set<string>}
 */
function lowered(names) {
  return new Set([...names].map((name) => name.toLowerCase()));
}

/**
 * @param {string} text
 * @returns {string}
 */
function safeDecode(text) {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}
