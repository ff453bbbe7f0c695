// Unit tests of templates/node/runtime/raw.js: an ApiPromise behaves as a Promise of the result.
import assert from "node:assert/strict";
import { test } from "node:test";

import { CallRecord, apiPromise } from "../../../../templates/node/runtime/raw.js";

/**
 * An ApiPromise as http.js makes one: the call records its last attempt, then resolves to the
 * parsed result.
 * @template T
 * @param {Promise<T>} parsed
 */
function api(parsed) {
  const record = new CallRecord();
  const call = parsed.then((value) => {
    record.request = { method: "GET", url: "https://h/x?key=secret", headers: new Headers(), body: undefined };
    const headers = new Headers({ "x-request-id": "r" });
    record.response = { status: 200, statusText: "OK", headers, bytes: new Uint8Array([123, 125]) };
    record.attempts = 1;
    return value;
  });
  return apiPromise(call, record);
}

test("awaited, it is the parsed result; withResponse() gives the response too", async () => {
  const promise = api(Promise.resolve({ id: 1 }));
  assert.ok(promise instanceof Promise);
  assert.deepEqual(await promise, { id: 1 });
  const response = await promise.withResponse();
  assert.deepEqual(response.parsed, { id: 1 });
  assert.equal(response.requestId, "r");
  assert.equal(response.url, "https://h/x");
  assert.equal(response.attempts, 1);
  assert.equal(promise.withResponse(), promise.withResponse(), "one response, however often asked");
  assert.deepEqual(await Promise.all([promise, Promise.resolve(2)]), [{ id: 1 }, 2]);
  assert.equal(await promise.then((value) => value.id + 1), 2);
  assert.equal(await promise.finally(() => undefined), await promise);
});

test("a failed call rejects then, catch and finally, and withResponse()", async () => {
  const failing = () => api(Promise.reject(new Error("boom")));
  await assert.rejects(failing(), /boom/);
  assert.equal(await failing().catch((/** @type {Error} */ error) => error.message), "boom");
  await assert.rejects(failing().finally(() => undefined), /boom/);
  await assert.rejects(failing().withResponse(), /boom/);
  const then = failing().then(
    () => "no",
    (/** @type {Error} */ error) => `handled ${error.message}`,
  );
  assert.equal(await then, "handled boom");
});

test("using only withResponse() leaves no unhandled rejection behind", async () => {
  /** @type {unknown[]} */
  const unhandled = [];
  /** @param {unknown} reason */
  const record = (reason) => unhandled.push(reason);
  process.on("unhandledRejection", record);
  try {
    await api(Promise.reject(new Error("boom"))).withResponse().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    process.off("unhandledRejection", record);
  }
  assert.deepEqual(unhandled, []);
});
