"""Hand a client her data: one zip with everything about her, and reading it back.

The zip holds `treffsicher-export.json`: a schema version, the workspace's schema revision,
the time of export, and per table the client's rows (storage.export_repo), plus a short
README naming what is inside. Reading it back inserts her rows with new ids into any
workspace of the same schema (SQLite or PostgreSQL); a client of the same name refuses.
The original files she sent are not part of the workspace (only her passages with their
provenance are), so they are not part of the export either.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from treffsicher.errors import InputError
from treffsicher.i18n import t
from treffsicher.services.clients import find_client
from treffsicher.storage import export_repo, repo
from treffsicher.storage.schema import HEAD_REVISION

EXPORT_SCHEMA_VERSION = 1
EXPORT_MEMBER = "treffsicher-export.json"
README_MEMBER = "LIESMICH.txt"
README_TEXT = (
    "treffsicher – Export einer Kundin / export of one client\n\n"
    f"{EXPORT_MEMBER}: alle Daten zu ihr als JSON (schema_version, schema_revision, "
    "exported_at, tables: je Tabelle ihre Zeilen) – all data about her as JSON, per table "
    "her rows.\n"
    "Einlesen / read back: treffsicher import-export DATEI.zip\n"
)


@dataclass(frozen=True)
class ExportReport:
    """A written or read export: the client, the file and how many rows per table."""

    name: str
    path: Path
    rows: dict[str, int]


def export_client(engine: Engine, name: str, target: Path, lang: str = "en") -> ExportReport:
    """Write everything about the client to a new zip file at `target`."""
    if target.exists():
        raise InputError(t("export.exists", lang, path=str(target)))
    with Session(engine) as session:
        client = find_client(session, name, lang)
        found_name = client.name
        tables = export_repo.dump_client_rows(session.connection(), client.id)
    document = {
        "schema_version": EXPORT_SCHEMA_VERSION,
        "schema_revision": HEAD_REVISION,
        "exported_at": datetime.now(UTC).isoformat(),
        "client": found_name,
        "tables": tables,
    }
    partial = target.with_name(target.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(EXPORT_MEMBER, json.dumps(document, ensure_ascii=False, indent=1))
            archive.writestr(README_MEMBER, README_TEXT)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InputError(t("export.write_failed", lang, path=str(target), error=exc)) from exc
    return ExportReport(found_name, target, {k: len(v) for k, v in tables.items()})


def read_export(path: Path, lang: str) -> dict[str, Any]:
    """The export document inside the zip; InputError naming the file and the reason."""
    try:
        with zipfile.ZipFile(path) as archive:
            document = json.loads(archive.read(EXPORT_MEMBER).decode("utf-8"))
    except FileNotFoundError as exc:
        raise InputError(t("export.missing", lang, path=str(path))) from exc
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError, ValueError) as exc:
        raise InputError(t("export.not_an_export", lang, path=str(path))) from exc
    if not isinstance(document, dict) or not isinstance(document.get("tables"), dict):
        raise InputError(t("export.not_an_export", lang, path=str(path)))
    if document.get("schema_version") != EXPORT_SCHEMA_VERSION:
        raise InputError(t("export.other_version", lang, path=str(path)))
    if document.get("schema_revision") != HEAD_REVISION:
        raise InputError(
            t(
                "export.other_revision",
                lang,
                path=str(path),
                theirs=str(document.get("schema_revision")),
                ours=HEAD_REVISION,
            )
        )
    return document


def import_export(engine: Engine, path: Path, lang: str = "en") -> ExportReport:
    """Read an export back into this workspace, in one transaction (all or nothing)."""
    document = read_export(path, lang)
    tables: dict[str, list[dict[str, Any]]] = document["tables"]
    name = str(document.get("client", ""))
    try:
        with Session(engine) as session, session.begin():
            if repo.get_client_by_name(session, name) is not None:
                raise InputError(t("export.client_exists", lang, name=name))
            export_repo.load_client_rows(session.connection(), tables)
    except (KeyError, ValueError, TypeError, IntegrityError) as exc:
        raise InputError(t("export.does_not_fit", lang, path=str(path))) from exc
    return ExportReport(name, path, {k: len(v) for k, v in tables.items()})
