// Operations of the `store` group, reached as `client.store`.
import type { Order, PlaceOrderRequest } from "../models/store.js";
import type { HttpClient, RequestOptions } from "../runtime/http.js";
import type { ApiPromise } from "../runtime/raw.js";

/** What `echoNote` takes. */
export interface EchoNoteParams {
  body: string;
}

/** What `getInventory` takes. */
export type GetInventoryParams = Record<string, never>;

/** What `placeOrder` takes. */
export interface PlaceOrderParams {
  body: PlaceOrderRequest;
}

/** Operations of the `store` group, reached as `client.store`. */
export declare class StoreResource {
  /** Made by `Client`, which shares its HttpClient with every group. */
  constructor(http: HttpClient);

  /**
   * Echo a note as plain text
   *
   * `POST /store/notes`
   */
  echoNote(params: EchoNoteParams, options?: RequestOptions): ApiPromise<string>;

  /**
   * Count pets by status
   *
   * `GET /store/inventory`
   */
  getInventory(
    params?: GetInventoryParams,
    options?: RequestOptions,
  ): ApiPromise<{ [key: string]: number }>;

  /**
   * Order a pet
   *
   * `POST /store/orders`
   *
   * @throws {PlaceOrderServerError} The store is down
   */
  placeOrder(params: PlaceOrderParams, options?: RequestOptions): ApiPromise<Order>;
}
