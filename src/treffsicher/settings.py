"""Settings: where the workspace lives and which language the user reads."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ENV_WORKSPACE = "TREFFSICHER_WORKSPACE"
ENV_DATABASE_URL = "TREFFSICHER_DATABASE_URL"
# Checked in this order, as gettext does: LC_ALL overrides LC_MESSAGES overrides LANG.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
UI_LANGUAGES = ("de", "en")
DEFAULT_WORKSPACE_NAME = "workspace.sqlite"
APP_NAME = "treffsicher"


@dataclass(frozen=True)
class Settings:
    """Everything a CLI command or the web app needs to know about its environment."""

    database_url: str
    lang: str = "en"
    host: str = "127.0.0.1"
    port: int = 8000

    @classmethod
    def from_env(
        cls,
        workspace: Path | str | None = None,
        lang: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Settings:
        """Settings from explicit options first, then the environment, then defaults."""
        env = os.environ if environ is None else environ
        return cls(
            database_url=resolve_database_url(workspace, env),
            lang=resolve_language(lang, env),
        )

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def sqlite_url(path: Path | str) -> str:
    """The SQLAlchemy URL of an SQLite file at `path` (made absolute)."""
    return "sqlite:///" + str(Path(path).expanduser().resolve())


def default_workspace_path() -> Path:
    """The SQLite file in the user's data directory (platformdirs)."""
    # Imported here: platformdirs is cheap, but `--help` should import nothing it needs not.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME)) / DEFAULT_WORKSPACE_NAME


def resolve_database_url(workspace: Path | str | None, env: Mapping[str, str]) -> str:
    """--workspace, else TREFFSICHER_WORKSPACE, else TREFFSICHER_DATABASE_URL, else default."""
    if workspace:
        return sqlite_url(workspace)
    if env.get(ENV_WORKSPACE):
        return sqlite_url(env[ENV_WORKSPACE])
    if env.get(ENV_DATABASE_URL):
        return env[ENV_DATABASE_URL]
    return sqlite_url(default_workspace_path())


def resolve_language(lang: str | None, env: Mapping[str, str]) -> str:
    """'de' or 'en': the --lang option, else the first set locale variable (de* → de)."""
    if lang:
        return normalize_language(lang)
    for name in LOCALE_VARIABLES:
        value = env.get(name)
        if value:
            return normalize_language(value)
    return "en"


def normalize_language(value: str) -> str:
    """'de' for any German locale ('de', 'de_AT.UTF-8', 'DE'), else 'en'."""
    return "de" if value.strip().lower().startswith("de") else "en"
