// Data types of the API used by the operations of `client.orders`.

/** Address */
export interface Address {
  line1: string;
  line2?: string;
  city: string;
  postalCode?: string;
  country: string;
}

/** Error */
export interface ErrorModel {
  message: string;
  code?: string;
}

export type ListOrdersStatus =
  | "PENDING"
  | "PAID"
  | "SHIPPED"
  | "CANCELLED"
  | (string & {});

/** NewOrder */
export interface NewOrder {
  customerId: string;
  items: OrderItem[];
  shippingAddress?: Address;
  /** @defaultValue "USD" */
  currency?: NewOrderCurrency;
}

export type NewOrderCurrency =
  | "USD"
  | "EUR"
  | "GBP"
  | (string & {});

/** Order */
export interface Order {
  orderId: string;
  customerId: string;
  status: OrderStatus;
  items: OrderItem[];
  shippingAddress?: Address;
  total?: number;
  currency?: string;
  /** Seconds since the Unix epoch. */
  createdAt: number;
}

/** OrderItem */
export interface OrderItem {
  sku: string;
  quantity: number;
  unitPrice?: number;
}

/** OrderList */
export interface OrderList {
  orders: Order[];
  nextToken?: string;
}

/** OrderStatus */
export type OrderStatus =
  | "PENDING"
  | "PAID"
  | "SHIPPED"
  | "CANCELLED"
  | (string & {});

/** OrderUpdate */
export interface OrderUpdate {
  status?: OrderStatus;
  shippingAddress?: Address;
}
