// Operations of the `store` group, reached as `client.store`.
// Each constant describes one operation for the runtime; the types are in store.d.ts.

/** @type {import("../runtime/http.js").Operation} */
const GET_INVENTORY = {
  name: "store.getInventory",
  method: "GET",
  path: "/store/inventory",
  accept: "application/json",
  responses: [
    ["200", "json"],
  ],
};

/** @type {import("../runtime/http.js").Operation} */
const PLACE_ORDER = {
  name: "store.placeOrder",
  method: "POST",
  path: "/store/orders",
  body: { kind: "form", mediaType: "application/x-www-form-urlencoded" },
  accept: "application/json",
  responses: [
    ["200", "json"],
  ],
};

export class StoreResource {
  #http;

  /** @param {import("../runtime/http.js").HttpClient} http */
  constructor(http) {
    this.#http = http;
  }

  /**
   * @param {import("./store.js").GetInventoryParams=} params
   * @param {import("../runtime/http.js").RequestOptions} [options]
   */
  getInventory(params, options) {
    return this.#http.call(GET_INVENTORY, params, options);
  }

  /**
   * @param {import("./store.js").PlaceOrderParams} params
   * @param {import("../runtime/http.js").RequestOptions} [options]
   */
  placeOrder(params, options) {
    return this.#http.call(PLACE_ORDER, params, options);
  }
}
