"""Settings: workspace and database URL resolution, UI language from options or locale."""

from __future__ import annotations

from pathlib import Path

import pytest

from treffsicher.settings import Settings, default_workspace_path, normalize_language


def test_workspace_option_wins(tmp_path: Path) -> None:
    env = {"TREFFSICHER_WORKSPACE": "/elsewhere/w.sqlite", "TREFFSICHER_DATABASE_URL": "x://y"}
    settings = Settings.from_env(workspace=tmp_path / "a.sqlite", environ=env)
    assert settings.database_url == "sqlite:///" + str(tmp_path / "a.sqlite")


def test_workspace_variable_before_database_url(tmp_path: Path) -> None:
    env = {"TREFFSICHER_WORKSPACE": str(tmp_path / "b.sqlite"), "TREFFSICHER_DATABASE_URL": "x"}
    assert Settings.from_env(environ=env).database_url == "sqlite:///" + str(tmp_path / "b.sqlite")


def test_database_url_variable() -> None:
    url = "postgresql+psycopg://u:p@localhost/db"
    assert Settings.from_env(environ={"TREFFSICHER_DATABASE_URL": url}).database_url == url


def test_default_is_in_the_user_data_folder() -> None:
    settings = Settings.from_env(environ={})
    assert settings.database_url == "sqlite:///" + str(default_workspace_path())
    assert default_workspace_path().name == "workspace.sqlite"
    assert "treffsicher" in str(default_workspace_path())


@pytest.mark.parametrize(
    ("option", "env", "expected"),
    [
        ("en", {"LANG": "de_DE.UTF-8"}, "en"),
        (None, {"LANG": "de_DE.UTF-8"}, "de"),
        (None, {"LANG": "de_AT.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),
        (None, {"LANG": "en_US.UTF-8", "LC_MESSAGES": "de_CH.UTF-8"}, "de"),
        (None, {"LANG": "fr_FR.UTF-8"}, "en"),
        (None, {}, "en"),
    ],
)
def test_language(option: str | None, env: dict[str, str], expected: str) -> None:
    assert Settings.from_env(lang=option, environ=env).lang == expected


@pytest.mark.parametrize(("value", "expected"), [("DE", "de"), ("de", "de"), ("C", "en")])
def test_normalize_language(value: str, expected: str) -> None:
    assert normalize_language(value) == expected
