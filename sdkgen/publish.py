"""`sdkgen publish`: build a generated package and upload it to a private index.

Python packages are built with `build` (the package's own hatchling backend), checked with
`twine check` and uploaded with twine; twine reads TWINE_USERNAME / TWINE_PASSWORD (or its own
config and keyring) itself. Node packages are packed with `npm pack` and published with
`npm publish`, the token coming from NPM_TOKEN through a temporary .npmrc that names the variable
rather than holding its value. Credentials never reach argv, logs or messages, and a version the
index already has is an error: publishing never overwrites.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from sdkgen.errors import ConfigError, SdkgenError

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


class PublishError(SdkgenError):
    """Building, checking or uploading a package failed."""


@dataclass
class Published:
    language: str
    name: str
    version: str
    files: list[str] = field(default_factory=list)
    uploaded: bool = False


def language_of(package: Path) -> str:
    if (package / "pyproject.toml").is_file():
        return "python"
    if (package / "package.json").is_file():
        return "node"
    raise ConfigError(f"{package}: not a generated package (no pyproject.toml or package.json)")


def publish(
    package: Path,
    *,
    repository_url: str | None = None,
    registry: str | None = None,
    dry_run: bool = False,
) -> Published:
    language = language_of(package)
    if language == "python":
        if not repository_url and not dry_run:
            raise ConfigError("publishing a Python package needs --repository-url")
        return _publish_python(package, repository_url, dry_run)
    if not registry and not dry_run:
        raise ConfigError("publishing a Node package needs --registry")
    return _publish_node(package, registry, dry_run)


def _run(command: list[str], *, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise _explain(command, result.stdout + "\n" + result.stderr)
    return result.stdout


def _explain(command: list[str], output: str) -> PublishError:
    """One line that says what went wrong, from a tool's (possibly long) output."""
    output = _ANSI.sub("", output)
    lowered = output.lower()
    tool = Path(command[0]).name if command[0] != sys.executable else command[2]
    if "already exist" in lowered or " 409 " in lowered or "cannot publish over" in lowered:
        return PublishError(f"{tool}: this version is already on the index; bump the version")
    if "400 bad request" in lowered:
        return PublishError(f"{tool}: the index rejected the upload (400); is the version there?")
    if any(s in lowered for s in (" 401 ", " 403 ", "unauthorized", "forbidden", "e401", "e403")):
        return PublishError(f"{tool}: the index refused the credentials")
    unreachable = ("connection refused", "econnrefused", "max retries", "enotfound")
    if any(s in lowered for s in unreachable):
        return PublishError(f"{tool}: cannot reach the index")
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    errors = [line for line in lines if "error" in line.lower()]
    return PublishError(f"{tool} failed: {(errors or lines or ['no output'])[-1][:300]}")


def _publish_python(package: Path, repository_url: str | None, dry_run: bool) -> Published:
    metadata = _pyproject_metadata(package)
    with tempfile.TemporaryDirectory(prefix="sdkgen-dist-") as scratch:
        dist = Path(scratch)
        build = [sys.executable, "-m", "build", "--outdir", str(dist)]
        if importlib.util.find_spec("hatchling"):  # the backend is here: skip a fresh build env
            build.append("--no-isolation")
        _run([*build, str(package)], cwd=package)
        files = sorted(str(p) for p in dist.iterdir())
        _run([sys.executable, "-m", "twine", "check", "--strict", *files], cwd=package)
        result = Published("python", metadata[0], metadata[1], [Path(f).name for f in files])
        if dry_run:
            return result
        assert repository_url is not None
        _refuse_existing(repository_url, metadata[0], [Path(f).name for f in files])
        upload = [sys.executable, "-m", "twine", "upload", "--non-interactive"]
        upload += ["--disable-progress-bar", "--repository-url", repository_url]
        _run([*upload, *files], cwd=package)
        result.uploaded = True
        return result


def _refuse_existing(repository_url: str, name: str, files: list[str]) -> None:
    """Fail before uploading when the index's simple page already lists one of our files.

    Indexes answer a duplicate upload differently (pypiserver: 400, PyPI: 400, others 409), so
    asking first gives one clear message. An index whose simple page is elsewhere is simply
    not asked; the upload's own refusal then still stops the publish.
    """
    import httpx

    normalized = re.sub(r"[-_.]+", "-", name).lower()
    page = urljoin(repository_url.rstrip("/") + "/", f"simple/{normalized}/")
    try:
        response = httpx.get(page, timeout=10, follow_redirects=False)
    except httpx.HTTPError:
        return
    if response.status_code == 200:
        present = [f for f in files if f in response.text]
        if present:
            raise PublishError(
                f"{name}: {present[0]} is already on the index; publishing never overwrites,"
                " so bump the version"
            )


def _pyproject_metadata(package: Path) -> tuple[str, str]:
    import tomllib

    project = tomllib.loads((package / "pyproject.toml").read_text("utf-8")).get("project", {})
    return str(project.get("name", "")), str(project.get("version", ""))


def _publish_node(package: Path, registry: str | None, dry_run: bool) -> Published:
    npm = shutil.which("npm")
    if npm is None:
        raise PublishError("npm is not installed")
    manifest = json.loads((package / "package.json").read_text("utf-8"))
    result = Published("node", str(manifest.get("name")), str(manifest.get("version")))
    with tempfile.TemporaryDirectory(prefix="sdkgen-npm-") as scratch:
        folder = Path(scratch)
        npmrc = folder / ".npmrc"
        lines = []
        if registry:
            parts = urlsplit(registry)
            host_path = f"//{parts.netloc}{parts.path.rstrip('/')}/"
            # npm expands ${NPM_TOKEN} itself, so the token is in no file and no argument.
            lines.append(f"{host_path}:_authToken=${{NPM_TOKEN}}")
        npmrc.write_text("\n".join(lines) + "\n", "utf-8")
        env = {**os.environ, "NPM_CONFIG_USERCONFIG": str(npmrc)}
        env.setdefault("NPM_TOKEN", "")
        pack = [npm, "pack", "--pack-destination", str(folder), "--json"]
        packed = _run(pack, cwd=package, env=env)
        tarball = folder / json.loads(packed)[0]["filename"].replace("@", "").replace("/", "-")
        if not tarball.exists():
            tarball = next(folder.glob("*.tgz"))
        result.files = [tarball.name]
        command = [npm, "publish", str(tarball)]
        if registry:
            command += ["--registry", registry]
        if dry_run:
            _run([*command, "--dry-run"], cwd=package, env=env)
            return result
        _run(command, cwd=package, env=env)
        result.uploaded = True
        return result
