// @ts-check
// A loopback HTTP server that misbehaves on cue, for tests/e2e/node/resilience.test.mjs: the
// Node twin of tests/support/faults.py. Each request gets the next scripted act. The server
// always reads the whole request first, so a dropped connection means "the server had the
// request": the case where repeating a non-idempotent request would be unsafe.
import * as http from "node:http";

/**
 * What to do with one request: answer it, drop the connection, or stall first.
 * @typedef {object} Act
 * @property {number} [status] Default 200.
 * @property {unknown} [body] Sent as JSON; default `{}`.
 * @property {Record<string, string>} [headers]
 * @property {boolean} [drop] Close the connection without answering.
 * @property {number} [stall] Milliseconds to wait before acting.
 */
/**
 * A request as the server read it.
 * @typedef {object} Seen
 * @property {string} method
 * @property {string} target The path and query, as sent.
 * @property {Record<string, string>} headers Lower-case names.
 * @property {string} body
 */

export class FaultServer {
  /** @type {Seen[]} */
  seen = [];
  /** @type {Act[]} */
  #script;
  /** @type {Set<ReturnType<typeof setTimeout>>} */
  #stalls = new Set();
  #server = http.createServer((request, response) => this.#handle(request, response));

  /** @param {Act[]} script */
  constructor(script) {
    this.#script = [...script];
  }

  /** @returns {Promise<string>} The server's URL. */
  async start() {
    await new Promise((resolve) => this.#server.listen(0, "127.0.0.1", () => resolve(undefined)));
    const address = /** @type {import("node:net").AddressInfo} */ (this.#server.address());
    return `http://127.0.0.1:${address.port}`;
  }

  async close() {
    for (const stall of this.#stalls) clearTimeout(stall);
    this.#server.closeAllConnections();
    await new Promise((resolve) => this.#server.close(() => resolve(undefined)));
  }

  /**
   * @param {http.IncomingMessage} request
   * @param {http.ServerResponse} response
   */
  async #handle(request, response) {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    /** @type {Record<string, string>} */
    const headers = {};
    for (const [name, value] of Object.entries(request.headers)) headers[name] = String(value);
    const body = Buffer.concat(chunks).toString("utf8");
    this.seen.push({ method: request.method ?? "", target: request.url ?? "", headers, body });
    const act = this.#script.shift() ?? {};
    if (act.stall) {
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          this.#stalls.delete(timer);
          resolve(undefined);
        }, act.stall);
        this.#stalls.add(timer);
      });
    }
    if (act.drop) {
      request.socket.destroy();
      return;
    }
    if (response.destroyed) return; // the client gave up while the server stalled
    const payload = JSON.stringify(act.body ?? {});
    response.writeHead(act.status ?? 200, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(payload),
      connection: "close",
      ...act.headers,
    });
    response.end(payload);
  }
}

/**
 * Run `use` against a fault server playing `script`; close it afterwards.
 * @template T
 * @param {Act[]} script
 * @param {(server: FaultServer, url: string) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function faulty(script, use) {
  const server = new FaultServer(script);
  const url = await server.start();
  try {
    return await use(server, url);
  } finally {
    await server.close();
  }
}

/** @returns {Promise<string>} The URL of a loopback port nothing listens on. */
export async function refusingUrl() {
  const server = http.createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  return `http://127.0.0.1:${port}`;
}
