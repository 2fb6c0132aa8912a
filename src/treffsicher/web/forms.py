"""Reading state-changing requests: the form with size limits, checked for its CSRF token."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request

from treffsicher.errors import InputError
from treffsicher.web.i18n import ui_text
from treffsicher.web.render import request_language
from treffsicher.web.security import verify_csrf

MAX_FIELD_BYTES = 8 * 1024 * 1024  # a pasted draft of a few MB (names 5 MB)
MAX_FILES = 50  # files per upload request
MAX_FIELDS = 100


@dataclass(frozen=True)
class FormLimits:
    """What the parser accepts before the CSRF check can look at the form: it holds text
    fields in memory (up to max_fields × max_part_size) and spools files to disk."""

    max_files: int
    max_fields: int
    max_part_size: int
    message_key: str


# The forms of logged-in users (also uploads and pasted drafts).
USER_FORM = FormLimits(MAX_FILES, MAX_FIELDS, MAX_FIELD_BYTES, "error.form_too_large")
# Forms anyone can send (the login, her check-back pages): a few short fields, no files,
# so a request nobody logged in cannot make the server hold megabytes (see
# docs/decisions/0017-web-attack-review.md).
PUBLIC_FORM = FormLimits(0, 10, 64 * 1024, "error.public_form_too_large")


async def read_form(request: Request, limits: FormLimits = USER_FORM) -> FormData:
    """The request's form (files spooled to the system temp dir by Starlette, removed when
    the request ends), after the CSRF check; CsrfError when the token is missing."""
    try:
        form = await request.form(
            max_files=limits.max_files,
            max_fields=limits.max_fields,
            max_part_size=limits.max_part_size,
        )
    except HTTPException as exc:
        # Starlette's parser refuses too many fields or files, or a text field over the
        # limit, with a bare 400: say which limit and what to do instead.
        size = limits.max_part_size // (1024 * 1024)
        message = ui_text(limits.message_key, request_language(request), size=size)
        raise InputError(message) from exc
    verify_csrf(request, form, ui_text("error.csrf", request_language(request)))
    return form


def text_field(form: FormData, name: str) -> str:
    """A text field's value, '' when absent or a file."""
    value = form.get(name)
    return value if isinstance(value, str) else ""


def file_fields(form: FormData, name: str) -> list[UploadFile]:
    """The uploaded files under `name` that have a file name (empty inputs left out)."""
    return [f for f in form.getlist(name) if isinstance(f, UploadFile) and f.filename]


def split_values(text: str) -> list[str]:
    """Comma-, semicolon- or line-separated values, stripped, empty ones dropped."""
    for separator in (";", "\n"):
        text = text.replace(separator, ",")
    return [v.strip() for v in text.split(",") if v.strip()]


def engine_of(request: Request) -> Engine:
    """The workspace engine the app was created with."""
    engine: Engine = request.app.state.engine
    return engine
