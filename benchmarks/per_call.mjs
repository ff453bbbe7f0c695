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
const sides = {
  raw: async () => (await fakeFetch(`${BASE_URL}/pets/1`, { method: "GET" })).json(),
  generated: () => client.pets.getPet({ petId: 1 }),
};

async function secondsPerCall(call, count) {
  const start = performance.now();
  for (let i = 0; i < count; i++) await call();
  return (performance.now() - start) / 1000 / count;
}

for (const call of Object.values(sides)) await secondsPerCall(call, calls / 10); // warm up
const times = { raw: [], generated: [] };
for (let r = 0; r < rounds; r++) {
  for (const [side, call] of Object.entries(sides)) times[side].push(await secondsPerCall(call, calls));
}
console.log(JSON.stringify(times));
