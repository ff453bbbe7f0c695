/**
 * AWS Signature Version 4 request signing, as API Gateway (`execute-api`) checks it.
 * Declarations for sigv4.js, for TypeScript users of the generated package.
 */

export declare const ALGORITHM: "AWS4-HMAC-SHA256";
export declare const EMPTY_SHA256: string;

/** Credentials as the AWS SDKs' credential providers return them. */
export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Set for temporary credentials. */
  readonly sessionToken?: string | undefined;
}

/** Request headers: pairs (a `Headers` or `Map` is fine), or an object whose array values are repeated headers. */
export type HeadersInput =
  Iterable<readonly [string, string]> | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface SignInput {
  method: string;
  /** The URL as it goes on the wire: path percent-encoded once, query as sent. */
  url: string | URL;
  /** Every one is signed except hop-by-hop and tracing headers. */
  headers?: HeadersInput | undefined;
  /** The exact body sent; strings are UTF-8. */
  body?: string | Uint8Array | ArrayBuffer | null | undefined;
  credentials: Credentials;
  region: string;
  /** For API Gateway, `execute-api`. */
  service: string;
  /** Defaults to the current time. */
  now?: Date | undefined;
  /** Also send and sign `X-Amz-Content-Sha256`. */
  signContentSha256?: boolean | undefined;
}

export interface SigningDetails {
  /** The headers to set on the request. */
  headers: Record<string, string>;
  canonicalRequest: string;
  stringToSign: string;
}

/** An access key pair that keeps its secret out of logs, `JSON.stringify` and `util.inspect`. */
export declare class AwsCredentials implements Credentials {
  constructor(credentials: Credentials);
  readonly accessKeyId: string;
  get secretAccessKey(): string;
  get sessionToken(): string | undefined;
  toString(): string;
  toJSON(): { accessKeyId: string; secretAccessKey: string; sessionToken: string | undefined };
}

/**
 * The headers that authenticate a request: set them on it, replacing any of the same name.
 * The result holds `X-Amz-Date`, `X-Amz-Security-Token` with temporary credentials,
 * `X-Amz-Content-Sha256` if `signContentSha256`, and `Authorization`.
 */
export declare function signRequest(input: SignInput): Record<string, string>;
/** Sign like `signRequest`; also return the canonical request and the string to sign. */
export declare function signingDetails(input: SignInput): SigningDetails;
/** Percent-encode every UTF-8 byte outside the RFC 3986 unreserved set. */
export declare function uriEncode(text: string): string;
/** Normalise a wire path (dot segments, `//`) and encode each segment again. */
export declare function canonicalUri(path: string): string;
/** Decode and re-encode each query key and value, then sort by key and value. */
export declare function canonicalQuery(query: string): string;
/** The canonical header block (one `name:value\n` line per name) and the signed-header list. */
export declare function canonicalHeaders(headers: HeadersInput): { canonical: string; signed: string };
/** The string whose HMAC is the signature. */
export declare function stringToSign(amzDate: string, scope: string, canonicalRequest: string): string;
/** The signing key (a Buffer) for one day (`YYYYMMDD`), region and service; cached. */
export declare function signingKey(secretAccessKey: string, date: string, region: string, service: string): Uint8Array;
