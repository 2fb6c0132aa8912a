"""The writer's own voice: identities, her messages kept from client imports, `me import`
for earlier archives, hidden from the client list, and the check's comparisons."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from treffsicher.errors import InputError, NotFoundError
from treffsicher.services.checking import Draft, check_client_draft
from treffsicher.services.clients import add_client, list_clients
from treffsicher.services.importing import import_sources
from treffsicher.services.writer import add_writer, import_writer, show_writer
from treffsicher.storage.tables import Client, PassageRow, Source

VOICES = Path(__file__).resolve().parents[1] / "texts" / "voices"
SEPARATOR = b"From MAILER-DAEMON Tue Jun  3 10:12:00 2025\n"
KATRIN = "katrin@praxis-vogt.example"
JANA = "jana@texte.example"


def read_texts(name: str) -> list[str]:
    text = (VOICES / f"{name}.txt").read_text(encoding="utf-8")
    return [part.strip() for part in text.split("===") if part.strip()]


def make_message(number: int, sender: str, name: str, body: str) -> bytes:
    head = (
        f"From: {name} <{sender}>\nTo: someone@example.org\nSubject: Nachricht {number}\n"
        f"Date: Tue, 03 Jun 2025 10:{number:02d}:00 +0200\nMessage-ID: <{number}@voices>\n"
        "Content-Type: text/plain; charset=utf-8\n"
    )
    return (head + "\n" + body + "\n").encode()


def write_conversation(path: Path) -> Path:
    """An mbox of Katrin's mails and Jana's mails (the writer), interleaved."""
    katrin, jana = read_texts("katrin"), read_texts("jana")
    messages = [make_message(i, KATRIN, "Katrin Vogt", t) for i, t in enumerate(katrin)]
    offset = len(katrin)
    messages += [make_message(offset + i, JANA, "Jana Roth", t) for i, t in enumerate(jana)]
    path.write_bytes(b"".join(SEPARATOR + m for m in messages))
    return path


def count_passages(engine: Engine, name: str) -> int:
    with Session(engine) as session:
        query = (
            select(func.count(PassageRow.id)).join(Source).join(Client).where(Client.name == name)
        )
        return int(session.scalar(query) or 0)


@pytest.fixture
def workspace(engine: Engine) -> Engine:
    add_client(engine, "Katrin Vogt", emails=[KATRIN])
    for name in ("mira", "bernd"):
        add_client(engine, name.capitalize())
    return engine


def import_other_clients(engine: Engine, tmp_path: Path) -> None:
    for name in ("mira", "bernd"):
        files = []
        for i, text in enumerate(read_texts(name)):
            path = tmp_path / f"{name}-{i}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(str(path))
        import_sources(engine, name.capitalize(), files, kind="email", lang="de")


def test_an_import_keeps_the_writers_own_messages(workspace: Engine, tmp_path: Path) -> None:
    add_writer(workspace, [JANA], "Jana Roth", lang="de")
    archive = write_conversation(tmp_path / "verlauf.mbox")
    import_sources(workspace, "Katrin Vogt", [str(archive)], lang="de")
    assert count_passages(workspace, "Katrin Vogt") == len(read_texts("katrin"))
    assert count_passages(workspace, "Jana Roth") == len(read_texts("jana"))
    assert [c.name for c in list_clients(workspace)] == ["Bernd", "Katrin Vogt", "Mira"]
    assert show_writer(workspace).emails == (JANA,)


def test_me_import_takes_archives_imported_before(workspace: Engine, tmp_path: Path) -> None:
    archive = write_conversation(tmp_path / "verlauf.mbox")
    import_sources(workspace, "Katrin Vogt", [str(archive)], lang="de")
    add_writer(workspace, [JANA], "Jana Roth", lang="de")
    assert count_passages(workspace, "Jana Roth") == 0
    summary = import_writer(workspace, [str(archive)], lang="de")
    assert summary.messages_from_client == len(read_texts("jana"))
    assert count_passages(workspace, "Jana Roth") == len(read_texts("jana"))
    assert count_passages(workspace, "Katrin Vogt") == len(read_texts("katrin"))


def test_the_writers_style_is_recognised_as_hers(workspace: Engine, tmp_path: Path) -> None:
    add_writer(workspace, [JANA], "Jana Roth", lang="de")
    import_sources(workspace, "Katrin Vogt", [str(write_conversation(tmp_path / "v.mbox"))])
    import_other_clients(workspace, tmp_path)
    text = (VOICES / "jana_entwurf.txt").read_text(encoding="utf-8")
    outcome = check_client_draft(workspace, "Katrin Vogt", Draft("seite.md", text, None), lang="de")
    data = outcome.to_dict()
    assert data["closest"] is not None
    assert data["closest"]["kind"] == "writer"
    assert data["closest"]["name"] == "Jana Roth"
    kinds = sorted(c["kind"] for c in data["comparisons"])
    assert kinds == ["client", "other_client", "other_client", "writer"]
    assert data["band"] != "fits"


def test_the_writer_needs_an_identity_and_a_free_name(workspace: Engine) -> None:
    with pytest.raises(InputError):
        add_writer(workspace, [], lang="de")
    with pytest.raises(InputError, match="Kundin"):
        add_writer(workspace, [JANA], "Katrin Vogt", lang="de")
    with pytest.raises(NotFoundError):
        show_writer(workspace, "de")
    info, added = add_writer(workspace, [JANA], lang="de")
    assert info.name == "Ich"
    assert added == [JANA]
    again, added_again = add_writer(workspace, [JANA], "Jana Roth", lang="de")
    assert again.name == "Jana Roth"
    assert added_again == []
