"""PDF files with a text layer → paragraphs per page.

pypdf extracts the text layer page by page. A PDF has no headings or paragraphs, only
lines, and a line break inside a sentence would cut it in two for the sentence-length
features, so lines are joined into paragraphs again (reflow_page): a line ends its
paragraph when it ends with an end mark and is clearly shorter than the page's full lines,
when the next line is blank, or when the next line starts a list item; a short line
without an end mark standing alone (a heading) stays a line of its own; a hyphen at the
end of a line before a lowercase word is a word break and goes ("Geburts-" "vorbereitung"),
except before "und"/"oder" ("Kinder- und Jugendhilfe").

Running headers and footers (a line at the top or bottom that recurs on most pages, page
numbers included) are dropped first. One passage per page (long pages in chunks), the
page number in the note ("S. 3"/"p. 3").
Without any text ("kein Textlayer – bitte OCR"): a RejectedSourceError; some pages without
text: a note. Encrypted PDFs are opened with the empty user password (many are only
protected against editing); otherwise "password". Anything pypdf raises on a broken file
becomes "corrupt" (any bytes in, passages or an InputError out).
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from treffsicher.core.models import KIND_DOCUMENT
from treffsicher.core.text import normalize_text
from treffsicher.i18n import make_note
from treffsicher.importers.base import ImportedSource
from treffsicher.importers.documents import (
    RejectedSourceError,
    describe_reason,
    make_source,
    sizes_in_mb,
)
from treffsicher.importers.passages import split_text

LOGGER = logging.getLogger(__name__)
MAX_PDF_BYTES = 100_000_000  # PDFs carry images; the text is a small part
MAX_PAGES = 3000
END_MARK_RE = re.compile(r"[.!?…:\"“”»«)]$")
LIST_ITEM_RE = re.compile(r"^(?:[•◦▪‣·–-]|\d{1,3}[.)])\s")
WORD_RE = re.compile(r"[^\W\d_]{2,}")
HEADING_MAX_WORDS = 8
SUSPENSION_WORDS = frozenset({"und", "oder", "bis", "sowie", "bzw.", "and", "or", "to"})
MIN_PAGE_WORDS = 3  # fewer words than this on a page: no text layer (a page number is no text)
EDGE_LINES = 2  # header and footer zones: this many lines at the top and at the bottom
MIN_RUNNING_PAGES = 3
RUNNING_SHARE = 0.6  # on this share of pages a line is a running header or footer
DIGITS_RE = re.compile(r"\d+")
SENTENCE_END_RE = re.compile(r"[.!?…]\W{0,2}\s*$")


def read_pdf(
    data: bytes, name: str, *, lang: str = "de", kind: str | None = None
) -> ImportedSource:
    """Return the text of a PDF as passages per page; RejectedSourceError if there is none."""
    if not data:
        raise RejectedSourceError(name, "empty", lang)
    if len(data) > MAX_PDF_BYTES:
        raise RejectedSourceError(name, "too_large", lang, **sizes_in_mb(len(data), MAX_PDF_BYTES))
    if b"%PDF-" not in data[:1024]:
        detail = describe_reason("missing_part", lang, part="%PDF-")
        raise RejectedSourceError(name, "corrupt", lang, format="PDF", detail=detail)
    pages = drop_running_lines([normalize_text(page) for page in extract_pages(data, name, lang)])
    texts = [reflow_page(page) for page in pages]
    empty = sum(1 for page in texts if len(WORD_RE.findall(page)) < MIN_PAGE_WORDS)
    if empty == len(texts):
        raise RejectedSourceError(name, "no_text_layer", lang)
    notes: tuple[str, ...] = ()
    if empty:
        notes = (make_note("reason.pages_without_text", lang, count=empty, total=len(texts)),)
    text = "\n\n".join(texts)
    spans: list[tuple[int, int, str]] = []
    start = 0
    for number, page in enumerate(texts, start=1):
        end = start + len(page)
        label = describe_reason("page_label", lang, page=str(number))
        spans += [(s, e, label) for s, e in split_text(text, start, end)]
        start = end + 2
    kind = kind or KIND_DOCUMENT
    return make_source(
        data, name, text, spans, media_type="application/pdf", kind=kind, lang=lang, notes=notes
    )


def extract_pages(data: bytes, name: str, lang: str) -> list[str]:
    """Return the text layer of each page (decrypting with the empty password if needed)."""
    try:
        from pypdf import PdfReader  # lazily: ~0.06 s to import

        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise RejectedSourceError(name, "password", lang)
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            pages = pages[:MAX_PAGES]
        return [page.extract_text() or "" for page in pages]
    except RejectedSourceError:
        raise
    except Exception as error:  # pypdf raises many types on broken or encrypted files
        if type(error).__name__ in ("FileNotDecryptedError", "DependencyError"):
            raise RejectedSourceError(name, "password", lang) from error
        LOGGER.debug("pypdf failed on %s: %r", name, error)
        raise RejectedSourceError(
            name, "corrupt", lang, format="PDF", detail=type(error).__name__
        ) from error


def drop_running_lines(pages: list[str]) -> list[str]:
    """Return the pages without running headers and footers.

    A line among the first or last EDGE_LINES lines of a page that recurs there on most
    pages (digits ignored: "Seite 3 von 12", the company name, a date) and does not end a
    sentence is not prose.
    """
    if len(pages) < MIN_RUNNING_PAGES:
        return pages
    split = [page.split("\n") for page in pages]
    edges = [edge_indices(lines) for lines in split]
    counts = Counter(
        key
        for lines, indices in zip(split, edges, strict=True)
        for key in {edge_key(lines[i]) for i in indices}
    )
    running = {key for key, n in counts.items() if n >= RUNNING_SHARE * len(pages)}
    if not running:
        return pages
    return [
        "\n".join(
            line
            for i, line in enumerate(lines)
            if i not in indices or edge_key(line) not in running
        )
        for lines, indices in zip(split, edges, strict=True)
    ]


def edge_indices(lines: list[str]) -> set[int]:
    """Return the indices of the first and last EDGE_LINES non-blank lines.

    Lines ending a sentence are left out: headers and footers ("Seite 3 von 12", the
    company's address) do not end with a full stop, and a repeated sentence is prose.
    """
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edges = set(filled[:EDGE_LINES] + filled[-EDGE_LINES:])
    return {i for i in edges if not SENTENCE_END_RE.search(lines[i])}


def edge_key(line: str) -> str:
    """Return a header/footer line's comparison key: digits as "#", case and spaces folded."""
    return " ".join(DIGITS_RE.sub("#", line).casefold().split())


def reflow_page(page: str) -> str:
    """Return a page's lines joined into paragraphs (see the module docstring)."""
    lines = [line.strip() for line in normalize_text(page).split("\n")]
    widths = sorted(len(line) for line in lines if line)
    if not widths:
        return ""
    full = widths[min(len(widths) - 1, int(len(widths) * 0.9))]
    blocks: list[str] = []
    current = ""
    for line in lines:
        if not line or (current and LIST_ITEM_RE.match(line)):
            blocks.append(current)
            current = ""
        if not line:
            continue
        if not current and is_heading_line(line, full):
            blocks.append(line)
            continue
        if current.endswith("-") and current[-2:-1].isalpha():
            current = join_hyphenated(current, line)
        else:
            current = f"{current} {line}" if current else line
        if END_MARK_RE.search(line) and len(line) < 0.8 * full:
            blocks.append(current)
            current = ""
    blocks.append(current)
    return "\n\n".join(block for block in blocks if block)


def join_hyphenated(current: str, line: str) -> str:
    """Return a paragraph ending in "-" joined with the next line.

    "Geburts-" "vorbereitung" is one broken word; "E-Mail-" "Adresse" keeps its hyphen;
    "Kinder-" "und Jugendhilfe" is a suspended compound and keeps hyphen and space.
    """
    if line.split(" ", 1)[0] in SUSPENSION_WORDS:
        return f"{current} {line}"
    return current[:-1] + line if line[:1].islower() else current + line


def is_heading_line(line: str, full: int) -> bool:
    """Return True for a short line without an end mark or comma: a heading, not prose."""
    return (
        len(line) < 0.6 * full
        and len(line.split()) <= HEADING_MAX_WORDS
        and not END_MARK_RE.search(line)
        and not line.endswith((",", ";", "-"))
        and not LIST_ITEM_RE.match(line)
    )
