"""Real specs from the npm registry build into packages that import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sdkgen.build import build
from tests.support.npm_specs import npm_package

IMPORT_EVERY_MODULE = """
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
names = [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
for name in names:
    importlib.import_module(name)
client = package.Client()
print(len(names), type(client.repos).__name__)
"""


def test_github_spec_builds_a_package_that_imports(tmp_path: Path) -> None:
    spec = npm_package("@octokit/openapi@23.0.2") / "generated" / "api.github.com.json"
    out = tmp_path / "github"
    report = build(spec, lang="python", out=out, name="github", version_override="1.0.0")
    assert not [w for w in report.warnings if "not declared" in w.message]
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERY_MODULE, "github_v1"],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    modules, resource = result.stdout.split()
    assert int(modules) > 90 and resource == "ReposResource"
