"""Source notes are stored as codes with parameters and shown in the reader's language."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from treffsicher.i18n import describe_note
from treffsicher.services.clients import add_client
from treffsicher.services.importing import import_sources
from treffsicher.services.source_list import list_sources
from treffsicher.services.sources import list_source_passages
from treffsicher.storage.tables import Source

LETTER = "Grüße aus Köln, wir wünschen Ihnen schöne Tage und bis bald.\n"


def test_a_note_is_stored_as_a_code_and_read_in_either_language(
    engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes(LETTER.encode("cp1252"))
    client = add_client(engine, "Johanna Kellermann")
    summary = import_sources(engine, client.name, [str(path)], None, "de")
    assert summary.reports[0].notes == ("nicht UTF-8; als Windows-1252 gelesen",)
    with Session(engine) as session:
        stored = session.scalars(select(Source.notes)).one()
    assert "gelesen" not in stored
    assert "reason.encoding_assumed" in stored
    german = list_sources(engine, client.id, "de")[0].notes
    english = list_sources(engine, client.id, "en")[0].notes
    assert german == ("nicht UTF-8; als Windows-1252 gelesen",)
    assert english == ("not UTF-8; read as Windows-1252",)
    _, sources = list_source_passages(engine, client.name, lang="en")
    assert sources[0].notes == english


def test_notes_stored_as_sentences_are_shown_as_they_are() -> None:
    assert describe_note("Kodierung nicht angegeben", "en") == "Kodierung nicht angegeben"
    assert describe_note('§ {"key": "no.such.key", "params": {}}', "de").startswith("§")
