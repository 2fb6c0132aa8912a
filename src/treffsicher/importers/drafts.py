"""Reading a draft to check: any text format of the registry (Format.draft), the whole
file as one text. Never a transcript: a draft written as an interview („Redaktion: …“ /
„Johanna: …“) is still a draft, so the speaker sniffing of the import is skipped."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from treffsicher.core.imported import ImportedSource
from treffsicher.core.models import KIND_EMAIL, KIND_WEB
from treffsicher.errors import UnsupportedFormatError
from treffsicher.importers import formats
from treffsicher.importers.documents import RejectedSourceError, describe_reason, sizes_in_mb

MAX_DRAFT_BYTES = 20_000_000  # a draft is a few pages; larger files are not drafts
STDIN_NAME = "stdin"


@dataclass(frozen=True)
class DraftText:
    """A draft's text (its passages joined by blank lines) and the register its form
    suggests (KIND_WEB for a page with headings, KIND_EMAIL after a greeting, or None)."""

    text: str
    register: str | None


def find_draft_format(name: str, data: bytes, lang: str) -> formats.Format:
    """The draft's format by suffix (or first bytes); UnsupportedFormatError for formats
    that are not drafts (mail, transcripts, archives, unknown suffixes)."""
    suffix = "" if name == STDIN_NAME else Path(name).suffix.lower()
    fmt = formats.find_format(suffix) if suffix else formats.BY_NAME[formats.sniff_format(data)]
    if fmt is None or not fmt.draft:
        supported = ", ".join(formats.DRAFT_SUFFIXES)
        reason = describe_reason("not_a_draft", lang, suffix=suffix, supported=supported)
        raise UnsupportedFormatError(f"{name}: {reason}")
    return fmt


def is_draft_name(name: str) -> bool:
    """True when a file of this name may hold a draft (by its suffix)."""
    fmt = formats.find_format(Path(name).suffix.lower())
    return fmt is not None and fmt.draft


def read_draft_bytes(data: bytes, name: str, *, lang: str = "de") -> DraftText:
    """The draft in `data` (a file's bytes, or stdin's with name "stdin").

    UnsupportedFormatError for other formats, RejectedSourceError (an InputError) for
    empty, binary, oversized or unreadable drafts, with the reason in `lang`.
    """
    fmt = find_draft_format(name, data, lang)
    if len(data) > MAX_DRAFT_BYTES:
        raise RejectedSourceError(
            name, "too_large", lang, **sizes_in_mb(len(data), MAX_DRAFT_BYTES)
        )
    source = DRAFT_READERS[fmt.name](data, name, lang)
    kinds = {p.kind for p in source.passages}
    register = KIND_WEB if KIND_WEB in kinds else KIND_EMAIL if KIND_EMAIL in kinds else None
    return DraftText("\n\n".join(p.text for p in source.passages), register)


def read_draft_file(path: Path, *, lang: str = "de") -> DraftText:
    """The draft in a file (the suffix checked before the file is opened); OSError when
    it cannot be read."""
    if path.suffix:
        find_draft_format(str(path), b"", lang)
    return read_draft_bytes(path.read_bytes(), str(path), lang=lang)


def read_text(data: bytes, name: str, lang: str) -> ImportedSource:
    """Plain text or Markdown, even when it has "Name: …" turns."""
    from treffsicher.importers import documents

    return documents.read_bytes(data, name, lang=lang)


def read_docx(data: bytes, name: str, lang: str) -> ImportedSource:
    """A .docx as a document, even when it reads like a transcript."""
    from treffsicher.importers import office

    blocks = office.read_docx_blocks(data, name, lang)
    return office.source_from_blocks(data, name, blocks, office.DOCX_TYPE, None, lang)


def read_odt(data: bytes, name: str, lang: str) -> ImportedSource:
    """An .odt as a document, even when it reads like a transcript."""
    from treffsicher.importers import office

    blocks = office.read_odt_blocks(data, name, lang)
    return office.source_from_blocks(data, name, blocks, office.ODT_TYPE, None, lang)


def read_page(data: bytes, name: str, lang: str) -> ImportedSource:
    """A saved web page (.html, .htm, .xhtml)."""
    from treffsicher.importers import webpage

    return webpage.read_webpage(data, name, lang=lang)


def read_mhtml(data: bytes, name: str, lang: str) -> ImportedSource:
    """A web page saved as one file (.mhtml, .mht)."""
    from treffsicher.importers import webpage

    return webpage.read_mhtml(data, name, lang=lang)


def read_rtf(data: bytes, name: str, lang: str) -> ImportedSource:
    """An RTF document."""
    from treffsicher.importers import office

    return office.read_rtf(data, name, lang=lang)


def read_pdf(data: bytes, name: str, lang: str) -> ImportedSource:
    """A PDF with a text layer."""
    from treffsicher.importers import pdf

    return pdf.read_pdf(data, name, lang=lang)


DRAFT_READERS: dict[str, Callable[[bytes, str, str], ImportedSource]] = {
    "text": read_text,
    "markdown": read_text,
    "html": read_page,
    "mhtml": read_mhtml,
    "docx": read_docx,
    "odt": read_odt,
    "rtf": read_rtf,
    "pdf": read_pdf,
}
