// Unit tests of templates/node/runtime/retry.js: which failures are retried, and the waits.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  canRepeat,
  count,
  neverSent,
  retryAfter,
  retryPolicy,
  retryWait,
  retryableStatus,
  sleep,
} from "../../../../templates/node/runtime/retry.js";

const NOW = Date.UTC(2026, 0, 1);

test("the defaults: 2 retries, 500 ms backoff, 20 s cap, Idempotency-Key", () => {
  const policy = retryPolicy();
  assert.equal(policy.maxRetries, 2);
  assert.equal(policy.backoff, 500);
  assert.equal(policy.maxWait, 20_000);
  assert.equal(policy.idempotencyHeader, "Idempotency-Key");
  assert.equal(retryPolicy({ maxRetries: 5 }, 0).maxRetries, 0, "the client's maxRetries wins");
  assert.equal(retryPolicy({ maxRetries: 5 }).maxRetries, 5);
});

test("retry counts must be whole numbers >= 0", () => {
  assert.equal(count("maxRetries", 0), 0);
  for (const bad of [-1, 1.5, NaN, Infinity]) {
    assert.throws(() => count("maxRetries", bad), RangeError);
  }
  assert.throws(() => retryPolicy({ maxRetries: -1 }), /maxRetries must be a whole number >= 0, not -1/);
});

test("full jitter under an exponential bound, capped at maxWait", () => {
  const policy = retryPolicy({ random: () => 0.5 });
  assert.deepEqual([1, 2, 3, 4].map((attempt) => retryWait(policy, attempt, undefined, NOW)), [250, 500, 1000, 2000]);
  const top = retryPolicy({ random: () => 1, backoff: 1000, maxWait: 3000 });
  assert.deepEqual([1, 2, 3].map((attempt) => retryWait(top, attempt, new Headers(), NOW)), [1000, 2000, 3000]);
  assert.equal(retryWait(retryPolicy({ random: () => 0 }), 1), 0);
});

test("Retry-After in seconds or as an HTTP date replaces the backoff, capped", () => {
  const policy = retryPolicy({ random: () => 0.5 });
  /** @param {string} value */
  const after = (value) => retryWait(policy, 1, new Headers({ "retry-after": value }), NOW);
  assert.equal(after("2"), 2000);
  assert.equal(after("0.5"), 500);
  assert.equal(after("120"), 20_000);
  assert.equal(after(new Date(NOW + 7000).toUTCString()), 7000);
  assert.equal(after("Wed, 21 Oct 2099 07:28:00 GMT"), 20_000);
  assert.equal(after("Thu, 01 Jan 1970 00:00:00 GMT"), 0, "a date in the past: at once");
  assert.equal(after("soon"), 250, "unreadable: the backoff");
  assert.equal(retryAfter(null, NOW), undefined);
  assert.equal(retryAfter(" ", NOW), undefined);
  assert.equal(retryAfter("-3", NOW), undefined);
});

test("408 and 429 are retried for any request; 5xx gateway errors only when repeatable", () => {
  for (const status of [408, 429]) assert.ok(retryableStatus(status, false));
  for (const status of [500, 502, 503, 504]) {
    assert.ok(retryableStatus(status, true));
    assert.ok(!retryableStatus(status, false));
  }
  for (const status of [200, 400, 401, 403, 404, 409, 501, 505]) assert.ok(!retryableStatus(status, true));
});

test("idempotent methods and requests with an idempotency key can be repeated", () => {
  for (const method of ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "get"]) {
    assert.ok(canRepeat(method, new Headers(), "Idempotency-Key"), method);
  }
  for (const method of ["POST", "PATCH"]) assert.ok(!canRepeat(method, new Headers(), "Idempotency-Key"));
  assert.ok(canRepeat("POST", new Headers({ "idempotency-key": "k" }), "Idempotency-Key"));
  assert.ok(canRepeat("PATCH", new Headers({ "x-request-token": "k" }), "X-Request-Token"));
});

test("only failures before connecting count as never sent", () => {
  /** @param {unknown} cause */
  const failed = (cause) => new TypeError("fetch failed", { cause });
  /** @param {string} code */
  const coded = (code) => Object.assign(new Error(code), { code });
  for (const code of ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]) {
    assert.ok(neverSent(failed(coded(code))), code);
  }
  const refusedTwice = Object.assign(new AggregateError([coded("ECONNREFUSED")]), { code: "ECONNREFUSED" });
  assert.ok(neverSent(failed(refusedTwice)), "happy eyeballs' AggregateError");
  for (const code of ["ECONNRESET", "UND_ERR_SOCKET", "EPIPE", "ETIMEDOUT"]) {
    assert.ok(!neverSent(failed(coded(code))), code);
  }
  assert.ok(!neverSent(failed(undefined)));
  assert.ok(!neverSent(failed(null)));
  assert.ok(!neverSent("ECONNREFUSED"));
});

test("the default sleep waits, and ends early with the abort reason", async () => {
  const started = performance.now();
  await sleep(20);
  assert.ok(performance.now() - started >= 15);
  const controller = new AbortController();
  const waiting = sleep(10_000, controller.signal);
  controller.abort(new Error("stop"));
  await assert.rejects(waiting, /stop/);
  await assert.rejects(sleep(10, controller.signal), /stop/, "already aborted");
});
