// The entry point of the Petstore API client.
import { HttpClient, serverUrl } from "./runtime/http.js";
import { PetsResource } from "./resources/pets.js";
import { StoreResource } from "./resources/store.js";

/** The server URL the API description gives; `{variables}` are filled from the options. */
export const SERVER_URL = "https://petstore.example.com/{version}";
export const PACKAGE_VERSION = "1.4.2";
export const API_VERSION = "1.4.2";
export const SPEC_SHA256 = "bebb12f5c9050605f8c38328d3703aad27153db65adacefb705a03f9283a692f";

export class Client {
  #http;

  /** @param {import("./client.js").ClientOptions} [options] */
  constructor(options = {}) {
    const variables = {
      version: options.version ?? "v1",
    };
    const baseUrl = serverUrl(SERVER_URL, variables, options.baseUrl);
    // Timeouts, retries, headers, fetch, logger and hooks are the runtime's options, as given.
    this.#http = new HttpClient({ ...options, baseUrl });
    this.pets = new PetsResource(this.#http);
    this.store = new StoreResource(this.#http);
  }

  /** The URL every request path is appended to. */
  get baseUrl() {
    return this.#http.baseUrl;
  }
}
