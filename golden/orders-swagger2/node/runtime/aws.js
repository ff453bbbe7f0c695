/**
 * AWS Signature Version 4 as a security scheme (API Gateway's IAM auth). Copied unchanged
 * into each package whose API uses it.
 *
 * Credentials default to the standard environment variables; the region defaults to the one
 * in an `execute-api` host, then to AWS_REGION / AWS_DEFAULT_REGION. The request is signed as
 * it is sent, body included, after every other header is set.
 *
 * @module
 */
import { MissingCredentialsError } from "./errors.js";
import { signRequest } from "./sigv4.js";

/** @typedef {import("./sigv4.js").Credentials} Credentials */
/** @typedef {import("./auth.js").AuthScheme} AuthScheme */
/** @typedef {Credentials | (() => Credentials | Promise<Credentials>)} CredentialsSource */
/**
 * @typedef {object} SigV4Options
 * @property {CredentialsSource} [credentials] Default: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN.
 * @property {string} [region] Default: from an `execute-api` host, else AWS_REGION or AWS_DEFAULT_REGION.
 * @property {string} service For API Gateway, `execute-api`.
 * @property {string} baseUrl
 */

const EXECUTE_API_HOST = /\.execute-api\.([a-z0-9-]+)\.amazonaws\.com$/;

/** @returns {Record<string, string | undefined>} */
function environment() {
  return globalThis.process?.env ?? {};
}

/**
 * @param {SigV4Options} options
 * @returns {AuthScheme}
 */
export function sigV4Auth(options) {
  const host = hostOf(options.baseUrl);
  const env = environment();
  const region = options.region ?? EXECUTE_API_HOST.exec(host)?.[1] ?? env["AWS_REGION"] ?? env["AWS_DEFAULT_REGION"];
  return {
    signsRequest: true,
    available() {
      const env = environment();
      return options.credentials !== undefined || Boolean(env["AWS_ACCESS_KEY_ID"] && env["AWS_SECRET_ACCESS_KEY"]);
    },
    async apply(request) {
      if (!region) throw new MissingCredentialsError("SigV4 needs a region: pass region or set AWS_REGION");
      const source = options.credentials;
      const credentials = source === undefined ? fromEnvironment() : typeof source === "function" ? await source() : source;
      const body = await bodyBytes(request);
      const added = signRequest({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body,
        credentials,
        region,
        service: options.service,
      });
      for (const [name, value] of Object.entries(added)) request.headers.set(name, value);
    },
  };
}

/**
 * @param {string} url
 * @returns {string}
 */
function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

/** @returns {Credentials} */
function fromEnvironment() {
  const env = environment();
  const sessionToken = env["AWS_SESSION_TOKEN"];
  return {
    accessKeyId: env["AWS_ACCESS_KEY_ID"] ?? "",
    secretAccessKey: env["AWS_SECRET_ACCESS_KEY"] ?? "",
    ...(sessionToken ? { sessionToken } : {}),
  };
}

/**
 * The exact bytes that will be sent. A multipart body is serialized here (with the boundary in
 * its Content-Type), since it has to be hashed.
 * @param {import("./http.js").PreparedRequest} request
 * @returns {Promise<string | Uint8Array | undefined>}
 */
async function bodyBytes(request) {
  const body = request.body;
  if (body === undefined || typeof body === "string") return body;
  if (body instanceof FormData) {
    const encoded = new Response(body);
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    request.headers.set("content-type", encoded.headers.get("content-type") ?? "multipart/form-data");
    request.body = bytes;
    return bytes;
  }
  if (body instanceof Blob) {
    const bytes = new Uint8Array(await body.arrayBuffer());
    request.body = bytes;
    return bytes;
  }
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}
