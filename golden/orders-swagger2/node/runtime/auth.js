/**
 * Credentials, and how each security scheme puts them on a request. Copied unchanged into
 * each package whose API declares security schemes.
 *
 * The client makes one `AuthScheme` per scheme it was given a credential for. For each
 * operation, `AuthSet.choose` picks the first of the operation's security alternatives whose
 * schemes are all available, or throws MissingCredentialsError before anything is sent. A
 * credential is a string, or a function returning one (called per request, so a token can be
 * refreshed), and never appears in an error message.
 *
 * @module
 */
import { MissingCredentialsError } from "./errors.js";
import { encode } from "./params.js";

/** @typedef {import("./http.js").PreparedRequest} PreparedRequest */
/** @typedef {string | (() => string | Promise<string>)} Secret */
/**
 * One security scheme with its credential.
 * @typedef {object} AuthScheme
 * @property {(request: PreparedRequest) => void | Promise<void>} apply Puts the credential on.
 * @property {() => boolean} [available] False when the credential is missing after all.
 * @property {boolean} [signsRequest] Signs the request, so it must be applied last.
 * @property {readonly string[]} [secretNames] Headers or query parameters it puts secrets in.
 */

/**
 * @param {Secret} secret
 * @returns {Promise<string>}
 */
async function reveal(secret) {
  return typeof secret === "function" ? await secret() : secret;
}

/**
 * A key or token in a header, query parameter or cookie: API keys, Cognito and Lambda
 * authorizer tokens, and (with `prefix` "Bearer ") bearer, OAuth 2 and OpenID Connect tokens.
 * @param {"header" | "query" | "cookie"} location
 * @param {string} name
 * @param {Secret | undefined} secret None given: the scheme is not available.
 * @param {string} [prefix]
 * @returns {AuthScheme | undefined}
 */
export function keyAuth(location, name, secret, prefix = "") {
  if (secret === undefined) return undefined;
  return {
    secretNames: [name],
    async apply(request) {
      const value = prefix + (await reveal(secret));
      const pair = `${encode(name)}=${encode(value)}`;
      if (location === "query") {
        request.url += (request.url.includes("?") ? "&" : "?") + pair;
      } else if (location === "cookie") {
        const cookie = request.headers.get("cookie");
        request.headers.set("cookie", cookie ? `${cookie}; ${pair}` : pair);
      } else {
        request.headers.set(name, value);
      }
    },
  };
}

/**
 * `Authorization: Basic <base64 of username:password>`, UTF-8 encoded.
 * @param {string | undefined} username
 * @param {Secret | undefined} password
 * @returns {AuthScheme | undefined} Undefined unless both are given.
 */
export function basicAuth(username, password) {
  if (username === undefined || password === undefined) return undefined;
  return {
    async apply(request) {
      const bytes = new TextEncoder().encode(`${username}:${await reveal(password)}`);
      request.headers.set("authorization", `Basic ${btoa(String.fromCharCode(...bytes))}`);
    },
  };
}

/** The client's schemes by name, and which client option supplies each. */
export class AuthSet {
  /** @type {Record<string, AuthScheme | undefined>} */
  #schemes;
  /** @type {Record<string, string>} */
  #options;

  /**
   * @param {Record<string, AuthScheme | undefined>} schemes
   * @param {Record<string, string>} options Scheme name -> the option that supplies it.
   */
  constructor(schemes, options) {
    this.#schemes = { ...schemes };
    this.#options = { ...options };
  }

  /**
   * The schemes of the first alternative that can be met, signers last; or a clear error.
   * @param {string} operation
   * @param {readonly (readonly string[])[]} alternatives
   * @returns {AuthScheme[]}
   */
  choose(operation, alternatives) {
    if (!alternatives.length) return [];
    for (const alternative of alternatives) {
      const schemes = alternative.map((name) => this.#ready(name));
      if (schemes.every((scheme) => scheme !== undefined)) {
        const chosen = /** @type {AuthScheme[]} */ (schemes);
        return [...chosen.filter((s) => !s.signsRequest), ...chosen.filter((s) => s.signsRequest)];
      }
    }
    const options = alternatives.map((alternative) =>
      [...new Set(alternative.map((name) => this.#options[name] ?? name))].sort().join(" and "),
    );
    throw new MissingCredentialsError(`${operation} needs credentials: pass ${options.join(" or ")} to the client`);
  }

  /**
   * The header and query parameter names the client's schemes put secrets in, for redaction.
   * @returns {string[]}
   */
  secretNames() {
    return Object.values(this.#schemes).flatMap((scheme) => scheme?.secretNames ?? []);
  }

  /**
   * @param {string} name
   * @returns {AuthScheme | undefined}
   */
  #ready(name) {
    const scheme = Object.hasOwn(this.#schemes, name) ? this.#schemes[name] : undefined;
    return scheme && (scheme.available?.() ?? true) ? scheme : undefined;
  }
}
