/**
 * Parameters and bodies on the wire, following OpenAPI's `style` and `explode` rules.
 * Declarations for params.js.
 */

/** How one parameter is sent: where, under which wire name, in which style. */
export interface ParamSpec {
  /** The property of the params object that holds it. */
  readonly key: string;
  /** Its name on the wire. */
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  /** Defaults: `simple` in path and header, `form` in query and cookie. */
  readonly style?: string | undefined;
  /** Defaults to true for `form`, false otherwise. */
  readonly explode?: boolean | undefined;
  /** Leave RFC 3986 reserved characters unencoded (query). */
  readonly allowReserved?: boolean | undefined;
}

export type Binary = Blob | ArrayBuffer | ArrayBufferView;

/** Percent-encode every UTF-8 byte outside the RFC 3986 unreserved set. */
export declare function encode(text: string): string;
/** Like `encode`, but RFC 3986 reserved characters other than `&` and `#` stay as they are. */
export declare function encodeReserved(text: string): string;
/** How one scalar is written in a path, query, header, cookie or form field. */
export declare function textValue(value: unknown): string;
/** One path parameter (`simple`, `label` or `matrix`), ready to put in the path. */
export declare function pathValue(spec: ParamSpec, value: unknown): string;
/** One query parameter as encoded `name=value` pieces (several when it explodes). */
export declare function queryPairs(spec: ParamSpec, value: unknown): string[];
/** One header parameter's value (`simple` style). */
export declare function headerValue(spec: ParamSpec, value: unknown): string;
/** One cookie parameter as `name=value` pieces for the Cookie header. */
export declare function cookiePairs(spec: ParamSpec, value: unknown): string[];
/** An `application/x-www-form-urlencoded` body: arrays repeat their field, objects are JSON. */
export declare function formBody(value: unknown): string;
export declare function isBinary(value: unknown): value is Binary;
/** A `multipart/form-data` body: binary values become file parts named after their field. */
export declare function multipartBody(value: unknown): FormData;
export declare function toBlob(value: Binary): Blob;
/** A JSON body. Binary values inside it travel as base64 text. */
export declare function jsonBody(value: unknown): string;
