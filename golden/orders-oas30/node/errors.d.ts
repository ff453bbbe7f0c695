// Errors this client throws, with a class per documented error response.
import type { ErrorModel } from "./models/orders.js";
import { BadRequestError, NotFoundError } from "./runtime/errors.js";

export {
  ApiError,
  BadGatewayError,
  BadRequestError,
  ClientError,
  ConflictError,
  ForbiddenError,
  GatewayTimeoutError,
  InternalServerError,
  MissingCredentialsError,
  NotFoundError,
  RequestTimeoutError,
  ResponseDecodeError,
  SdkError,
  ServerError,
  ServiceUnavailableError,
  TooManyRequestsError,
  TransportError,
  UnauthorizedError,
  UnprocessableEntityError,
} from "./runtime/errors.js";
export type { ApiErrorInit } from "./runtime/errors.js";

/** What `client.orders.cancelOrder` throws for a 404 response: 404 response */
export declare class CancelOrderNotFoundError extends NotFoundError {
  readonly status: 404;
  readonly body: ErrorModel;
}

/** What `client.orders.createOrder` throws for a 400 response: 400 response */
export declare class CreateOrderBadRequestError extends BadRequestError {
  readonly status: 400;
  readonly body: ErrorModel;
}

/** What `client.orders.getOrder` throws for a 404 response: 404 response */
export declare class GetOrderNotFoundError extends NotFoundError {
  readonly status: 404;
  readonly body: ErrorModel;
}

/** What `client.orders.listOrderItems` throws for a 404 response: 404 response */
export declare class ListOrderItemsNotFoundError extends NotFoundError {
  readonly status: 404;
  readonly body: ErrorModel;
}

/** What `client.orders.listOrders` throws for a 400 response: 400 response */
export declare class ListOrdersBadRequestError extends BadRequestError {
  readonly status: 400;
  readonly body: ErrorModel;
}

/** What `client.orders.updateOrder` throws for a 400 response: 400 response */
export declare class UpdateOrderBadRequestError extends BadRequestError {
  readonly status: 400;
  readonly body: ErrorModel;
}

/** What `client.orders.updateOrder` throws for a 404 response: 404 response */
export declare class UpdateOrderNotFoundError extends NotFoundError {
  readonly status: 404;
  readonly body: ErrorModel;
}
