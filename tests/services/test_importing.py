"""Import service: one transaction per source, duplicates, problems, other languages.

The files are real (plain text, Markdown), read by the importers as in use; storage
failures are provoked with a source written by hand and stored through store_source.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from treffsicher.errors import InputError, NotFoundError
from treffsicher.importers.base import ImportedPassage, ImportedSource, ImportProblem
from treffsicher.services.clients import add_client
from treffsicher.services.import_summary import ImportSummary
from treffsicher.services.importing import import_sources, store_source
from treffsicher.storage.tables import Client, PassageRow, Source

GERMAN = "Hallo Anna, ich freue mich sehr auf unser Gespräch."  # 9 words
ENGLISH = "Thank you for the lovely call."  # 6 words
FRENCH = "Merci beaucoup pour votre appel."  # 5 words


def run_import(engine: Engine, paths: list[str], **kwargs: object) -> ImportSummary:
    return import_sources(engine, "Ulrike Berger", paths, **kwargs)  # type: ignore[arg-type]


def count(engine: Engine, table: type[object]) -> int:
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


@pytest.fixture
def client(engine: Engine) -> str:
    add_client(engine, "Ulrike Berger")
    return "Ulrike Berger"


def test_good_files_are_imported(engine: Engine, client: str, tmp_path: Path) -> None:
    # Markdown: the text before the heading and the heading's section are two passages.
    first = tmp_path / "a.md"
    first.write_text(GERMAN + "\n\n# " + ENGLISH + "\n")
    summary = run_import(engine, [str(first)])
    assert (summary.sources_imported, summary.passages, summary.words) == (1, 2, 15)
    assert summary.problems == []
    assert not summary.failed


def test_a_folder_is_listed_once(
    engine: Engine, client: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from treffsicher.importers import dispatch

    folder = tmp_path / "notizen"
    (folder / "alt").mkdir(parents=True)
    (folder / "a.txt").write_text(GERMAN)
    (folder / "b.md").write_text("# Kurse\n\n" + ENGLISH + "\n")
    (folder / "alt" / "c.txt").write_text("Ich freue mich auf den Kurs am Montag.")
    listed: list[Path] = []
    list_folder = dispatch.list_folder

    def count_listing(path: Path, lang: str) -> dispatch.FolderListing:
        listed.append(path)
        return list_folder(path, lang)

    monkeypatch.setattr(dispatch, "list_folder", count_listing)
    summary = run_import(engine, [str(folder)])
    assert listed == [folder]
    assert summary.sources_imported == 3
    assert sorted(r.name for r in summary.reports) == sorted(
        str(folder / name) for name in ("a.txt", "b.md", "alt/c.txt")
    )


def test_same_file_twice_adds_nothing(engine: Engine, client: str, tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text(GERMAN)
    copy = tmp_path / "copy-of-a.txt"
    copy.write_text(GERMAN)
    run_import(engine, [str(first)])
    summary = run_import(engine, [str(first), str(copy)])
    assert summary.sources_imported == 0
    assert summary.duplicates == [str(first), str(copy)]
    assert count(engine, Source) == 1
    assert count(engine, PassageRow) == 1


def test_failing_source_leaves_nothing_and_others_still_import(
    engine: Engine, client: str, tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GERMAN)
    later = tmp_path / "later.txt"
    later.write_text(ENGLISH)
    # The second passage repeats position 0: the INSERT of the passages fails after the
    # source row was written; the whole source must be rolled back.
    data = (GERMAN + "\n" + GERMAN).encode()
    passages = (
        ImportedPassage(GERMAN, "de", "email", 0),
        ImportedPassage(GERMAN, "de", "email", 0),
    )
    broken = ImportedSource(
        str(tmp_path / "broken.txt"), hashlib.sha256(data).hexdigest(), "text/plain", "utf-8",
        passages,
    )  # fmt: skip
    first = run_import(engine, [str(good)])
    with Session(engine) as session:
        client_id = session.scalars(select(Client.id)).one()
    outcome = store_source(engine, client_id, broken, None, "en")
    second = run_import(engine, [str(later)])
    assert first.sources_imported + second.sources_imported == 2
    assert isinstance(outcome, ImportProblem)
    assert outcome.path == broken.name
    with Session(engine) as session:
        names = set(session.scalars(select(Source.name)))
    assert names == {str(good), str(later)}
    assert count(engine, PassageRow) == 2


def test_unreadable_and_missing_files_are_named(
    engine: Engine, client: str, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    good = tmp_path / "good.txt"
    good.write_text(GERMAN)
    summary = run_import(engine, [str(empty), str(missing), str(good)], lang="de")
    reasons = {p.path: p.reason for p in summary.problems}
    assert reasons == {
        str(empty): "Die Datei ist leer.",
        str(missing): "Datei nicht gefunden",
    }
    assert summary.sources_imported == 1
    assert count(engine, Source) == 1


def test_stdin_is_a_source_named_stdin(engine: Engine, client: str) -> None:
    summary = run_import(engine, ["-"], stdin=io.BytesIO(GERMAN.encode()))
    assert summary.sources_imported == 1
    with Session(engine) as session:
        assert list(session.scalars(select(Source.name))) == ["stdin"]


def test_other_languages_are_stored_and_reported(
    engine: Engine, client: str, tmp_path: Path
) -> None:
    mixed = tmp_path / "mixed.md"
    mixed.write_text(GERMAN + "\n\n# " + FRENCH + "\n")
    summary = run_import(engine, [str(mixed)])
    assert summary.excluded_languages == {"fr": 1}
    assert count(engine, PassageRow) == 2


def test_kind_option_overrides_the_importers_guess(
    engine: Engine, client: str, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(GERMAN)
    run_import(engine, [str(notes)], kind="speech")
    with Session(engine) as session:
        assert list(session.scalars(select(Source.kind))) == ["speech"]
        assert list(session.scalars(select(PassageRow.kind))) == ["speech"]


def test_unknown_kind_is_refused(engine: Engine, client: str) -> None:
    with pytest.raises(InputError):
        run_import(engine, ["-"], kind="poem")


def test_unknown_client_raises(engine: Engine) -> None:
    with pytest.raises(NotFoundError):
        run_import(engine, ["-"])


def test_a_file_beyond_the_size_limit_is_named_and_the_others_stored(
    engine: Engine, client: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from treffsicher.services import source_limits

    monkeypatch.setattr(source_limits, "MAX_WORDS_PER_SOURCE", 20)
    small = tmp_path / "kurz.txt"
    small.write_text(GERMAN)
    big = tmp_path / "sammlung.txt"
    big.write_text("\n\n".join([GERMAN] * 3))  # 27 words, beyond the limit of 20
    summary = run_import(engine, [str(small), str(big)], lang="en")
    assert summary.sources_imported == 1
    assert [p.path for p in summary.problems] == [str(big)]
    assert "27" in summary.problems[0].reason
    assert summary.failed
    assert count(engine, Source) == 1
    assert count(engine, PassageRow) == 1


def test_one_stat_answers_as_exists_did(tmp_path: Path) -> None:
    from treffsicher.services.importing import stat_path

    note = tmp_path / "notiz.txt"
    note.write_text(GERMAN)
    found = stat_path(note)
    assert found is not None
    assert found.st_size == note.stat().st_size
    assert stat_path(tmp_path) is not None
    for missing in (tmp_path / "fehlt.txt", note / "darunter.txt", tmp_path / "a\0b"):
        assert missing.exists() is False
        assert stat_path(missing) is None
