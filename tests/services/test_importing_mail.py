"""Import service with mail files: one source per message of hers, duplicates across
exports, re-runs, summary counts, provenance stored, and a SIGKILL mid-import."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from treffsicher.services.clients import add_client
from treffsicher.services.importing import import_sources
from treffsicher.services.mailimport import ImportProgress
from treffsicher.services.workspace import open_workspace
from treffsicher.storage.tables import PassageRow, Source

CLIENT = "Johanna Kellermann"
ADDRESS = "johanna@hebamme-lindenfeld.de"
SEPARATOR = b"From MAILER-DAEMON Tue Jun  3 10:12:00 2025\n"
SENTENCES = [
    "Ich freue mich sehr auf die neue Startseite.",
    "Die Fotos vom Kurs schicke ich dir morgen.",
    "Magst du den Text über die Rückbildung noch einmal lesen?",
    "Ganz in Ruhe, wir haben ja Zeit bis Juni.",
    "Die Preise bleiben wie im letzten Jahr.",
]


def make_message(i: int, sender: str = ADDRESS, extra_headers: str = "") -> bytes:
    """Message number i: her text varies with i, plus a quote of the copywriter."""
    body = "Hallo Anna,\n\n" + " ".join(SENTENCES[(i + k) % 5] for k in range(3))
    body += f" Das ist Nachricht {i}.\n\nLiebe Grüße\nJohanna\n\n"
    body += "Am 02.06.2025 um 09:00 schrieb Anna Berg <anna@berg-text.de>:\n> Liebe Johanna,\n"
    body += "> hier der Entwurf.\n"
    head = (
        f"From: Johanna Kellermann <{sender}>\nTo: anna@berg-text.de\n"
        f"Subject: Nachricht {i}\nDate: Tue, 03 Jun 2025 10:{i % 60:02d}:00 +0200\n"
        f"Message-ID: <{i}@lindenfeld>\nContent-Type: text/plain; charset=utf-8\n{extra_headers}"
    )
    return head.encode() + b"\n" + body.encode()


def write_mbox(path: Path, numbers: range, others_every: int = 0) -> Path:
    with path.open("wb") as file:
        for i in numbers:
            sender = "anna@berg-text.de" if others_every and i % others_every == 0 else ADDRESS
            file.write(SEPARATOR + make_message(i, sender) + b"\n")
    return path


@pytest.fixture
def client(engine: Engine) -> str:
    add_client(engine, CLIENT, emails=[ADDRESS])
    return CLIENT


def stored_messages(engine: Engine) -> dict[str | None, list[str]]:
    """Message-ID → texts of its passages, for comparing workspaces."""
    with Session(engine) as session:
        rows = session.execute(
            select(Source.message_id, PassageRow.text)
            .join(PassageRow, PassageRow.source_id == Source.id)
            .order_by(Source.message_id, PassageRow.position)
        )
        out: dict[str | None, list[str]] = {}
        for message_id, text in rows:
            out.setdefault(message_id, []).append(text)
        return out


def test_her_messages_become_sources_others_are_counted(
    engine: Engine, client: str, tmp_path: Path
) -> None:
    mbox = write_mbox(tmp_path / "a.mbox", range(1, 11), others_every=5)  # 5 and 10: Anna
    summary = import_sources(engine, client, [str(mbox)], lang="de")
    assert summary.messages_seen == 10
    assert summary.messages_from_client == 8
    assert summary.sources_imported == 8
    assert summary.passages == 8
    assert summary.problems == []
    stored = stored_messages(engine)
    assert sorted(stored, key=str) == sorted(
        (f"{i}@lindenfeld" for i in range(1, 11) if i % 5), key=str
    )
    assert stored["1@lindenfeld"] == [
        "Hallo Anna,\n\nDie Fotos vom Kurs schicke ich dir morgen. Magst du den Text über die "
        "Rückbildung noch einmal lesen? Ganz in Ruhe, wir haben ja Zeit bis Juni. Das ist "
        "Nachricht 1.\n\nLiebe Grüße\nJohanna"
    ]


def test_provenance_is_stored(engine: Engine, client: str, tmp_path: Path) -> None:
    mbox = write_mbox(tmp_path / "a.mbox", range(1, 3))
    import_sources(engine, client, [str(mbox)], lang="de")
    with Session(engine) as session:
        source = session.scalars(select(Source).where(Source.message_id == "2@lindenfeld")).one()
        assert source.subject == "Nachricht 2"
        assert source.sender == ADDRESS
        assert source.container == str(mbox)
        assert source.container_index == 2
        assert source.occurred_at is not None
        # 10:02 +0200 is stored as UTC (SQLite returns it without a zone).
        assert source.occurred_at.replace(tzinfo=None).isoformat() == "2025-06-03T08:02:00"
        assert source.kind == "email"
        assert [p.role for p in source.passages] == ["body"]


def test_reimport_and_a_second_export_add_nothing(
    engine: Engine, client: str, tmp_path: Path
) -> None:
    first = write_mbox(tmp_path / "a.mbox", range(1, 6))
    import_sources(engine, client, [str(first)], lang="de")
    again = import_sources(engine, client, [str(first)], lang="de")
    assert (again.sources_imported, again.duplicates_skipped) == (0, 5)
    # Another program's export: extra status headers, CRLF line ends, one new message.
    second = tmp_path / "thunderbird"
    with second.open("wb") as file:
        for i in range(1, 7):
            data = make_message(i, extra_headers="X-Mozilla-Status: 0001\n")
            file.write(SEPARATOR + data.replace(b"\n", b"\r\n") + b"\r\n")
    summary = import_sources(engine, client, [str(second)], lang="de")
    assert (summary.sources_imported, summary.duplicates_skipped) == (1, 5)
    assert len(stored_messages(engine)) == 6


def test_same_text_without_message_id_is_caught_by_the_content_hash(
    engine: Engine, client: str, tmp_path: Path
) -> None:
    data = make_message(1).replace(b"Message-ID: <1@lindenfeld>\n", b"")
    (tmp_path / "a.eml").write_bytes(data)
    (tmp_path / "b.eml").write_bytes(b"X-Apple-Mail: 1\n" + data)
    summary = import_sources(engine, client, [str(tmp_path / "a.eml"), str(tmp_path / "b.eml")])
    assert (summary.sources_imported, summary.duplicates_skipped) == (1, 1)
    assert list(stored_messages(engine)) == [None]  # NULL, not "", without a Message-ID


def test_no_message_of_hers_is_reported_with_the_name_hint(
    engine: Engine, client: str, tmp_path: Path
) -> None:
    path = tmp_path / "other.eml"
    path.write_bytes(make_message(1, sender="jo@privat.example"))
    summary = import_sources(engine, client, [str(path)], lang="de")
    assert (summary.messages_seen, summary.messages_from_client) == (1, 0)
    report = summary.mail_files[0]
    assert dict(report.name_hints) == {("jo@privat.example", "Johanna Kellermann"): 1}


def test_a_bad_mail_file_does_not_stop_the_others(
    engine: Engine, client: str, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.mbox"
    empty.write_bytes(b"")
    good = write_mbox(tmp_path / "good.mbox", range(1, 3))
    text = tmp_path / "notiz.txt"
    text.write_text("Hallo Anna, das ist eine Notiz von mir zu unserem Gespräch.\n")
    summary = import_sources(engine, client, [str(empty), str(good), str(text)], lang="de")
    assert [p.path for p in summary.problems] == [str(empty)]
    assert summary.sources_imported == 3


KILL_SCRIPT = """
import sys
from treffsicher.services.importing import import_sources
from treffsicher.services.mailimport import ImportProgress
from treffsicher.services.workspace import open_workspace
engine = open_workspace(sys.argv[1])
import_sources(engine, sys.argv[2], [sys.argv[3]], lang="de")
"""


def count_sources(database: Path) -> int:
    with sqlite3.connect(database) as conn:
        return int(conn.execute("SELECT count(*) FROM sources").fetchone()[0])


def test_sigkill_mid_import_leaves_whole_messages_and_a_rerun_completes(tmp_path: Path) -> None:
    total = 3000
    mbox = write_mbox(tmp_path / "big.mbox", range(1, total + 1))
    killed_db = tmp_path / "killed.sqlite"
    clean_db = tmp_path / "clean.sqlite"
    engines = [open_workspace(f"sqlite:///{db}") for db in (killed_db, clean_db)]
    for engine in engines:
        add_client(engine, CLIENT, emails=[ADDRESS])
    process = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, f"sqlite:///{killed_db}", CLIENT, str(mbox)],
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while count_sources(killed_db) < 50 and time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    killed_at = count_sources(killed_db)
    assert 50 <= killed_at < total
    with sqlite3.connect(killed_db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = conn.execute(
            "SELECT count(*) FROM sources s WHERE NOT EXISTS "
            "(SELECT 1 FROM passages p WHERE p.source_id = s.id)"
        ).fetchone()[0]
        assert orphans == 0
    rerun = import_sources(engines[0], CLIENT, [str(mbox)], lang="de")
    assert rerun.duplicates_skipped == killed_at
    assert rerun.sources_imported == total - killed_at
    import_sources(engines[1], CLIENT, [str(mbox)], lang="de")
    assert stored_messages(engines[0]) == stored_messages(engines[1])
    for engine in engines:
        engine.dispose()


def test_other_formats_go_through_the_dispatcher_with_her_speaker_names(
    engine: Engine, tmp_path: Path
) -> None:
    add_client(engine, CLIENT, speakers=["Johanna"])
    vtt = tmp_path / "call.vtt"
    vtt.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Anna>Wie war die Woche?\n\n"
        "00:00:05.000 --> 00:00:09.000\n<v Johanna>Ganz ruhig, wir hatten viel Zeit.\n",
        encoding="utf-8",
    )
    summary = import_sources(engine, CLIENT, [str(vtt)], lang="de")
    assert summary.problems == []
    with Session(engine) as session:
        row = session.scalars(select(PassageRow)).one()
        assert (row.text, row.speaker) == ("Ganz ruhig, wir hatten viel Zeit.", "Johanna")
        assert row.timestamp.endswith("00:05")


def test_progress_is_reported_per_message(engine: Engine, client: str, tmp_path: Path) -> None:
    mbox = write_mbox(tmp_path / "a.mbox", range(1, 5))
    events: list[ImportProgress] = []
    import_sources(engine, client, [str(mbox)], lang="de", progress=events.append)
    assert [e.messages for e in events] == [1, 2, 3, 4]
    done = [e.bytes_done for e in events]
    assert done == sorted(done)
    assert done[-1] == events[-1].bytes_total == mbox.stat().st_size


def test_a_folder_of_exported_mails_and_notes(engine: Engine, client: str, tmp_path: Path) -> None:
    folder = tmp_path / "Kundin"
    for sub in ("cur", "new", "tmp"):
        (folder / "Maildir" / sub).mkdir(parents=True)
    (folder / "1.eml").write_bytes(make_message(1))
    (folder / "Maildir" / "cur" / "2").write_bytes(make_message(2))
    (folder / "notiz.txt").write_text("Ulrike sagt, sie unterrichtet gern draußen im Park.\n")
    summary = import_sources(engine, client, [str(folder)], lang="de")
    assert summary.problems == []
    assert (summary.messages_from_client, summary.sources_imported) == (2, 3)


def test_a_message_beyond_the_size_limit_is_named_and_the_others_stored(
    engine: Engine, client: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from treffsicher.services import source_limits

    monkeypatch.setattr(source_limits, "MAX_WORDS_PER_SOURCE", 60)
    long_text = " ".join(SENTENCES * 4)  # 164 words of hers in one message
    path = tmp_path / "mix.mbox"
    with path.open("wb") as file:
        file.write(SEPARATOR + make_message(1) + b"\n")
        long_message = make_message(2).replace(b"Hallo Anna,\n\n", f"{long_text}\n\n".encode())
        file.write(SEPARATOR + long_message + b"\n")
        file.write(SEPARATOR + make_message(3) + b"\n")
    summary = import_sources(engine, client, [str(path)], lang="en")
    assert summary.sources_imported == 2
    assert len(summary.problems) == 1
    assert "at most 60 words per source" in summary.problems[0].reason
    assert summary.failed
    assert sorted(stored_messages(engine)) == ["1@lindenfeld", "3@lindenfeld"]


def test_a_message_another_import_stored_meanwhile_is_a_duplicate_not_a_failure(
    engine: Engine, client: str, tmp_path: Path
) -> None:
    # Her messages are stored in batches. While this import reads the mbox, a second
    # import (another process, say) stores message 3; the batch then fails on that message
    # and is stored again one message each: 3 counts as a duplicate, the others as stored.
    mbox = write_mbox(tmp_path / "five.mbox", range(1, 6))
    third = write_mbox(tmp_path / "third.mbox", range(3, 4))
    other_engine = open_workspace(engine.url.render_as_string(hide_password=False))
    raced: list[int] = []

    def race(progress: ImportProgress) -> None:
        if progress.messages == 1 and not raced:
            raced.append(import_sources(other_engine, client, [str(third)]).sources_imported)

    try:
        summary = import_sources(engine, client, [str(mbox)], progress=race)
    finally:
        other_engine.dispose()
    assert raced == [1]
    assert summary.problems == []
    assert (summary.sources_imported, summary.duplicates_skipped) == (4, 1)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Source)) == 5
