// The entry point of the OrdersAPI API client.
import type { HealthResource } from "./resources/health.js";
import type { OrdersResource } from "./resources/orders.js";
import type { Secret } from "./runtime/auth.js";
import type { CredentialsSource } from "./runtime/aws.js";
import type { HttpOptions } from "./runtime/http.js";

/** The server URL the API description gives. */
export declare const SERVER_URL: string;
/** This package's version. */
export declare const PACKAGE_VERSION: string;
/** The version of the API description it was generated from. */
export declare const API_VERSION: string;
/** The SHA-256 of that API description. */
export declare const SPEC_SHA256: string;

/**
 * Where requests go and the credentials to send, besides the options every client takes:
 * `timeout`, `attemptTimeout`, `maxRetries`, `retry`, `headers`, `fetch`, `logger`, `onRequest`
 * and `onResponse`.
 */
export interface ClientOptions extends HttpOptions {
  /** Where requests go, instead of `https://abc123.execute-api.us-east-1.amazonaws.com/{stage}`. */
  baseUrl?: string | undefined;
  /** The `{stage}` part of the server URL. Default: `prod`. */
  stage?: string | undefined;
  /** An API key, sent in the `x-api-key` header for operations that accept the `api_key` scheme. */
  apiKey?: Secret | undefined;
  /**
   * AWS credentials to sign requests with (SigV4) for operations that accept the `sigv4` scheme;
   * default: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN.
   */
  awsCredentials?: CredentialsSource | undefined;
  /**
   * The AWS region to sign for; default: the one in an `execute-api` host, else AWS_REGION or
   * AWS_DEFAULT_REGION.
   */
  region?: string | undefined;
  /** The AWS service to sign for. Default: `execute-api`. */
  service?: string | undefined;
  /**
   * A token, sent in the `Authorization` header for operations that accept the `OrdersUserPool`
   * scheme.
   */
  ordersUserPoolToken?: Secret | undefined;
  /**
   * A token, sent in the `X-Partner-Token` header for operations that accept the
   * `PartnerTokenAuthorizer` scheme.
   */
  partnerTokenAuthorizerToken?: Secret | undefined;
}

/**
 * The OrdersAPI API client.
 *
 * Example Orders API shaped like an API Gateway REST API export (sdkgen test data).
 */
export declare class Client {
  constructor(options?: ClientOptions);
  /** The URL every request path is appended to. */
  readonly baseUrl: string;
  /** Operations of the `health` group. */
  readonly health: HealthResource;
  /** Operations of the `orders` group. */
  readonly orders: OrdersResource;
}
