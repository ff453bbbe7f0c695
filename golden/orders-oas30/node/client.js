// The entry point of the OrdersAPI API client.
import { AuthSet, keyAuth } from "./runtime/auth.js";
import { sigV4Auth } from "./runtime/aws.js";
import { HttpClient, serverUrl } from "./runtime/http.js";
import { HealthResource } from "./resources/health.js";
import { OrdersResource } from "./resources/orders.js";

/** The server URL the API description gives; `{variables}` are filled from the options. */
export const SERVER_URL = "https://abc123.execute-api.us-east-1.amazonaws.com/{stage}";
export const PACKAGE_VERSION = "1.1.1";
export const API_VERSION = "2024-05-01T10:00:00Z";
export const SPEC_SHA256 = "fe1d911b77d2e2706d0486f556368db6df4689fce1bdcda00986b61e663050fd";

export class Client {
  #http;

  /** @param {import("./client.js").ClientOptions} [options] */
  constructor(options = {}) {
    const variables = {
      stage: options.stage ?? "prod",
    };
    const baseUrl = serverUrl(SERVER_URL, variables, options.baseUrl);
    const auth = new AuthSet(
      {
        api_key: keyAuth("header", "x-api-key", options.apiKey),
        sigv4: sigV4Auth({
          credentials: options.awsCredentials,
          region: options.region,
          service: options.service ?? "execute-api",
          baseUrl,
        }),
        OrdersUserPool: keyAuth("header", "Authorization", options.ordersUserPoolToken),
        PartnerTokenAuthorizer: keyAuth("header", "X-Partner-Token", options.partnerTokenAuthorizerToken),
      },
      {
        api_key: "apiKey",
        sigv4: "awsCredentials",
        OrdersUserPool: "ordersUserPoolToken",
        PartnerTokenAuthorizer: "partnerTokenAuthorizerToken",
      },
    );
    // Timeouts, retries, headers, fetch, logger and hooks are the runtime's options, as given.
    this.#http = new HttpClient({ ...options, baseUrl, auth });
    this.health = new HealthResource(this.#http);
    this.orders = new OrdersResource(this.#http);
  }

  /** The URL every request path is appended to. */
  get baseUrl() {
    return this.#http.baseUrl;
  }
}
