/**
 * AWS Signature Version 4 as a security scheme (API Gateway's IAM auth). Declarations for aws.js.
 */
import type { AuthScheme } from "./auth.js";
import type { Credentials } from "./sigv4.js";

export type { Credentials } from "./sigv4.js";
/** Credentials, or a function returning them (called for each request, so they can rotate). */
export type CredentialsSource = Credentials | (() => Credentials | Promise<Credentials>);

export interface SigV4Options {
  /** Default: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN. */
  credentials?: CredentialsSource | undefined;
  /** Default: from an `execute-api` host, else AWS_REGION or AWS_DEFAULT_REGION. */
  region?: string | undefined;
  /** For API Gateway, `execute-api`. */
  service: string;
  baseUrl: string;
}

/** Signs each request with SigV4, after every other header is set. */
export declare function sigV4Auth(options: SigV4Options): AuthScheme;
