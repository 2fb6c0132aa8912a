"""The dispatcher: the right reader per suffix or magic bytes, folders, zips, problems."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from fixtures_build import (
    KURSE,
    POTTERY,
    UEBER_MICH,
    build_docx,
    build_odt,
    build_pdf,
    build_rtf,
    build_zip,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.errors import InputError, UnreadableSourceError, UnsupportedFormatError
from treffsicher.importers.dispatch import (
    import_data,
    import_file,
    read_data,
    read_file,
    scan_file_speakers,
    sniff_format,
)

PAGE = (
    "<html><body><nav><a href='/'>Start</a></nav>"
    f"<h1>Über mich</h1><p>{UEBER_MICH}</p></body></html>"
)
TRANSCRIPT = (
    "[00:00:01] Anna Berg: Wie soll die Startseite klingen?\n"
    "[00:00:05] Johanna Kellermann: Warm, aber nicht kitschig, und bitte mit du.\n"
    "[00:00:12] Anna Berg: Verstanden.\n"
)
VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Morwenna Pike>The kiln is finally fixed.</v>\n"

CASES = [
    ("notiz.txt", UEBER_MICH.encode(), "text/plain"),
    ("seite.md", f"# Über mich\n\n{UEBER_MICH}".encode(), "text/markdown"),
    ("seite.html", PAGE.encode(), "text/html"),
    ("seite.HTM", PAGE.encode(), "text/html"),
    ("text.docx", build_docx([("p", UEBER_MICH)]), "wordprocessingml"),
    ("text.odt", build_odt([("p", UEBER_MICH)]), "opendocument.text"),
    ("brief.rtf", build_rtf([UEBER_MICH]), "application/rtf"),
    ("mappe.pdf", build_pdf([[UEBER_MICH]]), "application/pdf"),
    ("call.vtt", VTT.encode(), "text/vtt"),
    ("gespraech.txt", TRANSCRIPT.encode(), "text/plain"),
]


@pytest.mark.parametrize(("name", "data", "media_type"), CASES, ids=[c[0] for c in CASES])
def test_each_suffix_goes_to_its_reader(name: str, data: bytes, media_type: str) -> None:
    speakers = ["Johanna Kellermann", "Morwenna Pike"]
    sources = read_data(data, name, speakers=speakers)
    assert len(sources) == 1
    assert media_type in sources[0].media_type
    assert sources[0].name == name
    assert sources[0].passages


def test_a_txt_transcript_keeps_only_her_turns() -> None:
    [source] = read_data(TRANSCRIPT.encode(), "gespraech.txt", speakers=["johanna kellermann"])
    assert [(p.timestamp, p.text) for p in source.passages] == [
        ("00:00:05", "Warm, aber nicht kitschig, und bitte mit du.")
    ]
    assert source.passages[0].kind == "speech"


def test_a_teams_transcript_saved_as_docx_is_a_transcript() -> None:
    blocks = [
        ("title", "Website-Besprechung"),
        ("p", "3. Mai 2025, 10:00"),
        ("p", "Anna Berg   0:03"),
        ("p", "Hallo, hören Sie mich?"),
        ("p", "Johanna Kellermann   0:07"),
        ("p", "Ja, wunderbar. Ich sitze in der Praxis."),
        ("p", "Anna Berg   1:12"),
        ("p", "Dann fangen wir an."),
        ("p", "Johanna Kellermann   1:15"),
        ("p", "Gern, legen Sie los."),
    ]
    data = build_docx(blocks)
    [source] = read_data(data, "Besprechung.docx", speakers=["Johanna Kellermann"])
    assert [(p.timestamp, p.text) for p in source.passages] == [
        ("00:00:07", "Ja, wunderbar. Ich sitze in der Praxis."),
        ("00:01:15", "Gern, legen Sie los."),
    ]
    assert source.media_type.endswith("wordprocessingml.document")
    assert source.content_hash == hashlib.sha256(data).hexdigest()


def test_a_faq_in_word_stays_a_document() -> None:
    blocks = [
        ("h1", "Häufige Fragen"),
        ("p", "Frage: Wann soll ich mich anmelden?"),
        ("p", "Antwort: Am besten gleich, wenn der Test positiv ist."),
        ("p", "Frage: Zahlt das die Kasse?"),
        ("p", "Antwort: Ja, die Hebammenhilfe zahlt die Krankenkasse."),
    ]
    [source] = read_data(build_docx(blocks), "faq.docx")
    assert source.passages[0].kind == "document"
    assert source.passages[0].text.startswith("Häufige Fragen\n\nFrage: Wann soll ich")


def test_scan_file_speakers_reads_word_transcripts_too(tmp_path: Path) -> None:
    blocks = [("p", "Anna Berg   0:03"), ("p", "Hallo?"), ("p", "Johanna Kellermann   0:07")]
    word = tmp_path / "Besprechung.docx"
    word.write_bytes(
        build_docx([*blocks, ("p", "Ja, hier."), ("p", "Anna Berg   0:09"), ("p", "Gut.")])
    )
    assert scan_file_speakers(word) == {"Anna Berg": 2, "Johanna Kellermann": 1}
    text = tmp_path / "gespraech.txt"
    text.write_text(TRANSCRIPT, encoding="utf-8")
    assert scan_file_speakers(text) == {"Anna Berg": 2, "Johanna Kellermann": 1}


def test_a_txt_transcript_without_speakers_asks_for_them() -> None:
    with pytest.raises(UnreadableSourceError) as info:
        read_data(TRANSCRIPT.encode(), "gespraech.txt", lang="en")
    assert info.value.path == "gespraech.txt"
    assert info.value.reason.endswith(
        "Speakers in the file: Anna Berg (2), Johanna Kellermann (1)."
    )


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (build_pdf([[POTTERY]]), "pdf"),
        (build_docx([("p", POTTERY)]), "docx"),
        (build_odt([("p", POTTERY)]), "odt"),
        (build_zip([("a.txt", b"x")]), "zip"),
        (build_rtf([POTTERY]), "rtf"),
        (VTT.encode(), "transcript"),
        (b"\xef\xbb\xbf<!DOCTYPE html><html><body>x</body></html>", "html"),
        (POTTERY.encode(), "text"),
    ],
)
def test_files_without_a_suffix_are_recognised_by_their_first_bytes(data: bytes, fmt: str) -> None:
    assert sniff_format(data) == fmt


def test_file_without_a_suffix_is_read(tmp_path: Path) -> None:
    file = tmp_path / "Mappe"
    file.write_bytes(build_pdf([[POTTERY]]))
    [source] = read_file(file, lang="en")
    assert source.media_type == "application/pdf"
    assert source.passages[0].text == POTTERY


@pytest.mark.parametrize(
    ("name", "lang", "reason"),
    [
        (
            "tabelle.xlsx",
            "de",
            "Dateityp „.xlsx“ wird nicht unterstützt. Unterstützt: .txt, .md, .vtt, .srt, "
            ".html, .htm, .mhtml, .docx, .odt, .rtf, .pdf, .json, .csv, .zip.",
        ),
        (
            "post.eml",
            "en",
            "Mail files (.eml) are read by the mail import, not the document import.",
        ),
    ],
)
def test_unsupported_and_mail_suffixes(name: str, lang: str, reason: str) -> None:
    with pytest.raises(UnsupportedFormatError) as info:
        read_data(b"data", name, lang=lang)
    assert str(info.value) == f"{name}: {reason}"
    assert import_data(b"data", name, lang=lang).problems[0].reason == reason


def test_a_folder_of_saved_pages_skips_their_assets(tmp_path: Path) -> None:
    (tmp_path / "kurse_files").mkdir()
    (tmp_path / "kurse_files" / "werbung.html").write_text(PAGE.replace("Über", "Werbung"))
    (tmp_path / "kurse_files" / "style.css").write_text("body {}")
    (tmp_path / "kurse.html").write_text(PAGE.replace(UEBER_MICH, KURSE), encoding="utf-8")
    (tmp_path / "start.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    result = import_file(tmp_path)
    assert [Path(s.name).name for s in result.sources] == ["kurse.html", "start.htm"]
    assert result.problems == []
    assert "Werbung" not in " ".join(p.text for s in result.sources for p in s.passages)


def test_a_folder_with_nothing_to_import(tmp_path: Path) -> None:
    (tmp_path / "bild.png").write_bytes(b"\x89PNG")
    with pytest.raises(InputError) as info:
        read_file(tmp_path, lang="en")
    assert "It holds no file that can be imported." in str(info.value)


def test_a_maildir_folder_is_left_to_the_mail_import(tmp_path: Path) -> None:
    for sub in ("cur", "new", "tmp"):
        (tmp_path / sub).mkdir()
    (tmp_path / "cur" / "1714723200.M1P2.laptop:2,S").write_bytes(b"From: a@b.test\n\nHallo")
    [problem] = import_file(tmp_path).problems
    assert problem.path == str(tmp_path)
    assert problem.reason.startswith("E-Mail-Dateien (Maildir) liest der Mail-Import")


def test_a_folder_with_pages_and_a_maildir_inside(tmp_path: Path) -> None:
    (tmp_path / "start.html").write_text(PAGE, encoding="utf-8")
    for sub in ("Mail/cur", "Mail/new", ".git/objects"):
        (tmp_path / sub).mkdir(parents=True)
    (tmp_path / "Mail" / "cur" / "1714723200.M1P2.laptop:2,S").write_bytes(b"From: a@b.test")
    (tmp_path / ".git" / "objects" / "ab").write_bytes(b"\x78\x9c")
    result = import_file(tmp_path)
    assert [Path(s.name).name for s in result.sources] == ["start.html"]
    assert [p.path for p in result.problems] == [str(tmp_path / "Mail")]


def test_zip_members_are_dispatched_and_a_bad_one_is_reported(tmp_path: Path) -> None:
    members = [
        ("website/start.html", PAGE.encode()),
        ("website/text.docx", build_docx([("h1", "Kurse"), ("p", KURSE)])),
        ("scan.pdf", build_pdf([[]])),
        ("calls/mai.vtt", VTT.encode()),
    ]
    file = tmp_path / "kundin.zip"
    file.write_bytes(build_zip(members))
    result = import_file(file, speakers=["Morwenna Pike"])
    assert [(s.name, s.container, s.container_index) for s in result.sources] == [
        ("website/start.html", str(file), 1),
        ("website/text.docx", str(file), 2),
        ("calls/mai.vtt", str(file), 4),
    ]
    assert [p.path for p in result.problems] == [f"{file}/scan.pdf"]
    assert "keinen Textlayer" in result.problems[0].reason
    # read_file returns what could be read; the problem is only logged there.
    assert len(read_file(file, speakers=["Morwenna Pike"])) == 3


def test_read_file_raises_when_nothing_could_be_read(tmp_path: Path) -> None:
    file = tmp_path / "leer.docx"
    file.write_bytes(b"")
    with pytest.raises(UnreadableSourceError) as info:
        read_file(file)
    assert (info.value.path, info.value.reason) == (str(file), "Die Datei ist leer.")


def test_a_device_is_not_read() -> None:
    with pytest.raises(UnreadableSourceError) as info:
        read_file(Path("/dev/zero"), lang="en")
    assert info.value.reason == "This is not a regular file (but a device or a pipe)."
    assert import_file(Path("/dev/null")).problems[0].path == "/dev/null"


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_file(tmp_path / "fehlt.pdf")


@settings(max_examples=200, deadline=None)
@given(
    st.binary(max_size=1500),
    st.sampled_from(["x.txt", "x", "x.vtt", "x.srt", "x.html", "x.docx", "x.pdf", "x.zip"]),
)
def test_any_bytes_give_sources_or_an_input_error(data: bytes, name: str) -> None:
    try:
        sources = read_data(data, name, speakers=["Anna"])
    except InputError:
        return
    assert all(s.passages for s in sources)


def test_no_reader_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """nothing leaves the machine; no library may fetch anything."""
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    speakers = ["Johanna Kellermann", "Morwenna Pike"]
    for name, data, _ in CASES:
        assert read_data(data, name, speakers=speakers)
