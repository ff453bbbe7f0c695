// The Node signer against @smithy/signature-v4 (the AWS SDK for JavaScript's signer)
// on seeded pseudo-random requests. Both get the path as it goes on the wire, so both
// encode it a second time (uriEscapePath: true). Needs `npm ci --prefix tests/node`.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";
import { signingDetails } from "../../../templates/node/runtime/sigv4.js";

const require = createRequire(new URL("../../node/package.json", import.meta.url));
let smithy;
try {
  smithy = {
    ...require("@smithy/signature-v4"),
    ...require("@smithy/protocol-http"),
    ...require("@smithy/hash-node"),
  };
} catch (error) {
  throw new Error(`Node test dependencies are missing: run \`npm ci --prefix tests/node\` (${error.message})`);
}

/** mulberry32: a small seeded PRNG, so every run signs the same requests. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Headers neither signer signs, or that each sets itself: not generated.
const SPECIAL_HEADERS = new Set([
  "authorization",
  "baggage",
  "cache-control",
  "connection",
  "date",
  "expect",
  "from",
  "keep-alive",
  "max-forwards",
  "pragma",
  "referer",
  "te",
  "traceparent",
  "tracestate",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "user-agent",
  "x-amz-content-sha256",
  "x-amz-date",
  "x-amz-security-token",
  "x-amzn-trace-id",
  "host",
]);
const PIECES = [..."/?#[]@!$&'()*+,;=:%. ~-_", "..", "ሴ", "é", "😀", "%2F", "%20", "api", "v1"];
const HOSTS = [
  ["https://abc123.execute-api.us-east-1.amazonaws.com", "abc123.execute-api.us-east-1.amazonaws.com"],
  ["https://API.example.com:443", "api.example.com"],
  ["https://api.example.com:8443", "api.example.com:8443"],
  ["http://localhost:3000", "localhost:3000"],
  ["http://127.0.0.1", "127.0.0.1"],
  ["https://user@api.example.com", "api.example.com"],
];

function generator(seed) {
  const random = prng(seed);
  const int = (n) => Math.floor(random() * n);
  const pick = (items) => items[int(items.length)];
  const chars = (alphabet, min, max) => Array.from({ length: min + int(max - min + 1) }, () => pick(alphabet)).join("");
  const PRINTABLE = [...Array(95)].map((_, i) => String.fromCharCode(0x20 + i));
  const KEY_CHARS = PRINTABLE.slice(1);
  const NAME_CHARS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"];

  const unicodeChar = () => {
    const ranges = [
      [0x20, 0x7e],
      [0x00, 0x1f],
      [0xa0, 0x2ff],
      [0x4e00, 0x4fff],
      [0x1f600, 0x1f64f],
    ];
    const [lo, hi] = pick(ranges);
    return String.fromCodePoint(lo + int(hi - lo + 1));
  };
  const text = () => Array.from({ length: int(8) }, () => (random() < 0.5 ? pick(PIECES) : unicodeChar())).join("");
  const rfc3986 = (s) =>
    encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

  const path = () => {
    const keep = pick(["", "!$&'()*+,;=:@"]);
    const segments = Array.from({ length: int(6) }, () => (random() < 0.3 ? pick(["", ".", "..", "api"]) : text()));
    const encoded = segments.map((s) => [...keep].reduce((out, c) => out.replaceAll(rfc3986(c), c), rfc3986(s)));
    return `/${encoded.join("/")}${pick(["", "/"])}`;
  };

  const query = () => {
    const keys = Array.from({ length: int(4) }, () => (random() < 0.3 ? pick(["", "a", "A", "a-b"]) : text()));
    const wire = [];
    const parsed = {};
    for (let i = int(7); i > 0; i--) {
      const key = keys.length ? pick(keys) : text();
      // A bare empty key would put nothing between two "&": not a parameter.
      const value = random() < 0.25 && key !== "" ? null : text();
      wire.push(value === null ? rfc3986(key) : `${rfc3986(key)}=${rfc3986(value)}`);
      // smithy drops a key whose value is null; AWS signs a bare key as "key=".
      const v = value ?? "";
      parsed[key] = key in parsed ? [].concat(parsed[key], v) : v;
    }
    return { wire: wire.length ? `?${wire.join("&")}` : "", parsed };
  };

  const headers = () => {
    const pairs = [];
    const seen = new Set();
    for (let i = int(6); i > 0; i--) {
      const name = chars(NAME_CHARS, 1, 16);
      if (SPECIAL_HEADERS.has(name.toLowerCase()) || /^(proxy|sec)-/i.test(name) || seen.has(name.toLowerCase()))
        continue;
      seen.add(name.toLowerCase());
      pairs.push([name, chars([...PRINTABLE, "\t", " "], 0, 20)]);
    }
    return pairs;
  };

  const body = () => {
    switch (int(4)) {
      case 0:
        return undefined;
      case 1:
        return "";
      case 2:
        return Uint8Array.from({ length: int(256) }, () => int(256));
      default:
        return JSON.stringify({ name: text(), n: int(1000), tags: [text(), text()] });
    }
  };

  return () => {
    const [origin, host] = pick(HOSTS);
    const p = path();
    const q = query();
    return {
      method: pick(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"]),
      origin,
      host,
      path: p,
      query: q,
      headers: headers(),
      explicitHost: random() < 0.3,
      body: body(),
      credentials: {
        accessKeyId: pick(["AKIA", "ASIA"]) + chars([..."ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"], 16, 16),
        secretAccessKey: chars(KEY_CHARS, 1, 40),
        ...(random() < 0.5 ? { sessionToken: chars(KEY_CHARS, 1, 80) } : {}),
      },
      region: pick(["us-east-1", "eu-west-3", "ap-southeast-2"]),
      service: pick(["execute-api", "service"]),
      now: new Date(Date.UTC(2000, 0, 1) + int(100 * 365) * 86400000 + int(86400) * 1000),
    };
  };
}

async function compare(request, applyChecksum) {
  const signer = new smithy.SignatureV4({
    credentials: request.credentials,
    region: request.region,
    service: request.service,
    sha256: smithy.Hash.bind(null, "sha256"),
    applyChecksum,
    uriEscapePath: true,
  });
  const theirs = await signer.signRequest(
    new smithy.HttpRequest({
      method: request.method,
      protocol: request.origin.split(":")[0] + ":",
      hostname: request.host,
      path: request.path,
      query: request.query.parsed,
      headers: { ...Object.fromEntries(request.headers.map(([n, v]) => [n.toLowerCase(), v])), host: request.host },
      body: request.body,
    }),
    { signingDate: request.now },
  );
  const ours = signingDetails({
    method: request.method,
    url: request.origin + request.path + request.query.wire,
    headers: request.explicitHost ? [["Host", request.host], ...request.headers] : request.headers,
    body: request.body,
    credentials: request.credentials,
    region: request.region,
    service: request.service,
    now: request.now,
    signContentSha256: applyChecksum,
  });
  const context = `${JSON.stringify(request)}\n${ours.canonicalRequest}`;
  assert.equal(ours.headers.Authorization, theirs.headers.authorization, context);
  assert.equal(ours.headers["X-Amz-Date"], theirs.headers["x-amz-date"], context);
  assert.equal(ours.headers["X-Amz-Security-Token"], theirs.headers["x-amz-security-token"], context);
  assert.equal(
    ours.headers["X-Amz-Content-Sha256"],
    applyChecksum ? theirs.headers["x-amz-content-sha256"] : undefined,
    context,
  );
}

test("Authorization matches @smithy/signature-v4 on 500 requests", async () => {
  const next = generator(20150830);
  for (let i = 0; i < 500; i++) await compare(next(), false);
});

test("with X-Amz-Content-Sha256 signed too, on 150 requests", async () => {
  const next = generator(4);
  for (let i = 0; i < 150; i++) await compare(next(), true);
});
