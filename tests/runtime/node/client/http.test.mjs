// Unit tests of templates/node/runtime/http.js, with an injected fetch: requests, results,
// timeouts. Retries, hooks and logs are in attempts.test.mjs.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  ApiError,
  NotFoundError,
  RequestTimeoutError,
  ResponseDecodeError,
  ServerError,
  TransportError,
} from "../../../../templates/node/runtime/errors.js";
import { HttpClient, serverUrl } from "../../../../templates/node/runtime/http.js";
import { matchStatus } from "../../../../templates/node/runtime/result.js";

class TeapotError extends ApiError {}

/** @type {import("../../../../templates/node/runtime/http.js").Operation} */
const GET_THING = {
  name: "things.get",
  method: "GET",
  path: "/things/{id}",
  params: [
    { key: "id", name: "id", in: "path" },
    { key: "q", name: "q", in: "query" },
    { key: "trace", name: "X-Trace", in: "header" },
  ],
  accept: "application/json",
  responses: [
    ["200", "json"],
    ["204", "empty"],
    ["418", "json", TeapotError],
  ],
};

/**
 * A fetch that records what it was asked and answers with `response()`.
 * @param {() => Response | Promise<Response>} response
 */
function recorder(response) {
  /** @type {{ url: string, init: RequestInit }[]} */
  const calls = [];
  /** @type {typeof globalThis.fetch} */
  const send = async (input, init) => {
    calls.push({ url: String(input), init: init ?? {} });
    return response();
  };
  return { calls, fetch: send };
}

/** @param {unknown} body @param {number} [status] @param {Record<string, string>} [headers] */
const json = (body, status = 200, headers = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

test("serverUrl fills variables, drops doubled slashes, and appends relative servers", () => {
  assert.equal(serverUrl("https://h/{stage}/api", { stage: "/dev/" }), "https://h/dev/api");
  assert.equal(serverUrl("https://h/{stage}", { stage: "" }), "https://h");
  assert.equal(serverUrl("https://h/{v}", { v: "a b" }), "https://h/a%20b");
  assert.equal(serverUrl("https://h/{v}", { v: "x" }, "http://other/"), "http://other/");
  assert.equal(serverUrl("/v1", {}, "http://localhost:1/"), "http://localhost:1/v1");
  assert.throws(() => serverUrl("/v1", {}), /pass baseUrl/);
});

test("matchStatus prefers the exact status, then its range, then default", () => {
  const responses = /** @type {const} */ ([["404", "json"], ["4XX", "text"], ["default", "empty"]]);
  assert.equal(matchStatus(responses, 404)?.[1], "json");
  assert.equal(matchStatus(responses, 400)?.[1], "text");
  assert.equal(matchStatus(responses, 500)?.[1], "empty");
  assert.equal(matchStatus([], 500), undefined);
});

test("a call builds the URL and headers, and decodes the JSON result", async () => {
  const { calls, fetch } = recorder(() => json({ ok: 1 }));
  const client = new HttpClient({ baseUrl: "http://api/v1/", headers: { "x-default": "d", "x-trace": "old" }, fetch });
  const result = await client.call(GET_THING, { id: "a/b", q: "x y", trace: "t" }, { headers: { "x-call": "c" } });
  assert.deepEqual(result, { ok: 1 });
  const [call] = calls;
  assert.equal(call?.url, "http://api/v1/things/a%2Fb?q=x%20y");
  const headers = new Headers(call?.init.headers);
  assert.equal(headers.get("accept"), "application/json");
  assert.equal(headers.get("x-default"), "d");
  assert.equal(headers.get("x-trace"), "t");
  assert.equal(headers.get("x-call"), "c");
  assert.equal(call?.init.method, "GET");
});

test("parameters are read only from the params object itself", async () => {
  const { calls, fetch } = recorder(() => json({}));
  const client = new HttpClient({ baseUrl: "http://api", fetch });
  const params = Object.assign(Object.create({ q: "inherited" }), { id: 1 });
  await client.call(GET_THING, params);
  assert.equal(calls[0]?.url, "http://api/things/1");
});

test("204 resolves to undefined; an empty JSON body too", async () => {
  const client = new HttpClient({ baseUrl: "http://api", fetch: async () => new Response(null, { status: 204 }) });
  assert.equal(await client.call(GET_THING, { id: 1 }), undefined);
  const empty = new HttpClient({ baseUrl: "http://api", fetch: async () => new Response("") });
  assert.equal(await empty.call(GET_THING, { id: 1 }), undefined);
});

test("a documented error with a JSON body throws its typed class", async () => {
  const client = new HttpClient({ baseUrl: "http://api", fetch: async () => json({ tea: true }, 418, { "x-request-id": "r" }) });
  const error = await client.call(GET_THING, { id: 1 }).catch((e) => e);
  assert.ok(error instanceof TeapotError);
  assert.deepEqual(error.body, { tea: true });
  assert.equal(error.requestId, "r");
  assert.equal(error.url, "http://api/things/1");
});

test("a documented error whose body is not JSON falls back to the class for its status", async () => {
  const client = new HttpClient({ baseUrl: "http://api", fetch: async () => new Response("<html>", { status: 418 }) });
  const error = await client.call(GET_THING, { id: 1, q: "secret" }).catch((e) => e);
  assert.ok(error instanceof ApiError && !(error instanceof TeapotError));
  assert.equal(error.body, "<html>");
  assert.ok(!error.message.includes("secret"), "the query stays out of messages");
});

test("undocumented statuses get the class for their status and the gateway message", async () => {
  const notFound = new HttpClient({ baseUrl: "http://api", fetch: async () => json({ message: "Missing" }, 404) });
  const error = await notFound.call(GET_THING, { id: 1 }).catch((e) => e);
  assert.ok(error instanceof NotFoundError);
  assert.equal(error.message, "GET http://api/things/1 -> 404: Missing");
  const broken = new HttpClient({ baseUrl: "http://api", fetch: async () => new Response("", { status: 599 }) });
  assert.ok((await broken.call(GET_THING, { id: 1 }).catch((e) => e)) instanceof ServerError);
});

test("a success that is not the JSON it should be is a ResponseDecodeError", async () => {
  const client = new HttpClient({ baseUrl: "http://api", fetch: async () => new Response("{nope") });
  const error = await client.call(GET_THING, { id: 1 }).catch((e) => e);
  assert.ok(error instanceof ResponseDecodeError);
  assert.equal(error.body, "{nope");
});

test("fetch failures are TransportErrors with the cause", async () => {
  const cause = new TypeError("fetch failed", { cause: new Error("ECONNREFUSED") });
  const client = new HttpClient({ baseUrl: "http://api", maxRetries: 0, fetch: async () => Promise.reject(cause) });
  const error = await client.call(GET_THING, { id: 1 }).catch((e) => e);
  assert.ok(error instanceof TransportError && !(error instanceof RequestTimeoutError));
  assert.equal(error.cause, cause);
  assert.match(error.message, /fetch failed \(ECONNREFUSED\)/);
});

/** @type {typeof fetch} */
const hanging = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
  });

test("timeouts abort the request and throw RequestTimeoutError", async () => {
  const client = new HttpClient({ baseUrl: "http://api", timeout: 20, fetch: hanging });
  assert.ok((await client.call(GET_THING, { id: 1 }).catch((e) => e)) instanceof RequestTimeoutError);
  const patient = new HttpClient({ baseUrl: "http://api", timeout: 0, fetch: async () => json({}) });
  assert.deepEqual(await patient.call(GET_THING, { id: 1 }, { timeout: 0 }), {});
});

test("the caller's abort signal rejects with its reason", async () => {
  const client = new HttpClient({ baseUrl: "http://api", fetch: hanging });
  const controller = new AbortController();
  controller.abort(new Error("cancelled"));
  const error = await client.call(GET_THING, { id: 1 }, { signal: controller.signal }).catch((e) => e);
  assert.equal(error.message, "cancelled");
});

test("bodies get their media type; multipart leaves it to fetch", async () => {
  /** @type {(kind: "json" | "form" | "multipart" | "binary" | "text", mediaType: string, body: unknown) => Promise<RequestInit>} */
  const send = async (kind, mediaType, body) => {
    const { calls, fetch } = recorder(() => new Response(null, { status: 204 }));
    const client = new HttpClient({ baseUrl: "http://api", fetch });
    await client.call({ name: "x", method: "POST", path: "/x", body: { kind, mediaType }, responses: [] }, { body });
    return /** @type {RequestInit} */ (calls[0]?.init);
  };
  const sent = await send("json", "application/merge-patch+json", { a: 1 });
  assert.equal(new Headers(sent.headers).get("content-type"), "application/merge-patch+json");
  assert.equal(sent.body, '{"a":1}');
  const multipart = await send("multipart", "multipart/form-data", { a: "1" });
  assert.ok(multipart.body instanceof FormData);
  assert.equal(new Headers(multipart.headers).get("content-type"), null);
  const binary = await send("binary", "*/*", new Blob(["x"], { type: "image/png" }));
  assert.equal(new Headers(binary.headers).get("content-type"), "image/png");
  const text = await send("text", "text/plain", "hi");
  assert.equal(text.body, "hi");
});

test("a missing path parameter fails before any request", async () => {
  const { calls, fetch } = recorder(() => json({}));
  const client = new HttpClient({ baseUrl: "http://api", fetch });
  await assert.rejects(client.call(GET_THING, {}), /things\.get: params\.id is required/);
  assert.equal(calls.length, 0);
});
