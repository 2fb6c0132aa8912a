"""Plain-text and Markdown sources (.txt, .md, stdin) → passages, or a clear reason why not.

Reasons are codes with parameters, phrased in German or English by describe_reason from
the message catalogue (messages.reasons), which also holds the reasons of the other file
formats (transcripts, web pages, .docx/.odt/.rtf, .pdf, .zip); those build their sources
with make_source. Errors are RejectedSourceError, an
UnreadableSourceError that also carries `code` and `params`, so a caller can re-phrase
them. Source notes (an assumed encoding, no recognisable language) are phrased in `lang`;
the encoding itself is also stored as data in ImportedSource.encoding.

Passages: Markdown is split by headings, one passage per section; headings are her words,
so each stays in its section as its own line (and goes into `note`). Plain text is one
passage, or, above ~800 words, chunks of roughly 200–800 words cut at blank lines. The
offsets char_start/char_end refer to the normalised text: core.text.normalize_text of the
decoded bytes, and for Markdown with its markup removed (importers.passages explains what goes).
"""

from __future__ import annotations

import hashlib
import re
import stat
from pathlib import Path

from treffsicher.core.models import KIND_EMAIL, KIND_TEXT, KIND_WEB, UNDETERMINED
from treffsicher.core.signature_words import GREETINGS
from treffsicher.core.text import guess_language, normalize_text
from treffsicher.errors import UnreadableSourceError, UnsupportedFormatError
from treffsicher.i18n import make_note, phrase
from treffsicher.importers import formats
from treffsicher.importers.base import ImportedPassage, ImportedSource
from treffsicher.importers.decoding import (
    LABELS,
    MAX_CONTROL_SHARE,
    MAX_LINE_BYTES,
    SNIFF_BYTES,
    decode_bytes,
    find_binary_format,
    find_bom,
    find_long_line,
    find_utf16_without_bom,
    share_of_control_bytes,
)
from treffsicher.importers.legal import legal_spans
from treffsicher.importers.passages import find_sections, markdown_to_text, split_text

DEFAULT_MAX_BYTES = 20_000_000  # text per source; a larger "text" is an archive or a dump
# Files without a suffix and stdin are plain text: sniffed, Markdown if it has headings.
MEDIA_TYPES: dict[str, str] = {
    **dict.fromkeys(formats.BY_NAME["text"].all_suffixes, "text/plain"),
    **dict.fromkeys(formats.BY_NAME["markdown"].all_suffixes, "text/markdown"),
}
SUPPORTED = ", ".join(
    (*formats.BY_NAME["text"].suffixes, *formats.BY_NAME["markdown"].all_suffixes, "-")
)
GREETING_LINE_RE = re.compile(rf"(?i)^\s*(?:{GREETINGS})\b[^\n]{{0,60}}[,!]\s*$")
ATX_HEADING_RE = re.compile(r"(?m)^ {0,3}#{1,6}[ \t]+\S")
# A copied mail: a greeting on the first line (the mail cleaner then takes what follows her
# sign-off: an attribution with the quoted original, a forwarded header, a signature), or
# "> " lines right below an attribution, a line with an address, a date or a time that ends
# in a colon. Her own notes with "> " as bullets („Ideen:“ / „> mehr Fotos“) stay as they are.
QUOTE_START_RE = re.compile(r"\n[ \t]*>")
ATTRIBUTION_HINT_RE = re.compile(r"@|\d{1,4}[./-]\d{1,2}|\d{1,2}:\d{2}")
ATTRIBUTION_MAX_CHARS = 600


def looks_like_mail_text(text: str) -> bool:
    """True for plain text that reads as a copied mail (see the patterns above). Each line
    above a "> " line is looked at once: linear in the text, whatever it holds."""
    first = text.lstrip().split("\n", 1)[0]
    if GREETING_LINE_RE.match(first) is not None:
        return True
    for match in QUOTE_START_RE.finditer(text):
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].rstrip()
        if (
            line.endswith(":")
            and len(line) <= ATTRIBUTION_MAX_CHARS
            and ATTRIBUTION_HINT_RE.search(line) is not None
        ):
            return True
    return False


class RejectedSourceError(UnreadableSourceError):
    """A source we cannot use, with a reason code and parameters for re-phrasing."""

    def __init__(self, path: str, code: str, lang: str, **params: object) -> None:
        super().__init__(path, describe_reason(code, lang, **params))
        self.code = code
        self.params = params


def describe_reason(code: str, lang: str, **params: object) -> str:
    """Return the reason or note `code` as a sentence in `lang` (the catalogue's
    "reason.<code>"); floats with one decimal ("2,5" in German)."""
    return phrase(f"reason.{code}", lang, params)


def read_path(
    path: Path, kind: str | None = None, *, lang: str = "de", max_bytes: int = DEFAULT_MAX_BYTES
) -> ImportedSource:
    """Return the passages of a .txt or .md file.

    Raises RejectedSourceError or UnsupportedFormatError (both InputError) naming the file
    and the reason; OSError when the file cannot be opened (missing, a folder, no access).
    """
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in MEDIA_TYPES:
        reason = describe_reason("unsupported", lang, suffix=suffix, supported=SUPPORTED)
        raise UnsupportedFormatError(f"{name}: {reason}")
    # OSError (missing file, folder, no permission) propagates: the caller phrases it.
    status = path.stat()
    if (
        stat.S_ISCHR(status.st_mode)
        or stat.S_ISFIFO(status.st_mode)
        or stat.S_ISBLK(status.st_mode)
    ):
        raise RejectedSourceError(name, "not_a_file", lang)  # /dev/zero would never end
    size = status.st_size
    if size > max_bytes:  # checked before reading: never load a 5 GB "text" file
        raise RejectedSourceError(name, "too_large", lang, **sizes_in_mb(size, max_bytes))
    data = path.read_bytes()
    return read_bytes(data, name, kind, lang=lang, max_bytes=max_bytes)


def read_bytes(
    data: bytes,
    name: str,
    kind: str | None = None,
    *,
    lang: str = "de",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ImportedSource:
    """Return the passages of plain text or Markdown bytes ("stdin" or a file name).

    Raises RejectedSourceError (an UnreadableSourceError) for empty, binary, oversized,
    single-giant-line or undecodable input, UnsupportedFormatError for other file types.
    """
    suffix = formats.name_suffix(name) if name != "stdin" else ""
    if suffix not in MEDIA_TYPES:
        reason = describe_reason("unsupported", lang, suffix=suffix, supported=SUPPORTED)
        raise UnsupportedFormatError(f"{name}: {reason}")
    check_bytes(data, name, lang, max_bytes)
    try:
        decoded = decode_bytes(data)
    except ValueError as error:
        encoding = LABELS.get(str(error), str(error))
        raise RejectedSourceError(name, "bad_encoding", lang, encoding=encoding) from error
    text = normalize_text(decoded.text)
    if not text.strip():
        raise RejectedSourceError(name, "blank", lang)
    is_markdown = MEDIA_TYPES[suffix] == "text/markdown" or (
        suffix == "" and ATX_HEADING_RE.search(text) is not None
    )
    if not is_markdown and looks_like_mail_text(text):
        # A mail copied into a text file or piped in: her words without the quoted
        # original, its header or her signature, as from the mail importer (loaded here:
        # its patterns cost more than most text files take to read).
        from treffsicher.importers.quotes import clean_mail_body

        cleaned = clean_mail_body(text)
        text = cleaned if cleaned.strip() else text
    if is_markdown:
        text, headings = markdown_to_text(text)
        spans = find_sections(text, headings)
        guessed_kind = KIND_WEB if headings else KIND_TEXT
    else:
        spans = [(start, end, "") for start, end in split_text(text, 0, len(text))]
        guessed_kind = KIND_TEXT
    if not spans:
        raise RejectedSourceError(name, "no_text", lang)
    if GREETING_LINE_RE.match(text[spans[0][0] :].split("\n", 1)[0]):
        guessed_kind = KIND_EMAIL
    notes: tuple[str, ...] = ()
    if decoded.assumed:
        notes = (make_note("reason.encoding_assumed", lang, encoding=decoded.label),)
    return make_source(
        data,
        name,
        text,
        spans,
        media_type="text/markdown" if is_markdown else "text/plain",
        kind=kind or guessed_kind,
        lang=lang,
        notes=notes,
        encoding=decoded.encoding,
    )


def check_bytes(data: bytes, name: str, lang: str, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Raise RejectedSourceError when `data` is empty, too large, binary or one giant line."""
    if not data:
        raise RejectedSourceError(name, "empty", lang)
    if len(data) > max_bytes:
        raise RejectedSourceError(name, "too_large", lang, **sizes_in_mb(len(data), max_bytes))
    binary = find_binary_format(data)
    if binary is not None:
        raise RejectedSourceError(name, "binary_format", lang, format=binary)
    # UTF-16/32 text (with or without BOM) is full of NUL bytes that are part of letters.
    if find_bom(data) not in ("utf-16", "utf-32") and find_utf16_without_bom(data) is None:
        if b"\x00" in data[:SNIFF_BYTES]:
            raise RejectedSourceError(name, "binary_nul", lang)
        share = share_of_control_bytes(data)
        if share > MAX_CONTROL_SHARE:
            raise RejectedSourceError(name, "binary_control", lang, share=round(share * 100))
    offset = find_long_line(data, MAX_LINE_BYTES)
    if offset is not None:
        raise RejectedSourceError(
            name, "long_line", lang, offset=offset, limit=MAX_LINE_BYTES // 1_000_000
        )


def sizes_in_mb(size: int, limit: int) -> dict[str, object]:
    """Return size and limit in MB for the too_large reason."""
    return {"size": round(size / 1_000_000, 1), "limit": round(limit / 1_000_000, 1)}


def make_source(
    data: bytes,
    name: str,
    text: str,
    spans: list[tuple[int, int, str]],
    *,
    media_type: str,
    kind: str,
    lang: str,
    notes: tuple[str, ...] = (),
    encoding: str = "",
    legal_page: bool = False,
) -> ImportedSource:
    """Return a source whose passages are `spans` (start, end, note) of extracted `text`.

    For plain text, Markdown and the document formats (.docx, .odt, .rtf, .pdf):
    RejectedSourceError ("no_text") when there is no span; a note when no passage has a
    recognisable language.
    Legal sections (importers.legal; all of them on a `legal_page`) are stored excluded,
    with a note that says so.
    """
    if not spans:
        raise RejectedSourceError(name, "no_text", lang)
    legal = legal_spans([note for _, _, note in spans], legal_page)
    passages = tuple(
        ImportedPassage(
            text=text[start:end],
            language=guess_language(text[start:end]),
            kind=kind,
            position=position,
            char_start=start,
            char_end=end,
            note=note,
            excluded=is_legal,
        )
        for position, ((start, end, note), is_legal) in enumerate(zip(spans, legal, strict=True))
    )
    if any(legal):
        notes = (*notes, make_note("import.legal_left_out", lang, count=sum(legal)))
    if all(p.language == UNDETERMINED for p in passages):
        notes = (*notes, make_note("reason.no_language", lang))
    return ImportedSource(
        name=name,
        content_hash=hashlib.sha256(data).hexdigest(),
        media_type=media_type,
        encoding=encoding,
        passages=passages,
        notes=notes,
    )
