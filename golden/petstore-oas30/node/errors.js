// Errors this client throws, with a class per documented error response.
import { ApiError, BadRequestError, NotFoundError, ServerError } from "./runtime/errors.js";

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

export class CreatePetBadRequestError extends BadRequestError {}

export class GetPetNotFoundError extends NotFoundError {}

export class ListPetsDefaultError extends ApiError {}

export class PlaceOrderServerError extends ServerError {}
