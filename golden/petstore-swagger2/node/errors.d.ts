// Errors this client throws, with a class per documented error response.
import type { ErrorModel, ValidationError } from "./models/pets.js";
import { ApiError, BadRequestError, NotFoundError } from "./runtime/errors.js";

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

/** What `client.pets.createPet` throws for a 400 response: Invalid pet */
export declare class CreatePetBadRequestError extends BadRequestError {
  readonly status: 400;
  readonly body: ValidationError;
}

/** What `client.pets.getPet` throws for a 404 response: No such pet */
export declare class GetPetNotFoundError extends NotFoundError {
  readonly status: 404;
  readonly body: ErrorModel;
}

/** What `client.pets.listPets` throws for a default response: Unexpected error */
export declare class ListPetsDefaultError extends ApiError {
  readonly body: ErrorModel;
}
