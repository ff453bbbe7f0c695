// Errors this client throws, with a class per documented error response.
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

export class CancelOrderNotFoundError extends NotFoundError {}

export class CreateOrderBadRequestError extends BadRequestError {}

export class GetOrderNotFoundError extends NotFoundError {}

export class ListOrderItemsNotFoundError extends NotFoundError {}

export class ListOrdersBadRequestError extends BadRequestError {}

export class UpdateOrderBadRequestError extends BadRequestError {}

export class UpdateOrderNotFoundError extends NotFoundError {}
