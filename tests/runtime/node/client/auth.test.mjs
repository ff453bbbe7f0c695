// Unit tests of templates/node/runtime/auth.js and aws.js.
import assert from "node:assert/strict";
import { test } from "node:test";

import { AuthSet, basicAuth, keyAuth } from "../../../../templates/node/runtime/auth.js";
import { sigV4Auth } from "../../../../templates/node/runtime/aws.js";
import { MissingCredentialsError } from "../../../../templates/node/runtime/errors.js";

/** @returns {import("../../../../templates/node/runtime/http.js").PreparedRequest} */
const request = () => ({ method: "GET", url: "https://api/x?a=1", headers: new Headers(), body: undefined });

test("keys go in a header, the query or a cookie", async () => {
  const r = request();
  await keyAuth("header", "x-api-key", "k")?.apply(r);
  await keyAuth("query", "api key", async () => "k 2")?.apply(r);
  await keyAuth("cookie", "session", () => "s")?.apply(r);
  await keyAuth("header", "Authorization", "t", "Bearer ")?.apply(r);
  assert.equal(r.headers.get("x-api-key"), "k");
  assert.equal(r.url, "https://api/x?a=1&api%20key=k%202");
  assert.equal(r.headers.get("cookie"), "session=s");
  assert.equal(r.headers.get("authorization"), "Bearer t");
  assert.equal(keyAuth("header", "x", undefined), undefined);
});

test("basic auth encodes UTF-8 and needs both parts", async () => {
  const r = request();
  await basicAuth("ü", "p:w")?.apply(r);
  assert.equal(r.headers.get("authorization"), `Basic ${Buffer.from("ü:p:w").toString("base64")}`);
  assert.equal(basicAuth("u", undefined), undefined);
});

test("AuthSet takes the first alternative it can meet, signers last", () => {
  const key = { apply() {} };
  const signer = { apply() {}, signsRequest: true };
  const unavailable = { apply() {}, available: () => false };
  const auth = new AuthSet({ key, signer, unavailable, absent: undefined }, { key: "apiKey", signer: "awsCredentials", absent: "token" });
  assert.deepEqual(auth.choose("op", []), []);
  assert.deepEqual(auth.choose("op", [["absent"], ["signer", "key"]]), [key, signer]);
  assert.deepEqual(auth.choose("op", [[], ["key"]]), []);
  assert.throws(
    () => auth.choose("orders.get", [["absent"], ["unavailable", "key"]]),
    (error) =>
      error instanceof MissingCredentialsError &&
      error.message === "orders.get needs credentials: pass token or apiKey and unavailable to the client",
  );
});

test("SigV4 signs with the region of an execute-api host, and serializes multipart to sign it", async () => {
  const credentials = { accessKeyId: "AKID", secretAccessKey: "secret" };
  const auth = sigV4Auth({ credentials, service: "execute-api", baseUrl: "https://abc.execute-api.eu-west-2.amazonaws.com/prod" });
  assert.equal(auth.available?.(), true);
  const form = new FormData();
  form.append("a", "1");
  const r = { method: "POST", url: "https://abc.execute-api.eu-west-2.amazonaws.com/prod/x", headers: new Headers(), body: /** @type {FormData | Uint8Array} */ (form) };
  await auth.apply(r);
  assert.match(r.headers.get("authorization") ?? "", /^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/eu-west-2\/execute-api\/aws4_request, /);
  assert.ok(r.body instanceof Uint8Array);
  assert.match(r.headers.get("content-type") ?? "", /^multipart\/form-data; boundary=/);
  assert.match(new TextDecoder().decode(r.body), /name="a"\r\n\r\n1\r\n/);
});

test("SigV4 without a region fails before sending", async () => {
  const saved = { ...process.env };
  delete process.env["AWS_REGION"];
  delete process.env["AWS_DEFAULT_REGION"];
  try {
    const auth = sigV4Auth({ credentials: { accessKeyId: "a", secretAccessKey: "s" }, service: "execute-api", baseUrl: "http://localhost" });
    await assert.rejects(Promise.resolve(auth.apply(request())), MissingCredentialsError);
  } finally {
    Object.assign(process.env, saved);
  }
});
