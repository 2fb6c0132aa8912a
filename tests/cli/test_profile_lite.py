"""`profile` on a SQLite workspace reads and caches with sqlite3 (storage.lite), without
SQLAlchemy; these twin tests run it and the engine's path on copies of the same workspace
and compare what they print and what they store, byte for byte
(docs/decisions/0027-profile-without-sqlalchemy.md)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from typer.testing import CliRunner, Result

from treffsicher.cli import app
from treffsicher.services import profiling
from treffsicher.services.control import set_passage_excluded
from treffsicher.services.workspace import open_workspace
from treffsicher.storage import checks_repo, lite
from treffsicher.storage.engine import make_engine
from treffsicher.storage.schema import HEAD_REVISION, upgrade_schema
from treffsicher.storage.tables import CLIENT_KIND_CLIENT

Cli = Callable[..., Result]  # the `cli` fixture of tests/cli/conftest.py

BRIEF = """Liebe Frau Hartmann,

vielen Dank für Ihre schnelle Antwort. Ich habe mir die Unterlagen gestern Abend in Ruhe
angesehen und finde den Vorschlag gut. Nur beim Zeitplan hätte ich eine Bitte: Könnten wir
den zweiten Termin um eine Woche verschieben? Im März bin ich viel unterwegs.

Was die Kosten betrifft, bin ich einverstanden. Schicken Sie mir bitte die Rechnung an die
neue Adresse in Göttingen.

Herzliche Grüße
Anna Lindner
"""

NOTIZ = """Gedanken zum Jahresanfang

Manchmal frage ich mich, warum wir so viel planen. Die schönsten Dinge im letzten Jahr
sind einfach passiert: das Gespräch am Küchentisch, der Spaziergang an der Weser, die
Karte von meiner alten Lehrerin.

Trotzdem schreibe ich mir auch heuer wieder ein paar Vorsätze auf. Weniger Bildschirm,
mehr Briefe. Öfter Nein sagen, wenn ich eigentlich Ja meine.
"""

MAIL = """Hallo Jonas,

danke dir für die Fotos! Das Bild vom Hafen ist wunderschön geworden. Wollen wir am
Samstag zusammen frühstücken? Ich bringe Brötchen mit.

Bis bald
Anna
"""

LETTER_EN = """Dear Mr Thompson,

thank you for sending the draft so quickly. I read it on the train this morning and I
think the structure works well. Could we shorten the second chapter a little? It repeats
some of the points from the introduction.

I will be in London next week and would be glad to meet for a coffee.

Kind regards,
Anna Lindner
"""

REPORT_EN = """Our garden in October

The apple tree gave more fruit than ever this year. We picked them on a cold Sunday and
the children sorted them into baskets: the good ones for the cellar, the bruised ones for
juice.

Next spring I want to plant beans along the fence again. Last time the snails were faster
than we were.
"""

LATER = """Liebe Frau Hartmann,

jetzt ist die Rechnung angekommen, vielen Dank. Ich überweise den Betrag bis Ende der
Woche. Beim nächsten Treffen bringe ich die Fotos vom Projekt mit, die Sie sehen wollten.

Viele Grüße
Anna Lindner
"""

NACHTRAG = """Nachtrag: Die Fotos schicke ich Ihnen doch lieber per Post, die Dateien sind zu
groß für eine Mail. Sie sollten Ende nächster Woche bei Ihnen sein.
"""

BRIEF_BEN = """Hi Sarah,

the meeting went better than I expected. They liked the plan and want a second version by
Friday. Could you send me the numbers from last quarter? I only have the old ones.

Cheers,
Ben
"""

FIXED_TIMES = (
    datetime(2026, 3, 1, 9, 30, 0, 123456, tzinfo=UTC),
    datetime(2026, 3, 1, 9, 30, 0, 0, tzinfo=UTC),  # no microseconds: still six digits
)


def write(folder: Path, name: str, content: str) -> str:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return str(path)


@pytest.fixture
def base(cli: Cli, workspace: Path, tmp_path: Path) -> Path:
    """A workspace with two clients: Anna with German and English texts in six sources
    (two letters, a note, a mail, an English letter and report), the note left out (its
    source still counts for the support line); Ben with one English mail; Clara with
    nothing. No profile is cached yet."""
    folder = tmp_path / "texte"
    folder.mkdir()
    assert cli("client", "add", "Anna Lindner").exit_code == 0
    assert cli("client", "add", "Ben Okafor").exit_code == 0
    assert cli("client", "add", "Clara Neumann").exit_code == 0  # nothing imported
    for name, content in [
        ("brief.txt", BRIEF),
        ("notiz.txt", NOTIZ),
        ("spaeter.txt", LATER),
        ("letter.txt", LETTER_EN),
        ("garden.txt", REPORT_EN),
    ]:
        result = cli("import", "Anna Lindner", write(folder, name, content))
        assert result.exit_code == 0, result.output
    result = cli("import", "Anna Lindner", "-", "--kind", "email", stdin=MAIL.encode())
    assert result.exit_code == 0, result.output
    result = cli("import", "Ben Okafor", write(folder, "ben.txt", BRIEF_BEN), "--kind", "email")
    assert result.exit_code == 0, result.output
    url = f"sqlite:///{workspace}"
    engine = open_workspace(url)
    with engine.connect() as conn:
        ids = conn.execute(
            text(
                "SELECT passages.id FROM passages JOIN sources ON sources.id = passages.source_id"
                " WHERE sources.name LIKE '%notiz.txt' ORDER BY passages.position"
            )
        ).scalars()
        excluded = next(iter(ids))
    set_passage_excluded(engine, excluded, True)
    engine.dispose()
    return workspace


@pytest.fixture(params=FIXED_TIMES, ids=["micro", "whole"])
def clock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> datetime:
    """The same time for both paths' cache writes, so that their rows can be compared."""
    moment: datetime = request.param
    monkeypatch.setattr(checks_repo, "utc_now", lambda: moment)
    monkeypatch.setattr(lite, "utc_now", lambda: moment)
    return moment


def copy_workspace(source: Path, target: Path) -> None:
    """A copy with what is still in the write-ahead log (the runner's engines stay open)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted."""
    with sqlite3.connect(path) as conn:
        tables = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        rows = {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    conn.close()
    return rows


@contextmanager
def engine_path(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Within: `profile` takes the engine's path only."""
    with monkeypatch.context() as patch:
        patch.setattr(profiling, "build_client_profile_lite", lambda *args: None)
        yield


@contextmanager
def lite_path(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Within: `profile` must be served by storage.lite (the engine's path fails)."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the engine's path was taken")

    with monkeypatch.context() as patch:
        patch.setattr(profiling, "build_client_profile", refuse)
        yield


def run_on(workspace: Path, args: tuple[str, ...], lang: str) -> Result:
    """`profile` with `args` on `workspace`, messages in `lang`."""
    options = ["--workspace", str(workspace), "--lang", lang]
    return CliRunner().invoke(app, [*options, "profile", *args])


def twin(
    base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], lang: str
) -> tuple[Path, Path]:
    """Copies of `base` profiled by each path; asserts equal output and equal rows."""
    engine_copy, lite_copy = tmp_path / "engine.sqlite", tmp_path / "lite.sqlite"
    copy_workspace(base, engine_copy)
    copy_workspace(base, lite_copy)
    assert_same_run(engine_copy, lite_copy, monkeypatch, args, lang)
    return engine_copy, lite_copy


def assert_same_run(
    engine_copy: Path,
    lite_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
    lang: str,
) -> None:
    with engine_path(monkeypatch):
        expected = run_on(engine_copy, args, lang)
    with lite_path(monkeypatch):
        got = run_on(lite_copy, args, lang)
    assert got.exit_code == expected.exit_code, got.output
    assert got.stdout_bytes == expected.stdout_bytes
    assert got.stderr_bytes == expected.stderr_bytes
    assert dump(lite_copy) == dump(engine_copy)


@pytest.mark.parametrize(
    ("args", "lang"),
    [
        (("Anna Lindner",), "de"),
        (("Anna Lindner",), "en"),
        (("Anna Lindner", "--json"), "de"),
        (("anna lindner",), "de"),  # case differs: the one client of that name
        (("Ben Okafor", "--json"), "en"),
        (("Clara Neumann",), "de"),  # no passages: the same message, an empty profile
    ],
)
def test_both_paths_print_and_store_the_same(
    base: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clock: datetime,
    args: tuple[str, ...],
    lang: str,
) -> None:
    engine_copy, lite_copy = twin(base, tmp_path, monkeypatch, args, lang)
    stored = dump(lite_copy)["profile_cache"]
    assert len(stored) == 1  # the profile was built and cached, by each path
    assert stored[0][1] == clock.strftime("%Y-%m-%d %H:%M:%S.%f")
    assert '"excluded_passages"' in stored[0][3]
    # Again, now from the cache: the same output, nothing written anew.
    monkeypatch.setattr(lite, "utc_now", lambda: datetime(2027, 1, 1, tzinfo=UTC))
    monkeypatch.setattr(checks_repo, "utc_now", lambda: datetime(2027, 1, 1, tzinfo=UTC))
    assert_same_run(engine_copy, lite_copy, monkeypatch, args, lang)
    assert dump(lite_copy)["profile_cache"] == stored


def test_a_stale_cache_is_rebuilt_alike(
    base: Path, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: datetime
) -> None:
    with engine_path(monkeypatch):
        assert cli("profile", "Anna Lindner").exit_code == 0
    before = dump(base)["profile_cache"]
    folder = tmp_path / "neu"
    folder.mkdir()
    result = cli("import", "Anna Lindner", "-", stdin=NACHTRAG.encode())
    assert result.exit_code == 0, result.output
    _engine_copy, lite_copy = twin(base, tmp_path, monkeypatch, ("Anna Lindner",), "de")
    after = dump(lite_copy)["profile_cache"]
    assert after[0][2] != before[0][2]  # a new key: built from her passages now
    assert after[0][3] != before[0][3]


def test_each_path_reads_the_cache_the_other_wrote(
    base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: datetime
) -> None:
    engine_copy, lite_copy = twin(base, tmp_path, monkeypatch, ("Anna Lindner",), "de")

    def refuse(*args: object) -> None:
        raise AssertionError("built anew")

    monkeypatch.setattr(profiling, "refresh_cached_data", refuse)
    assert profiling.build_client_profile_lite(f"sqlite:///{engine_copy}", "Anna Lindner")
    engine = open_workspace(f"sqlite:///{lite_copy}")
    try:
        assert profiling.build_client_profile(engine, "Anna Lindner").client == "Anna Lindner"
    finally:
        engine.dispose()


@pytest.mark.parametrize("name", ["Anja Lindner", "Nobody", "ANNA"])
def test_an_unknown_name_gets_the_engines_message(
    base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert profiling.build_client_profile_lite(f"sqlite:///{base}", name) is None
    engine_copy, lite_copy = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    copy_workspace(base, engine_copy)
    copy_workspace(base, lite_copy)
    with engine_path(monkeypatch):
        expected = run_on(engine_copy, (name,), "de")
    got = run_on(lite_copy, (name,), "de")  # the lite path gives way to the engine's
    assert expected.exit_code != 0
    assert (got.exit_code, got.stdout_bytes, got.stderr_bytes) == (
        expected.exit_code,
        expected.stdout_bytes,
        expected.stderr_bytes,
    )
    assert dump(lite_copy) == dump(engine_copy)


def test_the_writers_own_row_is_found_by_name_as_the_engine_finds_it(
    base: Path, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: datetime
) -> None:
    result = cli("me", "add", "--name", "Mara Sommer", "--email", "mara@example.org")
    assert result.exit_code == 0, result.output
    twin(base, tmp_path, monkeypatch, ("Mara Sommer",), "de")


def test_a_workspace_behind_the_schema_takes_the_engines_path(tmp_path: Path) -> None:
    workspace = tmp_path / "alt.sqlite"
    url = f"sqlite:///{workspace}"
    old = make_engine(url)
    upgrade_schema(old, "0006")
    with old.begin() as conn:
        conn.execute(
            text("INSERT INTO clients (name, created_at, kind) VALUES ('Anna', '2026-01-01', :k)"),
            {"k": CLIENT_KIND_CLIENT},
        )
    old.dispose()
    assert lite.connect(url) is None
    assert profiling.build_client_profile_lite(url, "Anna") is None
    with sqlite3.connect(workspace) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0006",)
    conn.close()
    # the command itself migrates it, as before
    result = run_on(workspace, ("Anna",), "de")
    assert result.exit_code == 1  # she has no passages yet: said by the engine's path
    assert "„Anna“" in result.output
    with sqlite3.connect(workspace) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )
    conn.close()


def test_a_workspace_ahead_of_the_schema_gets_the_engines_message(
    base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with sqlite3.connect(base) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.close()
    assert lite.connect(f"sqlite:///{base}") is None
    engine_copy, lite_copy = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    copy_workspace(base, engine_copy)
    copy_workspace(base, lite_copy)
    with engine_path(monkeypatch):
        expected = run_on(engine_copy, ("Anna Lindner",), "en")
    got = run_on(lite_copy, ("Anna Lindner",), "en")
    assert expected.exit_code != 0
    shown = got.output.replace(str(lite_copy), str(engine_copy))  # the message names the file
    assert (got.exit_code, shown) == (expected.exit_code, expected.output)


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://localhost/treffsicher",
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite:///relative.sqlite",
        "sqlite+pysqlite:////tmp/w.sqlite",
    ],
)
def test_other_urls_take_the_engines_path(url: str) -> None:
    assert lite.connect(url) is None


def test_a_missing_file_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "fehlt" / "w.sqlite"
    assert lite.connect(f"sqlite:///{missing}") is None
    assert not missing.parent.exists()


def test_a_file_that_is_no_database_takes_the_engines_path(tmp_path: Path) -> None:
    other = tmp_path / "notiz.sqlite"
    other.write_text("Das ist keine Datenbank.\n", encoding="utf-8")
    assert lite.connect(f"sqlite:///{other}") is None
    assert other.read_text(encoding="utf-8") == "Das ist keine Datenbank.\n"


def test_a_locked_workspace_writes_nothing_and_gives_way(
    base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        lite, "SQLITE_PRAGMAS", (*lite.SQLITE_PRAGMAS[:-1], "PRAGMA busy_timeout=0")
    )
    holder = sqlite3.connect(base, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another writer
        assert profiling.build_client_profile_lite(f"sqlite:///{base}", "Anna Lindner") is None
        holder.execute("ROLLBACK")
    finally:
        holder.close()
    assert dump(base)["profile_cache"] == []


def test_the_connection_sets_the_engines_pragmas(base: Path) -> None:
    conn = lite.connect(f"sqlite:///{base}")
    assert conn is not None
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert conn.execute("PRAGMA busy_timeout").fetchone() == (5000,)
    finally:
        conn.close()


def test_shared_constants_match_the_tables() -> None:
    assert lite.CLIENT_KIND_CLIENT == CLIENT_KIND_CLIENT
