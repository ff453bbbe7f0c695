// The entry point of the Petstore API client.
import type { PetsResource } from "./resources/pets.js";
import type { StoreResource } from "./resources/store.js";
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
  /** Where requests go, instead of `https://petstore.example.com/v1`. */
  baseUrl?: string | undefined;
}

/**
 * The Petstore API client.
 *
 * A pet store used by sdkgen's tests, in Swagger 2.0.
 */
export declare class Client {
  constructor(options?: ClientOptions);
  /** The URL every request path is appended to. */
  readonly baseUrl: string;
  /** Operations of the `pets` group. */
  readonly pets: PetsResource;
  /** Operations of the `store` group. */
  readonly store: StoreResource;
}
