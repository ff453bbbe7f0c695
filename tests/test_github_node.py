"""GitHub's full REST description (1200+ operations, 7500 types) gives a working Node package.

The package loads in Node, every operation runs (with an injected fetch) and builds a URL with
every path parameter filled, and its declarations, JavaScript and a call of every operation
type-check with `tsc --strict`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sdkgen.build import build
from tests.support.node import (
    calls_source,
    checked,
    client_target,
    executable,
    run,
    tsc,
    usage_source,
)
from tests.support.npm_specs import npm_package

FETCH = """\
import { writeFileSync } from "node:fs";
const seen = [];
globalThis.fetch = async (url, init) => {
  seen.push(`${init.method} ${url}`);
  return new Response("{}", { headers: { "content-type": "application/json" } });
};
process.on("exit", () => writeFileSync("sent.json", JSON.stringify(seen)));
"""


@pytest.fixture(scope="module")
def github(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    spec = npm_package("@octokit/openapi@23.0.2") / "generated" / "api.github.com.json"
    folder = tmp_path_factory.mktemp("github-node")
    build(spec, lang="node", out=folder / "pkg", name="github", version_override="1.0.0")
    (folder / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    return spec, folder


def test_every_operation_runs_and_fills_its_path(github: tuple[Path, Path]) -> None:
    spec, folder = github
    target = client_target(spec, name="github", version="1.0.0")
    source = calls_source(target, "pkg", ['token: "t"'], {})
    (folder / "calls.mjs").write_text(FETCH + source, encoding="utf-8")
    result = run(executable("node"), "calls.mjs", cwd=folder)
    outcomes = json.loads(checked(result))
    assert len(outcomes) == 2 * len(target.client.all_operations()) > 2400
    assert {o for o in outcomes.values()} == {"ok"}, [o for o in outcomes.items() if o[1] != "ok"][
        :5
    ]
    sent = json.loads((folder / "sent.json").read_text(encoding="utf-8"))
    assert len(sent) == len(outcomes)
    assert not [url for url in sent if re.search(r"[{}]|undefined", url)]


def test_declarations_javascript_and_every_call_type_check(github: tuple[Path, Path]) -> None:
    spec, folder = github
    usage = usage_source(spec, name="github", version="1.0.0")
    (folder / "usage.ts").write_text(usage, encoding="utf-8")
    scripts = ["pkg/index.js", "pkg/client.js", "pkg/errors.js"]
    scripts += sorted(f"pkg/resources/{p.name}" for p in (folder / "pkg/resources").glob("*.js"))
    result = tsc("--allowJs", "--checkJs", "usage.ts", *scripts, cwd=folder)
    assert result.returncode == 0, result.stdout[-3000:]
