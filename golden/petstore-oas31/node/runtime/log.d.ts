/**
 * What the client logs about each attempt, with every credential redacted. Declarations for log.js.
 */

/**
 * Where the client logs: `console`, a winston logger, or anything with a `debug(message, details)`
 * method. Each attempt and each retry is one `debug` call: a line of text, then its facts as an
 * object.
 */
export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void;
  info?(message: string, details?: Record<string, unknown>): void;
  warn?(message: string, details?: Record<string, unknown>): void;
  error?(message: string, details?: Record<string, unknown>): void;
}

/** One attempt, as logAttempt reports it. */
export interface AttemptRecord {
  method: string;
  /** The URL as sent; redacted by logAttempt. */
  url: string;
  /** The request headers as sent; redacted by logAttempt. */
  headers: Headers;
  /** From 1. */
  attempt: number;
  /** Milliseconds. */
  elapsed: number;
  /** Absent when there was no response. */
  status?: number | undefined;
  /** What the attempt failed with, when there was no response. */
  error?: unknown;
  requestId?: string | undefined;
}

export declare const REDACTED: string;
/** The URL with the values of secret query parameters replaced; the rest is left as sent. */
export declare function redactUrl(url: string, secretNames?: Iterable<string>): string;
/** The headers as a plain object, with the values of credential headers replaced. */
export declare function redactHeaders(headers: Headers, secretNames?: Iterable<string>): Record<string, string>;
/** Log one attempt at debug, if there is a logger. */
export declare function logAttempt(logger: Logger | undefined, record: AttemptRecord, secretNames?: Iterable<string>): void;
/** Log, at debug, that another attempt follows after `wait` milliseconds. */
export declare function logRetry(
  logger: Logger | undefined,
  method: string,
  url: string,
  wait: number,
  next: number,
  reason: string,
): void;
/** The class name of an error, never its message (which may quote what was sent). */
export declare function errorName(error: unknown): string;
