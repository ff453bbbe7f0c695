// Operations of the `health` group, reached as `client.health`.
// Each constant describes one operation for the runtime; the types are in health.d.ts.

/** @type {import("../runtime/http.js").Operation} */
const GET_HEALTH = {
  name: "health.getHealth",
  method: "GET",
  path: "/health",
  responses: [
    ["200", "empty"],
  ],
};

export class HealthResource {
  #http;

  /** @param {import("../runtime/http.js").HttpClient} http */
  constructor(http) {
    this.#http = http;
  }

  /**
   * @param {import("./health.js").GetHealthParams=} params
   * @param {import("../runtime/http.js").RequestOptions} [options]
   */
  getHealth(params, options) {
    return this.#http.call(GET_HEALTH, params, options);
  }
}
