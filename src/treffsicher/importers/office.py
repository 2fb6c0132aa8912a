"""Word, OpenDocument and RTF files (.docx, .odt, .rtf) → text with headings.

- .docx with python-docx: body paragraphs and table cells in document order; a paragraph
  whose style is a heading or title ("Heading 2", "Title"; Word stores built-in style
  names in English whatever the UI language) or carries an outline level is a heading.
  Page headers and footers are left out: they repeat and are not prose.
- .odt with odfpy: <text:h> is a heading, <text:p> a paragraph, in document order.
- .rtf with striprtf: text only, headings are not available (RTF styles are rarely
  meaningful); paragraphs as written.

Headings are her words: each stays as a line of its own at the start of its section, one
passage per section (importers.passages.find_sections), as for Markdown.

Bad input: docx and odt are zip packages, so their directory is checked before anything
is unpacked (importers.archive.open_zip: at most 50 MB unpacked, a zip bomb is refused);
an encrypted .docx is an OLE container, not a zip, and an encrypted .odt says so in its
manifest: both get the "password" reason. Anything the libraries raise on broken files
becomes a RejectedSourceError with reason "corrupt" (any bytes in, passages or
an InputError out).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from typing import Any

from treffsicher.core.models import KIND_DOCUMENT
from treffsicher.core.text import normalize_text
from treffsicher.importers.archive import MAX_UNPACKED_BYTES, open_zip
from treffsicher.importers.base import ImportedSource
from treffsicher.importers.documents import (
    DEFAULT_MAX_BYTES,
    RejectedSourceError,
    describe_reason,
    make_source,
    sizes_in_mb,
)
from treffsicher.importers.passages import find_sections

LOGGER = logging.getLogger(__name__)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, and encrypted OOXML/ODF packages
RTF_MAGIC = b"{\\rtf"
HEADING_STYLES = ("heading", "title", "überschrift", "titel", "subtitle", "untertitel")
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT_TYPE = "application/vnd.oasis.opendocument.text"
MAX_SPACES = 100  # <text:s text:c="…"/>: a hostile count must not allocate gigabytes
ODT_SKIPPED = ("tracked-changes", "sequence-decls", "table-of-content", "note")
Block = tuple[str, bool]  # (text, is_heading)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"  # Clark notation
WORD = "Word (.docx)"
ODT = "OpenDocument (.odt)"


def read_docx(
    data: bytes, name: str, *, lang: str = "de", kind: str | None = None
) -> ImportedSource:
    """Return the paragraphs and headings of a .docx file as passages per section."""
    return source_from_blocks(data, name, read_docx_blocks(data, name, lang), DOCX_TYPE, kind, lang)


def read_docx_blocks(data: bytes, name: str, lang: str) -> list[Block]:
    """Return the (text, is_heading) blocks of a .docx; RejectedSourceError if unusable."""
    check_package(data, name, lang, WORD)
    package = open_zip(io.BytesIO(data), name, lang, max_unpacked=MAX_UNPACKED_BYTES, label=WORD)
    with package:
        if "word/document.xml" not in package.namelist():
            raise corrupt(name, lang, WORD, missing("word/document.xml", lang))
    try:
        import docx  # lazily: ~0.07 s to import

        return list(walk_docx(docx.Document(io.BytesIO(data))))
    except Exception as error:  # python-docx and lxml raise many types on broken files
        raise corrupt(name, lang, WORD, type(error).__name__) from error


def walk_docx(
    document: Any, parent: Any = None, styles: dict[str | None, bool] | None = None
) -> Iterator[Block]:
    """Yield (text, is_heading) for the body's paragraphs and table cells in order.

    Content controls (<w:sdt>) are looked into, except a table of contents (it repeats
    the headings); a merged table cell is yielded once, not once per grid column.
    """
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    styles = {} if styles is None else styles
    for child in (parent if parent is not None else document.element.body).iterchildren():
        if child.tag == W + "p":
            paragraph = Paragraph(child, document)
            yield paragraph_text(child), is_docx_heading(paragraph, styles)
        elif child.tag == W + "tbl":
            # Values keep the lxml proxies alive: a freed proxy's id could be reused.
            seen: dict[int, Any] = {}
            for row in Table(child, document).rows:
                for cell in row.cells:
                    if id(cell._tc) not in seen:
                        seen[id(cell._tc)] = cell._tc
                        cell_paragraphs = cell._tc.iterchildren(W + "p")
                        yield "\n".join(map(paragraph_text, cell_paragraphs)), False
        elif child.tag == W + "sdt" and not is_table_of_contents(child):
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from walk_docx(document, content, styles)


# Inside a paragraph, text under these is not the document's text as it reads now: tracked
# deletions and the old place of moved text, and text boxes and paragraphs nested in it
# (read on their own or not at all).
NOT_READ_IN_PARAGRAPH = frozenset({W + "del", W + "moveFrom", W + "txbxContent", W + "p"})


def paragraph_text(p: Any) -> str:
    """A <w:p>'s text as Word shows it with tracked changes accepted: her inserted words
    (<w:ins>, <w:moveTo>) in, her deleted ones out; tabs and line breaks as python-docx
    renders them (a page break is no text)."""
    parts = []
    for node in p.iter(W + "t", W + "tab", W + "ptab", W + "br", W + "cr", W + "noBreakHyphen"):
        ancestor = node.getparent()
        while ancestor is not None and ancestor is not p:
            if ancestor.tag in NOT_READ_IN_PARAGRAPH:
                break
            ancestor = ancestor.getparent()
        if ancestor is not p:
            continue
        tag = node.tag
        if tag == W + "t":
            parts.append(node.text or "")
        elif tag in (W + "tab", W + "ptab"):
            parts.append("\t")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
        elif tag == W + "cr" or node.get(W + "type") in (None, "textWrapping"):
            parts.append("\n")
    return "".join(parts)


def is_table_of_contents(sdt: Any) -> bool:
    """Return True for a content control holding Word's table of contents."""
    gallery = sdt.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
    return gallery is not None and "contents" in (gallery.get(W + "val") or "").casefold()


def is_docx_heading(paragraph: Any, styles: dict[str | None, bool]) -> bool:
    """Return True when a python-docx paragraph is a heading (style name or outline level).

    `styles` caches the answer per style id: python-docx looks a style up in the styles
    part on every access, which took 85 % of the time of reading a .docx.
    """
    style_id = paragraph._p.style
    if style_id not in styles:
        style = paragraph.style
        style_name = (style.name or "").casefold() if style is not None else ""
        styles[style_id] = style_name.startswith(HEADING_STYLES)
    if styles[style_id]:
        return True
    properties = paragraph._p.pPr  # direct formatting: <w:outlineLvl w:val="0..8"/>
    return properties is not None and properties.find(W + "outlineLvl") is not None


def read_odt(
    data: bytes, name: str, *, lang: str = "de", kind: str | None = None
) -> ImportedSource:
    """Return the paragraphs and headings of an OpenDocument text (.odt) as passages."""
    return source_from_blocks(data, name, read_odt_blocks(data, name, lang), ODT_TYPE, kind, lang)


def read_odt_blocks(data: bytes, name: str, lang: str) -> list[Block]:
    """Return the (text, is_heading) blocks of an .odt; RejectedSourceError if unusable."""
    check_package(data, name, lang, ODT)
    package = open_zip(io.BytesIO(data), name, lang, max_unpacked=MAX_UNPACKED_BYTES, label=ODT)
    with package:
        names = set(package.namelist())
        if "META-INF/manifest.xml" in names:
            try:
                manifest = package.read("META-INF/manifest.xml")
            except Exception as error:  # BadZipFile, zlib.error, EOFError on damaged members
                raise corrupt(name, lang, ODT, type(error).__name__) from error
            if b"encryption-data" in manifest:
                raise RejectedSourceError(name, "password", lang)
        if "content.xml" not in names:
            raise corrupt(name, lang, ODT, missing("content.xml", lang))
    try:
        from odf.opendocument import load  # lazily: ~0.04 s to import

        return list(walk_odt(load(io.BytesIO(data)).text))
    except Exception as error:  # odfpy and expat raise many types on broken files
        raise corrupt(name, lang, ODT, type(error).__name__) from error


def walk_odt(node: Any) -> Iterator[Block]:
    """Yield (text, is_heading) for <text:h> and <text:p> elements below `node` in order."""
    from odf.namespaces import TEXTNS

    for child in node.childNodes:
        if child.nodeType != child.ELEMENT_NODE:
            continue
        namespace, local = child.qname
        if namespace == TEXTNS and local in ("h", "p"):
            yield "".join(extract_odt_text(child)), local == "h"
        elif not (namespace == TEXTNS and local in ODT_SKIPPED):
            yield from walk_odt(child)


def extract_odt_text(node: Any) -> Iterator[str]:
    """Yield the text pieces of an ODF paragraph, without footnotes and comments.

    odfpy's teletype.extractText would put a footnote's text into the middle of the
    sentence that cites it; a note is not part of that sentence.
    """
    from odf.namespaces import OFFICENS, TEXTNS

    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            yield child.data
        elif child.nodeType == child.ELEMENT_NODE:
            namespace, local = child.qname
            if namespace == TEXTNS and local == "s":
                count = str(child.getAttrNS(TEXTNS, "c") or "1")
                yield " " * min(int(count) if count.isdigit() else 1, MAX_SPACES)
            elif namespace == TEXTNS and local in ("tab", "line-break"):
                yield "\t" if local == "tab" else "\n"
            elif (namespace, local) not in ((TEXTNS, "note"), (OFFICENS, "annotation")):
                yield from extract_odt_text(child)


def read_rtf(
    data: bytes, name: str, *, lang: str = "de", kind: str | None = None
) -> ImportedSource:
    """Return the text of an RTF file as passages (no headings: RTF rarely marks them)."""
    if not data.strip():
        raise RejectedSourceError(name, "empty" if not data else "blank", lang)
    if len(data) > DEFAULT_MAX_BYTES:
        raise RejectedSourceError(
            name, "too_large", lang, **sizes_in_mb(len(data), DEFAULT_MAX_BYTES)
        )
    if not data.lstrip().startswith(RTF_MAGIC):
        raise corrupt(name, lang, "RTF", missing("{\\rtf", lang))
    try:
        from striprtf.striprtf import rtf_to_text

        # RTF is 7-bit; \'e4 escapes are decoded by striprtf in the document's code page.
        text = rtf_to_text(data.decode("latin-1"), encoding="cp1252", errors="replace")  # type: ignore[no-untyped-call]
    except Exception as error:  # striprtf raises on some malformed control words
        raise corrupt(name, lang, "RTF", type(error).__name__) from error
    blocks = [(line, False) for line in str(text).split("\n")]
    return source_from_blocks(data, name, blocks, "application/rtf", kind, lang)


def check_package(data: bytes, name: str, lang: str, label: str) -> None:
    """Raise RejectedSourceError unless `data` looks like a zip package (docx, odt)."""
    if not data:
        raise RejectedSourceError(name, "empty", lang)
    if data.startswith(OLE_MAGIC):
        # Encrypted OOXML is an OLE file with an EncryptionInfo stream; so is a .doc.
        raise RejectedSourceError(name, "old_word" if label == WORD else "password", lang)
    if not data.startswith(b"PK"):
        raise corrupt(name, lang, label, missing("PK", lang))


def missing(part: str, lang: str) -> str:
    """Return "„word/document.xml“ fehlt" in `lang`: the detail of a "corrupt" reason."""
    return describe_reason("missing_part", lang, part=part)


def corrupt(name: str, lang: str, label: str, detail: str) -> RejectedSourceError:
    """Return the "damaged or not a valid …" error for `name`."""
    return RejectedSourceError(name, "corrupt", lang, format=label, detail=detail)


def source_from_blocks(
    data: bytes,
    name: str,
    blocks: list[Block],
    media_type: str,
    kind: str | None,
    lang: str,
) -> ImportedSource:
    """Return a source from (text, is_heading) blocks: headings start sections."""
    parts: list[str] = []
    headings: list[tuple[int, str]] = []
    position = 0
    for raw, is_heading in blocks:
        block = normalize_text(raw).strip()
        if not block:
            continue
        if is_heading:
            block = " ".join(block.split())  # a heading is one line (find_sections needs it)
            headings.append((position, block))
        parts.append(block)
        position += len(block) + 2
    text = "\n\n".join(parts)
    spans = find_sections(text, headings)
    return make_source(
        data, name, text, spans, media_type=media_type, kind=kind or KIND_DOCUMENT, lang=lang
    )
