"""Word, OpenDocument and RTF import: headings, tables, bad and hostile files."""

from __future__ import annotations

import io
import zipfile

import pytest
from fixtures_build import (
    KURSE,
    POTTERY,
    UEBER_MICH,
    build_docx,
    build_docx_with_controls,
    build_odt,
    build_odt_with_note,
    build_rtf,
    build_zip,
    build_zip_bomb,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.errors import InputError
from treffsicher.importers.documents import RejectedSourceError
from treffsicher.importers.office import read_docx, read_odt, read_rtf

BLOCKS = [("title", "Über mich"), ("p", UEBER_MICH), ("h2", "Meine Kurse"), ("p", KURSE)]


def rejected(reader: object, data: bytes, name: str, lang: str = "de") -> RejectedSourceError:
    """Return the RejectedSourceError `reader` raises for `data` (fails the test if none)."""
    with pytest.raises(RejectedSourceError) as info:
        reader(data, name, lang=lang)  # type: ignore[operator]
    return info.value


def test_docx_sections_by_heading_style_with_tables_and_without_footer() -> None:
    data = build_docx(BLOCKS, table=[["Kurs", "Preis"], ["Rückbildung", "120 €"]])
    source = read_docx(data, "website.docx")
    assert [(p.note, p.text) for p in source.passages] == [
        ("Über mich", f"Über mich\n\n{UEBER_MICH}"),
        ("Meine Kurse", f"Meine Kurse\n\n{KURSE}\n\nKurs\n\nPreis\n\nRückbildung\n\n120 €"),
    ]
    assert all("Seite 1" not in p.text for p in source.passages)  # the page footer
    assert {p.kind for p in source.passages} == {"document"}
    assert {p.language for p in source.passages} == {"de"}
    assert source.passages[1].char_start == len(f"Über mich\n\n{UEBER_MICH}") + 2
    assert source.media_type.endswith("wordprocessingml.document")


def test_docx_content_controls_without_toc_and_merged_cells_once() -> None:
    data = build_docx_with_controls(["Über mich 1", "Kurse 2"], UEBER_MICH, KURSE)
    source = read_docx(data, "vorlage.docx")
    assert [p.text for p in source.passages] == [
        f"{UEBER_MICH}\n\n{KURSE}\n\nPreise 2025\n\nKurs\n\n120 €"
    ]


def test_docx_in_english_without_headings_is_one_passage() -> None:
    source = read_docx(build_docx([("p", POTTERY), ("p", "See you at the market!")]), "a.docx")
    assert [p.text for p in source.passages] == [f"{POTTERY}\n\nSee you at the market!"]
    assert [p.note for p in source.passages] == [""]
    assert source.passages[0].language == "en"


def test_odt_sections_by_text_h() -> None:
    source = read_odt(build_odt([("h1", "Über mich"), ("p", UEBER_MICH), ("p", KURSE)]), "a.odt")
    assert [(p.note, p.text) for p in source.passages] == [
        ("Über mich", f"Über mich\n\n{UEBER_MICH}\n\n{KURSE}"),
    ]
    assert source.media_type == "application/vnd.oasis.opendocument.text"


def test_odt_footnote_stays_out_of_the_sentence_and_spaces_count() -> None:
    data = build_odt_with_note(
        "Das steht so im Mutterpass.", "Seit 1968 in Deutschland.", " Mehr dazu gleich."
    )
    source = read_odt(data, "notiz.odt")
    # The citation "1" and the note's text are gone; text:s with c="3" is three spaces.
    assert [p.text for p in source.passages] == ["Das steht so im Mutterpass.   Mehr dazu gleich."]


def test_rtf_paragraphs_with_escaped_umlauts() -> None:
    source = read_rtf(build_rtf([UEBER_MICH, KURSE]), "brief.rtf")
    assert [p.text for p in source.passages] == [f"{UEBER_MICH}\n\n{KURSE}"]
    assert source.passages[0].language == "de"


def test_zip_bomb_docx_is_refused_before_unpacking() -> None:
    error = rejected(read_docx, build_zip_bomb(60_000_000), "riesig.docx")
    assert error.code == "unpacked_too_large"
    assert error.reason == (
        "Entpackt wäre die Datei 60 MB groß; erlaubt sind höchstens 50 MB (Schutz vor Zip-Bomben)."
    )


def test_encrypted_docx_and_old_doc_are_named() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)
    error = rejected(read_docx, ole, "geheim.docx", lang="en")
    assert error.code == "old_word"
    assert "without a password" in error.reason


def test_encrypted_odt_is_named() -> None:
    manifest = (
        b'<manifest:manifest><manifest:file-entry manifest:full-path="content.xml">'
        b"<manifest:encryption-data/></manifest:file-entry></manifest:manifest>"
    )
    data = build_zip(
        [("mimetype", b"x"), ("META-INF/manifest.xml", manifest), ("content.xml", b"?")]
    )
    assert rejected(read_odt, data, "geheim.odt").code == "password"


def test_zip_with_encrypted_members_is_password_protected() -> None:
    data = bytearray(build_zip([("word/document.xml", b"<w:document/>")]))
    # Set the "encrypted" flag bit in the local header and the central directory entry.
    data[6] |= 1
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 1
    assert rejected(read_docx, bytes(data), "geschützt.docx").code == "password"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"Das ist nur Text, keine Word-Datei.", "corrupt"),
        (b"PK\x03\x04" + bytes(40), "corrupt"),
        (build_zip([("hallo.txt", b"Hallo")]), "corrupt"),  # a zip, but no word/document.xml
    ],
)
def test_broken_docx_files(data: bytes, code: str) -> None:
    error = rejected(read_docx, data, "kaputt.docx")
    assert error.code == code
    assert error.path == "kaputt.docx"


def test_truncated_docx_is_corrupt() -> None:
    data = build_docx(BLOCKS)
    error = rejected(read_docx, data[: len(data) // 2], "halb.docx", lang="en")
    assert error.code == "corrupt"
    assert error.reason == "The file is damaged or not a valid Word (.docx)."


def test_docx_with_broken_xml_is_corrupt() -> None:
    original = zipfile.ZipFile(io.BytesIO(build_docx(BLOCKS)))
    members = [(i.filename, original.read(i)) for i in original.infolist()]
    broken = [
        (n, b"<w:document><w:body><w:p>" if n == "word/document.xml" else d) for n, d in members
    ]
    assert rejected(read_docx, build_zip(broken), "kaputt.docx").code == "corrupt"


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"", "empty"), (b"{\\rtf1 }", "no_text"), (b"Hallo", "corrupt"), (b"   ", "blank")],
)
def test_broken_rtf_files(data: bytes, code: str) -> None:
    assert rejected(read_rtf, data, "brief.rtf").code == code


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([b"", b"PK\x03\x04", b"{\\rtf1 "]))
def test_any_bytes_give_a_source_or_an_input_error(data: bytes, prefix: bytes) -> None:
    for reader in (read_docx, read_odt, read_rtf):
        try:
            reader(prefix + data, "x", lang="de")
        except InputError:
            continue


DOCX = build_docx(BLOCKS)
ODT = build_odt([("h1", "Über mich"), ("p", UEBER_MICH)])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=8))
def test_damaged_packages_give_a_source_or_an_input_error(flips: list[tuple[int, int]]) -> None:
    for reader, original in ((read_docx, DOCX), (read_odt, ODT)):
        data = bytearray(original)
        for position, value in flips:
            data[position % len(data)] = value
        try:
            source = reader(bytes(data), "x", lang="de")
        except InputError:
            continue
        assert all(p.text for p in source.passages)


LAUGHS = "".join(
    f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdefg", "bcdefgh", strict=True)
)


def with_doctype(package: bytes, member: str, root: str, entities: str, text: str) -> bytes:
    """`package` with a DOCTYPE declaring `entities` in `member`, and `text` (which may use
    them) in place of the first paragraph's words."""
    source = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == member:
                xml = data.decode("utf-8")
                head, rest = xml.split("?>", 1)
                rest = rest.replace("Über mich", text, 1)
                xml = f"{head}?>\n<!DOCTYPE {root} [{entities}]>{rest}"
                data = xml.encode("utf-8")
            target.writestr(info, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("reader", "build", "member", "root"),
    [
        (read_docx, build_docx, "word/document.xml", "w:document"),
        (read_odt, build_odt, "content.xml", "office:document-content"),
    ],
    ids=["docx", "odt"],
)
def test_an_external_entity_never_reads_a_file_into_her_words(
    reader: object, build: object, member: str, root: str, tmp_path: object
) -> None:
    from pathlib import Path

    secret = Path(str(tmp_path)) / "secret.txt"
    secret.write_text("GEHEIMNIS-4711", encoding="utf-8")
    entity = f'<!ENTITY xxe SYSTEM "{secret.as_uri()}">'
    blocks = [("h1", "Über mich"), ("p", UEBER_MICH)]
    data = with_doctype(build(blocks), member, root, entity, "Titel &xxe;")  # type: ignore[operator]
    try:
        source = reader(data, "probe", lang="de")  # type: ignore[operator]
    except RejectedSourceError:
        return  # refused as damaged: nothing read either
    assert all("GEHEIMNIS" not in p.text for p in source.passages)


@pytest.mark.parametrize(
    ("reader", "build", "member", "root"),
    [
        (read_docx, build_docx, "word/document.xml", "w:document"),
        (read_odt, build_odt, "content.xml", "office:document-content"),
    ],
    ids=["docx", "odt"],
)
def test_nested_entities_do_not_expand_into_her_words(
    reader: object, build: object, member: str, root: str
) -> None:
    # "a billion laughs": eight levels of ten, 10^8 characters if expanded
    blocks = [("h1", "Über mich"), ("p", UEBER_MICH)]
    entities = '<!ENTITY a "ha">' + LAUGHS
    data = with_doctype(build(blocks), member, root, entities, "&h;")  # type: ignore[operator]
    try:
        source = reader(data, "probe", lang="de")  # type: ignore[operator]
    except RejectedSourceError:
        return
    assert sum(len(p.text) for p in source.passages) < 10_000


def tracked_docx() -> bytes:
    """A paragraph the client edited with tracked changes on: an insertion, a deletion and
    a moved phrase; and a plain paragraph with a tab, a line break and a page break."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    edited = document.add_paragraph("Wir bauen Möbel ")
    change = 'w:id="{}" w:author="Johanna" w:date="2025-06-03T10:00:00Z"'
    for xml in (
        f'<w:ins {nsdecls("w")} {change.format(1)}><w:r><w:t xml:space="preserve">aus Eiche, '
        "ganz ohne Schnickschnack, </w:t></w:r></w:ins>",
        f'<w:del {nsdecls("w")} {change.format(2)}><w:r><w:delText xml:space="preserve">mit '
        "innovativen Lösungen </w:delText></w:r></w:del>",
        f'<w:r {nsdecls("w")}><w:t xml:space="preserve">für Ihr Zuhause. </w:t></w:r>',
        f"<w:moveFrom {nsdecls('w')} {change.format(3)}><w:r><w:t>Seit 1998.</w:t></w:r>"
        "</w:moveFrom>",
    ):
        edited._p.append(parse_xml(xml))
    plain = document.add_paragraph("Preise")
    plain.add_run().add_tab()
    plain.add_run("ab 40 €")
    plain.add_run().add_break()
    plain.add_run("pro Stunde")
    plain.add_run().add_break(WD_BREAK.PAGE)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_tracked_changes_read_as_accepted() -> None:
    # Her inserted words are hers; what she deleted or moved away is not there any more.
    source = read_docx(tracked_docx(), "angebot.docx", lang="de")
    text = "\n".join(p.text for p in source.passages)
    assert "Wir bauen Möbel aus Eiche, ganz ohne Schnickschnack, für Ihr Zuhause." in text
    assert "innovativen" not in text
    assert "Seit 1998" not in text


def test_paragraph_text_reads_plain_paragraphs_as_python_docx_does() -> None:
    import docx

    from treffsicher.importers.office import paragraph_text

    data = build_docx([("title", "Über mich"), ("p", UEBER_MICH), ("h2", "Kurse"), ("p", KURSE)])
    for document in (docx.Document(io.BytesIO(data)), docx.Document(io.BytesIO(tracked_docx()))):
        for paragraph in document.paragraphs:
            if not paragraph._p.xpath("./w:ins|./w:del|./w:moveFrom"):
                assert paragraph_text(paragraph._p) == paragraph.text
