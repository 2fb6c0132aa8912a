"""Plain-text and Markdown sources (.txt, .md, stdin) → passages, or a clear reason why not.

Reasons are codes with parameters, phrased in German or English by describe_reason (the
user picks the language). The catalogue also holds the reasons of the other file
formats (transcripts, web pages, .docx/.odt/.rtf, .pdf, .zip), which build their
sources with make_source. Errors are RejectedSourceError, an
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
from treffsicher.i18n import format_number
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
from treffsicher.importers.passages import find_sections, markdown_to_text, split_text

DEFAULT_MAX_BYTES = 20_000_000  # text per source; a larger "text" is an archive or a dump
MEDIA_TYPES: dict[str, str] = {
    ".txt": "text/plain",
    ".text": "text/plain",
    "": "text/plain",  # files without a suffix and stdin: sniffed, Markdown if it has headings
    ".md": "text/markdown",
    ".markdown": "text/markdown",
}
SUPPORTED = ".txt, .md, .markdown, -"
GREETING_LINE_RE = re.compile(rf"(?i)^\s*(?:{GREETINGS})\b[^\n]{{0,60}}[,!]\s*$")
ATX_HEADING_RE = re.compile(r"(?m)^ {0,3}#{1,6}[ \t]+\S")

REASONS: dict[str, dict[str, str]] = {
    "empty": {"de": "Die Datei ist leer.", "en": "The file is empty."},
    "blank": {
        "de": "Die Datei ist leer (nur Leerzeichen und Zeilenumbrüche).",
        "en": "The file is empty (only spaces and line breaks).",
    },
    "no_text": {
        "de": "Nach dem Entfernen der Formatierung bleibt kein Text übrig.",
        "en": "No text is left once the formatting is removed.",
    },
    "binary_format": {
        "de": "Das ist keine Textdatei, sondern {format}. Bitte den Text als .txt oder .md "
        "speichern oder kopieren und mit „-“ einfügen.",
        "en": "This is not a text file but {format}. Please save the text as .txt or .md, "
        'or copy it and paste it with "-".',
    },
    "binary_nul": {
        "de": "Das ist keine Textdatei: Sie enthält Null-Bytes (Binärdaten).",
        "en": "This is not a text file: it contains NUL bytes (binary data).",
    },
    "binary_control": {
        "de": "Das ist keine Textdatei: {share} % der Zeichen sind Steuerzeichen.",
        "en": "This is not a text file: {share} % of its characters are control characters.",
    },
    "long_line": {
        "de": "Ab Byte {offset} folgen über {limit} MB ohne Zeilenumbruch – das ist kein "
        "Fließtext (vielleicht eine Export- oder Datendatei).",
        "en": "From byte {offset} on, more than {limit} MB follow without a line break – "
        "that is not prose (perhaps an export or data file).",
    },
    "too_large": {
        "de": "Die Datei ist {size} MB groß; erlaubt sind höchstens {limit} MB Text pro "
        "Quelle. Bitte in kleinere Dateien teilen.",
        "en": "The file is {size} MB; at most {limit} MB of text per source are allowed. "
        "Please split it into smaller files.",
    },
    "bad_encoding": {
        "de": "Die Datei sieht nach {encoding} aus (Kennung oder Null-Bytes), ist aber kein "
        "gültiges {encoding}.",
        "en": "The file looks like {encoding} (byte order mark or NUL bytes) but is not "
        "valid {encoding}.",
    },
    "not_a_draft": {
        "de": "Als Entwurf lassen sich {supported} lesen, nicht „{suffix}“.",
        "en": 'Drafts can be read from {supported}, not "{suffix}".',
    },
    "unsupported": {
        "de": "Dateityp „{suffix}“ wird nicht unterstützt. Unterstützt: {supported}.",
        "en": 'File type "{suffix}" is not supported. Supported: {supported}.',
    },
    # Transcripts, web pages, office documents, PDFs and archives.
    "no_speaker": {
        "de": "Das ist ein Gesprächsprotokoll. Bitte angeben, wer davon die Kundin ist "
        "(Sprecher als Kennung der Kundin hinzufügen). Sprecher in der Datei: {found}.",
        "en": "This is a transcript. Please say which speaker is the client (add the speaker "
        "as one of her identities). Speakers in the file: {found}.",
    },
    "speaker_missing": {
        "de": "Die Sprecher der Kundin ({wanted}) kommen nicht vor. Sprecher in der Datei: "
        "{found}.",
        "en": "The client's speakers ({wanted}) do not occur. Speakers in the file: {found}.",
    },
    "no_turns": {
        "de": "Keine Redebeiträge gefunden (erwartet: WebVTT, SRT oder Zeilen wie "
        "„Name: …“ bzw. „[00:01:02] Name: …“).",
        "en": 'No speaker turns found (expected WebVTT, SRT or lines like "Name: …" or '
        '"[00:01:02] Name: …").',
    },
    "no_main_text": {
        "de": "Auf der Seite steht kein Haupttext (nur Navigation, Skripte oder Formatierung).",
        "en": "The page has no main text (only navigation, scripts or formatting).",
    },
    "corrupt": {
        "de": "Die Datei ist beschädigt oder kein gültiges {format}: {detail}",
        "en": "The file is damaged or not a valid {format}: {detail}",
    },
    "not_a_file": {
        "de": "Das ist keine gewöhnliche Datei (sondern ein Gerät oder eine Pipe).",
        "en": "This is not a regular file (but a device or a pipe).",
    },
    "unreadable": {
        "de": "Die Datei lässt sich nicht lesen: {error}",
        "en": "The file cannot be read: {error}",
    },
    "missing_part": {"de": "„{part}“ fehlt", "en": '"{part}" is missing'},
    "password": {
        "de": "Die Datei ist passwortgeschützt. Bitte ohne Passwort speichern und erneut "
        "importieren.",
        "en": "The file is password-protected. Please save it without a password and import "
        "it again.",
    },
    "old_word": {
        "de": "Das ist eine ältere Word-Datei (.doc) oder eine verschlüsselte .docx. Bitte in "
        "Word als .docx ohne Passwort speichern.",
        "en": "This is an old Word file (.doc) or an encrypted .docx. Please save it in Word "
        "as .docx without a password.",
    },
    "unpacked_too_large": {
        "de": "Entpackt wäre die Datei {size} MB groß; erlaubt sind höchstens {limit} MB "
        "(Schutz vor Zip-Bomben).",
        "en": "Unpacked, the file would be {size} MB; at most {limit} MB are allowed "
        "(protection against zip bombs).",
    },
    "too_many_members": {
        "de": "Das Archiv enthält {count} Einträge; erlaubt sind höchstens {limit}.",
        "en": "The archive holds {count} entries; at most {limit} are allowed.",
    },
    "nested_too_deep": {
        "de": "Archive sind mehr als {limit} Ebenen tief ineinander verschachtelt.",
        "en": "Archives are nested more than {limit} levels deep.",
    },
    "no_text_layer": {
        "de": "Die PDF-Datei hat keinen Textlayer (gescannte Seiten) – bitte OCR ausführen "
        "und die Datei erneut importieren.",
        "en": "The PDF has no text layer (scanned pages) — please run OCR and import it again.",
    },
    "nothing_supported": {
        "de": "Darin ist keine Datei, die importiert werden kann. Unterstützt: {supported}.",
        "en": "It holds no file that can be imported. Supported: {supported}.",
    },
    "mail_elsewhere": {
        "de": "E-Mail-Dateien ({suffix}) liest der Mail-Import, nicht der Dokument-Import.",
        "en": "Mail files ({suffix}) are read by the mail import, not the document import.",
    },
    # Notes on sources that were imported.
    "encoding_assumed": {
        "de": "nicht UTF-8; als {encoding} gelesen",
        "en": "not UTF-8; read as {encoding}",
    },
    "pages_without_text": {
        "de": "{count} von {total} Seiten ohne Textlayer (gescannt?) – für sie bitte OCR",
        "en": "{count} of {total} pages have no text layer (scanned?) — run OCR for them",
    },
    "no_language": {
        "de": "keine erkennbare Sprache (z. B. nur Zahlen); bleibt im Stimmprofil außen vor",
        "en": "no recognisable language (e.g. only numbers); left out of the voice profile",
    },
}


class RejectedSourceError(UnreadableSourceError):
    """A source we cannot use, with a reason code and parameters for re-phrasing."""

    def __init__(self, path: str, code: str, lang: str, **params: object) -> None:
        super().__init__(path, describe_reason(code, lang, **params))
        self.code = code
        self.params = params


def describe_reason(code: str, lang: str, **params: object) -> str:
    """Return the reason or note `code` as a sentence in `lang` ("de", otherwise English)."""
    texts = REASONS[code]
    language = "de" if lang == "de" else "en"
    shown = {k: _format_number(v, language) for k, v in params.items()}
    return texts[language].format(**shown)


def _format_number(value: object, lang: str) -> object:
    """Numbers in the language's format: "2,5" and "1.000" in German, a whole float without
    its ",0" ("20 MB", not "20,0 MB")."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    digits = 0 if float(value).is_integer() else 1
    return format_number(value, lang, digits)


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
    suffix = Path(name).suffix.lower() if name != "stdin" else ""
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
    passages = tuple(
        ImportedPassage(
            text=text[start:end],
            language=guess_language(text[start:end]),
            kind=kind or guessed_kind,
            position=position,
            char_start=start,
            char_end=end,
            note=note,
        )
        for position, (start, end, note) in enumerate(spans)
    )
    notes: list[str] = []
    if decoded.assumed:
        notes.append(describe_reason("encoding_assumed", lang, encoding=decoded.label))
    if all(p.language == UNDETERMINED for p in passages):
        notes.append(describe_reason("no_language", lang))
    return ImportedSource(
        name=name,
        content_hash=hashlib.sha256(data).hexdigest(),
        media_type="text/markdown" if is_markdown else "text/plain",
        encoding=decoded.encoding,
        passages=passages,
        notes=tuple(notes),
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
) -> ImportedSource:
    """Return a source whose passages are `spans` (start, end, note) of extracted `text`.

    For the document formats (.docx, .odt, .rtf, .pdf): RejectedSourceError
    ("no_text") when there is no span; a note when no passage has a recognisable language.
    """
    if not spans:
        raise RejectedSourceError(name, "no_text", lang)
    passages = tuple(
        ImportedPassage(
            text=text[start:end],
            language=guess_language(text[start:end]),
            kind=kind,
            position=position,
            char_start=start,
            char_end=end,
            note=note,
        )
        for position, (start, end, note) in enumerate(spans)
    )
    if all(p.language == UNDETERMINED for p in passages):
        notes = (*notes, describe_reason("no_language", lang))
    return ImportedSource(
        name=name,
        content_hash=hashlib.sha256(data).hexdigest(),
        media_type=media_type,
        encoding=encoding,
        passages=passages,
        notes=notes,
    )
