/** The time limit of one attempt, as the AbortSignal `fetch` is given. Declarations for deadline.js. */

/** What an attempt passes to `fetch` and asks after it. */
export interface AttemptLimit {
  /** For `fetch`; aborted at the limit or by the caller. */
  readonly signal: AbortSignal | undefined;
  /** True once the limit has passed (rather than the caller aborting). */
  readonly timedOut: boolean;
  /** The attempt is over: its timer may go. */
  end(): void;
}

/** A signal that aborts `limit` milliseconds from now (or a little later), or when `caller` aborts. */
export declare function limitAttempt(limit: number, end: number, caller?: AbortSignal): AttemptLimit;
/** How long a slot is for a limit: a power of two of milliseconds within 1/64 of it, 1 to 1,024. */
export declare function slotWidth(limit: number): number;
