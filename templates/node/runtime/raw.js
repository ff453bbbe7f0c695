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
 *
 * The Promise itself settles at once with nothing: `then` (which `await`, `catch` and `finally`
 * go through) reads the result from the call instead. So a caller who only uses
 * `withResponse()` leaves no second, unobserved rejection behind when the call fails.
 * @template T
 * @extends {Promise<T>}
 */
export class ApiPromise extends Promise {
  /** @type {Promise<RawResponse<T>>} */
  #raw;

  /** @param {Promise<RawResponse<T>>} raw The call, resolving to its final response. */
  constructor(raw) {
    super((resolve) => resolve(/** @type {T} */ (undefined)));
    this.#raw = raw;
  }

  // `then` on a subclass builds its result with the subclass's constructor unless told
  // otherwise, and this constructor takes a call, not an executor.
  static get [Symbol.species]() {
    return Promise;
  }

  /**
   * The parsed result with the status, headers, body bytes and request id of its response.
   * @returns {Promise<RawResponse<T>>}
   */
  withResponse() {
    return this.#raw;
  }

  /**
   * @template [A=T]
   * @template [B=never]
   * @param {((value: T) => A | PromiseLike<A>) | null} [onFulfilled]
   * @param {((reason: any) => B | PromiseLike<B>) | null} [onRejected]
   * @returns {Promise<A | B>}
   */
  then(onFulfilled, onRejected) {
    return this.#raw.then((raw) => raw.parsed).then(onFulfilled, onRejected);
  }
}
