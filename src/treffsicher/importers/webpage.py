"""Saved web pages (.html, .htm, .mht) → the page's main text, one passage per section.

trafilatura finds the main text: navigation, cookie banners, sidebars and footers go (the
obvious ones are pruned before, see PRUNE_XPATHS);
scripts, styles and comments never become text (lxml drops them before extraction). It
returns Markdown, which then takes the same path as a .md file (importers.passages):
headings are lines of their own, start a section and go into the passage's note.

The content hash is taken over the extracted text, not the raw bytes: a browser stamps
every saved copy ("saved from url", dates, tracking parameters), and we want the same
page saved twice imported once.

Encoding: a byte order mark, then the page's own <meta charset> (the browser saved it in
that encoding), then UTF-8 or a guess (importers.decoding) as for plain text.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import re
from dataclasses import replace

from treffsicher.core.models import KIND_WEB
from treffsicher.core.text import normalize_text
from treffsicher.importers.base import ImportedSource
from treffsicher.importers.decoding import decode_bytes, find_binary_format, find_bom
from treffsicher.importers.documents import (
    DEFAULT_MAX_BYTES,
    RejectedSourceError,
    make_source,
    sizes_in_mb,
)
from treffsicher.importers.legal import is_legal_title
from treffsicher.importers.passages import find_sections, markdown_to_text

LOGGER = logging.getLogger(__name__)
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
HEAD_BYTES = 4096  # the HTML spec: the charset declaration sits in the first 1024 bytes
HASH_PREFIX = b"treffsicher web page text\n"  # keeps text hashes apart from raw-byte hashes
# Removed before extraction: on short pages trafilatura falls back to the whole body, and
# then a menu or a cookie banner would pass for her words.
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
    check_size(data, name, lang)
    binary = find_binary_format(data)
    if binary is not None:
        raise RejectedSourceError(name, "binary_format", lang, format=binary)
    page, encoding = decode_page(data)
    return source_from_page(page, name, "text/html", encoding, lang=lang, kind=kind)


def read_mhtml(
    data: bytes, name: str, *, lang: str = "de", kind: str | None = None
) -> ImportedSource:
    """Return the main text of a page saved as one file (.mht/.mhtml: Chrome, Edge).

    MHTML is a MIME message; its first text/html part is the page. Browsers often leave
    out the part's charset, so its bytes are decoded like a saved .html (<meta charset>).
    """
    check_size(data, name, lang)
    import email
    import email.policy

    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
        payload = part.get_payload(decode=True) if part is not None else None
        charset = part.get_content_charset() if part is not None else None
    except Exception as error:  # the email package raises many types on broken MIME
        raise RejectedSourceError(
            name, "corrupt", lang, format="MHTML", detail=type(error).__name__
        ) from error
    if not isinstance(payload, bytes) or not payload.strip():
        raise RejectedSourceError(name, "no_main_text", lang)
    page, encoding = decode_page(payload, charset)
    return source_from_page(page, name, "multipart/related", encoding, lang=lang, kind=kind)


def check_size(data: bytes, name: str, lang: str) -> None:
    """Raise RejectedSourceError for an empty or oversized file."""
    if not data.strip():
        raise RejectedSourceError(name, "empty" if not data else "blank", lang)
    if len(data) > DEFAULT_MAX_BYTES:
        sizes = sizes_in_mb(len(data), DEFAULT_MAX_BYTES)
        raise RejectedSourceError(name, "too_large", lang, **sizes)


def source_from_page(
    page: str, name: str, media_type: str, encoding: str, *, lang: str, kind: str | None
) -> ImportedSource:
    """Return the source of a decoded HTML page: main text, one passage per section."""
    markdown = extract_markdown(page, name, lang)
    text, headings = markdown_to_text(normalize_text(markdown))
    spans = find_sections(text, headings)
    if not spans:
        raise RejectedSourceError(name, "no_main_text", lang)
    kind = kind or KIND_WEB
    source = make_source(
        b"",
        name,
        text,
        spans,
        media_type=media_type,
        kind=kind,
        lang=lang,
        encoding=encoding,
        legal_page=is_legal_title(page),
    )
    return replace(source, content_hash=hash_page_text(text))


def hash_page_text(text: str) -> str:
    """Return the sha256 hex of a page's extracted text (whitespace runs folded)."""
    folded = " ".join(text.split()).encode("utf-8", "surrogatepass")
    return hashlib.sha256(HASH_PREFIX + folded).hexdigest()


def decode_page(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return (text, codec) of an HTML page: BOM, a declared charset (MIME), then the
    page's <meta charset>, then detection."""
    declared = find_bom(data) or declared
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
        # any bytes in, passages or an InputError out; never another exception.
        LOGGER.debug("trafilatura failed on %s: %r", name, error)
        raise RejectedSourceError(
            name, "corrupt", lang, format="HTML", detail=type(error).__name__
        ) from error
    if not markdown or not markdown.strip():
        raise RejectedSourceError(name, "no_main_text", lang)
    return str(markdown)
