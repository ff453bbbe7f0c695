// Imports orders-v1 and orders-v2 into one process and calls each against a v1 and a v2 server.
import * as one from "orders-v1";
import * as two from "orders-v2";

const [v1Url, v2Url] = process.argv.slice(2);
const calls = {
  listOrders: (c) => c.orders.listOrders({}),
  getOrder: (c) => c.orders.getOrder({ orderId: "o-1" }),
  updateOrder: (c) => c.orders.updateOrder({ orderId: "o-1", body: { status: "PAID" } }),
  listOrderItems: (c) => c.orders.listOrderItems({ orderId: "o-1" }),
  cancelOrder: (c) => c.orders.cancelOrder?.({ orderId: "o-1" }),
  shipOrder: (c) => c.orders.shipOrder?.({ orderId: "o-1" }),
};

async function run(module, url) {
  const client = new module.Client({
    baseUrl: url,
    apiKey: "key",
    awsCredentials: { accessKeyId: "AKID", secretAccessKey: "secret" },
    region: "us-east-1",
    ordersUserPoolToken: "token",
    partnerTokenAuthorizerToken: "token",
  });
  const results = {};
  for (const [name, call] of Object.entries(calls)) {
    try {
      const value = await call(client);
      results[name] = value === undefined && !(name in client.orders) ? { absent: true } : { returned: value ?? null };
    } catch (error) {
      results[name] = { raised: error.constructor.name, status: error.status };
    }
  }
  return results;
}

console.log(
  JSON.stringify({
    separate: one.Client !== two.Client,
    "v1 client, v1 server": await run(one, v1Url),
    "v1 client, v2 server": await run(one, v2Url),
    "v2 client, v2 server": await run(two, v2Url),
  }),
);
