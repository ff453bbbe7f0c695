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
import { requestId } from "./errors.js";
import { withoutQuery } from "./result.js";

/** @typedef {import("./http.js").PreparedRequest} PreparedRequest */
/** @typedef {import("./http.js").ReceivedResponse} ReceivedResponse */

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

/** The last attempt of a call, which the call records when it succeeds. */
export class CallRecord {
  /** @type {PreparedRequest | undefined} */
  request = undefined;
  /** @type {ReceivedResponse | undefined} */
  response = undefined;
  attempts = 0;
  /** @type {Promise<RawResponse<any>> | undefined} */
  raw = undefined;
}

const RECORD = Symbol("sdkgen.callRecord");

/**
 * The call's own Promise, given `withResponse()`.
 *
 * It stays a native Promise, which `await` takes without the extra turns a subclass or a
 * thenable costs. There is no second Promise of the same call: `withResponse()` derives its
 * Promise from the call, so a caller who uses only `withResponse()` handles the call's rejection
 * too and leaves no unobserved one behind. The record hangs on the Promise rather than in a
 * closure: V8 tends to allocate such per-call closures where the young-generation collector
 * cannot free them, and with them the whole response (measured: 7x the promoted bytes).
 * @template T
 * @param {Promise<T>} call Resolves to the parsed result once `record` is filled in.
 * @param {CallRecord} record
 * @returns {ApiPromise<T>}
 */
export function apiPromise(call, record) {
  const promise = /** @type {ApiPromise<T> & { [RECORD]: CallRecord }} */ (call);
  promise[RECORD] = record;
  promise.withResponse = withResponse;
  return promise;
}

/**
 * @this {ApiPromise<any> & { [RECORD]: CallRecord }}
 * @returns {Promise<RawResponse<any>>}
 */
function withResponse() {
  const record = this[RECORD];
  return (record.raw ??= this.then((parsed) => rawResponse(parsed, record)));
}

/**
 * @param {unknown} parsed
 * @param {CallRecord} record
 * @returns {RawResponse<any>}
 */
function rawResponse(parsed, { request, response, attempts }) {
  if (!request || !response) throw new Error("the call has not succeeded");
  const { status, statusText, headers, bytes } = response;
  const url = withoutQuery(request.url);
  return { parsed, status, statusText, headers, bytes, requestId: requestId(headers), method: request.method, url, attempts };
}
