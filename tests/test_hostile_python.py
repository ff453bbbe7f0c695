"""A spec written to attack the generator: its text must never become Python code."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sdkgen.build import build

CANARY = "__import__('pathlib').Path('PWNED').write_text('x')"
PAYLOADS = [
    f'"""\n{CANARY}\n"""',
    f"'''\n{CANARY}\n'''",
    f"\\\n{CANARY}\n#",
    f'"; {CANARY}; "',
    f"\u2028{CANARY}\u2029",
    f"*/ {CANARY} /*",
    f"${{{CANARY}}}`",
    f"\x00{CANARY}",
]


def hostile_spec() -> dict:
    text = " | ".join(PAYLOADS)
    enum_values = [*PAYLOADS, "ok"]
    return {
        "openapi": "3.0.3",
        "info": {"title": f"Evil {PAYLOADS[0]}", "version": "1.0.0", "description": text},
        "servers": [{"url": f"https://example.com/{PAYLOADS[3]}", "description": text}],
        "tags": [{"name": "../../escape", "description": text}],
        "paths": {
            "/items/{id}": {
                "get": {
                    "operationId": f"get{PAYLOADS[1]}",
                    "tags": ["../../escape"],
                    "summary": text,
                    "description": text,
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                            "description": text,
                        },
                        {
                            "name": PAYLOADS[3],
                            "in": "query",
                            "schema": {"type": "string", "default": PAYLOADS[0]},
                        },
                        {
                            "name": PAYLOADS[0],
                            "in": "header",
                            "schema": {"type": "string", "enum": enum_values},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": text,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Evil"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Evil": {
                    "type": "object",
                    "description": text,
                    "required": [PAYLOADS[0]],
                    "properties": {
                        PAYLOADS[0]: {
                            "type": "string",
                            "description": text,
                            "default": PAYLOADS[2],
                        },
                        "kind": {"type": "string", "enum": enum_values, "description": text},
                        "class": {"type": "integer", "example": PAYLOADS[4]},
                    },
                },
                "../../../etc/passwd": {"type": "object", "properties": {"x": {"type": "string"}}},
                "CON": {"type": "string", "enum": enum_values},
            }
        },
    }


def test_hostile_text_never_runs_and_files_stay_inside(tmp_path: Path) -> None:
    spec = tmp_path / "evil.json"
    spec.write_text(json.dumps(hostile_spec()))
    out = tmp_path / "out" / "pkg"
    build(spec, lang="python", out=out, name="evil")
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert all(out in p.parents or p == spec for p in written), written
    package = next(p.name for p in out.iterdir() if (p / "__init__.py").exists())
    script = (
        "import importlib, pkgutil, sys\n"
        f"import {package} as pkg\n"
        "for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
        "import json\n"
        "from {0}.models import Evil\n"
        "evil = Evil.from_dict(json.loads(sys.argv[1]))\n"
        "assert evil.to_dict() == json.loads(sys.argv[1]), evil\n"
        "print(pkg.__doc__ is not None)\n"
    ).format(package)
    sample = json.dumps({PAYLOADS[0]: "v", "kind": PAYLOADS[5], "other": 1})
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", script, sample],
        cwd=run_dir,
        env={"PYTHONPATH": str(out), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert not (run_dir / "PWNED").exists()
    assert not (out / "PWNED").exists()
    assert result.returncode == 0, result.stderr
    compiled = subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert compiled.returncode == 0, compiled.stdout
