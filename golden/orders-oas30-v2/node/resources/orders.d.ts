// Operations of the `orders` group, reached as `client.orders`.
import type {
  ListOrdersStatus,
  NewOrder,
  Order,
  OrderItem,
  OrderList,
  OrderUpdate,
} from "../models/orders.js";
import type { HttpClient, RequestOptions } from "../runtime/http.js";
import type { ApiPromise } from "../runtime/raw.js";

/** What `createOrder` takes. */
export interface CreateOrderParams {
  idempotencyKey?: string | undefined;
  body: NewOrder;
}

/** What `getOrder` takes. */
export interface GetOrderParams {
  orderId: string;
}

/** What `listOrderItems` takes. */
export interface ListOrderItemsParams {
  orderId: string;
}

/** What `listOrders` takes. */
export interface ListOrdersParams {
  /** Page size, 1-100 (sent as a string). */
  limit?: string | undefined;
  nextToken?: string | undefined;
  status?: ListOrdersStatus | undefined;
}

/** What `shipOrder` takes. */
export interface ShipOrderParams {
  orderId: string;
}

/** What `updateOrder` takes. */
export interface UpdateOrderParams {
  orderId: string;
  body: OrderUpdate;
}

/** Operations of the `orders` group, reached as `client.orders`. */
export declare class OrdersResource {
  /** Made by `Client`, which shares its HttpClient with every group. */
  constructor(http: HttpClient);

  /**
   * Create an order
   *
   * `POST /orders`
   *
   * @throws {CreateOrderBadRequestError} 400 response
   */
  createOrder(params: CreateOrderParams, options?: RequestOptions): ApiPromise<Order>;

  /**
   * Get one order
   *
   * `GET /orders/{orderId}`
   *
   * @throws {GetOrderNotFoundError} 404 response
   */
  getOrder(params: GetOrderParams, options?: RequestOptions): ApiPromise<Order>;

  /**
   * List the items of an order
   *
   * `GET /orders/{orderId}/items`
   *
   * @throws {ListOrderItemsNotFoundError} 404 response
   */
  listOrderItems(params: ListOrderItemsParams, options?: RequestOptions): ApiPromise<OrderItem[]>;

  /**
   * List orders
   *
   * `GET /orders`
   *
   * @throws {ListOrdersBadRequestError} 400 response
   */
  listOrders(params?: ListOrdersParams, options?: RequestOptions): ApiPromise<OrderList>;

  /**
   * Mark an order as shipped
   *
   * `POST /orders/{orderId}/ship`
   *
   * @throws {ShipOrderNotFoundError} 404 response
   * @throws {ShipOrderConflictError} 409 response
   */
  shipOrder(params: ShipOrderParams, options?: RequestOptions): ApiPromise<Order>;

  /**
   * Update an order
   *
   * `PUT /orders/{orderId}`
   *
   * @throws {UpdateOrderBadRequestError} 400 response
   * @throws {UpdateOrderNotFoundError} 404 response
   */
  updateOrder(params: UpdateOrderParams, options?: RequestOptions): ApiPromise<Order>;
}
