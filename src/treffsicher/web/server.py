"""The app for a production server: `uvicorn --factory treffsicher.web.server:app_from_env`
(several workers or gunicorn processes), configured from the environment only."""

from __future__ import annotations

from fastapi import FastAPI

from treffsicher.settings import Settings
from treffsicher.web.app import WebOptions, create_app


def app_from_env() -> FastAPI:
    """The web app on TREFFSICHER_DATABASE_URL (or _WORKSPACE) with the options of
    TREFFSICHER_ALLOWED_HOSTS, _PASSWORD, _MAX_UPLOAD_MB and _SECURE_COOKIES."""
    return create_app(Settings.from_env(), WebOptions.from_env())
