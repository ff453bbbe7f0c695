"""A spec written to attack the generator: its text must never become JavaScript or TypeScript.

Every place spec text reaches a generated Node package (titles, descriptions, server URLs and
variables, tags, operation ids, parameter and property names, enum values, defaults, schema
and security scheme names) carries payloads that would set `globalThis.PWNED` if they escaped
a string literal or comment. The package must import, run a call, and type-check, and the
canary must stay unset.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from sdkgen.build import build
from tests.support.node import checked, executable, run, tsc

CANARY = "globalThis.PWNED = 1"
PAYLOADS = [
    f"*/ {CANARY}; /*",
    f'"; {CANARY}; "',
    f"'; {CANARY}; '",
    f"`; {CANARY}; `${{{CANARY}}}",
    f"\u2028{CANARY};\u2029{CANARY};",
    f"\n{CANARY}; //",
    f"\r{CANARY}; //",
    f'\\"; {CANARY}; //',
    f"\x00{CANARY}",
    f"</script><script>{CANARY}</script>",
    f"<!-- {CANARY} -->",
    f"@type {{{CANARY}}}",
]  # lone surrogates: the spec validator rejects them first (js_str's unit test covers them)
TEXT = " | ".join(PAYLOADS)


def hostile_spec() -> dict:
    schema_name = f"Evil{PAYLOADS[0]}"
    ref = "#/components/schemas/" + quote(schema_name.replace("~", "~0").replace("/", "~1"))
    return {
        "openapi": "3.0.3",
        "info": {"title": f"Evil {PAYLOADS[1]}", "version": "1.0.0", "description": TEXT},
        "servers": [
            {
                "url": "https://example.com/{stage}/" + PAYLOADS[2].replace(" ", ""),
                "description": TEXT,
                "variables": {
                    "stage": {"default": PAYLOADS[3], "enum": [PAYLOADS[3], *PAYLOADS[4:6]]},
                    PAYLOADS[0]: {"default": PAYLOADS[1], "description": TEXT},
                },
            }
        ],
        "tags": [{"name": PAYLOADS[4], "description": TEXT}],
        "components": {
            "securitySchemes": {
                PAYLOADS[1]: {
                    "type": "apiKey",
                    "in": "header",
                    "name": "X-Key",  # a header name must be a token to be sent at all
                    "description": TEXT,
                },
                PAYLOADS[0]: {"type": "http", "scheme": "bearer", "description": TEXT},
            },
            "schemas": {
                schema_name: {
                    "type": "object",
                    "description": TEXT,
                    "required": [PAYLOADS[1]],
                    "properties": {
                        **{
                            payload: {"type": "string", "description": TEXT, "default": payload}
                            for payload in PAYLOADS
                        },
                        "kind": {"type": "string", "enum": PAYLOADS, "description": TEXT},
                        "count": {"type": "integer", "enum": [1, 2], "description": PAYLOADS[0]},
                    },
                },
                "Choice": {
                    "oneOf": [{"$ref": ref}, {"type": "string"}],
                    "discriminator": {"propertyName": PAYLOADS[1]},
                    "description": TEXT,
                },
            },
        },
        "security": [{PAYLOADS[1]: []}, {PAYLOADS[0]: []}],
        "paths": {
            "/items/{id}": {
                "post": {
                    "operationId": f"get{PAYLOADS[2]}",
                    "tags": [PAYLOADS[4]],
                    "summary": TEXT,
                    "description": TEXT,
                    "deprecated": True,
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                            "description": TEXT,
                        },
                        *(
                            {
                                "name": payload,
                                "in": location,
                                "description": TEXT,
                                "schema": {"type": "string", "enum": PAYLOADS, "default": payload},
                            }
                            for payload in PAYLOADS[:6]
                            for location in ("query", "header", "cookie")
                        ),
                    ],
                    "requestBody": {
                        "description": TEXT,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Choice"}}
                        },
                    },
                    "responses": {
                        "200": {
                            "description": TEXT,
                            "content": {"application/json": {"schema": {"$ref": ref}}},
                        },
                        "404": {
                            "description": TEXT,
                            "content": {"application/json": {"schema": {"$ref": ref}}},
                        },
                    },
                }
            }
        },
    }


PROBE = """
const pkg = await import("./pkg/index.js");
const calls = [];
const client = new pkg.Client({
  baseUrl: "http://example.invalid",
  apiKey: "key",
  fetch: async (url) => {
    calls.push(String(url));
    const headers = { "content-type": "application/json" };
    return new Response(JSON.stringify({ ok: true }), { headers });
  },
});
for (const key of Object.keys(client)) {
  const group = client[key];
  for (const method of Object.getOwnPropertyNames(Object.getPrototypeOf(group))) {
    if (method === "constructor") continue;
    await group[method]({ id: "1" });
  }
}
const groups = Object.keys(client).length;
console.log(JSON.stringify({ pwned: globalThis.PWNED ?? null, groups, calls: calls.length }));
"""


def test_hostile_text_never_runs(tmp_path: Path) -> None:
    spec = tmp_path / "evil.json"
    spec.write_text(json.dumps(hostile_spec()), encoding="utf-8")
    package = tmp_path / "pkg"
    build(spec, lang="node", out=package, name="evil")
    (tmp_path / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    (tmp_path / "probe.mjs").write_text(PROBE, encoding="utf-8")
    output = checked(run(executable("node"), "probe.mjs", cwd=tmp_path))
    assert json.loads(output) == {"pwned": None, "groups": 1, "calls": 1}
    (tmp_path / "use.ts").write_text(
        'import { Client } from "./pkg/index.js";\nexport const client = new Client();\n',
        encoding="utf-8",
    )
    files = ["use.ts", "pkg/index.js", "pkg/client.js", "pkg/errors.js"]
    files += [f"pkg/resources/{p.name}" for p in (package / "resources").glob("*.js")]
    result = tsc("--allowJs", "--checkJs", *files, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
