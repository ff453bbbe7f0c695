// Signatures per second of the Node runtime signer and of @smithy/signature-v4
// (with @smithy/hash-node), on the requests that sigv4_bench.py uses. Prints JSON:
// {"<request>": {"ours": [rounds...], "smithy": [rounds...]}}. Run by sigv4_bench.py;
// needs `npm ci --prefix tests/node`.
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { signRequest } from "../templates/node/runtime/sigv4.js";

const require = createRequire(new URL("../tests/node/package.json", import.meta.url));
const { SignatureV4 } = require("@smithy/signature-v4");
const { HttpRequest } = require("@smithy/protocol-http");
const { Hash } = require("@smithy/hash-node");

const [rounds = 5, seconds = 0.5] = process.argv.slice(2).map(Number);
const credentials = {
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  sessionToken: "FQoGZXIvYXdzEXAMPLETOKEN",
};
const host = "abc123.execute-api.us-east-1.amazonaws.com";
const REQUESTS = {
  "GET with query": {
    method: "GET",
    path: "/prod/pets/42",
    query: { limit: "10", type: "dog food" },
    wireQuery: "?limit=10&type=dog%20food",
    headers: { accept: "application/json" },
    body: undefined,
  },
  "JSON POST": {
    method: "POST",
    path: "/prod/pets",
    query: {},
    wireQuery: "",
    headers: { accept: "application/json", "content-type": "application/json" },
    body: JSON.stringify({ name: "Rex", tags: ["good", "dog"], owner: { id: 7, email: "a@example.com" } }),
  },
};

/** Calls per second over about `seconds`: one round. */
async function rate(fn) {
  let count = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 200; i++) await fn();
    count += 200;
  }
  return count / ((performance.now() - start) / 1000);
}

const smithy = new SignatureV4({
  credentials,
  region: "us-east-1",
  service: "execute-api",
  sha256: Hash.bind(null, "sha256"),
  applyChecksum: false,
  uriEscapePath: true,
});

const results = {};
for (const [name, r] of Object.entries(REQUESTS)) {
  const url = `https://${host}${r.path}${r.wireQuery}`;
  const ours = () =>
    signRequest({
      method: r.method,
      url,
      headers: r.headers,
      body: r.body,
      credentials,
      region: "us-east-1",
      service: "execute-api",
    });
  const theirs = () =>
    smithy.signRequest(
      new HttpRequest({
        method: r.method,
        protocol: "https:",
        hostname: host,
        path: r.path,
        query: r.query,
        headers: { ...r.headers, host },
        body: r.body,
      }),
    );
  // Ours is synchronous; awaiting it too costs it what smithy's async API costs.
  const ourSync = async () => ours();
  results[name] = { ours: [], smithy: [] };
  await rate(ourSync); // warm up both before measuring
  await rate(theirs);
  for (let i = 0; i < rounds; i++) {
    results[name].ours.push(await rate(ourSync));
    results[name].smithy.push(await rate(theirs));
  }
}
process.stdout.write(JSON.stringify(results));
