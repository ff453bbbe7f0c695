/**
 * When a failed attempt is tried again, and after how long. Copied unchanged into each package.
 *
 * Waits grow exponentially with full jitter (a random wait between 0 and the bound, so many
 * throttled clients do not come back in step) and give way to the server's `Retry-After`. A
 * request that may have reached the server is repeated only when that is harmless: an idempotent
 * method, or a request carrying an idempotency key. 408 and 429 mean the server did not act on
 * the request, so they are retried for any method.
 *
 * @module
 */

export const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);
// The server refused before doing anything (timeout waiting for the request, throttling).
const NOT_ACTED_ON = new Set([408, 429]);
// The server or a gateway failed, perhaps after acting: repeat only what is safe to repeat.
const TRANSIENT = new Set([500, 502, 503, 504]);
// undici's `cause.code` for failures before any byte of the request left this machine (refused,
// no such host, DNS not answering, connect timeout). Every other fetch failure, such as a reset
// or "other side closed", may come after the server read the request.
const NEVER_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);

/**
 * How a client retries. Every field is optional; `sleep` and `random` are there for tests.
 * @typedef {object} RetryOptions
 * @property {number} [maxRetries] Attempts after the first; 0 disables retries. Default 2.
 * @property {number} [backoff] Upper bound of the first wait in ms; doubles per retry. Default 500.
 * @property {number} [maxWait] No single wait is longer, Retry-After included. Default 20000 ms.
 * @property {string} [idempotencyHeader] Where `idempotencyKey` goes. Default `Idempotency-Key`.
 * @property {(ms: number, signal?: AbortSignal) => Promise<void>} [sleep] Waits between attempts.
 * @property {() => number} [random] A number in [0, 1), for the jitter. Default `Math.random`.
 */
/**
 * RetryOptions with every default filled in.
 * @typedef {object} RetryPolicy
 * @property {number} maxRetries
 * @property {number} backoff
 * @property {number} maxWait
 * @property {string} idempotencyHeader
 * @property {(ms: number, signal?: AbortSignal) => Promise<void>} sleep
 * @property {() => number} random
 */

/**
 * The policy for a client: its `retry` options, with `maxRetries` (if given) taking precedence.
 * @param {RetryOptions} [options]
 * @param {number} [maxRetries]
 * @returns {RetryPolicy}
 */
export function retryPolicy(options = {}, maxRetries) {
  return Object.freeze({
    maxRetries: count("maxRetries", maxRetries ?? options.maxRetries ?? 2),
    backoff: options.backoff ?? 500,
    maxWait: options.maxWait ?? 20_000,
    idempotencyHeader: options.idempotencyHeader ?? "Idempotency-Key",
    sleep: options.sleep ?? sleep,
    random: options.random ?? Math.random,
  });
}

/**
 * A retry count, checked: NaN or a negative number would retry forever or never, silently.
 * @param {string} name
 * @param {number} value
 * @returns {number}
 */
export function count(name, value) {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number >= 0, not ${value}`);
  return value;
}

/**
 * Is sending this request twice harmless?
 * @param {string} method
 * @param {Headers} headers
 * @param {string} idempotencyHeader
 * @returns {boolean}
 */
export function canRepeat(method, headers, idempotencyHeader) {
  return IDEMPOTENT_METHODS.has(method.toUpperCase()) || headers.has(idempotencyHeader);
}

/**
 * Could a response with this status be worth another attempt, for some request?
 * @param {number} status
 * @returns {boolean}
 */
export function mayRetry(status) {
  return NOT_ACTED_ON.has(status) || TRANSIENT.has(status);
}

/**
 * Is a response with this status worth another attempt?
 * @param {number} status
 * @param {boolean} repeatable What canRepeat says of the request.
 * @returns {boolean}
 */
export function retryableStatus(status, repeatable) {
  return NOT_ACTED_ON.has(status) || (TRANSIENT.has(status) && repeatable);
}

/**
 * Did `fetch` fail before the request could have left this machine?
 * @param {unknown} error What fetch threw.
 * @returns {boolean}
 */
export function neverSent(error) {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = cause !== null && typeof cause === "object" ? /** @type {{ code?: unknown }} */ (cause).code : undefined;
  return typeof code === "string" && NEVER_SENT.has(code);
}

/**
 * Milliseconds to wait after failed attempt number `attempt` (from 1): the server's Retry-After
 * when it sent one, else full jitter under `backoff * 2^(attempt-1)`; never more than `maxWait`.
 * @param {RetryPolicy} policy
 * @param {number} attempt
 * @param {Headers} [headers] The failed attempt's response headers, if it got a response.
 * @param {number} [now] Epoch milliseconds, for a Retry-After date.
 * @returns {number}
 */
export function retryWait(policy, attempt, headers, now = Date.now()) {
  const told = retryAfter(headers?.get("retry-after") ?? null, now);
  if (told !== undefined) return Math.min(Math.max(told, 0), policy.maxWait);
  return policy.random() * Math.min(policy.maxWait, policy.backoff * 2 ** (attempt - 1));
}

/**
 * Retry-After in milliseconds, from either of its forms: delay-seconds or an HTTP date.
 * @param {string | null} value
 * @param {number} now Epoch milliseconds.
 * @returns {number | undefined} Undefined when absent or unreadable.
 */
export function retryAfter(value, now) {
  if (!value?.trim()) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its month; Date.parse would also read "-3" or "7" as dates.
  if (!/[a-z]{3}/i.test(value)) return undefined;
  const when = Date.parse(value);
  return Number.isNaN(when) ? undefined : when - now;
}

/**
 * The default wait between attempts; an aborted signal ends it with the signal's reason.
 * @param {number} ms
 * @param {AbortSignal} [signal]
 * @returns {Promise<void>}
 */
export function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", stop);
      resolve();
    }, ms);
    signal?.addEventListener("abort", stop, { once: true });
  });
}
