// Data types of the API used by the operations of `client.store`.

export interface Order {
  /** @format uuid */
  id: string;
  petId: number;
  quantity: number;
  /** @format date-time */
  shipDate?: string;
  status: OrderStatus;
  /** @defaultValue false */
  complete?: boolean;
  note?: string | null;
}

export type OrderStatus =
  | "placed"
  | "approved"
  | "delivered"
  | (string & {});

export interface PlaceOrderRequest {
  petId: number;
  quantity: number;
  note?: string;
}
