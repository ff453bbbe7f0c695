// Unit tests of templates/node/runtime/params.js: OpenAPI's style/explode table, encodings.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  cookiePairs,
  encode,
  encodeReserved,
  formBody,
  headerValue,
  jsonBody,
  multipartBody,
  pathValue,
  queryPairs,
  textValue,
} from "../../../../templates/node/runtime/params.js";

/**
 * @param {"path" | "query" | "header" | "cookie"} where
 * @param {string} [style]
 * @param {boolean} [explode]
 */
const spec = (where, style, explode) => ({ key: "color", name: "color", in: where, style, explode });
const ARRAY = ["blue", "black", "brown"];
const OBJECT = { R: 100, G: 200, B: 150 };

test("encode leaves only RFC 3986 unreserved characters", () => {
  assert.equal(encode("a b/c?d&e=f+g!'()*~._-ä"), "a%20b%2Fc%3Fd%26e%3Df%2Bg%21%27%28%29%2A~._-%C3%A4");
  assert.equal(encodeReserved("a b/c?d&e=f#g"), "a%20b/c?d%26e=f%23g");
});

test("textValue writes scalars the way the wire expects", () => {
  assert.equal(textValue(true), "true");
  assert.equal(textValue(null), "");
  assert.equal(textValue(1.5), "1.5");
  assert.equal(textValue(new Date(Date.UTC(2024, 0, 2))), "2024-01-02T00:00:00.000Z");
  assert.equal(textValue({ a: [1] }), '{"a":[1]}');
});

test("path styles follow the OpenAPI table", () => {
  const cases = [
    ["simple", false, "blue", ARRAY, OBJECT, "blue", "blue,black,brown", "R,100,G,200,B,150"],
    ["simple", true, "blue", ARRAY, OBJECT, "blue", "blue,black,brown", "R=100,G=200,B=150"],
    ["label", false, "blue", ARRAY, OBJECT, ".blue", ".blue,black,brown", ".R,100,G,200,B,150"],
    ["label", true, "blue", ARRAY, OBJECT, ".blue", ".blue.black.brown", ".R=100.G=200.B=150"],
    ["matrix", false, "blue", ARRAY, OBJECT, ";color=blue", ";color=blue,black,brown", ";color=R,100,G,200,B,150"],
    ["matrix", true, "blue", ARRAY, OBJECT, ";color=blue", ";color=blue;color=black;color=brown", ";R=100;G=200;B=150"],
  ];
  for (const [style, explode, scalar, array, object, one, many, pairs] of cases) {
    const s = spec("path", /** @type {string} */ (style), /** @type {boolean} */ (explode));
    assert.equal(pathValue(s, scalar), one, `${style} ${explode} scalar`);
    assert.equal(pathValue(s, array), many, `${style} ${explode} array`);
    assert.equal(pathValue(s, object), pairs, `${style} ${explode} object`);
  }
});

test("a path value stays one segment", () => {
  assert.equal(pathValue(spec("path"), "o 1/ä?#"), "o%201%2F%C3%A4%3F%23");
});

test("query styles follow the OpenAPI table", () => {
  assert.deepEqual(queryPairs(spec("query"), "blue"), ["color=blue"]);
  assert.deepEqual(queryPairs(spec("query"), ARRAY), ["color=blue", "color=black", "color=brown"]);
  assert.deepEqual(queryPairs(spec("query", "form", false), ARRAY), ["color=blue,black,brown"]);
  assert.deepEqual(queryPairs(spec("query"), OBJECT), ["R=100", "G=200", "B=150"]);
  assert.deepEqual(queryPairs(spec("query", "form", false), OBJECT), ["color=R,100,G,200,B,150"]);
  assert.deepEqual(queryPairs(spec("query", "spaceDelimited", false), ARRAY), ["color=blue%20black%20brown"]);
  assert.deepEqual(queryPairs(spec("query", "pipeDelimited", false), ARRAY), ["color=blue|black|brown"]);
  assert.deepEqual(queryPairs(spec("query", "deepObject", true), OBJECT), [
    "color%5BR%5D=100",
    "color%5BG%5D=200",
    "color%5BB%5D=150",
  ]);
});

test("query values are percent-encoded, commas inside values too", () => {
  assert.deepEqual(queryPairs(spec("query", "form", false), ["a,b", "c d"]), ["color=a%2Cb,c%20d"]);
  assert.deepEqual(queryPairs({ key: "q", name: "q", in: "query", allowReserved: true }, "a/b?c"), ["q=a/b?c"]);
  assert.deepEqual(queryPairs(spec("query"), [undefined, "x"]), ["color=x"]);
});

test("headers use the simple style without encoding", () => {
  assert.equal(headerValue(spec("header"), ARRAY), "blue,black,brown");
  assert.equal(headerValue(spec("header"), OBJECT), "R,100,G,200,B,150");
  assert.equal(headerValue(spec("header", "simple", true), OBJECT), "R=100,G=200,B=150");
  assert.equal(headerValue(spec("header"), "a b"), "a b");
});

test("cookies are form style, values encoded", () => {
  assert.deepEqual(cookiePairs(spec("cookie"), "s 1"), ["color=s%201"]);
  assert.deepEqual(cookiePairs(spec("cookie", "form", false), ARRAY), ["color=blue,black,brown"]);
  assert.deepEqual(cookiePairs(spec("cookie"), ARRAY), ["color=blue", "color=black", "color=brown"]);
});

test("form bodies repeat arrays and write objects as JSON", () => {
  const body = formBody({ petId: 7, note: "asap & soon", tags: ["a", "b"], extra: { x: 1 }, skip: undefined });
  assert.equal(body, "petId=7&note=asap%20%26%20soon&tags=a&tags=b&extra=%7B%22x%22%3A1%7D");
});

test("multipart bodies turn binary values into file parts", async () => {
  const form = multipartBody({ file: new Uint8Array([1, 2]), caption: "me", many: ["a", "b"], none: undefined });
  const file = form.get("file");
  assert.ok(file instanceof Blob);
  assert.deepEqual([...new Uint8Array(await file.arrayBuffer())], [1, 2]);
  assert.equal(/** @type {File} */ (file).name, "file");
  assert.equal(form.get("caption"), "me");
  assert.deepEqual(form.getAll("many"), ["a", "b"]);
  assert.equal(form.has("none"), false);
});

test("JSON bodies carry bytes as base64", () => {
  assert.equal(jsonBody({ data: new Uint8Array([104, 105]), n: 1 }), '{"data":"aGk=","n":1}');
});
