"""Fixture builders for the format importers: .docx, .odt, .pdf, .rtf and .zip made in code.

The texts are our own (German and English). The PDFs are written by hand: a few hundred
bytes of PDF syntax with a correct cross-reference table, one page object per page, the
text in Helvetica with WinAnsiEncoding (so "ä" is the byte 0xE4).
"""

from __future__ import annotations

import io
import zipfile

UEBER_MICH = (
    "Ich bin seit vierzehn Jahren Hebamme in Göttingen. Jede Geburt ist anders, "
    "und jede Familie bringt ihre eigene Geschichte mit."
)
KURSE = (
    "Im Kurs lernt ihr, worauf es wirklich ankommt. Wir atmen zusammen, wir lachen viel, "
    "und ihr dürft alles fragen."
)
POTTERY = (
    "I throw every mug on the wheel in my shed by the harbour. No two glazes come out "
    "the same, and that is rather the point."
)


def build_docx(blocks: list[tuple[str, str]], table: list[list[str]] | None = None) -> bytes:
    """Return a .docx with (style, text) paragraphs; style "h1"/"h2"/"title" or "p"."""
    import docx

    document = docx.Document()
    for style, text in blocks:
        if style == "title":
            document.add_heading(text, 0)
        elif style.startswith("h"):
            document.add_heading(text, int(style[1:]))
        else:
            document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    section = document.sections[0]
    section.footer.paragraphs[0].text = "Hebammenpraxis Kellermann · Seite 1"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def build_odt(blocks: list[tuple[str, str]]) -> bytes:
    """Return an .odt with (style, text) blocks; style "h1"/"h2" or "p"."""
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    for style, text in blocks:
        if style.startswith("h"):
            document.text.addElement(H(outlinelevel=int(style[1:]), text=text))
        else:
            document.text.addElement(P(text=text))
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def pdf_string(text: str) -> bytes:
    """Return a PDF literal string in WinAnsiEncoding, with ( ) and \\ escaped."""
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def build_pdf(pages: list[list[str]]) -> bytes:
    """Return a PDF with one page per list of lines; an empty list gives a page without text.

    A page without text draws a rectangle instead (a scan would draw an image): it has
    content, but no text layer.
    """
    count = len(pages)
    font_number = 3 + 2 * count
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(count))
        + b"] /Count %d >>" % count,
    ]
    for index, lines in enumerate(pages):
        if lines:
            shown = b" T* ".join(pdf_string(line) + b" Tj" for line in lines)
            stream = b"BT /F1 11 Tf 14 TL 72 770 Td " + shown + b" ET"
        else:
            stream = b"0.5 g 72 72 451 698 re f"
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + 2 * index, font_number)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def build_encrypted_pdf(lines: list[str], password: str = "geheim") -> bytes:
    """Return a one-page PDF with a text layer, encrypted with a user password (pypdf)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(build_pdf([lines]))).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password + "!", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def build_rtf(paragraphs: list[str]) -> bytes:
    """Return an RTF document (cp1252, non-ASCII letters as \\'xx escapes)."""
    body = []
    for paragraph in paragraphs:
        escaped = "".join(
            c if ord(c) < 128 else f"\\'{c.encode('cp1252')[0]:02x}" for c in paragraph
        )
        body.append(r"\pard " + escaped + r"\par" + "\n")
    head = r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}" + "\n"
    return (head + "".join(body) + "}").encode("ascii")


def build_zip(members: list[tuple[str, bytes]], *, flag_utf8: bool = True) -> bytes:
    """Return a zip archive with the given (name, data) members, deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2025, 5, 3, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
            if not flag_utf8:
                info.flag_bits &= ~0x800
    return buffer.getvalue()


def build_zip_bomb(unpacked_bytes: int, member: str = "word/document.xml") -> bytes:
    """Return a zip whose one member unpacks to `unpacked_bytes` zero bytes (compresses ~1000x)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open(member, "w", force_zip64=True) as handle:
            chunk = bytes(1_000_000)
            for _ in range(unpacked_bytes // len(chunk)):
                handle.write(chunk)
    return buffer.getvalue()


def build_docx_with_controls(toc: list[str], inside: str, after: str) -> bytes:
    """Return a .docx with a table-of-contents control, a content control holding a
    paragraph, a paragraph after it and a table with one cell merged across two columns."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    body = document.element.body

    def wrap(paragraphs: list[str], gallery: str | None) -> None:
        sdt, properties, content = (OxmlElement(t) for t in ("w:sdt", "w:sdtPr", "w:sdtContent"))
        if gallery:
            part, kind = OxmlElement("w:docPartObj"), OxmlElement("w:docPartGallery")
            kind.set(qn("w:val"), gallery)
            part.append(kind)
            properties.append(part)
        sdt.append(properties)
        sdt.append(content)
        for text in paragraphs:
            content.append(document.add_paragraph(text)._p)  # moves it into the control
        body.insert(len(body) - 1, sdt)  # before the final section properties

    wrap(toc, "Table of Contents")
    wrap([inside], None)
    document.add_paragraph(after)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Preise 2025"
    table.cell(1, 0).text = "Kurs"
    table.cell(1, 1).text = "120 €"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def build_odt_with_note(before: str, note: str, after: str) -> bytes:
    """Return an .odt whose one paragraph has a footnote between `before` and `after`,
    and three spaces written as <text:s text:c="3"/> inside `after`'s first gap."""
    from odf.opendocument import OpenDocumentText
    from odf.text import Note, NoteBody, NoteCitation, P, S

    document = OpenDocumentText()
    paragraph = P(text=before)
    footnote = Note(noteclass="footnote", id="ftn1")
    footnote.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(P(text=note))
    footnote.addElement(body)
    paragraph.addElement(footnote)
    first, rest = after.split(" ", 1)
    paragraph.addText(first)
    paragraph.addElement(S(c=3))
    paragraph.addText(rest)
    document.text.addElement(paragraph)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()
