"""An operation that answers either a JSON body or nothing types-checks as `Model | None`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sdkgen.build import build

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Mixed", "version": "1.0.0"},
    "paths": {
        "/secrets/{name}": {
            "put": {
                "operationId": "putSecret",
                "parameters": [
                    {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "201": {
                        "description": "created",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Secret"}}
                        },
                    },
                    "204": {"description": "updated"},
                },
            }
        }
    },
    "components": {
        "schemas": {"Secret": {"type": "object", "properties": {"name": {"type": "string"}}}}
    },
}


def test_json_or_empty_result_passes_mypy_strict(tmp_path: Path) -> None:
    spec = tmp_path / "mixed.json"
    spec.write_text(json.dumps(SPEC))
    out = tmp_path / "out"
    build(spec, lang="python", out=out, name="mixed")
    package = next(p.name for p in out.iterdir() if (p / "__init__.py").exists())
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10"]
        + ["--cache-dir", str(tmp_path / "mypy"), package],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
