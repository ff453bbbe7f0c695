// Unit tests of templates/node/runtime/deadline.js: attempt time limits and their shared signals.
import assert from "node:assert/strict";
import { test } from "node:test";
import { setTimeout as wait } from "node:timers/promises";

import * as deadline from "../../../../templates/node/runtime/deadline.js";

const { slotWidth } = deadline;

/**
 * An attempt's limit, starting now.
 * @param {number} ms
 * @param {AbortSignal} [caller]
 */
const limitAttempt = (ms, caller) => deadline.limitAttempt(ms, performance.now() + ms, caller);

test("a slot is a power of two of milliseconds within 1/64 of the limit, 1 to 1,024", () => {
  assert.deepEqual([1, 20, 127, 128, 30_000, 60_000, 10 ** 9].map(slotWidth), [1, 1, 1, 2, 256, 512, 1024]);
});

test("an attempt still running at its limit is aborted, not before it", async () => {
  const started = performance.now();
  const limit = limitAttempt(20);
  assert.ok(limit.signal && !limit.signal.aborted && !limit.timedOut);
  await new Promise((resolve) => limit.signal?.addEventListener("abort", resolve, { once: true }));
  // Timers run on the event loop's clock, whole milliseconds read at the start of a turn.
  assert.ok(performance.now() - started >= 19);
  assert.ok(limit.timedOut);
  limit.end();
});

test("attempts ending together share a signal", () => {
  // Three attempts made at once span at most two slots of 512 ms.
  const limits = [limitAttempt(60_000), limitAttempt(60_000), limitAttempt(60_000)];
  assert.ok(new Set(limits.map((limit) => limit.signal)).size <= 2);
  for (const limit of limits) limit.end();
});

test("an attempt that ended in time is not aborted; one still running is", async () => {
  const first = limitAttempt(30);
  const done = limitAttempt(20);
  done.end();
  await wait(50);
  assert.ok(first.timedOut && first.signal?.aborted);
  first.end();
  assert.ok(!done.timedOut && !done.signal?.aborted);
});

test("a signal serves at most 256 attempts", () => {
  const limits = Array.from({ length: 300 }, () => limitAttempt(60_000));
  /** @type {Map<AbortSignal | undefined, number>} */
  const counts = new Map();
  for (const { signal } of limits) counts.set(signal, (counts.get(signal) ?? 0) + 1);
  assert.ok(Math.max(...counts.values()) <= 256 && counts.size >= 2);
  for (const limit of limits) limit.end();
});

test("no limit, no signal; the caller's signal gets a controller of its own", async () => {
  assert.equal(limitAttempt(Infinity).signal, undefined);
  const caller = new AbortController();
  const limit = limitAttempt(60_000, caller.signal);
  const other = limitAttempt(60_000, new AbortController().signal);
  assert.notEqual(limit.signal, other.signal);
  caller.abort(new Error("cancelled"));
  assert.ok(limit.signal?.aborted && !limit.timedOut && !other.signal?.aborted);
  assert.equal(limit.signal?.reason.message, "cancelled");
  limit.end();
  other.end();
  const timed = limitAttempt(10, new AbortController().signal);
  await wait(30);
  assert.ok(timed.timedOut && timed.signal?.aborted);
  timed.end();
});
