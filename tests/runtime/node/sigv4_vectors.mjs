// Signs the SigV4 suite cases that tests/runtime/test_sigv4_vectors.py sends on stdin
// (parsed from the .req files there) and prints each case's result as JSON.
import { readFileSync } from "node:fs";
import { signingDetails } from "../../../templates/node/runtime/sigv4.js";

const input = JSON.parse(readFileSync(0, "utf8"));
const results = {};
for (const c of input.cases) {
  results[c.name] = signingDetails({
    method: c.method,
    url: c.url,
    headers: c.headers,
    body: Buffer.from(c.body, "base64"),
    credentials: { ...input.credentials, sessionToken: c.sessionToken ?? undefined },
    region: input.region,
    service: input.service,
    now: new Date(input.now),
  });
}
process.stdout.write(JSON.stringify(results));
