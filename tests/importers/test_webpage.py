"""Saved web pages: main text by section, no navigation, banners, footers or scripts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treffsicher.errors import InputError
from treffsicher.importers.documents import RejectedSourceError
from treffsicher.importers.webpage import read_mhtml, read_webpage

INTRO = (
    "Ich bin seit vierzehn Jahren Hebamme in Göttingen, und ich liebe diese Arbeit noch "
    "immer. Jede Geburt ist anders, und jede Familie bringt ihre eigene Geschichte mit."
)
COURSE = (
    "Im Geburtsvorbereitungskurs lernt ihr, worauf es wirklich ankommt. Wir atmen "
    "zusammen, wir lachen viel, und ihr dürft alles fragen."
)
AFTER = "Die Rückbildung beginnt frühestens sechs Wochen nach der Geburt. Bringt euer Baby mit!"

PAGE = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Über mich – Hebammenpraxis</title>
<style>body {{ color: #333 }} .banner {{ display: none }}</style>
<script>alert(1)</script>
<!-- saved from url=(0032)https://hebamme-kellermann.test/ -->
</head><body>
<div id="cookie-banner" class="cookie-consent">Wir verwenden Cookies, um unsere Website zu
verbessern. <button>Alle akzeptieren</button> <a href="/datenschutz">Mehr erfahren</a></div>
<header><nav><ul><li><a href="/">Start</a></li><li><a href="/kurse">Kurse</a></li>
<li><a href="/kontakt">Kontakt</a></li></ul></nav></header>
<main><article>
<h1>Über mich</h1>
<p>{INTRO}</p>
<h2>Meine <em>Kurse</em></h2>
<p>{COURSE}</p>
<script>document.write("versteckter Text aus einem Skript")</script>
<p>{AFTER}</p>
</article></main>
<footer><p>© 2025 Hebammenpraxis Kellermann · Impressum · Datenschutz</p></footer>
</body></html>"""

ENGLISH_PAGE = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><nav><a href="/">Home</a> | <a href="/shop">Shop</a></nav>
<div class="content"><h1>About the studio</h1>
<p>I throw every mug on the wheel in my shed by the harbour. No two glazes come out the
same, and that is rather the point – each one is a small surprise.</p></div>
<footer>Copyright Morwenna Pike Ceramics</footer></body></html>"""


def test_main_text_by_section_without_boilerplate() -> None:
    source = read_webpage(PAGE.encode("utf-8"), "ueber-mich.html", lang="de")
    assert [(p.note, p.text) for p in source.passages] == [
        ("Über mich", f"Über mich\n\n{INTRO}"),
        ("Meine Kurse", f"Meine Kurse\n\n{COURSE}\n\n{AFTER}"),
    ]
    everything = " ".join(p.text for p in source.passages)
    for unwanted in ("alert", "Cookies", "akzeptieren", "Kontakt", "Impressum", "Skript", "#333"):
        assert unwanted not in everything
    assert {p.kind for p in source.passages} == {"web"}
    assert {p.language for p in source.passages} == {"de"}
    assert source.media_type == "text/html"
    assert source.encoding == "utf-8"


def test_declared_windows_1252_is_used() -> None:
    source = read_webpage(ENGLISH_PAGE.encode("cp1252"), "about.htm", lang="en")
    assert source.encoding == "cp1252"
    assert [p.note for p in source.passages] == ["About the studio"]
    assert "the point – each one" in source.passages[0].text
    assert source.passages[0].language == "en"
    assert "Shop" not in source.passages[0].text


def test_wrong_declared_charset_falls_back_to_detection() -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="us-ascii"').encode("utf-8")
    source = read_webpage(page, "ueber-mich.html")
    assert source.passages[0].text.startswith("Über mich\n\nIch bin seit")


def test_the_same_page_saved_twice_has_one_hash() -> None:
    first = read_webpage(PAGE.encode(), "a.html")
    again = PAGE.replace("(0032)https://hebamme-kellermann.test/", "(0033)https://www.x.test/")
    second = read_webpage(again.replace("<title>", "<title>Kopie ").encode(), "b.html")
    assert again != PAGE
    assert first.content_hash == second.content_hash
    other = read_webpage(PAGE.replace("donnerstags", "x").replace("Baby", "Kind").encode(), "c")
    assert other.content_hash != first.content_hash


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b" \n ", "blank"),
        (b"<html><head><script>alert(1)</script></head><body></body></html>", "no_main_text"),
        (b"<html><body><nav><a href='/'>Start</a></nav></body></html>", "no_main_text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary_format"),
    ],
)
def test_pages_without_main_text_are_rejected(data: bytes, code: str) -> None:
    with pytest.raises(RejectedSourceError) as info:
        read_webpage(data, "seite.html", lang="en")
    assert info.value.code == code
    assert info.value.path == "seite.html"


def test_script_in_the_body_never_becomes_text() -> None:
    page = (
        b"<html><body><p>Liebe Eltern, hier findet ihr alle Termine f\xc3\xbcr den Herbst.</p>"
        b"<script>alert(1)</script><p>Bis bald in der Praxis!</p></body></html>"
    )
    source = read_webpage(page, "termine.html")
    text = " ".join(p.text for p in source.passages)
    assert "alert" not in text
    assert "Liebe Eltern, hier findet ihr alle Termine für den Herbst." in text


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_source_or_an_input_error(data: bytes) -> None:
    try:
        source = read_webpage(data, "x.html")
    except InputError:
        return
    assert source.passages


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<html>",
                "<body>",
                "<p>",
                "</p>",
                "<h2>",
                "</h2>",
                "<script>",
                "</script>",
                "<nav>",
                "<!--",
                "-->",
                "<meta charset='latin-1'>",
                "&amp;",
                "<![CDATA[",
            ]
        )
        | st.text(max_size=40),
        max_size=40,
    )
)
def test_any_tag_soup_gives_a_source_or_an_input_error(parts: list[str]) -> None:
    try:
        source = read_webpage("".join(parts).encode("utf-8", "surrogatepass"), "x.html")
    except InputError:
        return
    assert all(p.text.strip() for p in source.passages)


def build_mhtml(page: str) -> bytes:
    """Return `page` saved as Chrome does with "Webpage, Single File" (quoted-printable)."""
    import quopri

    body = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    return (
        "From: <Saved by Blink>\r\n"
        "Snapshot-Content-Location: https://hebamme-kellermann.test/\r\n"
        "Subject: =?utf-8?Q?=C3=9Cber_mich?=\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; type="text/html"; boundary="----grenze"\r\n\r\n'
        "------grenze\r\n"
        "Content-Type: text/html\r\n"
        "Content-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://hebamme-kellermann.test/\r\n\r\n"
        f"{body}\r\n"
        "------grenze\r\n"
        "Content-Type: text/css\r\n\r\n"
        "body { color: red }\r\n"
        "------grenze--\r\n"
    ).encode("ascii")


def test_mhtml_single_file_page() -> None:
    page = PAGE.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n')
    source = read_mhtml(build_mhtml(page), "ueber-mich.mhtml", lang="de")
    assert [p.note for p in source.passages] == ["Über mich", "Meine Kurse"]
    assert source.passages[0].text == f"Über mich\n\n{INTRO}"
    assert source.media_type == "multipart/related"
    # The same page as .html and as .mhtml has the same main text, hence one hash.
    assert source.content_hash == read_webpage(PAGE.encode(), "a.html").content_hash


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nHallo", "no_main_text"),
    ],
)
def test_mhtml_without_a_page(data: bytes, code: str) -> None:
    with pytest.raises(RejectedSourceError) as info:
        read_mhtml(data, "x.mhtml")
    assert info.value.code == code


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_as_mhtml_give_a_source_or_an_input_error(data: bytes) -> None:
    try:
        source = read_mhtml(b"Content-Type: text/html\r\n\r\n" + data, "x.mht")
    except InputError:
        return
    assert source.passages
