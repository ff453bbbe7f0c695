/**
 * When a failed attempt is tried again, and after how long. Declarations for retry.js.
 */

/** GET, HEAD, OPTIONS, PUT and DELETE: the methods that are safe to send twice. */
export declare const IDEMPOTENT_METHODS: Set<string>;

/** How a client retries. Every field is optional; `sleep` and `random` are there for tests. */
export interface RetryOptions {
  /** Attempts after the first; 0 disables retries. Default 2. */
  maxRetries?: number | undefined;
  /** Upper bound of the first wait in milliseconds; doubles with each retry. Default 500. */
  backoff?: number | undefined;
  /** No single wait is longer, Retry-After included. Default 20000 ms. */
  maxWait?: number | undefined;
  /** The header `idempotencyKey` is sent in. Default `Idempotency-Key`. */
  idempotencyHeader?: string | undefined;
  /** Waits between attempts (milliseconds); must reject when `signal` aborts. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  /** A number in [0, 1), for the jitter. Default `Math.random`. */
  random?: (() => number) | undefined;
}

/** RetryOptions with every default filled in. */
export interface RetryPolicy {
  maxRetries: number;
  backoff: number;
  maxWait: number;
  idempotencyHeader: string;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
}

/** The policy for a client: its `retry` options, with `maxRetries` (if given) taking precedence. */
export declare function retryPolicy(options?: RetryOptions, maxRetries?: number): RetryPolicy;
/** A retry count, checked (a whole number >= 0), else a RangeError. */
export declare function count(name: string, value: number): number;
/** Is sending this request twice harmless? An idempotent method, or an idempotency key. */
export declare function canRepeat(method: string, headers: Headers, idempotencyHeader: string): boolean;
/** Could a response with this status be worth another attempt, for some request? */
export declare function mayRetry(status: number): boolean;
/** Is a response with this status worth another attempt? */
export declare function retryableStatus(status: number, repeatable: boolean): boolean;
/** Did `fetch` fail before the request could have left this machine? */
export declare function neverSent(error: unknown): boolean;
/** Milliseconds to wait after failed attempt number `attempt` (from 1). */
export declare function retryWait(policy: RetryPolicy, attempt: number, headers?: Headers, now?: number): number;
/** Retry-After in milliseconds, from delay-seconds or an HTTP date; undefined when unreadable. */
export declare function retryAfter(value: string | null, now: number): number | undefined;
/** The default wait between attempts; an aborted signal ends it with the signal's reason. */
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
