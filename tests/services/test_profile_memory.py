"""The profile pages' memory of decoded profiles follows the stored profile cache row."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from treffsicher.errors import NotFoundError
from treffsicher.services.clients import add_client
from treffsicher.services.importing import import_sources
from treffsicher.services.profile_memory import load_client_profile

FIRST = (
    "Liebe Frau Berger, vielen Dank für Ihre Nachricht. Ich freue mich sehr auf unser "
    "Gespräch am Donnerstag und bringe die Unterlagen mit. Herzliche Grüße"
)
SECOND = (
    "Hallo zusammen, kurz zur Info: der Termin verschiebt sich auf nächste Woche. "
    "Ich melde mich, sobald ich Genaueres weiß. Viele Grüße"
)


def test_a_profile_is_decoded_once_until_her_passages_change(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    client = add_client(sqlite_engine, "Ulrike Berger")
    first = tmp_path / "erste.txt"
    first.write_text(FIRST, encoding="utf-8")
    import_sources(sqlite_engine, client.name, [str(first)], None, "de")
    built = load_client_profile(sqlite_engine, client.id, "de")
    assert load_client_profile(sqlite_engine, client.id, "de") is built
    second = tmp_path / "zweite.txt"
    second.write_text(SECOND, encoding="utf-8")
    import_sources(sqlite_engine, client.name, [str(second)], None, "de")
    rebuilt = load_client_profile(sqlite_engine, client.id, "de")
    assert rebuilt is not built
    assert rebuilt.profile.languages["de"].n_words > built.profile.languages["de"].n_words


def test_an_unknown_client_is_not_found(sqlite_engine: Engine) -> None:
    with pytest.raises(NotFoundError):
        load_client_profile(sqlite_engine, 4711, "de")


def test_forgetting_a_client_drops_her_profile_from_memory(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    from treffsicher.services.privacy import forget_client
    from treffsicher.services.profile_memory import ENTRIES

    client = add_client(sqlite_engine, "Ulrike Berger")
    first = tmp_path / "erste.txt"
    first.write_text(FIRST, encoding="utf-8")
    import_sources(sqlite_engine, client.name, [str(first)], None, "de")
    load_client_profile(sqlite_engine, client.id, "de")
    assert (str(sqlite_engine.url), client.id) in ENTRIES
    forget_client(sqlite_engine, client.name, "de")
    assert (str(sqlite_engine.url), client.id) not in ENTRIES
