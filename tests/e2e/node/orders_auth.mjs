// @ts-check
// Calls every orders operation with the credentials it needs, then with wrong or missing ones.
// Run by tests/test_auth_node.py against the API Gateway stand-in of tests/support/gateway.py;
// argv: the base URL and the keys as JSON. Prints {good, wrong, missing, shown} as JSON.
import { inspect } from "node:util";

import { ApiError, AwsCredentials, Client, MissingCredentialsError } from "./pkg/index.js";

const [base = "", keysJson = "{}"] = process.argv.slice(2);
/** @type {Record<string, string>} */
const KEYS = JSON.parse(keysJson);
const credentials = new AwsCredentials({
  accessKeyId: KEYS["access_key"] ?? "",
  secretAccessKey: KEYS["secret_key"] ?? "",
  sessionToken: KEYS["session_token"] ?? "",
});

/** @param {Client} client */
function calls(client) {
  const orders = client.orders;
  /** @type {[string, () => Promise<unknown>][]} */
  const list = [
    ["listOrders", () => orders.listOrders({ limit: "5", status: "PAID" })],
    ["createOrder", () => orders.createOrder({ body: { customerId: "c-1", items: [{ sku: "s", quantity: 1 }] }, idempotencyKey: "k-1" })],
    ["getOrder", () => orders.getOrder({ orderId: "o 1/ä" })],
    ["updateOrder", () => orders.updateOrder({ orderId: "o-1", body: { status: "SHIPPED" } })],
    ["cancelOrder", () => orders.cancelOrder({ orderId: "o-1", reason: "changed mind" })],
    ["listOrderItems", () => orders.listOrderItems({ orderId: "o-1" })],
    ["health", () => client.health.getHealth()],
  ];
  return list;
}

/** @param {() => Promise<unknown>} call */
async function outcome(call) {
  try {
    const value = await call();
    return { ok: value === undefined ? true : Array.isArray(value) ? "array" : typeof value };
  } catch (error) {
    if (error instanceof MissingCredentialsError) return { missing: error.message };
    if (error instanceof ApiError) return { status: error.status, class: error.name, body: error.body };
    throw error;
  }
}

/** @param {Client} client */
async function run(client) {
  /** @type {Record<string, unknown>} */
  const result = {};
  for (const [name, call] of calls(client)) result[name] = await outcome(call);
  return result;
}

/** @type {import("./pkg/index.js").ClientOptions} */
const good = {
  baseUrl: base,
  apiKey: KEYS["api_key"],
  awsCredentials: credentials,
  ordersUserPoolToken: async () => KEYS["cognito"] ?? "",
  partnerTokenAuthorizerToken: () => KEYS["partner"] ?? "",
  region: "us-east-1",
};
const wrong = {
  ...good,
  apiKey: "nope",
  partnerTokenAuthorizerToken: "nope",
  awsCredentials: { accessKeyId: KEYS["access_key"] ?? "", secretAccessKey: "wrong", sessionToken: KEYS["session_token"] },
};
const goodClient = new Client(good);
console.log(
  JSON.stringify({
    good: await run(goodClient),
    wrong: await run(new Client(wrong)),
    missing: await run(new Client({ baseUrl: base })),
    shown: inspect(goodClient, { depth: 5 }) + inspect(credentials) + JSON.stringify(credentials) + String(credentials),
  }),
);
