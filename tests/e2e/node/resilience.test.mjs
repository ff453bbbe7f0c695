// @ts-check
// Generated Node clients in production conditions: retries, timeouts, logs, hooks, raw responses.
// Run by tests/test_resilience_node.py, which generates the petstore client into ./pets and the
// orders client (API Gateway, SigV4) into ./orders, passes the test credentials in SDKGEN_KEYS,
// and checks the SigV4 signatures this file writes to SDKGEN_SIGNED_OUT with botocore.
// The server misbehaves on cue (./faults.mjs); sleeping and jitter are injected through the
// client's `retry` option, so the exact waits are asserted without being waited.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { test } from "node:test";

import { faulty, refusingUrl } from "./faults.mjs";
import * as orders from "./orders/index.js";
import * as pets from "./pets/index.js";

/** @type {Record<string, string>} */
const KEYS = JSON.parse(process.env["SDKGEN_KEYS"] ?? "null");
assert.ok(KEYS, "SDKGEN_KEYS is not set: run this file through tests/test_resilience_node.py");
const PET = { id: 1, name: "Rex" };
const ORDER = { orderId: "o-1", customerId: "c", items: [], status: "PAID", createdAt: 1 };

/** Records the waits instead of waiting them; jitter is fixed at half the bound. */
function instant() {
  /** @type {number[]} */
  const waits = [];
  /** @param {number} ms */
  const sleep = async (ms) => {
    waits.push(ms);
  };
  return { waits, retry: { sleep, random: () => 0.5 } };
}

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

test("503 is retried with backoff, then after the server's Retry-After", async () => {
  const { waits, retry } = instant();
  const script = [{ status: 503 }, { status: 503, headers: { "Retry-After": "2" } }, { body: PET }];
  await faulty(script, async (server, baseUrl) => {
    const client = new pets.Client({ baseUrl, retry });
    assert.deepEqual(await client.pets.getPet({ petId: 1 }), PET);
    assert.equal(server.seen.length, 3);
  });
  assert.deepEqual(waits, [250, 2000]); // full jitter (0.5 x 500 ms), then the server's word
});

test("Retry-After as an HTTP date is honoured and capped", async () => {
  const { waits, retry } = instant();
  const far = "Wed, 21 Oct 2099 07:28:00 GMT";
  const script = [{ status: 503, headers: { "Retry-After": far } }, { body: PET }, { status: 503, headers: { "Retry-After": far } }, { body: PET }];
  await faulty(script, async (_server, baseUrl) => {
    await new pets.Client({ baseUrl, retry }).pets.getPet({ petId: 1 });
    await new pets.Client({ baseUrl, retry: { ...retry, maxWait: 5000 } }).pets.getPet({ petId: 1 });
  });
  assert.deepEqual(waits, [20_000, 5000]);
});

test("after the last retry, the last error is the one thrown", async () => {
  const { waits, retry } = instant();
  const script = [{ status: 503 }, { status: 502 }, { status: 504, body: { message: "late" }, headers: { "x-amz-apigw-id": "gw-3" } }];
  await faulty(script, async (server, baseUrl) => {
    const error = await rejection(new pets.Client({ baseUrl, retry }).pets.getPet({ petId: 1 }));
    assert.ok(error instanceof pets.GatewayTimeoutError);
    assert.equal(error.status, 504);
    assert.equal(error.requestId, "gw-3");
    assert.match(error.message, /^GET http:\/\/127\.0\.0\.1:\d+\/pets\/1 -> 504: late$/);
    assert.equal(server.seen.length, 3);
  });
  assert.equal(waits.length, 2);
});

test("maxRetries per client and per call; 0 sends once", async () => {
  const { retry } = instant();
  await faulty(Array(6).fill({ status: 503 }), async (server, baseUrl) => {
    const once = new pets.Client({ baseUrl, retry, maxRetries: 0 });
    assert.ok((await rejection(once.pets.getPet({ petId: 1 }))) instanceof pets.ServiceUnavailableError);
    assert.equal(server.seen.length, 1);
    const client = new pets.Client({ baseUrl, retry });
    assert.ok((await rejection(client.pets.getPet({ petId: 1 }, { maxRetries: 1 }))) instanceof pets.ServiceUnavailableError);
    assert.equal(server.seen.length, 3);
    await rejection(once.pets.getPet({ petId: 1 }, { maxRetries: 2 }));
    assert.equal(server.seen.length, 6);
  });
});

test("API Gateway throttling (429) is retried even for a POST", async () => {
  const { waits, retry } = instant();
  const throttled = { status: 429, body: { message: "Too Many Requests" }, headers: { "x-amzn-RequestId": "req-429" } };
  await faulty([throttled, throttled, { status: 201, body: PET }], async (server, baseUrl) => {
    const created = await new pets.Client({ baseUrl, retry }).pets.createPet({ body: { name: "Rex" } });
    assert.equal(created.id, 1);
    assert.deepEqual(server.seen.map((s) => s.method), ["POST", "POST", "POST"]);
    assert.deepEqual(server.seen.map((s) => s.body), Array(3).fill('{"name":"Rex"}'));
  });
  assert.deepEqual(waits, [250, 500]);
  await faulty([throttled, throttled, throttled, throttled], async (server, baseUrl) => {
    const error = await rejection(new pets.Client({ baseUrl, retry }).pets.createPet({ body: { name: "Rex" } }));
    assert.ok(error instanceof pets.TooManyRequestsError);
    assert.deepEqual(error.body, { message: "Too Many Requests" });
    assert.equal(error.requestId, "req-429");
    assert.equal(server.seen.length, 3);
  });
});

test("a POST the server has read is never sent twice without an idempotency key", async () => {
  const { waits, retry } = instant();
  await faulty([{ drop: true }, { status: 201, body: PET }], async (server, baseUrl) => {
    const client = new pets.Client({ baseUrl, retry });
    const error = await rejection(client.pets.createPet({ body: { name: "Rex" } }));
    assert.ok(error instanceof pets.TransportError && !(error instanceof pets.RequestTimeoutError));
    assert.equal(server.seen.length, 1);
  });
  await faulty([{ status: 503 }, { status: 201, body: PET }], async (server, baseUrl) => {
    const error = await rejection(new pets.Client({ baseUrl, retry }).pets.createPet({ body: { name: "Rex" } }));
    assert.ok(error instanceof pets.ServiceUnavailableError);
    assert.equal(server.seen.length, 1);
  });
  assert.deepEqual(waits, []);
});

test("a POST with an idempotency key is retried with the same key", async () => {
  const { waits, retry } = instant();
  await faulty([{ drop: true }, { status: 503 }, { status: 201, body: PET }], async (server, baseUrl) => {
    const client = new pets.Client({ baseUrl, retry });
    await client.pets.createPet({ body: { name: "Rex" } }, { idempotencyKey: "k-42" });
    assert.deepEqual(server.seen.map((s) => s.headers["idempotency-key"]), ["k-42", "k-42", "k-42"]);
  });
  assert.deepEqual(waits, [250, 500]);
});

test("the spec's own Idempotency-Key parameter makes createOrder retryable", async () => {
  const { retry } = instant();
  await faulty([{ status: 503 }, { status: 201, body: ORDER }], async (server, baseUrl) => {
    const client = new orders.Client({ baseUrl, retry, ordersUserPoolToken: "t" });
    await client.orders.createOrder({ idempotencyKey: "order-7", body: { customerId: "c", items: [] } });
    assert.deepEqual(server.seen.map((s) => s.headers["idempotency-key"]), ["order-7", "order-7"]);
  });
});

test("a refused connection is retried for any method; the last TransportError is thrown", async () => {
  const { waits, retry } = instant();
  const client = new pets.Client({ baseUrl: await refusingUrl(), retry });
  const error = await rejection(client.pets.createPet({ body: { name: "Rex" } }));
  assert.ok(error instanceof pets.TransportError);
  assert.match(error.message, /^POST http:\/\/127\.0\.0\.1:\d+\/pets failed: fetch failed \(.*ECONNREFUSED/);
  assert.deepEqual(waits, [250, 500]);
});

test("an attempt that stalls past attemptTimeout is a RequestTimeoutError, retried for a GET", async () => {
  const { retry } = instant();
  const started = performance.now();
  await faulty([{ stall: 3000 }, { stall: 3000 }, { stall: 3000 }], async (server, baseUrl) => {
    const client = new pets.Client({ baseUrl, retry, attemptTimeout: 150, maxRetries: 1 });
    const error = await rejection(client.pets.getPet({ petId: 1 }));
    assert.ok(error instanceof pets.RequestTimeoutError && error instanceof pets.TransportError);
    assert.match(error.message, /timed out after 150 ms$/);
    assert.equal(server.seen.length, 2);
    assert.ok((await rejection(client.pets.createPet({ body: { name: "Rex" } }))) instanceof pets.RequestTimeoutError);
    assert.equal(server.seen.length, 3, "the POST was not repeated");
  });
  assert.ok(performance.now() - started < 2500);
});

test("timeout bounds the whole call, retries and waits included", async () => {
  const started = performance.now();
  await faulty([{ stall: 5000 }], async (server, baseUrl) => {
    const error = await rejection(new pets.Client({ baseUrl }).pets.getPet({ petId: 1 }, { timeout: 200 }));
    assert.ok(error instanceof pets.RequestTimeoutError);
    assert.equal(server.seen.length, 1);
  });
  assert.ok(performance.now() - started < 1500);
  // Real waits of 200 ms, then 400 ms: the second would end after the 500 ms deadline.
  await faulty(Array(6).fill({ status: 503 }), async (server, baseUrl) => {
    const client = new pets.Client({ baseUrl, maxRetries: 5, retry: { backoff: 200, random: () => 1 } });
    const error = await rejection(client.pets.getPet({ petId: 1 }, { timeout: 500 }));
    assert.ok(error instanceof pets.ServiceUnavailableError, "the last error, not a timeout");
    assert.equal(server.seen.length, 2);
  });
});

test("hooks see every attempt; trace headers reach the server on each", async () => {
  const { retry } = instant();
  /** @type {string[]} */
  const seen = [];
  const trace = "Root=1-5759e988-bd862e3fe1be46a994272793";
  await faulty([{ status: 503 }, { drop: true }, { body: PET }], async (server, baseUrl) => {
    const client = new pets.Client({
      baseUrl,
      retry,
      headers: { traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" },
      onRequest: ({ operation, attempt, request }) => {
        seen.push(`request ${operation} ${request.method} ${attempt}`);
        request.headers.set("x-span", `span-${attempt}`);
      },
      onResponse: ({ attempt, response, error }) => {
        seen.push(`response ${response ? response.status : /** @type {Error} */ (error).name} ${attempt}`);
      },
    });
    await client.pets.getPet({ petId: 1 }, { headers: { "X-Amzn-Trace-Id": trace } });
    assert.deepEqual(server.seen.map((s) => s.headers["x-amzn-trace-id"]), [trace, trace, trace]);
    assert.deepEqual(new Set(server.seen.map((s) => s.headers["traceparent"])).size, 1);
    assert.deepEqual(server.seen.map((s) => s.headers["x-span"]), ["span-1", "span-2", "span-3"]);
  });
  assert.deepEqual(seen, [
    "request pets.getPet GET 1",
    "response 503 1",
    "request pets.getPet GET 2",
    "response TransportError 2",
    "request pets.getPet GET 3",
    "response 200 3",
  ]);
});

test("raw responses carry status, headers, body and request id beside the parsed result", async () => {
  const headers = { "x-amzn-RequestId": "req-9", "X-Next": "n" };
  await faulty([{ status: 503 }, { body: [PET], headers }], async (_server, baseUrl) => {
    const client = new pets.Client({ baseUrl, retry: instant().retry });
    /** @type {import("./pets/index.js").RawResponse<import("./pets/index.js").Pet[]>} */
    const raw = await client.pets.listPets({ limit: 1 }).withResponse();
    assert.equal(raw.status, 200);
    assert.equal(raw.requestId, "req-9");
    assert.equal(raw.headers.get("x-next"), "n");
    assert.equal(new TextDecoder().decode(raw.bytes), JSON.stringify([PET]));
    assert.deepEqual(raw.parsed.map((pet) => pet.name), ["Rex"]);
    assert.equal(raw.attempts, 2);
  });
});

/** The AWS credentials the loopback gateway stand-in checks signatures with. */
function awsCredentials() {
  return new orders.AwsCredentials({
    accessKeyId: KEYS["access_key"] ?? "",
    secretAccessKey: KEYS["secret_key"] ?? "",
    sessionToken: KEYS["session_token"] ?? "",
  });
}

test("each attempt is signed afresh, with its own date", async (t) => {
  t.mock.timers.enable({ apis: ["Date"], now: Date.UTC(2026, 0, 1) });
  /** @param {number} ms */
  const sleep = async (ms) => {
    t.mock.timers.setTime(Date.now() + 7000 + ms); // the wait, and then some, passes
  };
  await faulty([{ status: 503 }, { body: { orders: [] } }], async (server, baseUrl) => {
    const client = new orders.Client({ baseUrl, awsCredentials: awsCredentials(), region: "us-east-1", retry: { sleep, random: () => 0 } });
    await client.orders.listOrders();
    assert.deepEqual(server.seen.map((s) => s.headers["x-amz-date"]), ["20260101T000000Z", "20260101T000007Z"]);
    const out = process.env["SDKGEN_SIGNED_OUT"];
    if (out) writeFileSync(out, JSON.stringify({ url: baseUrl, seen: server.seen }));
  });
});

test("logs at debug never hold the API key, tokens, AWS secret or session token", async () => {
  /** @type {string[]} */
  const lines = [];
  /** @param {string} message @param {Record<string, unknown>} [details] */
  const record = (message, details) => void lines.push(`${message} ${JSON.stringify(details)}`);
  const logger = { debug: record, info: record, warn: record, error: record };
  const script = [
    { status: 503 },
    { body: { orders: [] } },
    { body: ORDER },
    { status: 403, body: { message: "Forbidden" } },
    { status: 201, body: ORDER },
    { status: 204 },
  ];
  await faulty(script, async (_server, baseUrl) => {
    const client = new orders.Client({
      baseUrl,
      logger,
      retry: instant().retry,
      region: "us-east-1",
      awsCredentials: awsCredentials(),
      apiKey: KEYS["api_key"],
      ordersUserPoolToken: async () => KEYS["cognito"] ?? "",
      partnerTokenAuthorizerToken: () => KEYS["partner"] ?? "",
    });
    await client.orders.listOrders({ nextToken: "page-2" });
    await client.orders.getOrder({ orderId: "o-1" });
    await rejection(client.orders.updateOrder({ orderId: "o-1", body: {} }));
    await client.orders.createOrder({ body: { customerId: "c", items: [] } });
    await client.orders.cancelOrder({ orderId: "o-1", reason: "changed mind" });
  });
  const text = lines.join("\n");
  assert.match(text, /GET http:\/\/127\.0\.0\.1:\d+\/orders\?nextToken=REDACTED -> 503 in [\d.]+ ms \(attempt 1, request id -\)/);
  assert.match(text, /-> 200 in [\d.]+ ms \(attempt 2, /);
  assert.match(text, /DELETE http:\/\/127\.0\.0\.1:\d+\/orders\/o-1\?reason=changed%20mind -> 204/);
  assert.match(text, /"authorization":"REDACTED"/);
  assert.equal(lines.length, 7);
  const secrets = ["secret_key", "session_token", "api_key", "cognito", "partner"].map((name) => KEYS[name] ?? "");
  assert.ok(secrets.every((secret) => secret.length > 4));
  assert.deepEqual(secrets.filter((secret) => text.includes(secret)), []);
  assert.ok(!text.includes("Signature="));
});
