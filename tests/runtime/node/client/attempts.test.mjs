// Unit tests of HttpClient's attempts (templates/node/runtime/http.js): retries, deadlines,
// hooks, logs and raw responses, with an injected fetch, sleep and jitter. The same behaviour
// against a real misbehaving server is in tests/e2e/node/resilience.test.mjs.
import assert from "node:assert/strict";
import { test } from "node:test";

import { AuthSet, keyAuth } from "../../../../templates/node/runtime/auth.js";
import {
  GatewayTimeoutError,
  RequestTimeoutError,
  ServiceUnavailableError,
  TooManyRequestsError,
  TransportError,
} from "../../../../templates/node/runtime/errors.js";
import { HttpClient } from "../../../../templates/node/runtime/http.js";

/** @typedef {import("../../../../templates/node/runtime/http.js").Operation} Operation */

/** @type {Operation} */
const GET = { name: "things.get", method: "GET", path: "/things/{id}", params: [{ key: "id", name: "id", in: "path" }], responses: [["200", "json"]] };
/** @type {Operation} */
const POST = { name: "things.create", method: "POST", path: "/things", body: { kind: "json", mediaType: "application/json" }, responses: [["201", "json"]] };

/** @param {unknown} body @param {number} [status] @param {Record<string, string>} [headers] */
const json = (body, status = 200, headers = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

/** @param {string} code */
const fetchFailed = (code) => new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) });

/**
 * A fetch that plays a script: each entry is a response to return or an error to throw.
 * @param {(Response | Error)[]} script
 */
function scripted(script) {
  /** @type {{ url: string, headers: Headers, body: unknown }[]} */
  const calls = [];
  /** @type {typeof fetch} */
  const send = async (input, init) => {
    calls.push({ url: String(input), headers: new Headers(init?.headers), body: init?.body });
    const next = script.shift() ?? json({});
    if (next instanceof Error) throw next;
    return next;
  };
  return { calls, fetch: send };
}

/** Records the waits instead of waiting them; jitter is fixed at half the bound. */
function instant() {
  /** @type {number[]} */
  const waits = [];
  return { waits, retry: { sleep: async (/** @type {number} */ ms) => void waits.push(ms), random: () => 0.5 } };
}

/** @type {typeof fetch} */
const hanging = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
  });

test("retryable statuses are retried with backoff, and the last error is thrown", async () => {
  const { calls, fetch } = scripted([json({}, 503), json({}, 502), json({ message: "late" }, 504, { "x-amzn-requestid": "r-3" })]);
  const { waits, retry } = instant();
  const client = new HttpClient({ baseUrl: "http://api", fetch, retry });
  const error = await client.call(GET, { id: 1 }).catch((e) => e);
  assert.ok(error instanceof GatewayTimeoutError);
  assert.equal(error.requestId, "r-3");
  assert.match(error.message, /-> 504: late$/);
  assert.equal(calls.length, 3);
  assert.deepEqual(waits, [250, 500]);
});

test("Retry-After sets the wait; maxRetries per client and per call", async () => {
  const { waits, retry } = instant();
  const { calls, fetch } = scripted([json({}, 429, { "retry-after": "3" }), json({ ok: 1 })]);
  const client = new HttpClient({ baseUrl: "http://api", fetch, retry });
  assert.deepEqual(await client.call(POST, { body: {} }), { ok: 1 });
  assert.equal(calls.length, 2);
  assert.deepEqual(waits, [3000]);

  const never = scripted([json({}, 503), json({}, 503), json({}, 503)]);
  const once = new HttpClient({ baseUrl: "http://api", fetch: never.fetch, retry, maxRetries: 0 });
  assert.ok((await once.call(GET, { id: 1 }).catch((e) => e)) instanceof ServiceUnavailableError);
  assert.equal(never.calls.length, 1);
  assert.ok((await once.call(GET, { id: 1 }, { maxRetries: 1 }).catch((e) => e)) instanceof ServiceUnavailableError);
  assert.equal(never.calls.length, 3);
  await assert.rejects(once.call(GET, { id: 1 }, { maxRetries: -1 }), RangeError);
});

test("a POST is retried after 5xx or a possible send only with an idempotency key", async () => {
  const { waits, retry } = instant();
  const plain = scripted([json({}, 503), json({}, 201)]);
  const client = new HttpClient({ baseUrl: "http://api", fetch: plain.fetch, retry });
  assert.ok((await client.call(POST, { body: {} }).catch((e) => e)) instanceof ServiceUnavailableError);
  const reset = scripted([fetchFailed("ECONNRESET"), json({}, 201)]);
  const resetClient = new HttpClient({ baseUrl: "http://api", fetch: reset.fetch, retry });
  assert.ok((await resetClient.call(POST, { body: {} }).catch((e) => e)) instanceof TransportError);
  assert.deepEqual([plain.calls.length, reset.calls.length, waits.length], [1, 1, 0]);

  const keyed = scripted([fetchFailed("ECONNRESET"), json({}, 503), json({ id: 1 }, 201)]);
  const keyedClient = new HttpClient({ baseUrl: "http://api", fetch: keyed.fetch, retry });
  assert.deepEqual(await keyedClient.call(POST, { body: { a: 1 } }, { idempotencyKey: "k-1" }), { id: 1 });
  assert.deepEqual(keyed.calls.map((c) => c.headers.get("idempotency-key")), ["k-1", "k-1", "k-1"]);
  assert.deepEqual(keyed.calls.map((c) => c.body), ['{"a":1}', '{"a":1}', '{"a":1}']);
});

test("the idempotency header's name is configurable, and a header of that name counts", async () => {
  const { calls, fetch } = scripted([json({}, 500), json({}, 201)]);
  const client = new HttpClient({ baseUrl: "http://api", fetch, retry: { ...instant().retry, idempotencyHeader: "X-Once" } });
  await client.call(POST, { body: {} }, { headers: { "x-once": "h-1" } });
  assert.deepEqual(calls.map((c) => c.headers.get("x-once")), ["h-1", "h-1"]);
});

test("a refused connection is retried for any method; the last TransportError is thrown", async () => {
  const { waits, retry } = instant();
  const { calls, fetch } = scripted([fetchFailed("ECONNREFUSED"), fetchFailed("ENOTFOUND"), fetchFailed("ECONNREFUSED")]);
  const client = new HttpClient({ baseUrl: "http://api", fetch, retry });
  const error = await client.call(POST, { body: {} }).catch((e) => e);
  assert.ok(error instanceof TransportError);
  assert.equal(/** @type {any} */ (error.cause).cause.code, "ECONNREFUSED");
  assert.equal(calls.length, 3);
  assert.deepEqual(waits, [250, 500]);
});

test("429 is retried for any method, up to maxRetries", async () => {
  const throttled = () => json({ message: "Too Many Requests" }, 429);
  const { calls, fetch } = scripted([throttled(), throttled(), throttled(), throttled()]);
  const client = new HttpClient({ baseUrl: "http://api", fetch, retry: instant().retry });
  const error = await client.call(POST, { body: {} }).catch((e) => e);
  assert.ok(error instanceof TooManyRequestsError);
  assert.deepEqual(error.body, { message: "Too Many Requests" });
  assert.equal(calls.length, 3);
});

test("each attempt gets fresh credentials", async () => {
  let asked = 0;
  const auth = new AuthSet({ key: keyAuth("header", "x-api-key", () => `key-${++asked}`) }, { key: "apiKey" });
  const { calls, fetch } = scripted([json({}, 503), json({})]);
  const client = new HttpClient({ baseUrl: "http://api", fetch, auth, retry: instant().retry });
  await client.call({ ...GET, security: [["key"]] }, { id: 1 });
  assert.deepEqual(calls.map((c) => c.headers.get("x-api-key")), ["key-1", "key-2"]);
});

test("attemptTimeout ends a hanging attempt, which is retried if it may be repeated", async () => {
  let calls = 0;
  /** @type {typeof fetch} */
  const counting = (input, init) => {
    calls += 1;
    return hanging(input, init);
  };
  const client = new HttpClient({ baseUrl: "http://api", fetch: counting, attemptTimeout: 20, maxRetries: 1, retry: instant().retry });
  const error = await client.call(GET, { id: 1 }).catch((e) => e);
  assert.ok(error instanceof RequestTimeoutError);
  assert.match(error.message, /^GET http:\/\/api\/things\/1 timed out after 20 ms$/);
  assert.equal(calls, 2);
  assert.ok((await client.call(POST, { body: {} }).catch((e) => e)) instanceof RequestTimeoutError);
  assert.equal(calls, 3, "a POST that may have been sent is not repeated");
});

test("timeout bounds the whole call: no retry starts that would end after it", async () => {
  const { calls, fetch } = scripted([json({}, 503), json({}, 503), json({})]);
  const retry = { sleep: async () => {}, random: () => 1, backoff: 1000 };
  const client = new HttpClient({ baseUrl: "http://api", fetch, retry, timeout: 500 });
  assert.ok((await client.call(GET, { id: 1 }).catch((e) => e)) instanceof ServiceUnavailableError);
  assert.equal(calls.length, 1);
  const slow = new HttpClient({ baseUrl: "http://api", fetch: hanging, timeout: 30, attemptTimeout: 1000 });
  const error = await slow.call(GET, { id: 1 }).catch((e) => e);
  assert.ok(error instanceof RequestTimeoutError);
  assert.match(error.message, /timed out after 30 ms$/);
});

test("an abort during the wait ends the call with the signal's reason", async () => {
  const controller = new AbortController();
  const { calls, fetch } = scripted([json({}, 503), json({})]);
  const client = new HttpClient({ baseUrl: "http://api", fetch, retry: { random: () => 1, backoff: 60_000 } });
  const call = client.call(GET, { id: 1 }, { signal: controller.signal });
  setTimeout(() => controller.abort(new Error("cancelled")), 20);
  await assert.rejects(call, /cancelled/);
  assert.equal(calls.length, 1);
});

test("an abort right after the call, while hooks run, sends nothing", async () => {
  const { calls, fetch } = scripted([json({})]);
  const client = new HttpClient({ baseUrl: "http://api", fetch, onRequest: async () => {} });
  const controller = new AbortController();
  const call = client.call(GET, { id: 1 }, { signal: controller.signal });
  controller.abort(new Error("stop"));
  await assert.rejects(call, /stop/);
  assert.equal(calls.length, 0);
});

test("hooks see every attempt, may add headers, and a hook's error ends the call", async () => {
  /** @type {string[]} */
  const seen = [];
  const { calls, fetch } = scripted([fetchFailed("ECONNREFUSED"), json({}, 503), json({ ok: 1 })]);
  const client = new HttpClient({
    baseUrl: "http://api",
    fetch,
    retry: instant().retry,
    onRequest: async ({ operation, attempt, request }) => {
      seen.push(`request ${operation} ${request.method} ${attempt}`);
      request.headers.set("traceparent", `00-trace-${attempt}-01`);
    },
    onResponse: ({ attempt, response, error, elapsed }) => {
      assert.ok(elapsed >= 0);
      seen.push(`response ${response?.status ?? (error instanceof Error ? error.name : "?")} ${attempt}`);
    },
  });
  assert.deepEqual(await client.call(GET, { id: 1 }), { ok: 1 });
  assert.deepEqual(seen, [
    "request things.get GET 1",
    "response TransportError 1",
    "request things.get GET 2",
    "response 503 2",
    "request things.get GET 3",
    "response 200 3",
  ]);
  assert.deepEqual(calls.map((c) => c.headers.get("traceparent")), ["00-trace-1-01", "00-trace-2-01", "00-trace-3-01"]);
  const failing = new HttpClient({
    baseUrl: "http://api",
    fetch,
    onRequest: () => {
      throw new Error("hook failed");
    },
  });
  await assert.rejects(failing.call(GET, { id: 1 }), /hook failed/);
  assert.equal(calls.length, 3, "nothing was sent");
});

test("withResponse() gives status, headers, bytes, request id and attempts beside the result", async () => {
  const { fetch } = scripted([json({}, 503), json({ id: 7 }, 200, { "x-amz-apigw-id": "gw-1", "x-next": "n" })]);
  const client = new HttpClient({ baseUrl: "http://api", fetch, retry: instant().retry });
  const raw = await client.call(GET, { id: 7 }, { headers: { "x-q": "1" } }).withResponse();
  assert.deepEqual(raw.parsed, { id: 7 });
  assert.equal(raw.status, 200);
  assert.equal(raw.headers.get("x-next"), "n");
  assert.equal(new TextDecoder().decode(raw.bytes), '{"id":7}');
  assert.equal(raw.requestId, "gw-1");
  assert.equal(raw.attempts, 2);
  assert.equal(raw.url, "http://api/things/7");
});

test("the logger gets a line per attempt and per retry, with credentials redacted", async () => {
  /** @type {string[]} */
  const lines = [];
  const logger = {
    /** @param {string} message @param {unknown} details */
    debug: (message, details) => void lines.push(`${message} ${JSON.stringify(details)}`),
  };
  const auth = new AuthSet(
    { query: keyAuth("query", "code", "q-s3cret"), header: keyAuth("header", "X-Partner", "h-s3cret") },
    { query: "code", header: "partner" },
  );
  const { fetch } = scripted([json({}, 503, { "x-amzn-requestid": "r-1" }), json({})]);
  const client = new HttpClient({ baseUrl: "http://api", fetch, auth, logger, retry: instant().retry });
  await client.call({ ...GET, security: [["query", "header"]] }, { id: 1 }, { headers: { authorization: "Bearer b-s3cret" } });
  assert.equal(lines.length, 3);
  assert.match(lines[0] ?? "", /^GET http:\/\/api\/things\/1\?code=REDACTED -> 503 in [\d.]+ ms \(attempt 1, request id r-1\)/);
  assert.match(lines[1] ?? "", /^retrying GET \/things\/1 in 250 ms after 503 \(attempt 2\)/);
  assert.match(lines[2] ?? "", /-> 200 in [\d.]+ ms \(attempt 2, request id -\)/);
  assert.ok(!lines.join("\n").includes("s3cret"), lines.join("\n"));
});
