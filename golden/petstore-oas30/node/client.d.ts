// The entry point of the Petstore API client.
import type { PetsResource } from "./resources/pets.js";
import type { StoreResource } from "./resources/store.js";
import type { HeadersLike } from "./runtime/http.js";

/** The server URL the API description gives. */
export declare const SERVER_URL: string;
/** This package's version. */
export declare const PACKAGE_VERSION: string;
/** The version of the API description it was generated from. */
export declare const API_VERSION: string;
/** The SHA-256 of that API description. */
export declare const SPEC_SHA256: string;

export interface ClientOptions {
  /** Where requests go, instead of `https://petstore.example.com/{version}`. */
  baseUrl?: string | undefined;
  /** The `{version}` part of the server URL. Default: `v1`. */
  version?: "v1" | "v2" | (string & {}) | undefined;
  /** Milliseconds before a call is aborted with `RequestTimeoutError`; 0 for none. Default 30000. */
  timeout?: number | undefined;
  /** Headers sent with every request. */
  headers?: HeadersLike | undefined;
  /** The `fetch` that sends requests (for tests and custom transports). Default: the global one. */
  fetch?: typeof fetch | undefined;
}

/**
 * The Petstore API client.
 *
 * A pet store used by sdkgen's tests. It exercises every parameter location,
 * the common body media types, unions, recursion and typed errors.
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
