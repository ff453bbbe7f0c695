/**
 * Parameters and bodies on the wire, following OpenAPI's `style` and `explode` rules.
 * Copied unchanged into each package.
 *
 * Path, query and cookie values are percent-encoded by RFC 3986 (only `A-Z a-z 0-9 - . _ ~`
 * stay as they are, so a space is `%20`, never `+`); the delimiters the styles add (`,` `.` `;`
 * `=` `|`) are not. Header values are sent as they are.
 *
 * @module
 */

/**
 * How one parameter is sent: where, under which wire name, in which style.
 * @typedef {object} ParamSpec
 * @property {string} key The property of the params object that holds it.
 * @property {string} name Its name on the wire.
 * @property {"path" | "query" | "header" | "cookie"} in
 * @property {string} [style] Defaults: `simple` in path and header, `form` in query and cookie.
 * @property {boolean} [explode] Defaults to true for `form`, false otherwise.
 * @property {boolean} [allowReserved] Leave RFC 3986 reserved characters unencoded (query).
 */

/** @typedef {Blob | ArrayBuffer | ArrayBufferView} Binary */

const DEFAULT_STYLE = { path: "simple", query: "form", header: "simple", cookie: "form" };
const DELIMITER = /** @type {Record<string, string>} */ ({
  form: ",",
  spaceDelimited: "%20",
  pipeDelimited: "|",
});
const NOT_UNRESERVED = /[!'()*]/g;
const HAS_NOT_UNRESERVED = /[!'()*]/;
// With allowReserved, these stay; `&` and `#` still would end the value, so they never do.
const RESERVED_ESCAPES = /%(3A|2F|3F|5B|5D|40|21|24|27|28|29|2A|2B|2C|3B|3D)/gi;

/**
 * Percent-encode every UTF-8 byte outside the RFC 3986 unreserved set.
 * @param {string} text
 * @returns {string}
 */
export function encode(text) {
  const encoded = encodeURIComponent(text);
  // Testing first spares the common case the dearer global replace.
  return HAS_NOT_UNRESERVED.test(encoded) ? encoded.replace(NOT_UNRESERVED, escapeChar) : encoded;
}

/** @param {string} char */
function escapeChar(char) {
  return "%" + char.charCodeAt(0).toString(16).toUpperCase();
}

/**
 * Like `encode`, but RFC 3986 reserved characters other than `&` and `#` stay as they are.
 * @param {string} text
 * @returns {string}
 */
export function encodeReserved(text) {
  return encode(text).replace(RESERVED_ESCAPES, (escape) => decodeURIComponent(escape));
}

/**
 * How one scalar is written in a path, query, header, cookie or form field.
 * @param {unknown} value
 * @returns {string}
 */
export function textValue(value) {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * The defined entries of an object parameter, each key and value already encoded.
 * @param {Record<string, unknown>} value
 * @param {(text: string) => string} escape
 * @returns {[string, string][]}
 */
function entries(value, escape) {
  return Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .map(([key, item]) => [escape(key), escape(textValue(item))]);
}

/**
 * @param {ParamSpec} spec
 * @returns {[string, boolean]} The style and whether it explodes.
 */
function styleOf(spec) {
  const style = spec.style ?? DEFAULT_STYLE[spec.in];
  return [style, spec.explode ?? style === "form"];
}

/**
 * One path parameter (`simple`, `label` or `matrix`), ready to put in the path.
 * @param {ParamSpec} spec
 * @param {unknown} value
 * @returns {string}
 */
export function pathValue(spec, value) {
  // The common case, a scalar in the default style, is the value alone; a whole number's digits
  // and sign need no encoding.
  if (spec.style === undefined && typeof value !== "object") {
    return Number.isSafeInteger(value) ? String(value) : encode(textValue(value));
  }
  const [style, explode] = styleOf(spec);
  const name = encode(spec.name);
  const lead = style === "label" ? "." : style === "matrix" ? `;${name}=` : "";
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== undefined).map((item) => encode(textValue(item)));
    if (!explode) return lead + items.join(",");
    if (style === "matrix") return items.map((item) => `;${name}=${item}`).join("");
    return lead + items.join(style === "label" ? "." : ",");
  }
  if (isRecord(value)) {
    const pairs = entries(value, encode);
    if (!explode) return lead + pairs.flat().join(",");
    const joined = pairs.map(([key, item]) => `${key}=${item}`);
    if (style === "matrix") return joined.map((pair) => `;${pair}`).join("");
    return (style === "label" ? "." : "") + joined.join(style === "label" ? "." : ",");
  }
  return lead + encode(textValue(value));
}

/**
 * One query parameter as encoded `name=value` pieces (several when it explodes).
 * @param {ParamSpec} spec
 * @param {unknown} value
 * @returns {string[]}
 */
export function queryPairs(spec, value) {
  const [style, explode] = styleOf(spec);
  const escape = spec.allowReserved ? encodeReserved : encode;
  const name = encode(spec.name);
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== undefined).map((item) => escape(textValue(item)));
    if (explode) return items.map((item) => `${name}=${item}`);
    return [`${name}=${items.join(DELIMITER[style] ?? ",")}`];
  }
  if (isRecord(value)) {
    const pairs = entries(value, escape);
    if (style === "deepObject") return pairs.map(([key, item]) => `${name}%5B${key}%5D=${item}`);
    if (explode) return pairs.map(([key, item]) => `${key}=${item}`);
    return [`${name}=${pairs.flat().join(",")}`];
  }
  return [`${name}=${escape(textValue(value))}`];
}

/**
 * One header parameter's value (`simple` style).
 * @param {ParamSpec} spec
 * @param {unknown} value
 * @returns {string}
 */
export function headerValue(spec, value) {
  const [, explode] = styleOf(spec);
  const plain = (/** @type {string} */ text) => text;
  if (Array.isArray(value)) return value.map(textValue).join(",");
  if (isRecord(value)) {
    const pairs = entries(value, plain);
    return explode ? pairs.map(([key, item]) => `${key}=${item}`).join(",") : pairs.flat().join(",");
  }
  return textValue(value);
}

/**
 * One cookie parameter as `name=value` pieces for the Cookie header.
 * @param {ParamSpec} spec
 * @param {unknown} value
 * @returns {string[]}
 */
export function cookiePairs(spec, value) {
  const [, explode] = styleOf(spec);
  const name = encode(spec.name);
  if (Array.isArray(value)) {
    const items = value.map((item) => encode(textValue(item)));
    return explode ? items.map((item) => `${name}=${item}`) : [`${name}=${items.join(",")}`];
  }
  if (isRecord(value)) {
    const pairs = entries(value, encode);
    if (explode) return pairs.map(([key, item]) => `${key}=${item}`);
    return [`${name}=${pairs.flat().join(",")}`];
  }
  return [`${name}=${encode(textValue(value))}`];
}

/**
 * An `application/x-www-form-urlencoded` body: arrays repeat their field, objects are JSON.
 * @param {unknown} value
 * @returns {string}
 */
export function formBody(value) {
  /** @type {string[]} */
  const pairs = [];
  for (const [key, item] of Object.entries(isRecord(value) ? value : {})) {
    if (item === undefined) continue;
    for (const one of Array.isArray(item) ? item : [item]) {
      pairs.push(`${encode(key)}=${encode(textValue(one))}`);
    }
  }
  return pairs.join("&");
}

/**
 * @param {unknown} value
 * @returns {value is Binary}
 */
export function isBinary(value) {
  return value instanceof Blob || value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

/**
 * A `multipart/form-data` body: binary values (Blob, ArrayBuffer, typed arrays) become file
 * parts named after their field, arrays repeat their field, objects are JSON text.
 * @param {unknown} value
 * @returns {FormData}
 */
export function multipartBody(value) {
  const form = new FormData();
  for (const [key, item] of Object.entries(isRecord(value) ? value : {})) {
    if (item === undefined) continue;
    for (const one of Array.isArray(item) ? item : [item]) {
      if (isBinary(one)) {
        const name = "name" in one && typeof one.name === "string" ? one.name : key;
        form.append(key, toBlob(one), name);
      } else {
        form.append(key, textValue(one));
      }
    }
  }
  return form;
}

/**
 * @param {Binary} value
 * @returns {Blob}
 */
export function toBlob(value) {
  if (value instanceof Blob) return value;
  const view = value instanceof ArrayBuffer ? new Uint8Array(value) : value;
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice();
  return new Blob([bytes], { type: "application/octet-stream" });
}

/**
 * A JSON body. Binary values inside it travel as base64 text, as OpenAPI's `format: byte`.
 * @param {unknown} value
 * @returns {string}
 */
export function jsonBody(value) {
  return JSON.stringify(value, function (key, item) {
    const raw = this[key];
    return raw instanceof Uint8Array ? base64(raw) : item;
  });
}

/**
 * @param {Uint8Array} bytes
 * @returns {string}
 */
function base64(bytes) {
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}
