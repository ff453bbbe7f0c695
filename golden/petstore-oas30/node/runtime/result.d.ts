/**
 * What a response comes to: the decoded result, or the ApiError to throw. Declarations for
 * result.js.
 */
import type { Operation, PreparedRequest, ReceivedResponse, ResponseSpec } from "./http.js";

/** The result of a response: decoded per the operation's description, or thrown as an ApiError. */
export declare function readResult(operation: Operation, request: PreparedRequest, response: ReceivedResponse): unknown;
/** The documented response for a status: exact, then its range (`4XX`), then `default`. */
export declare function matchStatus(responses: readonly ResponseSpec[], status: number): ResponseSpec | undefined;
/** The URL for messages: without its query, which may hold credentials. */
export declare function withoutQuery(url: string): string;
/** What went wrong, including the low-level cause Node's fetch hides behind "fetch failed". */
export declare function describe(error: unknown): string;
