// Operations of the `pets` group, reached as `client.pets`.
import type { ListPetsStatus, NewPet, Pet, PhotoInfo, UploadPhotoRequest } from "../models/pets.js";
import type { HttpClient, RequestOptions } from "../runtime/http.js";
import type { ApiPromise } from "../runtime/raw.js";

/** What `createPet` takes. */
export interface CreatePetParams {
  body: NewPet;
}

/** What `deletePet` takes. */
export interface DeletePetParams {
  /** The pet's id. */
  petId: number;
}

/** What `downloadPhoto` takes. */
export interface DownloadPhotoParams {
  petId: number;
}

/** What `getPet` takes. */
export interface GetPetParams {
  /** The pet's id. */
  petId: number;
}

/** What `listPets` takes. */
export interface ListPetsParams {
  /** How many pets to return at most. */
  limit?: number | undefined;
  tags?: string[] | undefined;
  status?: ListPetsStatus | undefined;
  xTraceId?: string | undefined;
}

/** What `searchPets` takes. */
export interface SearchPetsParams {
  q: string;
  ids?: number[] | undefined;
  colors?: string[] | undefined;
}

/** What `uploadPhoto` takes. */
export interface UploadPhotoParams {
  petId: number;
  body: UploadPhotoRequest;
}

/** Operations of the `pets` group, reached as `client.pets`. */
export declare class PetsResource {
  /** Made by `Client`, which shares its HttpClient with every group. */
  constructor(http: HttpClient);

  /**
   * Add a pet
   *
   * `POST /pets`
   *
   * @throws {CreatePetBadRequestError} Invalid pet
   */
  createPet(params: CreatePetParams, options?: RequestOptions): ApiPromise<Pet>;

  /**
   * Remove a pet
   *
   * `DELETE /pets/{petId}`
   *
   * @deprecated
   */
  deletePet(params: DeletePetParams, options?: RequestOptions): ApiPromise<void>;

  /**
   * Download the pet's photo
   *
   * `GET /pets/{petId}/photo`
   */
  downloadPhoto(params: DownloadPhotoParams, options?: RequestOptions): ApiPromise<Uint8Array>;

  /**
   * Get a pet
   *
   * `GET /pets/{petId}`
   *
   * @throws {GetPetNotFoundError} No such pet
   */
  getPet(params: GetPetParams, options?: RequestOptions): ApiPromise<Pet>;

  /**
   * List pets
   *
   * `GET /pets`
   *
   * @throws {ListPetsDefaultError} Unexpected error
   */
  listPets(params?: ListPetsParams, options?: RequestOptions): ApiPromise<Pet[]>;

  /**
   * Search pets
   *
   * `GET /pets/search`
   */
  searchPets(params: SearchPetsParams, options?: RequestOptions): ApiPromise<Pet[]>;

  /**
   * Upload a photo
   *
   * `POST /pets/{petId}/photo`
   */
  uploadPhoto(params: UploadPhotoParams, options?: RequestOptions): ApiPromise<PhotoInfo>;
}
