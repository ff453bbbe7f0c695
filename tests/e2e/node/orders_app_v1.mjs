// A small application written against the orders v1 Node client. It must keep working,
// unchanged, once orders-v2 is installed beside it. Prints one JSON line.
import { Client, ApiError } from "orders-v1";

const [base, now] = [process.argv[2], Number(process.argv[3])];
// The loopback servers do not check credentials; the client still needs some to send.
const client = new Client({
  baseUrl: base,
  apiKey: "key",
  awsCredentials: { accessKeyId: "AKID", secretAccessKey: "secret" },
  region: "us-east-1",
  ordersUserPoolToken: "token",
  partnerTokenAuthorizerToken: "token",
});

function summary(order) {
  return {
    id: order.orderId,
    status: order.status,
    skus: order.items.map((item) => item.sku),
    age_days: Math.round((now - order.createdAt) / 86400),
  };
}

const page = await client.orders.listOrders({ limit: "10" });
const placed = await client.orders.createOrder({
  body: { customerId: "c-9", items: [{ sku: "mug", quantity: 2 }] },
});
const paid = await client.orders.updateOrder({ orderId: "o-1", body: { status: "PAID" } });
const items = await client.orders.listOrderItems({ orderId: "o-1" });
let missing;
try {
  await client.orders.getOrder({ orderId: "nope" });
} catch (error) {
  missing = error instanceof ApiError ? `not found (${error.status})` : String(error);
}
await client.orders.cancelOrder({ orderId: "o-1" });
console.log(
  JSON.stringify({
    open: page.orders.map(summary),
    next_page: page.nextToken,
    placed: summary(placed),
    paid: summary(paid),
    quantities: Object.fromEntries(items.map((item) => [item.sku, item.quantity])),
    missing,
  }),
);
