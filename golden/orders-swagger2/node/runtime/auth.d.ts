/**
 * Credentials, and how each security scheme puts them on a request. Declarations for auth.js.
 */
import type { PreparedRequest } from "./http.js";

/** A credential: the string itself, or a function returning it (called for each request). */
export type Secret = string | (() => string | Promise<string>);

/** One security scheme with its credential. */
export interface AuthScheme {
  /** Puts the credential on. */
  apply(request: PreparedRequest): void | Promise<void>;
  /** False when the credential is missing after all. */
  available?: (() => boolean) | undefined;
  /** Signs the request, so it must be applied last. */
  signsRequest?: boolean | undefined;
  /** Headers or query parameters it puts secrets in. */
  secretNames?: readonly string[] | undefined;
}

/** A key or token in a header, query parameter or cookie, after an optional `prefix`. */
export declare function keyAuth(
  location: "header" | "query" | "cookie",
  name: string,
  secret: Secret | undefined,
  prefix?: string,
): AuthScheme | undefined;
/** `Authorization: Basic <base64 of username:password>`, UTF-8 encoded; undefined unless both are given. */
export declare function basicAuth(username: string | undefined, password: Secret | undefined): AuthScheme | undefined;

/** The client's schemes by name, and which client option supplies each. */
export declare class AuthSet {
  constructor(schemes: Record<string, AuthScheme | undefined>, options: Record<string, string>);
  /** The schemes of the first alternative that can be met, signers last; or a clear error. */
  choose(operation: string, alternatives: readonly (readonly string[])[]): AuthScheme[];
  /** The header and query parameter names the client's schemes put secrets in, for redaction. */
  secretNames(): string[];
}
