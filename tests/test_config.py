"""sdkgen.toml / [tool.sdkgen]: several APIs built and published by one command."""

from __future__ import annotations

from pathlib import Path

import pytest

from sdkgen.cli import main
from sdkgen.config import find_config
from sdkgen.errors import ConfigError
from tests.golden import SPECS


def write(folder: Path, text: str, name: str = "sdkgen.toml") -> None:
    (folder / name).write_text(text)


def test_build_without_a_spec_builds_every_configured_api(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(
        tmp_path,
        f'[[api]]\nspec = "{SPECS / "petstore-oas30.yaml"}"\nname = "pets"\n'
        'languages = ["python"]\nout = "generated"\n\n'
        f'[[api]]\nspec = "{SPECS / "petstore-swagger2.yaml"}"\nname = "legacy pets"\n'
        'languages = ["python"]\npackage-version = "3.0.0"\n',
    )
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 0
    assert (tmp_path / "generated" / "python" / "pets-v1" / "pyproject.toml").exists()
    assert (tmp_path / "sdks" / "python" / "legacy-pets-v3" / "legacy_pets_v3").is_dir()
    assert capsys.readouterr().out.count("wrote ") == 2


def test_publish_dry_run_from_the_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(
        tmp_path,
        f'[[api]]\nspec = "{SPECS / "petstore-oas30.yaml"}"\nlanguages = ["python"]\n\n'
        '[publish]\nrepository-url = "http://127.0.0.1:9/"\n',
    )
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 0
    assert main(["publish", "--dry-run"]) == 0
    assert "built and checked (dry run) petstore-v1 1.4.2" in capsys.readouterr().out


def test_tool_sdkgen_in_pyproject(tmp_path: Path) -> None:
    write(
        tmp_path,
        '[project]\nname = "x"\n\n[[tool.sdkgen.api]]\nspec = "a.yaml"\nnpm-scope = "@acme"\n',
        "pyproject.toml",
    )
    config = find_config(tmp_path)
    assert config is not None
    assert config.apis[0].spec == tmp_path / "a.yaml"
    assert config.apis[0].npm_scope == "@acme"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[api]]\nspec = "a.yaml"\nlanguage = ["python"]\n', "unknown key api[0].language"),
        ('[[api]]\nspec = "a.yaml"\n[publish]\ntoken = "x"\n', "unknown key publish.token"),
        ('[[api]]\nname = "a"\n', "api[0].spec is required"),
        ("apis = []\n", "unknown key apis"),
        ("[[api]\n", "not valid TOML"),
    ],
)
def test_bad_configs_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    write(tmp_path, text)
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        find_config(tmp_path)


def test_no_config_and_no_spec_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 1
    assert "list APIs in sdkgen.toml" in capsys.readouterr().err
