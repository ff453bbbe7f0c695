// Unit tests of templates/node/runtime/log.js: what reaches a logger, and what never does.
import assert from "node:assert/strict";
import { test } from "node:test";

import { TransportError } from "../../../../templates/node/runtime/errors.js";
import { logAttempt, logRetry, redactHeaders, redactUrl } from "../../../../templates/node/runtime/log.js";

/** A logger that keeps every call as text, the way a log file would hold it. */
function capture() {
  /** @type {string[]} */
  const lines = [];
  const logger = {
    /** @param {string} message @param {Record<string, unknown>} [details] */
    debug(message, details) {
      lines.push(`${message} ${JSON.stringify(details)}`);
    },
  };
  return { lines, logger };
}

test("secret-looking and named query values are redacted; the rest stays as sent", () => {
  assert.equal(redactUrl("https://h/p"), "https://h/p");
  assert.equal(
    redactUrl("https://h/p?api_key=k1&limit=5&X-Amz-Signature=s&token&code=c%20d&access%5Ftoken=t#f", ["CODE"]),
    "https://h/p?api_key=REDACTED&limit=5&X-Amz-Signature=REDACTED&token&code=REDACTED&access%5Ftoken=REDACTED",
  );
  assert.equal(redactUrl("https://h/p?q=%E0%A4%A&password=x"), "https://h/p?q=%E0%A4%A&password=REDACTED");
});

test("credential headers are redacted, by their own names and the client's", () => {
  const headers = new Headers({
    Authorization: "AWS4-HMAC-SHA256 Credential=AKID/x, Signature=abc",
    "X-Api-Key": "k",
    Cookie: "session=s",
    "X-Amz-Security-Token": "tok",
    "X-Partner-Token": "p",
    "X-Amz-Date": "20260101T000000Z",
    Accept: "application/json",
  });
  assert.deepEqual(redactHeaders(headers, ["x-partner-token"]), {
    accept: "application/json",
    authorization: "REDACTED",
    cookie: "REDACTED",
    "x-amz-date": "20260101T000000Z",
    "x-amz-security-token": "REDACTED",
    "x-api-key": "REDACTED",
    "x-partner-token": "REDACTED",
  });
});

test("an attempt is one debug line with its facts, and no secret", () => {
  const { lines, logger } = capture();
  const headers = new Headers({ authorization: "Bearer t0ken", "x-partner-token": "p4rtner" });
  const base = { method: "GET", url: "https://h/o?code=s3cret&limit=1", headers, elapsed: 12.34 };
  logAttempt(logger, { ...base, attempt: 1, status: 503, requestId: "r-1" }, ["code", "X-Partner-Token"]);
  const error = new TransportError("GET https://h/o failed: fetch failed (s3cret)");
  logAttempt(logger, { ...base, attempt: 2, error }, ["code", "X-Partner-Token"]);
  assert.match(lines[0] ?? "", /^GET https:\/\/h\/o\?code=REDACTED&limit=1 -> 503 in 12\.3 ms \(attempt 1, request id r-1\) \{/);
  assert.match(lines[1] ?? "", /-> TransportError in 12\.3 ms \(attempt 2, request id -\)/);
  const text = lines.join("\n");
  for (const secret of ["t0ken", "p4rtner", "s3cret"]) assert.ok(!text.includes(secret), secret);
  const details = JSON.parse((lines[0] ?? "").slice((lines[0] ?? "").indexOf("{")));
  assert.deepEqual(details, {
    method: "GET",
    url: "https://h/o?code=REDACTED&limit=1",
    status: 503,
    elapsed: 12.3,
    attempt: 1,
    requestId: "r-1",
    headers: { authorization: "REDACTED", "x-partner-token": "REDACTED" },
  });
});

test("a retry is logged with the path only, and nothing is logged without a logger", () => {
  const { lines, logger } = capture();
  logRetry(logger, "POST", "https://h/stage/orders?api_key=k", 250.4, 2, "429");
  assert.equal(lines[0]?.split(" {")[0], "retrying POST /stage/orders in 250 ms after 429 (attempt 2)");
  logRetry(undefined, "POST", "https://h/", 1, 2, "503");
  logAttempt(undefined, { method: "GET", url: "https://h/", headers: new Headers(), attempt: 1, elapsed: 1 });
  assert.equal(lines.length, 1);
});
