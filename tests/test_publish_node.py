"""`sdkgen publish` of Node packages against a real verdaccio registry on loopback."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from sdkgen.cli import main
from tests.support.indexes import NpmRegistry, npm, verdaccio
from tests.support.packages import SHARED, generate

APIGATEWAY = SHARED / "apigateway"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NpmRegistry]:
    with verdaccio(tmp_path_factory.mktemp("verdaccio")) as running:
        yield running


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("npm-packages")
    v1 = generate(
        APIGATEWAY / "orders-oas30.json", work / "v1", lang="node", name="orders", version="1.1.1"
    )
    v2 = generate(
        APIGATEWAY / "orders-oas30-v2.json",
        work / "v2",
        lang="node",
        name="orders",
        version="2.0.0",
    )
    return v1, v2


def publish(package: Path, registry: NpmRegistry, *extra: str) -> int:
    return main(["publish", str(package), "--registry", registry.url, *extra])


def published_versions(registry: NpmRegistry, name: str) -> list[str]:
    folder = registry.storage / name
    return sorted(p.name for p in folder.glob("*.tgz")) if folder.is_dir() else []


def test_publish_then_install_both_majors_side_by_side(
    packages: tuple[Path, Path],
    registry: NpmRegistry,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    v1, v2 = packages
    commands: list[list[str]] = []
    real_run = subprocess.run

    def spy(command: list[str], *args: object, **kwargs: object) -> object:
        commands.append(list(command))
        return real_run(command, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(subprocess, "run", spy)
    monkeypatch.setenv("NPM_TOKEN", registry.token)
    assert publish(v1, registry) == 0
    assert publish(v2, registry) == 0
    monkeypatch.undo()
    assert commands and not [c for c in commands if any(registry.token in part for part in c)]
    out = capsys.readouterr().out
    assert "published orders-v1 1.1.1" in out and "published orders-v2 2.0.0" in out
    assert published_versions(registry, "orders-v1") == ["orders-v1-1.1.1.tgz"]

    app = tmp_path / "app"
    app.mkdir()
    (app / "package.json").write_text(json.dumps({"name": "app", "private": True}))
    install = [npm(), "install", "--no-audit", "--no-fund", "--registry", registry.url]
    result = subprocess.run(
        [*install, "orders-v1", "orders-v2"], cwd=app, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    script = (
        "import * as one from 'orders-v1'; import * as two from 'orders-v2';\n"
        "const a = new one.Client({ stage: 'prod' });\n"
        "const b = new two.Client({ stage: 'prod' });\n"
        "console.log(typeof a.orders.cancelOrder, typeof b.orders.cancelOrder,\n"
        "  typeof b.orders.shipOrder);\n"
    )
    (app / "use.mjs").write_text(script)
    ran = subprocess.run(["node", "use.mjs"], cwd=app, capture_output=True, text=True, check=False)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split() == ["function", "undefined", "function"]


def test_republishing_a_version_fails_cleanly(
    packages: tuple[Path, Path],
    registry: NpmRegistry,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    v1, _ = packages
    monkeypatch.setenv("NPM_TOKEN", registry.token)
    if not published_versions(registry, "orders-v1"):
        assert publish(v1, registry) == 0
    capsys.readouterr()
    assert publish(v1, registry) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already on the index" in err and "Traceback" not in err
    assert published_versions(registry, "orders-v1") == ["orders-v1-1.1.1.tgz"]


def test_a_bad_token_fails_cleanly_without_showing_it(
    packages: tuple[Path, Path],
    registry: NpmRegistry,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bumped = generate(
        APIGATEWAY / "orders-oas30.json", tmp_path / "v1b", lang="node", name="orders",
        version="1.1.2",
    )  # fmt: skip
    monkeypatch.setenv("NPM_TOKEN", "not-a-real-token")
    assert publish(bumped, registry) == 1
    err = capsys.readouterr().err
    assert "refused the credentials" in err and "not-a-real-token" not in err
    assert "orders-v1-1.1.2.tgz" not in published_versions(registry, "orders-v1")


def test_dry_run_publishes_nothing(
    packages: tuple[Path, Path],
    registry: NpmRegistry,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fresh = generate(
        APIGATEWAY / "orders-oas30.json", tmp_path / "v1c", lang="node", name="orders",
        version="1.1.3",
    )  # fmt: skip
    monkeypatch.setenv("NPM_TOKEN", registry.token)
    assert publish(fresh, registry, "--dry-run") == 0
    assert "built and checked (dry run) orders-v1 1.1.3" in capsys.readouterr().out
    assert "orders-v1-1.1.3.tgz" not in published_versions(registry, "orders-v1")
