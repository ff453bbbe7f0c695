"""`sdkgen publish` against a real pypiserver on loopback."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from sdkgen.cli import main
from tests.support.indexes import PyIndex, pypiserver
from tests.support.packages import SHARED, FreshVenv, generate

APIGATEWAY = SHARED / "apigateway"


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("publish")
    v1 = generate(APIGATEWAY / "orders-oas30.json", work / "v1", name="orders", version="1.1.1")
    v2 = generate(APIGATEWAY / "orders-oas30-v2.json", work / "v2", name="orders", version="2.0.0")
    return v1, v2


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PyIndex]:
    with pypiserver(tmp_path_factory.mktemp("pypiserver")) as running:
        yield running


def publish(package: Path, url: str, *extra: str) -> int:
    return main(["publish", str(package), "--repository-url", url, *extra])


def test_publish_install_and_import_side_by_side(
    packages: tuple[Path, Path],
    index: PyIndex,
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
    monkeypatch.setenv("TWINE_USERNAME", index.username)
    monkeypatch.setenv("TWINE_PASSWORD", index.password)
    assert publish(v1, index.url) == 0
    assert publish(v2, index.url) == 0
    monkeypatch.undo()
    assert commands and not [c for c in commands if any(index.password in p for p in c)]
    out = capsys.readouterr().out
    assert "published orders-v1 1.1.1" in out and "published orders-v2 2.0.0" in out
    assert sorted(p.name for p in index.packages.iterdir()) == [
        "orders_v1-1.1.1-py3-none-any.whl",
        "orders_v1-1.1.1.tar.gz",
        "orders_v2-2.0.0-py3-none-any.whl",
        "orders_v2-2.0.0.tar.gz",
    ]
    env = FreshVenv(tmp_path / "venv")
    env.install("--index-url", index.url + "simple/", "orders-v1", "orders-v2")
    script = tmp_path / "use.py"
    script.write_text(
        "import orders_v1, orders_v2\n"
        "one = orders_v1.Client(stage='prod')\n"
        "two = orders_v2.Client(stage='prod')\n"
        "print(orders_v1.__version__, orders_v2.__version__, one.base_url == two.base_url)\n"
        "print(hasattr(one.orders, 'cancel_order'), hasattr(two.orders, 'cancel_order'))\n"
    )
    result = env.run(script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1.1.1", "2.0.0", "True", "True", "False"]


def test_republishing_a_version_fails_cleanly(
    packages: tuple[Path, Path],
    index: PyIndex,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    v1, _ = packages
    monkeypatch.setenv("TWINE_USERNAME", index.username)
    monkeypatch.setenv("TWINE_PASSWORD", index.password)
    if not list(index.packages.glob("orders_v1-1.1.1*")):
        assert publish(v1, index.url) == 0
    before = sorted((p.name, p.stat().st_mtime_ns) for p in index.packages.iterdir())
    capsys.readouterr()
    assert publish(v1, index.url) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is already on the index" in err
    assert "Traceback" not in err
    assert sorted((p.name, p.stat().st_mtime_ns) for p in index.packages.iterdir()) == before


def test_wrong_password_fails_cleanly_without_showing_it(
    packages: tuple[Path, Path],
    index: PyIndex,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, v2 = packages
    monkeypatch.setenv("TWINE_USERNAME", index.username)
    monkeypatch.setenv("TWINE_PASSWORD", "not-the-password")
    before = sorted(p.name for p in index.packages.iterdir())
    with_bumped = v2.parent / "v2-bumped"
    if not with_bumped.exists():
        generate(APIGATEWAY / "orders-oas30-v2.json", with_bumped, name="orders", version="2.0.1")
    assert publish(with_bumped, index.url) == 1
    err = capsys.readouterr().err
    assert "refused the credentials" in err and "not-the-password" not in err
    assert sorted(p.name for p in index.packages.iterdir()) == before


def test_unreachable_index_fails_cleanly(
    packages: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TWINE_USERNAME", "u")
    monkeypatch.setenv("TWINE_PASSWORD", "p")
    assert publish(packages[0], "http://127.0.0.1:9/") == 1
    assert "cannot reach the index" in capsys.readouterr().err


def test_dry_run_uploads_nothing(
    packages: tuple[Path, Path], index: PyIndex, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sorted(p.name for p in index.packages.iterdir())
    assert publish(packages[0].parent / "v1", index.url, "--dry-run") == 0
    assert "built and checked (dry run) orders-v1 1.1.1" in capsys.readouterr().out
    assert sorted(p.name for p in index.packages.iterdir()) == before
