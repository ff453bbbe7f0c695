// Unit tests of the Node signer's helpers and of what signRequest adds to a request.
// The helper tables are sigv4_parts_cases.json, which test_sigv4_parts.py reads too.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { format, inspect } from "node:util";
import {
  AwsCredentials,
  canonicalHeaders,
  canonicalQuery,
  canonicalUri,
  signingDetails,
  signingKey,
  signRequest,
  stringToSign,
  uriEncode,
} from "../../../templates/node/runtime/sigv4.js";

const CASES = JSON.parse(readFileSync(new URL("../sigv4_parts_cases.json", import.meta.url), "utf8"));
const NOW = new Date(Date.UTC(2015, 7, 30, 12, 36, 0));
const SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const TOKEN = "FQoGZXIvYXdzEXAMPLETOKEN//+=";

/** signingDetails of a small request, with some inputs replaced. */
function details(overrides = {}) {
  return signingDetails({
    method: "GET",
    url: "https://api.example.com/prod/pets?limit=10",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: SECRET },
    region: "us-east-1",
    service: "execute-api",
    now: NOW,
    ...overrides,
  });
}

test("canonicalUri", () => {
  for (const [path, expected] of CASES.canonical_uri) assert.equal(canonicalUri(path), expected, path);
});

test("canonicalQuery", () => {
  for (const [query, expected] of CASES.canonical_query) assert.equal(canonicalQuery(query), expected, query);
});

test("canonicalHeaders", () => {
  for (const [headers, canonical, signed] of CASES.canonical_headers) {
    assert.deepEqual(canonicalHeaders(headers), { canonical, signed });
  }
});

test("canonicalHeaders takes pairs, Maps, Headers and objects with repeated values", () => {
  const expected = { canonical: "a:1\nb:2,3\n", signed: "a;b" };
  assert.deepEqual(
    canonicalHeaders([
      ["B", "2"],
      ["a", " 1 "],
      ["b", "3"],
    ]),
    expected,
  );
  assert.deepEqual(canonicalHeaders({ B: ["2", "3"], a: " 1 ", c: undefined }), expected);
  assert.deepEqual(
    canonicalHeaders(
      new Map([
        ["a", "1"],
        ["B", "2,3"],
      ]),
    ),
    expected,
  );
  // fetch's Headers joins repeated values with ", ", and that is what it sends.
  assert.deepEqual(
    canonicalHeaders(
      new Headers([
        ["a", "1"],
        ["b", "2"],
        ["b", "3"],
      ]),
    ),
    {
      canonical: "a:1\nb:2, 3\n",
      signed: "a;b",
    },
  );
});

test("stringToSign", () => {
  for (const [amzDate, scope, creq, expected] of CASES.string_to_sign) {
    assert.equal(stringToSign(amzDate, scope, creq), expected);
  }
});

test("signingKey", () => {
  for (const [secret, date, region, service, hexKey] of CASES.signing_key) {
    assert.equal(signingKey(secret, date, region, service).toString("hex"), hexKey);
  }
});

test("signingKey is cached, and the cache is bounded", () => {
  const first = signingKey(SECRET, "20150201", "us-east-1", "execute-api");
  assert.equal(signingKey(SECRET, "20150201", "us-east-1", "execute-api"), first);
  for (let day = 2; day <= 28; day++)
    signingKey(SECRET, `201502${String(day).padStart(2, "0")}`, "us-east-1", "execute-api");
  const again = signingKey(SECRET, "20150201", "us-east-1", "execute-api");
  assert.notEqual(again, first, "the oldest key should have been evicted");
  assert.deepEqual(again, first);
});

test("uriEncode leaves only unreserved characters", () => {
  for (let code = 0; code < 128; code++) {
    const c = String.fromCharCode(code);
    const expected = /[A-Za-z0-9\-._~]/.test(c) ? c : `%${code.toString(16).toUpperCase().padStart(2, "0")}`;
    assert.equal(uriEncode(c), expected);
  }
  assert.equal(uriEncode("é😀"), "%C3%A9%F0%9F%98%80");
});

test("Host is taken from the URL", () => {
  for (const [url, host] of CASES.host_from_url) {
    assert.ok(details({ url }).canonicalRequest.includes(`\nhost:${host}\n`), url);
  }
  assert.equal(
    details({ url: new URL("https://API.example.com:443/a b") }).canonicalRequest.split("\n")[1],
    "/a%2520b",
  );
});

test("signRequest returns the headers to add, in order", () => {
  const headers = details().headers;
  assert.deepEqual(Object.keys(headers), ["X-Amz-Date", "Authorization"]);
  assert.equal(headers["X-Amz-Date"], "20150830T123600Z");
  assert.ok(
    headers.Authorization.startsWith(
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/execute-api/aws4_request, " +
        "SignedHeaders=host;x-amz-date, Signature=",
    ),
  );
});

test("a session token is added and signed", () => {
  const d = details({
    credentials: new AwsCredentials({ accessKeyId: "AKIDEXAMPLE", secretAccessKey: SECRET, sessionToken: TOKEN }),
  });
  assert.equal(d.headers["X-Amz-Security-Token"], TOKEN);
  assert.ok(d.canonicalRequest.includes(`\nx-amz-security-token:${TOKEN}\n`));
  assert.ok(d.headers.Authorization.includes("SignedHeaders=host;x-amz-date;x-amz-security-token,"));
});

test("X-Amz-Content-Sha256 only when asked", () => {
  const body = '{"name": "Rex"}';
  const digest = createHash("sha256").update(body).digest("hex");
  const plain = details({ method: "POST", body });
  assert.ok(!plain.canonicalRequest.includes("x-amz-content-sha256"));
  assert.ok(plain.canonicalRequest.endsWith(`\n${digest}`));
  const signed = details({ method: "POST", body, signContentSha256: true });
  assert.equal(signed.headers["X-Amz-Content-Sha256"], digest);
  assert.ok(signed.canonicalRequest.includes(`\nx-amz-content-sha256:${digest}\n`));
});

test("every body type hashes its bytes", () => {
  const expected = details({ body: '{"a":"é"}' });
  const bytes = new TextEncoder().encode('{"a":"é"}');
  const padded = Buffer.concat([Buffer.from("xx"), bytes, Buffer.from("yy")]);
  for (const body of [
    bytes,
    bytes.buffer,
    padded.subarray(2, 2 + bytes.length),
    new DataView(padded.buffer, padded.byteOffset + 2, bytes.length),
  ]) {
    assert.deepEqual(details({ body }), expected);
  }
  assert.deepEqual(details({ body: "" }), details({ body: undefined }));
  assert.deepEqual(details({ body: null }), details({ body: new Uint8Array(0) }));
});

test("headers the signer sets replace the caller's", () => {
  const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: SECRET, sessionToken: TOKEN };
  const stale = {
    Authorization: "AWS4-HMAC-SHA256 old",
    "x-amz-date": "20000101T000000Z",
    "X-Amz-Security-Token": "old-token",
    "X-Amz-Content-Sha256": "old-hash",
  };
  assert.deepEqual(
    details({ credentials, signContentSha256: true, headers: stale }),
    details({ credentials, signContentSha256: true }),
  );
});

test("a caller's token header is signed without temporary credentials", () => {
  const d = details({ headers: { "X-Amz-Security-Token": TOKEN } });
  assert.ok(d.canonicalRequest.includes(`\nx-amz-security-token:${TOKEN}\n`));
  assert.deepEqual(Object.keys(d.headers), ["X-Amz-Date", "Authorization"]);
});

test("a Host header wins over the URL", () => {
  assert.ok(
    details({ headers: { Host: "custom.example.com" } }).canonicalRequest.includes("\nhost:custom.example.com\n"),
  );
});

test("the method is upper-cased", () => {
  assert.deepEqual(details({ method: "get" }), details({ method: "GET" }));
});

test("now defaults to the current time", () => {
  const before = Math.floor(Date.now() / 1000) * 1000;
  const stamp = signRequest({
    method: "GET",
    url: "https://h/",
    credentials: { accessKeyId: "A", secretAccessKey: "S" },
    region: "r",
    service: "s",
  })["X-Amz-Date"];
  const signedAt = Date.UTC(
    +stamp.slice(0, 4),
    +stamp.slice(4, 6) - 1,
    +stamp.slice(6, 8),
    +stamp.slice(9, 11),
    +stamp.slice(11, 13),
    +stamp.slice(13, 15),
  );
  assert.ok(before <= signedAt && signedAt <= Date.now(), stamp);
});

test("signRequest is signingDetails().headers", () => {
  const input = {
    method: "PUT",
    url: "https://api.example.com/a%20b",
    headers: [["content-type", "application/json"]],
    body: "{}",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: SECRET, sessionToken: TOKEN },
    region: "eu-west-1",
    service: "execute-api",
    now: NOW,
  };
  assert.deepEqual(signRequest(input), signingDetails(input).headers);
});

test("AwsCredentials never shows the secret or the token", () => {
  const credentials = new AwsCredentials({ accessKeyId: "AKIDEXAMPLE", secretAccessKey: SECRET, sessionToken: TOKEN });
  const shown = [
    String(credentials),
    `${credentials}`,
    JSON.stringify(credentials),
    JSON.stringify({ nested: [credentials] }),
    inspect(credentials),
    inspect({ nested: credentials }, { depth: 5, showHidden: true }),
    format("%o %O %j %s", credentials, credentials, credentials, credentials),
    JSON.stringify({ ...credentials }),
    Object.keys(credentials).join(),
  ];
  for (const text of shown) {
    assert.ok(!text.includes(SECRET) && !text.includes(TOKEN), text);
  }
  assert.equal(
    String(credentials),
    'AwsCredentials(accessKeyId="AKIDEXAMPLE", secretAccessKey=<redacted>, sessionToken=<redacted>)',
  );
  assert.equal(credentials.secretAccessKey, SECRET);
  assert.equal(credentials.sessionToken, TOKEN);
  assert.ok(Object.isFrozen(credentials));
  assert.ok(
    String(new AwsCredentials({ accessKeyId: "A", secretAccessKey: SECRET })).endsWith("sessionToken=undefined)"),
  );
});

const BAD_SECRET = "wJalrXUtnFEMI/K7MDENG\ud800bPxRfiCYEXAMPLEKEY";
const BAD_TOKEN = "FQoGZXIvYXdz\udfffEXAMPLETOKEN";
const FAILING_CALLS = {
  "secret is not unicode": { credentials: { accessKeyId: "AKID", secretAccessKey: BAD_SECRET } },
  "token is not unicode": { credentials: { accessKeyId: "AKID", secretAccessKey: SECRET, sessionToken: BAD_TOKEN } },
  "header is not unicode": {
    credentials: { accessKeyId: "AKID", secretAccessKey: SECRET, sessionToken: TOKEN },
    headers: { "x-note": "\udc80" },
  },
  "invalid date": {
    credentials: new AwsCredentials({ accessKeyId: "AKID", secretAccessKey: SECRET, sessionToken: TOKEN }),
    now: new Date(NaN),
  },
  "relative url": { credentials: { accessKeyId: "AKID", secretAccessKey: SECRET, sessionToken: TOKEN }, url: "/pets" },
  "stream body": {
    credentials: { accessKeyId: "AKID", secretAccessKey: SECRET, sessionToken: TOKEN },
    body: new Blob(["x"]),
  },
};

test("errors never show the secret or the token", () => {
  for (const [name, call] of Object.entries(FAILING_CALLS)) {
    let error;
    assert.throws(
      () => details(call),
      (e) => ((error = e), true),
      name,
    );
    const shown = `${error} ${error.stack} ${inspect(error, { showHidden: true, depth: 10 })} ${JSON.stringify(error)}`;
    for (const secret of [SECRET, BAD_SECRET, TOKEN, BAD_TOKEN])
      assert.ok(!shown.includes(secret), `${name}: ${shown}`);
  }
});
