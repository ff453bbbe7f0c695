// Operations of the `pets` group, reached as `client.pets`.
// Each constant describes one operation for the runtime; the types are in pets.d.ts.
import * as errors from "../errors.js";

/** @type {import("../runtime/http.js").Operation} */
const CREATE_PET = {
  name: "pets.createPet",
  method: "POST",
  path: "/pets",
  body: { kind: "json", mediaType: "application/json" },
  accept: "application/json",
  responses: [
    ["201", "json"],
    ["400", "json", errors.CreatePetBadRequestError],
  ],
};

/** @type {import("../runtime/http.js").Operation} */
const DELETE_PET = {
  name: "pets.deletePet",
  method: "DELETE",
  path: "/pets/{petId}",
  params: [
    { key: "petId", name: "petId", in: "path" },
  ],
  responses: [
    ["204", "empty"],
  ],
};

/** @type {import("../runtime/http.js").Operation} */
const DOWNLOAD_PHOTO = {
  name: "pets.downloadPhoto",
  method: "GET",
  path: "/pets/{petId}/photo",
  params: [
    { key: "petId", name: "petId", in: "path" },
  ],
  accept: "image/png",
  responses: [
    ["200", "binary"],
  ],
};

/** @type {import("../runtime/http.js").Operation} */
const GET_PET = {
  name: "pets.getPet",
  method: "GET",
  path: "/pets/{petId}",
  params: [
    { key: "petId", name: "petId", in: "path" },
  ],
  accept: "application/json",
  responses: [
    ["200", "json"],
    ["404", "json", errors.GetPetNotFoundError],
  ],
};

/** @type {import("../runtime/http.js").Operation} */
const LIST_PETS = {
  name: "pets.listPets",
  method: "GET",
  path: "/pets",
  params: [
    { key: "limit", name: "limit", in: "query" },
    { key: "tags", name: "tags", in: "query" },
    { key: "status", name: "status", in: "query" },
    { key: "xTraceId", name: "X-Trace-Id", in: "header" },
  ],
  accept: "application/json",
  responses: [
    ["200", "json"],
    ["default", "json", errors.ListPetsDefaultError],
  ],
};

/** @type {import("../runtime/http.js").Operation} */
const SEARCH_PETS = {
  name: "pets.searchPets",
  method: "GET",
  path: "/pets/search",
  params: [
    { key: "q", name: "q", in: "query" },
    { key: "ids", name: "ids", in: "query", explode: false },
    { key: "filter", name: "filter", in: "query", style: "deepObject", explode: true },
    { key: "session", name: "session", in: "cookie" },
  ],
  accept: "application/json",
  responses: [
    ["200", "json"],
  ],
};

/** @type {import("../runtime/http.js").Operation} */
const UPDATE_PET = {
  name: "pets.updatePet",
  method: "PUT",
  path: "/pets/{petId}",
  params: [
    { key: "petId", name: "petId", in: "path" },
  ],
  body: { kind: "json", mediaType: "application/json" },
  accept: "application/json",
  responses: [
    ["200", "json"],
  ],
};

/** @type {import("../runtime/http.js").Operation} */
const UPLOAD_PHOTO = {
  name: "pets.uploadPhoto",
  method: "POST",
  path: "/pets/{petId}/photo",
  params: [
    { key: "petId", name: "petId", in: "path" },
  ],
  body: { kind: "multipart", mediaType: "multipart/form-data" },
  accept: "application/json",
  responses: [
    ["200", "json"],
  ],
};

export class PetsResource {
  #http;

  /** @param {import("../runtime/http.js").HttpClient} http */
  constructor(http) {
    this.#http = http;
  }

  /**
   * @param {import("./pets.js").CreatePetParams} params
   * @param {import("../runtime/http.js").RequestOptions} [options]
   */
  createPet(params, options) {
    return this.#http.call(CREATE_PET, params, options);
  }

  /**
   * @param {import("./pets.js").DeletePetParams} params
   * @param {import("../runtime/http.js").RequestOptions} [options]
   */
  deletePet(params, options) {
    return this.#http.call(DELETE_PET, params, options);
  }

  /**
   * @param {import("./pets.js").DownloadPhotoParams} params
   * @param {import("../runtime/http.js").RequestOptions} [options]
   */
  downloadPhoto(params, options) {
    return this.#http.call(DOWNLOAD_PHOTO, params, options);
  }

  /**
   * @param {import("./pets.js").GetPetParams} params
   * @param {import("../runtime/http.js").RequestOptions} [options]
   */
  getPet(params, options) {
    return this.#http.call(GET_PET, params, options);
  }

  /**
   * @param {import("./pets.js").ListPetsParams=} params
   * @param {import("../runtime/http.js").RequestOptions} [options]
   */
  listPets(params, options) {
    return this.#http.call(LIST_PETS, params, options);
  }

  /**
   * @param {import("./pets.js").SearchPetsParams} params
   * @param {import("../runtime/http.js").RequestOptions} [options]
   */
  searchPets(params, options) {
    return this.#http.call(SEARCH_PETS, params, options);
  }

  /**
   * @param {import("./pets.js").UpdatePetParams} params
   * @param {import("../runtime/http.js").RequestOptions} [options]
   */
  updatePet(params, options) {
    return this.#http.call(UPDATE_PET, params, options);
  }

  /**
   * @param {import("./pets.js").UploadPhotoParams} params
   * @param {import("../runtime/http.js").RequestOptions} [options]
   */
  uploadPhoto(params, options) {
    return this.#http.call(UPLOAD_PHOTO, params, options);
  }
}
