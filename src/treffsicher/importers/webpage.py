"""Saved web pages (.html, .htm) → the page's main text, one passage per section (issue 4).

trafilatura finds the main text: navigation, cookie banners, sidebars and footers go (the
obvious ones are pruned before, see PRUNE_XPATHS);
scripts, styles and comments never become text (lxml drops them before extraction). It
returns Markdown, which then takes the same path as a .md file (importers.passages):
headings are lines of their own, start a section and go into the passage's note.

The content hash is taken over the extracted text, not the raw bytes: a browser stamps
every saved copy ("saved from url", dates, tracking parameters), and issue 4 wants the same
page saved twice imported once.

Encoding: a byte order mark, then the page's own <meta charset> (the browser saved it in
that encoding), then UTF-8 or a guess (importers.decoding) as for plain text.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import re

from treffsicher.core.models import KIND_WEB, UNDETERMINED
from treffsicher.core.text import guess_language, normalize_text
from treffsicher.importers.base import ImportedPassage, ImportedSource
from treffsicher.importers.decoding import decode_bytes, find_binary_format, find_bom
from treffsicher.importers.documents import (
    DEFAULT_MAX_BYTES,
    RejectedSourceError,
    describe_reason,
    sizes_in_mb,
)
from treffsicher.importers.passages import find_sections, markdown_to_text

LOGGER = logging.getLogger(__name__)
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
HEAD_BYTES = 4096  # the HTML spec: the charset declaration sits in the first 1024 bytes
HASH_PREFIX = b"treffsicher web page text\n"  # keeps text hashes apart from raw-byte hashes
# Removed before extraction: on short pages trafilatura falls back to the whole body, and
# then a menu or a cookie banner would pass for her words (issue 4).
LOWER = "translate(@{attr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
PRUNE_XPATHS = [
    "//nav",
    "//footer",
    "//aside",
    "//header[not(.//h1)]",
    "//*[@role='navigation' or @role='contentinfo' or @aria-modal='true']",
    *(
        f"//*[contains({LOWER.format(attr=attr)}, '{word}')]"
        for attr in ("id", "class")
        for word in ("cookie", "consent", "gdpr", "newsletter-popup")
    ),
]


def read_webpage(
    data: bytes, name: str, *, lang: str = "de", kind: str | None = None
) -> ImportedSource:
    """Return the main text of a saved HTML page as passages, one per section.

    Raises RejectedSourceError (an InputError) for empty, oversized or binary files and
    for pages without main text.
    """
    if not data.strip():
        raise RejectedSourceError(name, "empty" if not data else "blank", lang)
    if len(data) > DEFAULT_MAX_BYTES:
        raise RejectedSourceError(
            name, "too_large", lang, **sizes_in_mb(len(data), DEFAULT_MAX_BYTES)
        )
    binary = find_binary_format(data)
    if binary is not None:
        raise RejectedSourceError(name, "binary_format", lang, format=binary)
    page, encoding = decode_page(data)
    markdown = extract_markdown(page, name, lang)
    text, headings = markdown_to_text(normalize_text(markdown))
    spans = find_sections(text, headings)
    if not spans:
        raise RejectedSourceError(name, "no_main_text", lang)
    passages = tuple(
        ImportedPassage(
            text=text[start:end],
            language=guess_language(text[start:end]),
            kind=kind or KIND_WEB,
            position=position,
            char_start=start,
            char_end=end,
            note=note,
        )
        for position, (start, end, note) in enumerate(spans)
    )
    notes: tuple[str, ...] = ()
    if all(p.language == UNDETERMINED for p in passages):
        notes = (describe_reason("no_language", lang),)
    return ImportedSource(
        name=name,
        content_hash=hash_page_text(text),
        media_type="text/html",
        encoding=encoding,
        passages=passages,
        notes=notes,
    )


def hash_page_text(text: str) -> str:
    """Return the sha256 hex of a page's extracted text (whitespace runs folded)."""
    folded = " ".join(text.split()).encode("utf-8", "surrogatepass")
    return hashlib.sha256(HASH_PREFIX + folded).hexdigest()


def decode_page(data: bytes) -> tuple[str, str]:
    """Return (text, codec) of an HTML page: BOM, then <meta charset>, then detection."""
    declared = find_bom(data)
    if declared is None:
        match = META_CHARSET_RE.search(data[:HEAD_BYTES])
        declared = match.group(1).decode("ascii").lower() if match else None
    if declared is not None:
        try:
            codec = codecs.lookup(declared).name
            return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            # A wrong or unknown declaration is common in hand-made pages: detect instead.
            LOGGER.debug("declared charset %s does not fit; detecting", declared)
    try:
        decoded = decode_bytes(data)
    except ValueError:
        return data.decode("utf-8", errors="replace"), "utf-8"
    return decoded.text, decoded.encoding


def extract_markdown(page: str, name: str, lang: str) -> str:
    """Return the page's main text as Markdown; RejectedSourceError when there is none."""
    import trafilatura  # lazily: ~0.15 s to import, needed only for web pages

    try:
        markdown = trafilatura.extract(
            page,
            output_format="markdown",
            include_formatting=True,
            include_tables=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            with_metadata=False,
            deduplicate=False,
            prune_xpath=PRUNE_XPATHS,
        )
    except Exception as error:  # lxml and trafilatura raise many types on bad HTML
        # Issue 4: any bytes in, passages or an InputError out; never another exception.
        LOGGER.debug("trafilatura failed on %s: %r", name, error)
        raise RejectedSourceError(
            name, "corrupt", lang, format="HTML", detail=type(error).__name__
        ) from error
    if not markdown or not markdown.strip():
        raise RejectedSourceError(name, "no_main_text", lang)
    return str(markdown)
