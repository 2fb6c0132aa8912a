"""Load the demo workspace described by demo/data/manifest.json (idempotent)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from treffsicher.core.imported import ImportProblem
from treffsicher.errors import InputError, StorageError, TreffsicherError
from treffsicher.i18n import t
from treffsicher.services.clients import add_identities
from treffsicher.services.importing import (
    SOURCE_KINDS,
    store_source,
)
from treffsicher.storage import repo
from treffsicher.storage.tables import CLIENT_KIND_CLIENT

MANIFEST_NAME = "manifest.json"


@dataclass(frozen=True)
class DemoSource:
    """One file of a demo client, relative to the data root."""

    path: str
    kind: str


@dataclass(frozen=True)
class DemoClient:
    """A demo client as the manifest describes her."""

    name: str
    language: str
    emails: tuple[str, ...]
    speakers: tuple[str, ...]
    sources: tuple[DemoSource, ...]
    kind: str = CLIENT_KIND_CLIENT  # "writer": the copywriter's own voice, not a client


@dataclass(frozen=True)
class DemoManifest:
    """The demo clients and the one whose profile `treffsicher demo` prints."""

    clients: tuple[DemoClient, ...]
    primary: str


@dataclass
class DemoSummary:
    """What loading the demo did; a second run imports nothing new."""

    primary: str
    clients: int = 0
    sources_imported: int = 0
    duplicates: int = 0
    problems: list[ImportProblem] = field(default_factory=list)


def default_data_root() -> Traversable:
    """The demo data shipped inside the package."""
    return resources.files("treffsicher.demo").joinpath("data")


def read_manifest(root: Traversable | Path, lang: str = "en") -> DemoManifest:
    """Parse root/manifest.json; StorageError when it is missing, InputError when invalid."""
    manifest_file = root.joinpath(MANIFEST_NAME)
    if not manifest_file.is_file():
        raise StorageError(t("demo.missing", lang, path=manifest_file))
    try:
        data = json.loads(manifest_file.read_text(encoding="utf-8"))
        return parse_manifest(data)
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(t("demo.invalid", lang, path=manifest_file, error=exc)) from exc


def parse_manifest(data: dict[str, Any]) -> DemoManifest:
    """A DemoManifest from decoded JSON; KeyError/TypeError/ValueError when malformed."""
    clients = tuple(
        DemoClient(
            name=str(entry["name"]),
            language=str(entry.get("language", "de")),
            emails=tuple(entry.get("emails", ())),
            speakers=tuple(entry.get("speakers", ())),
            sources=tuple(
                DemoSource(str(s["path"]), str(s.get("kind", "text"))) for s in entry["sources"]
            ),
            kind=str(entry.get("kind", CLIENT_KIND_CLIENT)),
        )
        for entry in data["clients"]
    )
    for client in clients:
        for source in client.sources:
            if source.kind not in SOURCE_KINDS:
                raise ValueError(f"{source.path}: unknown kind {source.kind!r}")
    primary = str(data.get("primary") or (clients[0].name if clients else ""))
    if primary not in {c.name for c in clients}:
        raise ValueError(f"primary client {primary!r} is not among the clients")
    return DemoManifest(clients, primary)


def load_demo(
    engine: Engine,
    root: Traversable | Path | None = None,
    lang: str = "en",
) -> DemoSummary:
    """Add the demo clients and import their files (plain text and Markdown, read by
    importers.documents); re-running adds nothing."""
    from treffsicher.importers import documents

    data_root = root if root is not None else default_data_root()
    manifest = read_manifest(data_root, lang)
    clients = [c for c in manifest.clients if c.kind == CLIENT_KIND_CLIENT]
    summary = DemoSummary(primary=manifest.primary, clients=len(clients))
    for client in manifest.clients:
        client_id = ensure_client(engine, client)
        for source in client.sources:
            try:
                data = data_root.joinpath(source.path).read_bytes()
                imported = documents.read_bytes(data, source.path, lang=lang)
            except (OSError, TreffsicherError) as exc:
                summary.problems.append(ImportProblem(source.path, str(exc)))
                continue
            outcome = store_source(engine, client_id, imported, source.kind, lang)
            if isinstance(outcome, ImportProblem):
                summary.problems.append(outcome)
            elif outcome.duplicate:
                summary.duplicates += 1
            else:
                summary.sources_imported += 1
    return summary


def ensure_client(engine: Engine, client: DemoClient) -> int:
    """The id of the demo client, added with her identities if she is not there yet."""
    with Session(engine) as session, session.begin():
        row = repo.get_client_by_name(session, client.name)
        if row is None:
            row = repo.add_client(session, client.name)
            row.kind = client.kind
        add_identities(session, row.id, client.emails, client.speakers)
        return row.id
