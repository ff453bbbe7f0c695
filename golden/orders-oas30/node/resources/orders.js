// Operations of the `orders` group, reached as `client.orders`.
// Each constant describes one operation for the runtime; the types are in orders.d.ts.
import * as errors from "../errors.js";

/** @type {import("../runtime/http.js").Operation} */
const CANCEL_ORDER = {
  name: "orders.cancelOrder",
  method: "DELETE",
  path: "/orders/{orderId}",
  params: [
    { key: "orderId", name: "orderId", in: "path" },
    { key: "reason", name: "reason", in: "query" },
  ],
  responses: [
    ["204", "empty"],
    ["404", "json", errors.CancelOrderNotFoundError],
  ],
  security: [["api_key", "sigv4"]],
};

/** @type {import("../runtime/http.js").Operation} */
const CREATE_ORDER = {
  name: "orders.createOrder",
  method: "POST",
  path: "/orders",
  params: [
    { key: "idempotencyKey", name: "Idempotency-Key", in: "header" },
  ],
  body: { kind: "json", mediaType: "application/json" },
  accept: "application/json",
  responses: [
    ["201", "json"],
    ["400", "json", errors.CreateOrderBadRequestError],
  ],
  security: [["OrdersUserPool"]],
};

/** @type {import("../runtime/http.js").Operation} */
const GET_ORDER = {
  name: "orders.getOrder",
  method: "GET",
  path: "/orders/{orderId}",
  params: [
    { key: "orderId", name: "orderId", in: "path" },
  ],
  accept: "application/json",
  responses: [
    ["200", "json"],
    ["404", "json", errors.GetOrderNotFoundError],
  ],
  security: [["api_key"]],
};

/** @type {import("../runtime/http.js").Operation} */
const LIST_ORDER_ITEMS = {
  name: "orders.listOrderItems",
  method: "GET",
  path: "/orders/{orderId}/items",
  params: [
    { key: "orderId", name: "orderId", in: "path" },
  ],
  accept: "application/json",
  responses: [
    ["200", "json"],
    ["404", "json", errors.ListOrderItemsNotFoundError],
  ],
  security: [["sigv4"], ["OrdersUserPool"]],
};

/** @type {import("../runtime/http.js").Operation} */
const LIST_ORDERS = {
  name: "orders.listOrders",
  method: "GET",
  path: "/orders",
  params: [
    { key: "limit", name: "limit", in: "query" },
    { key: "nextToken", name: "nextToken", in: "query" },
    { key: "status", name: "status", in: "query" },
  ],
  accept: "application/json",
  responses: [
    ["200", "json"],
    ["400", "json", errors.ListOrdersBadRequestError],
  ],
  security: [["sigv4"]],
};

/** @type {import("../runtime/http.js").Operation} */
const UPDATE_ORDER = {
  name: "orders.updateOrder",
  method: "PUT",
  path: "/orders/{orderId}",
  params: [
    { key: "orderId", name: "orderId", in: "path" },
  ],
  body: { kind: "json", mediaType: "application/json" },
  accept: "application/json",
  responses: [
    ["200", "json"],
    ["400", "json", errors.UpdateOrderBadRequestError],
    ["404", "json", errors.UpdateOrderNotFoundError],
  ],
  security: [["PartnerTokenAuthorizer"]],
};

export class OrdersResource {
  #http;

  /** @param {import("../runtime/http.js").HttpClient} http */
  constructor(http) {
    this.#http = http;
  }

  /**
   * @param {import("./orders.js").CancelOrderParams} params
   * @param {import("../runtime/http.js").RequestOptions} [options]
   */
  cancelOrder(params, options) {
    return this.#http.call(CANCEL_ORDER, params, options);
  }

  /**
   * @param {import("./orders.js").CreateOrderParams} params
   * @param {import("../runtime/http.js").RequestOptions} [options]
   */
  createOrder(params, options) {
    return this.#http.call(CREATE_ORDER, params, options);
  }

  /**
   * @param {import("./orders.js").GetOrderParams} params
   * @param {import("../runtime/http.js").RequestOptions} [options]
   */
  getOrder(params, options) {
    return this.#http.call(GET_ORDER, params, options);
  }

  /**
   * @param {import("./orders.js").ListOrderItemsParams} params
   * @param {import("../runtime/http.js").RequestOptions} [options]
   */
  listOrderItems(params, options) {
    return this.#http.call(LIST_ORDER_ITEMS, params, options);
  }

  /**
   * @param {import("./orders.js").ListOrdersParams=} params
   * @param {import("../runtime/http.js").RequestOptions} [options]
   */
  listOrders(params, options) {
    return this.#http.call(LIST_ORDERS, params, options);
  }

  /**
   * @param {import("./orders.js").UpdateOrderParams} params
   * @param {import("../runtime/http.js").RequestOptions} [options]
   */
  updateOrder(params, options) {
    return this.#http.call(UPDATE_ORDER, params, options);
  }
}
