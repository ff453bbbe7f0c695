/**
 * Raw responses: an operation's parsed result with the HTTP response it came from. Declarations
 * for raw.js.
 */
import type { PreparedRequest, ReceivedResponse } from "./http.js";

/** The final response of a call, and what it was parsed into. */
export interface RawResponse<T> {
  /** The value the method resolves to. */
  parsed: T;
  status: number;
  statusText: string;
  headers: Headers;
  /** The body as received. */
  bytes: Uint8Array;
  /** From `x-amzn-RequestId`, `x-amz-apigw-id` or `x-request-id`. */
  requestId: string | undefined;
  method: string;
  /** The request URL without its query (which may hold credentials). */
  url: string;
  /** How many attempts the call took, retries included. */
  attempts: number;
}

/**
 * What every operation method returns: a Promise of the parsed result that can also give the
 * whole response, with `.withResponse()`.
 */
export interface ApiPromise<T> extends Promise<T> {
  /** The parsed result with the status, headers, body bytes and request id of its response. */
  withResponse(): Promise<RawResponse<T>>;
}

/** The last attempt of a call, which the call records when it succeeds. */
export declare class CallRecord {
  request: PreparedRequest | undefined;
  response: ReceivedResponse | undefined;
  attempts: number;
  raw: Promise<RawResponse<any>> | undefined;
}

/** The call's own Promise, given `withResponse()`, which reads `record`. */
export declare function apiPromise<T>(call: Promise<T>, record: CallRecord): ApiPromise<T>;
