"""Zip archives: members as sources with container and number, limits, skipped files."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fixtures_build import build_zip, build_zip_bomb
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.errors import InputError
from treffsicher.importers import archive
from treffsicher.importers.base import ImportProblem, ImportResult
from treffsicher.importers.documents import RejectedSourceError, read_bytes

HELLO = b"Hallo ihr Lieben, heute gibt es Neuigkeiten aus der Praxis."
MORNING = b"Good morning! The new glazes are out of the kiln at last."


def read_text_member(data: bytes, name: str, depth: int) -> ImportResult:
    """A member reader like dispatch.import_data: text files, nested zips, else a problem."""
    try:
        if name.endswith(".zip"):
            file = io.BytesIO(data)
            return archive.read_zip(
                file, name, lang="de", read_member=read_text_member, depth=depth
            )
        return ImportResult(sources=[read_bytes(data, name, lang="de")])
    except InputError as error:
        return ImportResult(problems=[ImportProblem(name, str(error).removeprefix(f"{name}: "))])


def read(data: bytes, name: str = "export.zip") -> ImportResult:
    """Return read_zip's result for zip bytes."""
    return archive.read_zip(io.BytesIO(data), name, lang="de", read_member=read_text_member)


def test_each_member_is_a_source_with_container_and_number() -> None:
    data = build_zip([("texte/", b""), ("texte/hallo.txt", HELLO), ("morning.md", MORNING)])
    result = read(data)
    assert [(s.name, s.container, s.container_index) for s in result.sources] == [
        ("texte/hallo.txt", "export.zip", 2),
        ("morning.md", "export.zip", 3),
    ]
    assert [s.passages[0].text for s in result.sources] == [HELLO.decode(), MORNING.decode()]
    assert result.problems == []


def test_nested_zip_keeps_the_inner_number_and_both_names() -> None:
    inner = build_zip([("a.txt", HELLO)])
    result = read(build_zip([("b.txt", MORNING), ("innen.zip", inner)]))
    assert [(s.name, s.container, s.container_index) for s in result.sources] == [
        ("b.txt", "export.zip", 1),
        ("a.txt", "export.zip/innen.zip", 1),
    ]


def test_nesting_deeper_than_the_limit_is_a_problem() -> None:
    data = build_zip([("a.txt", HELLO)])
    for level in range(archive.MAX_DEPTH + 1):
        data = build_zip([(f"ebene{level}.zip", data)])
    result = read(data)
    assert result.sources == []
    assert len(result.problems) == 1
    assert result.problems[0].path == "export.zip/ebene3.zip/ebene2.zip/ebene1.zip/ebene0.zip"
    assert (
        result.problems[0].reason == "Archive sind mehr als 3 Ebenen tief ineinander verschachtelt."
    )


def test_a_bad_member_does_not_stop_the_others() -> None:
    data = build_zip([("leer.txt", b""), ("hallo.txt", HELLO), ("bild.heic", b"\x00\x01")])
    result = read(data)
    assert [s.name for s in result.sources] == ["hallo.txt"]
    assert [p.path for p in result.problems] == ["export.zip/leer.txt", "export.zip/bild.heic"]
    assert result.problems[0].reason == "Die Datei ist leer."


def test_system_files_and_page_assets_are_skipped() -> None:
    members = [
        ("__MACOSX/._hallo.txt", b"\x00\x05\x16\x07"),
        (".DS_Store", b"\x00\x00\x00\x01Bud1"),
        ("seite_files/style.css", b"body{}"),
        ("Seite-Dateien/notiz.txt", b"aus dem Asset-Ordner"),
        ("logo.png", b"\x89PNG"),
        ("hallo.txt", HELLO),
    ]
    result = read(build_zip(members))
    assert [s.name for s in result.sources] == ["hallo.txt"]
    assert result.problems == []


def test_member_names_without_the_utf8_flag_are_decoded() -> None:
    data = build_zip([("grüße.txt", HELLO)], flag_utf8=False)
    assert [s.name for s in read(data).sources] == ["grüße.txt"]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"PK\x03\x04kaputt", "corrupt"),
        (b"", "corrupt"),
        (b"kein Archiv", "corrupt"),
    ],
)
def test_unusable_zips_are_rejected(data: bytes, code: str) -> None:
    with pytest.raises(RejectedSourceError) as info:
        read(data)
    assert info.value.code == code
    assert info.value.path == "export.zip"


def test_limits_on_unpacked_size_and_member_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_ARCHIVE_BYTES", 5_000_000)
    with pytest.raises(RejectedSourceError) as info:
        read(build_zip_bomb(6_000_000, "riesig.txt"))
    assert info.value.code == "unpacked_too_large"
    members = [(f"{n}.txt", HELLO) for n in range(12)]
    with pytest.raises(RejectedSourceError) as info:
        archive.open_zip(
            io.BytesIO(build_zip(members)), "x.zip", "en", max_unpacked=10**9, max_members=10
        )
    assert info.value.reason == "The archive holds 12 entries; at most 10 are allowed."


def test_zips_inside_a_zip_share_its_unpacking_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each inner zip alone is within the limit; together they would unpack three times it.
    monkeypatch.setattr(archive, "MAX_ARCHIVE_BYTES", 5_000_000)
    inner = build_zip_bomb(2_000_000, "gross.txt")
    outer = build_zip([("a.txt", HELLO), *[(f"teil{n}.zip", inner) for n in range(1, 8)]])
    result = read(outer)
    unpacked = sum(len(p.text) for s in result.sources for p in s.passages)
    assert result.sources[0].name == "a.txt"  # read before the limit was reached
    assert unpacked <= 5_000_000
    refused = [p for p in result.problems if "zusammen mehr als 5 MB" in p.reason]
    assert refused, result.problems
    assert len(result.sources) + len(result.problems) >= 8  # every member accounted for
    # The next zip has the whole limit again.
    assert read(build_zip([("b.zip", build_zip([("b.txt", MORNING)]))])).sources


def test_a_zip_on_disk_is_read_from_its_path(tmp_path: Path) -> None:
    file = tmp_path / "export.zip"
    file.write_bytes(build_zip([("hallo.txt", HELLO)]))
    result = archive.read_zip(file, str(file), lang="de", read_member=read_text_member)
    assert [(s.name, s.container) for s in result.sources] == [("hallo.txt", str(file))]


def test_damaged_member_data_is_a_problem_of_that_member() -> None:
    data = bytearray(build_zip([("a.txt", HELLO * 20), ("b.txt", MORNING)]))
    start = data.find(b"a.txt") + len(b"a.txt")  # the first member's compressed bytes
    data[start : start + 8] = b"\xff" * 8
    result = read(bytes(data))
    assert [s.name for s in result.sources] == ["b.txt"]
    assert [p.path for p in result.problems] == ["export.zip/a.txt"]


@pytest.mark.parametrize(
    ("member", "skipped"),
    [
        ("a/b/.hidden.txt", True),
        ("Thumbs.db", True),
        ("page_files/frame.html", True),
        ("texte/seite.html", False),
        ("fonts.woff2", True),
        ("", True),
        # A workspace kept in the folder being imported: never her text.
        ("workspace.sqlite", True),
        ("workspace.sqlite-wal", True),
        ("kunden/workspace.sqlite-shm", True),
        ("notizen.txt", False),
    ],
)
def test_is_skipped(member: str, skipped: bool) -> None:
    assert archive.is_skipped(member) is skipped


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=1500))
def test_any_bytes_give_sources_problems_or_an_input_error(data: bytes) -> None:
    try:
        read(b"PK\x03\x04" + data)
    except InputError:
        return


ZIP = build_zip([("a.txt", HELLO), ("b.md", MORNING), ("c.zip", build_zip([("d.txt", HELLO)]))])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=6))
def test_damaged_zips_give_sources_problems_or_an_input_error(flips: list[tuple[int, int]]) -> None:
    data = bytearray(ZIP)
    for position, value in flips:
        data[position % len(data)] = value
    try:
        result = read(bytes(data))
    except InputError:
        return
    assert all(p.path.startswith("export.zip/") for p in result.problems)
