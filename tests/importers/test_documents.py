"""Plain-text and Markdown import: decoding, bad input, passages and offsets."""

from __future__ import annotations

import hashlib
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.core.text import normalize_text
from treffsicher.errors import InputError, UnreadableSourceError, UnsupportedFormatError
from treffsicher.importers.base import ImportedSource
from treffsicher.importers.decoding import LABELS, find_utf16_without_bom
from treffsicher.importers.documents import (
    RejectedSourceError,
    describe_reason,
    read_bytes,
    read_path,
)
from treffsicher.importers.passages import markdown_to_text

GERMAN = "Liebe Grüße aus Köln! Die Straße ist schön, der Kurs kostet 25 € – ich freue mich.\n"
GERMAN_LATIN1 = "Grüße aus Köln! Die Straße ist schön, und die Bäume blühen schon.\n"


def rejected(data: bytes, name: str = "kunde.txt", **kwargs: object) -> RejectedSourceError:
    """Return the error read_bytes raises for `data` (fails the test if none)."""
    with pytest.raises(RejectedSourceError) as info:
        read_bytes(data, name, **kwargs)  # type: ignore[arg-type]
    return info.value


@pytest.mark.parametrize(
    ("data", "text", "encodings", "assumed"),
    [
        (GERMAN.encode("utf-8"), GERMAN, ("utf-8",), False),
        (b"\xef\xbb\xbf" + GERMAN.encode("utf-8"), GERMAN, ("utf-8-sig",), False),
        (GERMAN.encode("utf-16"), GERMAN, ("utf-16",), False),
        ((GERMAN * 3).encode("cp1252"), GERMAN * 3, ("cp1252",), True),
        (GERMAN.encode("utf-16-le"), GERMAN, ("utf-16-le",), True),
        (GERMAN.encode("utf-16-be"), GERMAN, ("utf-16-be",), True),
        ((GERMAN_LATIN1 * 3).encode("mac_roman"), GERMAN_LATIN1 * 3, ("mac_roman",), True),
        # Latin-1 and Windows-1252 agree on every letter of this text; either is right.
        ((GERMAN_LATIN1 * 3).encode("latin-1"), GERMAN_LATIN1 * 3, ("cp1252", "latin_1"), True),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "cp1252", "utf16le", "utf16be", "mac", "latin1"],
)
def test_decoding(data: bytes, text: str, encodings: tuple[str, ...], assumed: bool) -> None:
    source = read_bytes(data, "kunde.txt")
    assert source.encoding in encodings
    assert [p.text for p in source.passages] == [text.strip()]
    assert source.passages[0].language == "de"
    if assumed:
        assert source.notes == (f"nicht UTF-8; als {LABELS[source.encoding]} gelesen",)
    else:
        assert source.notes == ()
    assert source.content_hash == hashlib.sha256(data).hexdigest()


def test_encoding_note_in_english() -> None:
    source = read_bytes((GERMAN * 3).encode("cp1252"), "kunde.txt", lang="en")
    assert source.notes == ("not UTF-8; read as Windows-1252",)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n   \n", "blank"),
        ("\ufeff \n".encode(), "blank"),  # a BOM and a space
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(40)), "binary_format"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary_format"),
        (b"PK\x03\x04\x14\x00\x06\x00", "binary_format"),
        (b"Hallo\x00\x8f\x12\x00\xff\x00 Welt" * 10, "binary_nul"),
        (b"Hallo \x01\x02\x03\x04\x05\x06 Welt " * 50, "binary_control"),
        (b"\xff\xfe\x00\xd8", "bad_encoding"),  # UTF-16 BOM, then a lone surrogate
        ("Hallo Welt ".encode("utf-16-le") * 5 + b"\x00\xd8", "bad_encoding"),
    ],
    ids=[
        "empty",
        "whitespace",
        "bom-space",
        "png",
        "pdf",
        "zip",
        "nul",
        "control",
        "bad-bom",
        "bad-utf16",
    ],
)
def test_bad_input_is_rejected_with_a_reason(data: bytes, code: str) -> None:
    error = rejected(data)
    assert error.code == code
    assert error.path == "kunde.txt"
    assert str(error).startswith("kunde.txt: ")
    assert isinstance(error, UnreadableSourceError)


def test_binary_reason_names_the_format_in_both_languages() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(20)
    assert "PNG" in rejected(png).reason
    assert "keine Textdatei" in rejected(png).reason
    assert "not a text file" in rejected(png, lang="en").reason


def test_a_50_mb_line_is_rejected_quickly_and_without_copies() -> None:
    data = b"a" * 50_000_000
    # The default 20 MB limit already stops it, before anything else is looked at.
    assert rejected(data).code == "too_large"
    assert "50 MB" in rejected(data).reason
    tracemalloc.start()
    try:
        error = rejected(data, max_bytes=100_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.code == "long_line"
    assert error.params["offset"] == 0
    assert peak < 5_000_000  # far below the 50 MB of the input: no decoded copy was made


def test_a_long_line_after_normal_lines_is_found() -> None:
    data = b"Erste Zeile.\nZweite Zeile.\n" + b"x" * 1_200_000 + b"\nEnde.\n"
    error = rejected(data)
    assert error.code == "long_line"
    assert error.params["offset"] == 27  # len(b"Erste Zeile.\nZweite Zeile.\n")


def test_lines_just_under_the_limit_pass() -> None:
    line = b"wort " * 199_999 + b"ende\n"  # 1,000,000 bytes with the newline
    source = read_bytes(line * 2, "lang.txt")
    assert sum(len(p.text.split()) for p in source.passages) == 400_000


def test_unsupported_suffix_names_file_and_supported_types(tmp_path: Path) -> None:
    path = tmp_path / "angebot.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(UnsupportedFormatError) as info:
        read_path(path)
    message = str(info.value)
    assert str(path) in message
    assert ".pdf" in message
    assert ".txt, .md" in message
    with pytest.raises(UnsupportedFormatError):
        read_bytes(b"Hallo", "brief.docx")


def test_read_path_errors(tmp_path: Path) -> None:
    # Files that cannot be opened raise OSError; the import service phrases those.
    with pytest.raises(FileNotFoundError):
        read_path(tmp_path / "fehlt.txt")
    folder = tmp_path / "ordner.txt"
    folder.mkdir()
    with pytest.raises(IsADirectoryError):
        read_path(folder)
    big = tmp_path / "gross.txt"
    big.write_bytes(b"Hallo Welt.\n" * 1000)  # 12,000 bytes
    with pytest.raises(RejectedSourceError) as info:
        read_path(big, max_bytes=10_000)
    assert info.value.code == "too_large"


def test_read_path_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "notiz.txt"
    path.write_bytes(GERMAN.encode())
    source = read_path(path, kind="speech")
    assert source.name == str(path)
    assert source.media_type == "text/plain"
    assert [(p.kind, p.position) for p in source.passages] == [("speech", 0)]


def test_french_text_imports_marked_fr() -> None:
    text = "Bonjour à tous, je vous écris pour le cours de yoga de la semaine prochaine. " * 3
    source = read_bytes(text.encode(), "lettre.txt")
    assert [p.language for p in source.passages] == ["fr"]
    assert source.notes == ()


def test_numbers_only_get_a_note() -> None:
    source = read_bytes(b"12 345 678\n2025 2026\n", "zahlen.txt")
    assert [p.language for p in source.passages] == ["und"]
    assert source.notes == (describe_reason("no_language", "de"),)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Hallo Anna,\nich freue mich auf unser Gespräch.\nLiebe Grüße\nUlrike", "a.txt", "email"),
        (
            "Sehr geehrte Frau Berger,\nanbei das Angebot.\nMit freundlichen Grüßen",
            "b.txt",
            "email",
        ),
        ("Dear Tom,\nthanks for the photos.\nBest, Maggie", "c.txt", "email"),
        ("Liebe ist das Wichtigste im Leben, sagt meine Oma immer.", "d.txt", "text"),
        ("# Angebote\n\nIch biete Kurse an.", "e.md", "web"),
        ("Nur ein paar Notizen zum Telefonat mit der Kundin.", "f.md", "text"),
        ("# Über mich\n\nIch bin Hebamme.", "stdin", "web"),
    ],
)
def test_kind_is_guessed(text: str, name: str, kind: str) -> None:
    source = read_bytes(text.encode(), name)
    assert {p.kind for p in source.passages} == {kind}
    assert {p.kind for p in read_bytes(text.encode(), name, "document").passages} == {"document"}


MARKDOWN = """---
title: Über mich
---
# Über mich

## Meine Geschichte

Ich bin **Hebamme** seit 2015 und arbeite in [Lindenfeld](https://example.org).

- Geburtsvorbereitung
- Rückbildung

> „Johanna ist großartig!“ – eine Mutter

Kontakt
-------
Schreib mir gern eine *kurze* Mail.

```
# kein Titel
```
"""


def test_markdown_sections_and_markup() -> None:
    source = read_bytes(MARKDOWN.encode(), "seite.md")
    assert source.media_type == "text/markdown"
    assert [(p.position, p.note) for p in source.passages] == [
        (0, "Über mich / Meine Geschichte"),
        (1, "Kontakt"),
    ]
    assert source.passages[0].text == (
        "Über mich\n\nMeine Geschichte\n\n"
        "Ich bin Hebamme seit 2015 und arbeite in Lindenfeld.\n\n"
        "Geburtsvorbereitung\nRückbildung"
    )
    assert source.passages[1].text == "Kontakt\n\nSchreib mir gern eine kurze Mail."


def test_markdown_offsets_point_into_the_plain_text() -> None:
    plain, _ = markdown_to_text(normalize_text(MARKDOWN))
    for passage in read_bytes(MARKDOWN.encode(), "seite.md").passages:
        assert plain[passage.char_start : passage.char_end] == passage.text


def test_gender_star_and_snake_case_survive_markup_removal() -> None:
    source = read_bytes(b"Liebe Kund*innen und Mitarbeiter_innen, *bitte* beachten.", "x.md")
    assert source.passages[0].text == "Liebe Kund*innen und Mitarbeiter_innen, bitte beachten."


def make_long_text(paragraphs: int, words: int) -> str:
    """Return paragraphs of `words` numbered words each, separated by blank lines."""
    return "\n\n".join(
        " ".join(f"wort{p}x{w}" for w in range(words)) + "." for p in range(paragraphs)
    )


@pytest.mark.parametrize(
    ("paragraphs", "words", "expected_sizes"),
    [
        (10, 80, [800]),  # exactly 800 words: one passage
        (30, 60, [780, 780, 240]),  # 13 + 13 + 4 paragraphs
        # One 1,700-word sentence: cut every 800 words; the last 100 join the piece before.
        (1, 1700, [800, 900]),
    ],
)
def test_long_plain_text_is_split(paragraphs: int, words: int, expected_sizes: list[int]) -> None:
    text = make_long_text(paragraphs, words)
    source = read_bytes(text.encode(), "lang.txt")
    sizes = [len(p.text.split()) for p in source.passages]
    assert sizes == expected_sizes
    assert [p.position for p in source.passages] == list(range(len(sizes)))
    for passage in source.passages:
        assert text[passage.char_start : passage.char_end] == passage.text
    assert " ".join(p.text for p in source.passages).split() == text.split()


def test_offsets_of_plain_text_after_normalisation() -> None:
    raw = "\ufeffZeile eins\r\nZeile\u00a0zwei\r\n"
    source = read_bytes(raw.encode(), "crlf.txt")
    normalised = normalize_text(raw.encode().decode("utf-8"))
    passage = source.passages[0]
    assert passage.text == "Zeile eins\nZeile zwei"
    assert normalised[passage.char_start : passage.char_end] == passage.text


def test_describe_reason_in_both_languages() -> None:
    assert describe_reason("too_large", "de", size=25.5, limit=20.0) == (
        "Die Datei ist 25,5 MB groß; erlaubt sind höchstens 20 MB Text pro Quelle. "
        "Bitte in kleinere Dateien teilen."
    )
    assert describe_reason("empty", "en") == "The file is empty."
    assert describe_reason("empty", "fr") == "Die Datei ist leer."  # German otherwise


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_source_or_an_input_error(data: bytes) -> None:
    try:
        source = read_bytes(data, "zufall.txt")
    except InputError:
        return
    assert isinstance(source, ImportedSource)
    assert source.passages
    for passage in source.passages:
        assert passage.text.strip() == passage.text
        assert passage.char_end - passage.char_start == len(passage.text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_any_markdown_text_gives_a_source_or_an_input_error(text: str) -> None:
    try:
        source = read_bytes(text.encode("utf-8"), "zufall.md")
    except InputError:
        return
    plain, _ = markdown_to_text(normalize_text(text))
    for passage in source.passages:
        assert plain[passage.char_start : passage.char_end] == passage.text


def test_markdown_without_any_text_is_rejected() -> None:
    data = b"---\ntitle: Bilder\n---\n![Foto](foto.jpg)\n\n<!-- leer -->\n\n---\n"
    assert rejected(data, "bilder.md").code == "no_text"


def test_nul_bytes_before_non_latin_high_bytes_are_not_utf16() -> None:
    # Found by the property test above: "0" and NULs, then U+0080, looked like UTF-16 BE
    # and decoded to Hangul; the high bytes 0x30 and 0xC2 are no Latin text's.
    data = "\x000\x00000\x80".encode()
    assert find_utf16_without_bom(data) is None
    assert rejected(data, "zufall.md").code == "binary_nul"
    assert find_utf16_without_bom("Grüße – schön! 👋".encode("utf-16-be")) == "utf-16-be"


def test_a_device_is_not_read_as_text() -> None:
    with pytest.raises(RejectedSourceError) as info:
        read_path(Path("/dev/zero.txt").with_name("zero"), lang="en")  # no suffix: plain text
    assert info.value.code == "not_a_file"


COPIED_MAIL = (
    "Hallo Anna,\n\ndas passt so, bitte nur kürzer.\n\nLiebe Grüße\nJohanna\n\n"
    "Am 02.06.2025 um 09:00 schrieb Anna Berg <anna@berg-text.de>:\n"
    "> Hallo Johanna,\n> anbei der Entwurf für die Startseite.\n> Viele Grüße, Anna\n"
)


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        # a mail copied into a text file: the writer's quoted words are not hers
        (COPIED_MAIL, "das passt so, bitte nur kürzer.", "Entwurf für die Startseite"),
        (
            "Die Kurse sind voll, ich mache ab Juli eine zweite Gruppe auf.\n\n"
            "On Tue, 3 Jun 2025 at 10:12, Sam Carter <sam@example.org> wrote:\n"
            "> Can we add a second group?\n",
            "zweite Gruppe",
            "second group",
        ),
        # her notes with "> " as bullets stay whole
        ("Ideen für die Seite:\n> mehr Fotos\n> kürzere Texte\n", "> kürzere Texte", "∅"),
        ("Kurse für Gruppen > 10 Personen\nauf Anfrage.", "> 10 Personen", "∅"),
    ],
    ids=["de-reply", "en-reply", "her-arrows", "her-greater-than"],
)
def test_a_mail_copied_into_a_text_file_loses_the_quoted_original(
    text: str, kept: str, gone: str
) -> None:
    source = read_bytes(text.encode(), "notiz.txt", lang="de")
    joined = "\n".join(p.text for p in source.passages)
    assert kept in joined
    assert gone not in joined


def test_a_long_text_full_of_quote_marks_and_colons_is_looked_at_once() -> None:
    # Linear in the text: every line above a "> " line is looked at once (no regex that
    # could try every position of a long line against every other).
    from treffsicher.importers.documents import looks_like_mail_text

    hostile = ("1234567890@" * 50 + "\n> x\n") * 20_000
    assert not looks_like_mail_text(hostile)
    assert looks_like_mail_text(hostile + "Am 3.6.2025 um 10:12 schrieb Anna <a@b.de>:\n> Hallo")


def test_prefix_checks_find_what_the_ordered_search_finds() -> None:
    from treffsicher.importers.decoding import BOMS, MAGIC, find_binary_format, find_bom

    starts = [b"", b"Hallo", b"\xef\xbb", b"P", *(m for m, _ in MAGIC), *(b for b, _ in BOMS)]
    for start in starts:
        data = start + "Grüße\n".encode()
        assert find_bom(data) == next((c for b, c in BOMS if data.startswith(b)), None)
        expected = next((n for m, n in MAGIC if data.startswith(m)), None)
        assert find_binary_format(data) == expected


def reference_utf16_without_bom(data: bytes) -> str | None:
    """find_utf16_without_bom as first written (no early return for NUL-free data)."""
    from treffsicher.importers.decoding import SNIFF_BYTES, is_latin_high

    sample = data[:SNIFF_BYTES]
    if len(sample) < 8 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.4 and even_nul < 0.02 and is_latin_high(odd):
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.02 and is_latin_high(even):
        return "utf-16-be"
    return None


@settings(max_examples=300, deadline=None)
@given(
    st.binary(max_size=40)
    | st.text(max_size=30).map(lambda t: t.encode("utf-16-le"))
    | st.text(max_size=30).map(lambda t: t.encode("utf-16-be"))
    | st.text(max_size=30).map(lambda t: t.encode("utf-8"))
)
def test_utf16_sniff_equals_the_reference(data: bytes) -> None:
    for sample in (
        data,
        b"\x00" * 9000 + data,
        "Grüße aus Köln, Anna. ".encode("utf-16-le") + data,
    ):
        assert find_utf16_without_bom(sample) == reference_utf16_without_bom(sample)


def reference_split(text: str) -> list[tuple[int, int]]:
    """split_text over the whole text as first written: always counting the words."""
    from treffsicher.importers import passages

    span = passages._strip_span(text, 0, len(text))
    if span is None:
        return []
    if len(text[span[0] : span[1]].split()) <= passages.MAX_WORDS:
        return [span]
    return passages._pack_units(passages._split_units(text, span[0], span[1], 0))


@pytest.mark.parametrize("words", [799, 800, 801, 802, 1700])
@pytest.mark.parametrize("gap", [" ", "\n", "  ", "\t\n", "\n\n"])
def test_split_text_around_the_word_limit_equals_the_reference(words: int, gap: str) -> None:
    from treffsicher.importers.passages import split_text

    text = gap.join(["ja"] * (words - 1) + ["Ende."])
    for t in (text, f"  {text}\n", gap.join(["a"] * words), gap.join(["Grüße"] * words)):
        assert split_text(t, 0, len(t)) == reference_split(t)
