/**
 * AWS Signature Version 4 request signing, as API Gateway (`execute-api`) checks it.
 *
 * Copied unchanged into every generated package, so it depends on `node:crypto`
 * only. It follows the rules for services other than S3: the path is normalised
 * and each segment is URI-encoded once more (the wire path is already encoded
 * once), the query is decoded and re-encoded, and the payload is always hashed.
 *
 * `signRequest` gives the headers to add to a request; `signingDetails` also
 * returns the canonical request and string to sign, which is what to compare
 * with the "canonical String for this request should have been" text of an AWS
 * 403 response.
 *
 * @module
 */
import * as crypto from "node:crypto";

export const ALGORITHM = "AWS4-HMAC-SHA256";
export const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

// Headers that proxies, HTTP clients or tracing add or rewrite after signing:
// signing them would break the signature. The union of what botocore and
// @smithy/signature-v4 leave out, so our signatures match both.
const UNSIGNED_HEADERS = new Set([
  "authorization",
  "baggage",
  "cache-control",
  "connection",
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
  "x-amzn-trace-id",
]);
const UNSIGNED_PREFIX = /^(?:proxy|sec)-/;
const UNRESERVED = /^[A-Za-z0-9\-._~]*$/;
const NEEDS_TRIM = /[\t\r\n]| {2}|^ | $/;
const BLANKS = /[ \t\r\n]+/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ESCAPE = /^%[0-9A-Fa-f]{2}$/;
const URL_PARTS = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?/;
/** @type {Record<string, string>} */
const DEFAULT_PORTS = { http: "80", https: "443" };
const KEY_CACHE_SIZE = 16;

/**
 * Credentials as the AWS SDKs' credential providers return them.
 * @typedef {object} Credentials
 * @property {string} accessKeyId
 * @property {string} secretAccessKey
 * @property {string} [sessionToken] Set for temporary credentials.
 */

/**
 * Request headers: pairs (a `Headers` or `Map` is fine), or an object whose
 * array values are repeated headers.
 * @typedef {Iterable<readonly [string, string]> | Readonly<Record<string, string | readonly string[] | undefined>>} HeadersInput
 */

/**
 * @typedef {object} SignInput
 * @property {string} method
 * @property {string | URL} url The URL as it goes on the wire: path percent-encoded once, query as sent.
 * @property {HeadersInput} [headers] Every one is signed except hop-by-hop and tracing headers.
 * @property {string | Uint8Array | ArrayBuffer | null} [body] The exact body sent; strings are UTF-8.
 * @property {Credentials} credentials
 * @property {string} region
 * @property {string} service For API Gateway, `execute-api`.
 * @property {Date} [now] Defaults to the current time.
 * @property {boolean} [signContentSha256] Also send and sign `X-Amz-Content-Sha256`.
 */

/**
 * @typedef {object} SigningDetails
 * @property {Record<string, string>} headers The headers to set on the request.
 * @property {string} canonicalRequest
 * @property {string} stringToSign
 */

/** An access key pair that keeps its secret out of logs, `JSON.stringify` and `util.inspect`. */
export class AwsCredentials {
  /** @type {string} */
  accessKeyId;
  /** @type {string} */
  #secretAccessKey;
  /** @type {string | undefined} */
  #sessionToken;

  /** @param {Credentials} credentials */
  constructor({ accessKeyId, secretAccessKey, sessionToken }) {
    this.accessKeyId = accessKeyId;
    this.#secretAccessKey = secretAccessKey;
    this.#sessionToken = sessionToken;
    Object.freeze(this);
  }

  get secretAccessKey() {
    return this.#secretAccessKey;
  }

  get sessionToken() {
    return this.#sessionToken;
  }

  toString() {
    const token = this.#sessionToken === undefined ? "undefined" : "<redacted>";
    return `AwsCredentials(accessKeyId=${JSON.stringify(this.accessKeyId)}, secretAccessKey=<redacted>, sessionToken=${token})`;
  }

  toJSON() {
    return {
      accessKeyId: this.accessKeyId,
      secretAccessKey: "<redacted>",
      sessionToken: this.#sessionToken === undefined ? undefined : "<redacted>",
    };
  }

  [Symbol.for("nodejs.util.inspect.custom")]() {
    return this.toString();
  }
}

// crypto.hash is a faster one-shot digest, new in Node 20.12 / 21.7.
const sha256Hex =
  typeof crypto.hash === "function"
    ? /** @param {string | Uint8Array} data */ (data) => crypto.hash("sha256", data, "hex")
    : /** @param {string | Uint8Array} data */ (data) => crypto.createHash("sha256").update(data).digest("hex");

/**
 * Percent-encode every UTF-8 byte outside the RFC 3986 unreserved set.
 * @param {string} text
 * @returns {string}
 */
export function uriEncode(text) {
  if (UNRESERVED.test(text)) return text;
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Normalise a wire path (dot segments, `//`) and encode each segment again.
 * @param {string} path
 * @returns {string}
 */
export function canonicalUri(path) {
  if (path === "") return "/";
  /** @type {string[]} */
  const kept = [];
  for (const segment of path.split("/")) {
    if (segment === "..") kept.pop();
    else if (segment !== "" && segment !== ".") kept.push(uriEncode(segment));
  }
  const lead = path[0] === "/" ? "/" : "";
  const trail = kept.length > 0 && path[path.length - 1] === "/" ? "/" : "";
  return lead + kept.join("/") + trail;
}

/**
 * Decode a query key or value byte by byte, then encode it canonically.
 * @param {string} text
 * @returns {string}
 */
function requery(text) {
  if (!text.includes("%")) return uriEncode(text);
  try {
    return uriEncode(decodeURIComponent(text));
  } catch {
    // Escapes that are not UTF-8, or a stray "%": work on bytes, as servers do.
    let out = "";
    for (const piece of text.split(/(%[0-9A-Fa-f]{2})/)) {
      if (ESCAPE.test(piece)) out += byteEscape(parseInt(piece.slice(1), 16));
      else for (const b of Buffer.from(piece, "utf8")) out += byteEscape(b);
    }
    return out;
  }
}

/** @param {number} b */
function byteEscape(b) {
  const c = String.fromCharCode(b);
  return b < 0x80 && UNRESERVED.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
}

/**
 * Decode and re-encode each query key and value, then sort by key and value.
 * A key without `=` is signed with an empty value, as AWS documents.
 * @param {string} query The query string without its `?`.
 * @returns {string}
 */
export function canonicalQuery(query) {
  if (query === "") return "";
  /** @type {[string, string][]} */
  const pairs = [];
  for (const part of query.split("&")) {
    const eq = part.indexOf("=");
    pairs.push(eq < 0 ? [requery(part), ""] : [requery(part.slice(0, eq)), requery(part.slice(eq + 1))]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map((pair) => `${pair[0]}=${pair[1]}`).join("&");
}

/**
 * Strip a header value and collapse its inner runs of blanks to one space.
 * @param {string} value
 */
function trim(value) {
  return NEEDS_TRIM.test(value) ? value.replace(BLANKS, " ").replace(/^ | $/g, "") : value;
}

/**
 * Map the lower-case names of headers to sign to their trimmed, joined values.
 * @param {HeadersInput} headers
 * @param {ReadonlySet<string>} omit
 * @returns {Map<string, string>}
 */
function collect(headers, omit) {
  /** @type {Map<string, string>} */
  const merged = new Map();
  /** @param {string} name @param {string} value */
  const add = (name, value) => {
    name = name.toLowerCase();
    if (omit.has(name) || UNSIGNED_HEADERS.has(name) || UNSIGNED_PREFIX.test(name)) return;
    const previous = merged.get(name);
    merged.set(name, previous === undefined ? trim(value) : `${previous},${trim(value)}`);
  };
  if (Symbol.iterator in headers) {
    for (const [name, value] of /** @type {Iterable<readonly [string, string]>} */ (headers)) add(name, value);
  } else {
    const record = /** @type {Readonly<Record<string, string | readonly string[] | undefined>>} */ (headers);
    for (const name of Object.keys(record)) {
      const value = record[name];
      if (typeof value === "string") add(name, value);
      else if (value !== undefined) for (const item of value) add(name, item);
    }
  }
  return merged;
}

/**
 * @param {Map<string, string>} merged
 * @returns {{canonical: string, signed: string}}
 */
function formatHeaders(merged) {
  const names = [...merged.keys()].sort();
  let canonical = "";
  for (const name of names) canonical += `${name}:${merged.get(name)}\n`;
  return { canonical, signed: names.join(";") };
}

/**
 * The canonical header block (one `name:value\n` line per name) and the
 * signed-header list. Repeated headers are joined with `,` in the order given.
 * @param {HeadersInput} headers
 * @returns {{canonical: string, signed: string}}
 */
export function canonicalHeaders(headers) {
  return formatHeaders(collect(headers, new Set()));
}

/**
 * The string whose HMAC is the signature.
 * @param {string} amzDate
 * @param {string} scope
 * @param {string} canonicalRequest
 * @returns {string}
 */
export function stringToSign(amzDate, scope, canonicalRequest) {
  return `${ALGORITHM}\n${amzDate}\n${scope}\n${sha256Hex(canonicalRequest)}`;
}

/** @type {Map<string, Buffer>} */
const keyCache = new Map();

/**
 * Derive the key for one day, region and service. Cached, since deriving it
 * takes about half of the signing time; the cache is bounded, so it holds only
 * a few recently used secrets.
 * @param {string} secretAccessKey
 * @param {string} date `YYYYMMDD`
 * @param {string} region
 * @param {string} service
 * @returns {Buffer}
 */
export function signingKey(secretAccessKey, date, region, service) {
  const cacheKey = `${date}\n${region}\n${service}\n${secretAccessKey}`;
  let key = keyCache.get(cacheKey);
  if (key === undefined) {
    if (LONE_SURROGATE.test(secretAccessKey)) throw new Error("the secret access key is not valid Unicode text");
    key = Buffer.from(`AWS4${secretAccessKey}`, "utf8");
    for (const part of [date, region, service, "aws4_request"])
      key = crypto.createHmac("sha256", key).update(part).digest();
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.delete(/** @type {string} */ (keyCache.keys().next().value));
    keyCache.set(cacheKey, key);
  }
  return key;
}

/**
 * @param {string | URL} url
 * @returns {{path: string, query: string, host: string}}
 */
function splitUrl(url) {
  const match = URL_PARTS.exec(typeof url === "string" ? url : url.href);
  if (match === null) throw new TypeError("url must be an absolute http(s) URL");
  const [, scheme, authority, path, query = ""] = match;
  let host = authority.slice(authority.lastIndexOf("@") + 1).toLowerCase();
  const port = /:(\d*)$/.exec(host);
  if (port !== null && (port[1] === "" || port[1] === DEFAULT_PORTS[scheme.toLowerCase()])) {
    host = host.slice(0, port.index);
  }
  return { path, query, host };
}

/** @param {SignInput["body"]} body */
function payloadHash(body) {
  if (body === undefined || body === null) return EMPTY_SHA256;
  if (typeof body === "string") return body === "" ? EMPTY_SHA256 : sha256Hex(body);
  if (body instanceof ArrayBuffer) return sha256Hex(new Uint8Array(body));
  if (ArrayBuffer.isView(body)) return sha256Hex(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
  throw new TypeError(
    "body must be a string, Uint8Array, ArrayBuffer or undefined; read a stream into memory before signing",
  );
}

/** @param {Date} now */
function amzDate(now) {
  const iso = now.toISOString(); // 2015-08-30T12:36:00.000Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

const REPLACED = [
  new Set(["x-amz-date"]),
  new Set(["x-amz-date", "x-amz-security-token"]),
  new Set(["x-amz-date", "x-amz-content-sha256"]),
  new Set(["x-amz-date", "x-amz-security-token", "x-amz-content-sha256"]),
];

/**
 * Sign like `signRequest`; also return the canonical request and the string to sign.
 * @param {SignInput} input
 * @returns {SigningDetails}
 */
export function signingDetails({
  method,
  url,
  headers = [],
  body,
  credentials,
  region,
  service,
  now = new Date(),
  signContentSha256 = false,
}) {
  const { path, query, host } = splitUrl(url);
  const date = amzDate(now);
  const hash = payloadHash(body);
  const token = credentials.sessionToken;
  /** @type {Record<string, string>} */
  const added = { "X-Amz-Date": date };
  if (token) added["X-Amz-Security-Token"] = token;
  if (signContentSha256) added["X-Amz-Content-Sha256"] = hash;

  const merged = collect(headers, REPLACED[(token ? 1 : 0) + (signContentSha256 ? 2 : 0)]);
  if (!merged.has("host")) merged.set("host", host);
  for (const name of Object.keys(added)) merged.set(name.toLowerCase(), added[name]);
  const { canonical, signed } = formatHeaders(merged);
  const canonicalRequest = `${method.toUpperCase()}\n${canonicalUri(path)}\n${canonicalQuery(query)}\n${canonical}\n${signed}\n${hash}`;
  if (LONE_SURROGATE.test(canonicalRequest))
    throw new Error("a header, the URL or the session token is not valid Unicode text");
  const scope = `${date.slice(0, 8)}/${region}/${service}/aws4_request`;
  const toSign = stringToSign(date, scope, canonicalRequest);
  const key = signingKey(credentials.secretAccessKey, date.slice(0, 8), region, service);
  const signature = crypto.createHmac("sha256", key).update(toSign).digest("hex");
  added.Authorization = `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signed}, Signature=${signature}`;
  return { headers: added, canonicalRequest, stringToSign: toSign };
}

/**
 * The headers that authenticate a request: set them on it, replacing any of
 * the same name. Host comes from `headers` if there, else from the URL, and is
 * signed but not returned, since the HTTP client sends it. The result holds
 * `X-Amz-Date`, `X-Amz-Security-Token` with temporary credentials,
 * `X-Amz-Content-Sha256` if `signContentSha256`, and `Authorization`.
 * @param {SignInput} input
 * @returns {Record<string, string>}
 */
export function signRequest(input) {
  return signingDetails(input).headers;
}
