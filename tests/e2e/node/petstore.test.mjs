// @ts-check
// Calls every operation of the generated petstore client (tests/specs/petstore-oas30.yaml)
// against the loopback server that tests/test_e2e_node.py starts, and checks what each call
// returns or throws. The Python side then checks what the server received. This file is also
// type-checked (tsc --checkJs --strict) against the package's declarations, so the types of
// params, results and errors are tested too.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  ApiError,
  BadRequestError,
  Client,
  ClientError,
  CreatePetBadRequestError,
  GetPetNotFoundError,
  ListPetsDefaultError,
  NotFoundError,
  PACKAGE_VERSION,
  PlaceOrderServerError,
  RequestTimeoutError,
  ServerError,
  TransportError,
} from "petstore-v1";

/** @typedef {import("petstore-v1").Pet} Pet */
/** @typedef {import("petstore-v1").Order} Order */
/** @typedef {import("petstore-v1").SearchResult} SearchResult */

const baseUrl = process.env["SDKGEN_SERVER_URL"];
assert.ok(baseUrl, "SDKGEN_SERVER_URL is not set");
const client = new Client({ baseUrl, headers: { "X-Client": "node" } });

/** @type {Pet} */
const PET = {
  id: 7,
  name: "Rex",
  status: "available",
  birthDate: "2020-02-29",
  owner: { name: "Ann", email: null },
  children: [{ id: 8, name: "Pup" }],
};

/**
 * The error a call rejects with.
 * @param {Promise<unknown>} promise
 * @returns {Promise<unknown>}
 */
async function rejection(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail("the call did not throw");
}

test("listPets serializes query and header parameters", async () => {
  /** @type {Pet[]} */
  const pets = await client.pets.listPets({ limit: 5, tags: ["a", "b c"], status: "pending", xTraceId: "t-1" });
  assert.deepEqual(pets, [{ ...PET, microchip: "x-123" }]);
});

test("listPets throws the typed default error", async () => {
  const error = await rejection(client.pets.listPets({ limit: 0 }));
  assert.ok(error instanceof ListPetsDefaultError);
  assert.ok(error instanceof ApiError && !(error instanceof ClientError));
  assert.equal(error.status, 500);
  assert.equal(error.body.message, "boom");
  assert.equal(error.name, "ListPetsDefaultError");
});

test("createPet sends JSON and returns the created pet", async () => {
  const pet = await client.pets.createPet({ body: { name: 'Rex "the dog"', tag: "good", status: "available" } });
  assert.deepEqual(pet, { id: 9, name: 'Rex "the dog"', tag: "good", status: "available" });
  assert.equal(pet.id, 9);
});

test("createPet throws a typed 400 with the typed body", async () => {
  const error = await rejection(client.pets.createPet({ body: { name: "" } }));
  assert.ok(error instanceof CreatePetBadRequestError);
  assert.ok(error instanceof BadRequestError && error instanceof ClientError);
  /** @type {400} */
  const status = error.status;
  assert.equal(status, 400);
  assert.deepEqual(error.body.fields, { name: "empty" });
});

test("getPet returns the pet as the API sent it", async () => {
  const pet = await client.pets.getPet({ petId: 7 });
  assert.deepEqual(pet, { ...PET, microchip: "x-123" });
  assert.equal(pet.owner?.email, null);
  assert.equal(pet.children?.[0]?.name, "Pup");
});

test("getPet throws GetPetNotFoundError with status, request id and body", async () => {
  const error = await rejection(client.pets.getPet({ petId: 404 }));
  assert.ok(error instanceof GetPetNotFoundError && error instanceof NotFoundError);
  assert.equal(error.status, 404);
  assert.equal(error.requestId, "r-1");
  assert.deepEqual(error.body, { code: 404, message: "no such pet" });
  assert.equal(error.headers.get("content-type"), "application/json");
  assert.match(error.message, /GET .*\/v1\/pets\/404 -> 404: no such pet/);
});

test("updatePet sends nulls and maps as given", async () => {
  const body = { id: 7, name: "Rex", owner: null, attributes: { colour: "brown" } };
  assert.deepEqual(await client.pets.updatePet({ petId: 7, body }), body);
});

test("deletePet resolves to undefined on 204", async () => {
  assert.equal(await client.pets.deletePet({ petId: 7 }), undefined);
});

test("downloadPhoto returns the bytes", async () => {
  /** @type {Uint8Array} */
  const bytes = await client.pets.downloadPhoto({ petId: 7 });
  assert.ok(bytes instanceof Uint8Array);
  assert.deepEqual([...bytes], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
});

test("uploadPhoto sends multipart with a file part", async () => {
  const file = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]);
  const info = await client.pets.uploadPhoto({ petId: 7, body: { file, caption: "me" } });
  assert.deepEqual(info, { size: 5, caption: "me" });
});

test("searchPets serializes form, deepObject and cookie parameters; unions discriminate", async () => {
  /** @type {SearchResult} */
  const found = await client.pets.searchPets({
    q: "fluffy/ä",
    ids: [1, 2],
    filter: { color: "red", minAge: 2 },
    session: "s 1",
  });
  assert.equal(found.total, 2);
  const kinds = found.results.map((animal) => (animal.petType === "cat" ? `cat:${animal.indoor}` : `dog:${animal.barkVolume}`));
  assert.deepEqual(kinds, ["cat:true", "dog:11"]);
});

test("placeOrder sends a form body; unknown enum values come through", async () => {
  /** @type {Order} */
  const order = await client.store.placeOrder({ body: { petId: 7, quantity: 2, note: "asap & soon" } });
  assert.equal(order.id, "3fa85f64-5717-4562-b3fc-2c963f66afa6");
  assert.equal(order.status, "lost-in-transit");
  assert.equal(order.note, null);
  assert.equal(order.shipDate, "2024-05-01T10:00:00Z");
});

test("placeOrder throws the typed 5XX error", async () => {
  const error = await rejection(client.store.placeOrder({ body: { petId: 503, quantity: 1 } }));
  assert.ok(error instanceof PlaceOrderServerError && error instanceof ServerError);
  assert.equal(error.status, 503);
  assert.equal(error.body.message, "store closed");
});

test("getInventory takes no params and returns a map", async () => {
  assert.deepEqual(await client.store.getInventory(), { available: 3, sold: 1 });
});

test("echoNote sends and returns plain text", async () => {
  /** @type {string} */
  const note = await client.store.echoNote({ body: "hello\nworld" });
  assert.equal(note, "hello\nworld");
});

test("per-call headers are sent", async () => {
  await client.pets.getPet({ petId: 7 }, { headers: { "X-Call": "yes" } });
});

test("an unknown route is a plain NotFoundError with the gateway's message", async () => {
  const other = new Client({ baseUrl: `${baseUrl}/missing`, headers: { "X-Client": "node" } });
  const error = await rejection(other.store.getInventory());
  assert.ok(error instanceof NotFoundError && !(error instanceof GetPetNotFoundError));
  assert.equal(error.requestId, "req-404");
  assert.match(error.message, /-> 404: Not Found$/);
});

test("a call that takes longer than its timeout throws RequestTimeoutError", async () => {
  const started = Date.now();
  const error = await rejection(client.pets.getPet({ petId: 999 }, { timeout: 200 }));
  assert.ok(error instanceof RequestTimeoutError && error instanceof TransportError);
  assert.ok(Date.now() - started < 1500);
});

test("the client-wide timeout applies too", async () => {
  const impatient = new Client({ baseUrl, timeout: 200, headers: { "X-Client": "node" } });
  assert.ok((await rejection(impatient.pets.getPet({ petId: 999 }))) instanceof RequestTimeoutError);
});

test("an aborted signal rejects with its reason, not a TransportError", async () => {
  const controller = new AbortController();
  const call = client.pets.getPet({ petId: 999 }, { signal: controller.signal });
  controller.abort(new Error("stop"));
  const error = await rejection(call);
  assert.ok(error instanceof Error && !(error instanceof TransportError));
  assert.equal(error.message, "stop");
});

test("a refused connection is a TransportError, not a timeout", async () => {
  const nowhere = new Client({ baseUrl: "http://127.0.0.1:9", maxRetries: 0 });
  const error = await rejection(nowhere.pets.getPet({ petId: 1 }));
  assert.ok(error instanceof TransportError && !(error instanceof RequestTimeoutError));
  assert.match(error.message, /^GET http:\/\/127\.0\.0\.1:9\/pets\/1 failed/);
});

test("an injected fetch sends every request", async () => {
  /** @type {string[]} */
  const seen = [];
  /** @type {typeof fetch} */
  const recording = async (input, init) => {
    seen.push(`${init?.method} ${String(input)}`);
    return new Response(JSON.stringify({ available: 1 }), { headers: { "content-type": "application/json" } });
  };
  const injected = new Client({ fetch: recording });
  assert.deepEqual(await injected.store.getInventory(), { available: 1 });
  assert.deepEqual(seen, ["GET https://petstore.example.com/v1/store/inventory"]);
});

test("server variables fill the default base URL", () => {
  assert.equal(new Client().baseUrl, "https://petstore.example.com/v1");
  assert.equal(new Client({ version: "v2" }).baseUrl, "https://petstore.example.com/v2");
  assert.equal(new Client({ baseUrl: "http://localhost:8080/api/" }).baseUrl, "http://localhost:8080/api");
  assert.equal(PACKAGE_VERSION, "1.4.2");
});

test("a missing path parameter fails before sending", async () => {
  // @ts-expect-error petId is required
  const error = await rejection(client.pets.getPet({}));
  assert.ok(error instanceof TypeError);
  assert.match(error.message, /pets\.getPet: params\.petId is required/);
});
