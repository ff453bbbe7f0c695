"""The Node signer's own tests (node --test) and its type checks (tsc), run from pytest.

Both need `tests/node/node_modules`: `npm ci --prefix tests/node`.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
RUNTIME = REPO / "templates" / "node" / "runtime"
TSC_FLAGS = ["--noEmit", "--strict", "--module", "nodenext", "--target", "es2022"]

# The hand-written declarations must describe sigv4.js: every declared export
# exists in the JavaScript with a type that fits, and the option types agree
# both ways.
DECLARATIONS_CHECK = """\
import * as js from "./impl/sigv4.js";
import * as dts from "./decl/sigv4.js";

const declared: typeof dts = js;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree: [
  Same<js.Credentials, dts.Credentials>,
  Same<js.HeadersInput, dts.HeadersInput>,
  Same<js.SignInput, dts.SignInput>,
  Same<js.SigningDetails, dts.SigningDetails>,
] = [true, true, true, true];
export { agree, declared };
"""


def tsc(node_deps: Path, *args: str, cwd: Path) -> None:
    types = ["--types", "node", "--typeRoots", str(node_deps / "@types")]
    result = subprocess.run(
        [str(node_deps / ".bin" / "tsc"), *TSC_FLAGS, *types, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_node_tests_pass(node_deps: Path, run_node: Callable[..., str]) -> None:
    files = sorted(str(path) for path in (REPO / "tests/runtime/node").glob("*.test.mjs"))
    assert len(files) >= 2, files
    output = run_node("--test", *files, timeout=600)
    assert "# fail 0" in output, output


def test_sigv4_js_type_checks(node_deps: Path) -> None:
    tsc(node_deps, "--checkJs", "--allowJs", str(RUNTIME / "sigv4.js"), cwd=REPO)


def test_declarations_match_the_javascript(node_deps: Path, tmp_path: Path) -> None:
    for folder, name in (("impl", "sigv4.js"), ("decl", "sigv4.d.ts")):
        (tmp_path / folder).mkdir()
        shutil.copy(RUNTIME / name, tmp_path / folder / name)
    (tmp_path / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    (tmp_path / "check.ts").write_text(DECLARATIONS_CHECK, encoding="utf-8")
    tsc(node_deps, "--allowJs", "--checkJs", "check.ts", cwd=tmp_path)


def test_the_declarations_check_catches_drift(node_deps: Path, tmp_path: Path) -> None:
    declarations = (RUNTIME / "sigv4.d.ts").read_text(encoding="utf-8")
    drifted = declarations.replace("signRequest(input: SignInput)", "signRequest(input: string)")
    assert drifted != declarations
    (tmp_path / "decl").mkdir()
    (tmp_path / "decl" / "sigv4.d.ts").write_text(drifted, encoding="utf-8")
    (tmp_path / "impl").mkdir()
    shutil.copy(RUNTIME / "sigv4.js", tmp_path / "impl" / "sigv4.js")
    (tmp_path / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    (tmp_path / "check.ts").write_text(DECLARATIONS_CHECK, encoding="utf-8")
    with pytest.raises(AssertionError, match="TS2322"):
        tsc(node_deps, "--allowJs", "--checkJs", "check.ts", cwd=tmp_path)
