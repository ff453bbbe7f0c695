/**
 * Raw responses: an operation's parsed result together with the HTTP response it came from.
 * Copied unchanged into each package.
 *
 * Every operation method returns an `ApiPromise`: awaited, it gives the parsed result as any
 * Promise would; `.withResponse()` gives a `RawResponse` with the status, headers, body bytes
 * and request id beside the parsed result. One call, one request, either way.
 *
 * @module
 */

/**
 * The final response of a call, and what it was parsed into.
 * @template T
 * @typedef {object} RawResponse
 * @property {T} parsed The value the method resolves to.
 * @property {number} status
 * @property {string} statusText
 * @property {Headers} headers
 * @property {Uint8Array} bytes The body as received.
 * @property {string | undefined} requestId From `x-amzn-RequestId`, `x-amz-apigw-id` or `x-request-id`.
 * @property {string} method
 * @property {string} url The request URL without its query (which may hold credentials).
 * @property {number} attempts How many attempts the call took, retries included.
 */

/**
 * A Promise of an operation's parsed result that can also give the whole response.
 * @template T
 * @typedef {Promise<T> & { withResponse(): Promise<RawResponse<T>> }} ApiPromise
 */

/**
 * The call's own Promise, given `withResponse()`.
 *
 * It stays a native Promise, which `await` takes without the extra turns a subclass or a
 * thenable costs. There is no second Promise of the same call: `withResponse()` derives its
 * Promise from the call, so a caller who uses only `withResponse()` handles the call's rejection
 * too and leaves no unobserved one behind.
 * @template T
 * @param {Promise<T>} call Resolves to the parsed result.
 * @param {(parsed: T) => RawResponse<T>} respond The rest of the response, once the call succeeded.
 * @returns {ApiPromise<T>}
 */
export function apiPromise(call, respond) {
  const promise = /** @type {ApiPromise<T>} */ (call);
  /** @type {Promise<RawResponse<T>> | undefined} */
  let raw;
  promise.withResponse = () => (raw ??= call.then(respond));
  return promise;
}
