// Seconds per call of the petstore golden Node client and of raw fetch, on one injected fetch
// that answers every request with the same pet. Prints {"raw": [rounds], "generated": [rounds]}.
// Run by per_call.py: node benchmarks/per_call.mjs CALLS ROUNDS
import { performance } from "node:perf_hooks";
import { Client } from "../golden/petstore-oas30/node/index.js";

const [calls = 10000, rounds = 5] = process.argv.slice(2).map(Number);
const BASE_URL = "https://petstore.example.com/v1";
const PET = JSON.stringify({ id: 1, name: "Rex", status: "available", tags: ["good", "dog"] });
const fakeFetch = async () =>
  new Response(PET, { status: 200, headers: { "content-type": "application/json" } });

const client = new Client({ baseUrl: BASE_URL, fetch: fakeFetch });
// What a hand-written call does to match the generated one: the same request (the path
// parameter encoded, the Accept header the operation declares) and a status check before the
// body is parsed, since the generated call turns a non-2xx status into an error.
async function getPet(petId) {
  const url = `${BASE_URL}/pets/${encodeURIComponent(petId)}`;
  const response = await fakeFetch(url, { method: "GET", headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`GET ${url} -> ${response.status}`);
  return response.json();
}
const sides = {
  raw: () => getPet(1),
  generated: () => client.pets.getPet({ petId: 1 }),
};

/** Milliseconds for `count` calls, one after another. */
async function elapsed(call, count) {
  const start = performance.now();
  for (let i = 0; i < count; i++) await call();
  return performance.now() - start;
}

// The machines are shared: other jobs' load comes and goes within a round. So each round's
// calls go in slices of a tenth, alternating between the sides in ABBA order, and a round's
// figure for a side is the sum of its slices: load that changes during the round falls on both.
const SLICES = 10;
const slice = Math.max(Math.floor(calls / SLICES), 1);
for (const call of Object.values(sides)) await elapsed(call, calls / 10); // warm up
const times = { raw: [], generated: [] };
for (let r = 0; r < rounds; r++) {
  const total = { raw: 0, generated: 0 };
  for (let s = 0; s < SLICES; s++) {
    const order = s % 2 === r % 2 ? ["raw", "generated"] : ["generated", "raw"];
    for (const side of order) total[side] += await elapsed(sides[side], slice);
  }
  for (const side of Object.keys(times)) times[side].push(total[side] / 1000 / (slice * SLICES));
}
console.log(JSON.stringify(times));

