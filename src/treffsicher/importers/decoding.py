"""Bytes → text for plain-text sources: limits, binary sniffing, encoding detection.

Order of checks, cheapest first, so that bad input fails fast and in bounded memory:
size limit → byte order mark → binary magic numbers and NUL/control bytes → longest line
(a scan that jumps from newline to newline, no copies) → decoding.

Decoding tries UTF-8 first (with or without BOM). Otherwise every plausible single-byte
encoding for German and English text (Windows-1252, ISO-8859-15, Latin-1, Mac Roman,
DOS CP850) that decodes the bytes is scored by how many of its non-ASCII characters are
ones German or English text uses (ä ö ü ß € – „ “ …) minus those it does not (Ÿ, ƒ, C1
controls); charset-normalizer's pick breaks ties. Short texts can stay ambiguous (a lone
"schön" is valid in several encodings), which is why the caller is told what was assumed.

The functions here return findings; importers.documents turns them into errors with a
reason code that it phrases in German or English.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

MAX_LINE_BYTES = 1_000_000  # one line longer than this is not prose ("a 50 MB line")
SNIFF_BYTES = 8192  # like git: a NUL byte here means binary
CONTROL_SAMPLE_BYTES = 1_000_000
MAX_CONTROL_SHARE = 0.02
UTF8 = "utf-8"
UTF8_SIG = "utf-8-sig"
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, UTF8_SIG),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CANDIDATES: tuple[str, ...] = ("cp1252", "iso8859_15", "latin_1", "mac_roman", "cp850")
LABELS: dict[str, str] = {
    UTF8: "UTF-8",
    UTF8_SIG: "UTF-8 (BOM)",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "utf-32": "UTF-32",
    "cp1252": "Windows-1252",
    "iso8859_15": "ISO-8859-15",
    "latin_1": "ISO-8859-1 (Latin-1)",
    "mac_roman": "Mac Roman",
    "cp850": "DOS (CP850)",
}
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP (.docx, .odt, .xlsx …)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office (.doc, .msg …)"),
    (b"{\\rtf", "RTF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"SQLite format 3\x00", "SQLite"),
    (b"\x7fELF", "ELF"),
    (b"OggS", "Ogg"),
    (b"ID3", "MP3"),
)
# All prefixes at once, for one C-level startswith before the ordered search (most files
# start with none of them).
BOM_PREFIXES = tuple(bom for bom, _ in BOMS)
MAGIC_PREFIXES = tuple(magic for magic, _ in MAGIC)
# Bytes that never occur in text: C0 controls except tab, LF, VT, FF, CR and ESC; and DEL.
CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
TEXT_BYTES = bytes(b for b in range(256) if b not in CONTROL_BYTES)
# Non-ASCII characters German or English text plausibly contains.
PLAUSIBLE = frozenset("äöüÄÖÜßéèêàâçñëïôûÉÈÀÇ€–—„“”‚‘’…«»‹›°§²³µ·×÷¼½¾©®™•¡¿ÓóÍíÚúÁáåøæÅØÆ")
NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
# UTF-16 high bytes of Latin text: Latin-1 to Latin Extended (0x00–0x02), combining marks
# (0x03), Latin Extended Additional (0x1e), punctuation, currency, letterlike symbols and
# arrows (0x20–0x21), emoji and other symbols (0x23–0x27) and surrogates (0xd8–0xdf).
LATIN_HIGH_BYTES = bytes([0, 1, 2, 3, 0x1E, 0x20, 0x21, *range(0x23, 0x28), *range(0xD8, 0xE0)])


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Decoded text and the encoding used; `assumed` when it had to be guessed."""

    text: str
    encoding: str  # Python codec name: "utf-8", "utf-8-sig", "cp1252", …
    assumed: bool

    @property
    def label(self) -> str:
        """Return the encoding's usual name ("Windows-1252")."""
        return LABELS.get(self.encoding, self.encoding)


def find_bom(data: bytes) -> str | None:
    """Return the codec named by a byte order mark at the start of `data`, if any."""
    if not data.startswith(BOM_PREFIXES):
        return None
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec
    return None


def decode_head(data: bytes, size: int = 20_000) -> str:
    """The start of `data` as text for a format sniffer, without a byte order mark.

    UTF-16/32 by their byte order mark or as BOM-less UTF-16 (Windows tools save chat
    exports so), else UTF-8; bytes that do not decode are replaced, and a character cut
    at the end of the head is dropped.
    """
    head = data[: size - size % 4]
    if len(head) % 2:
        head = head[:-1]
    codec = find_bom(head) or find_utf16_without_bom(head) or UTF8
    return head.decode(codec, "replace").lstrip("\ufeff")


def find_utf16_without_bom(data: bytes) -> str | None:
    """Return "utf-16-le"/"utf-16-be" when `data` looks like UTF-16 without a BOM.

    Latin-script UTF-16 has a NUL in every other byte (the high byte of ASCII letters) and
    almost none in between; binary data has NULs spread over both. The other high bytes
    must be those of Latin letters, punctuation (– „ €) or emoji surrogates, too: "0\x00"
    followed by Hangul is not a German text (found by the fuzz test).
    """
    if len(data) < 8 or len(data) % 2 or data.find(b"\x00", 0, SNIFF_BYTES) == -1:
        return None  # without a NUL neither half can be 40 % NULs
    sample = data[:SNIFF_BYTES]
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.4 and even_nul < 0.02 and is_latin_high(odd):
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.02 and is_latin_high(even):
        return "utf-16-be"
    return None


def is_latin_high(high_bytes: bytes) -> bool:
    """Return True when nearly all UTF-16 high bytes belong to Latin-script text."""
    return len(high_bytes.translate(None, LATIN_HIGH_BYTES)) <= 0.05 * len(high_bytes)


def find_binary_format(data: bytes) -> str | None:
    """Return the name of a known binary format `data` starts with, if any."""
    if data.startswith(MAGIC_PREFIXES):
        for magic, name in MAGIC:
            if data.startswith(magic):
                return name
    if data[4:12] in (b"ftypisom", b"ftypmp42", b"ftypM4A ") or data[8:12] == b"WEBP":
        return "MP4/WebP"
    return None


def share_of_control_bytes(data: bytes) -> float:
    """Return the share of bytes in the first megabyte that never occur in text."""
    sample = data[:CONTROL_SAMPLE_BYTES]
    if not sample:
        return 0.0
    # bytes.translate deletes the text bytes in C; what remains are control bytes.
    return len(sample.translate(None, TEXT_BYTES)) / len(sample)


def find_long_line(data: bytes, limit: int = MAX_LINE_BYTES) -> int | None:
    """Return the byte offset of a line longer than `limit`, or None.

    Jumps to the last line break within each window of `limit` bytes, so a 50 MB file
    takes about 50 steps of C-level search and no copies.
    """
    pos, size = 0, len(data)
    while size - pos > limit:
        window_end = pos + limit + 1
        cut = max(data.rfind(b"\n", pos, window_end), data.rfind(b"\r", pos, window_end))
        if cut == -1:
            return pos
        pos = cut + 1
    return None


def score_decoding(text: str) -> int:
    """Return plausible minus implausible non-ASCII characters of a decoded text."""
    score = 0
    for char in NON_ASCII_RE.findall(text):
        score += 1 if char in PLAUSIBLE else -1
    return score


def guess_single_byte(data: bytes) -> str:
    """Return the most plausible single-byte encoding of non-UTF-8 `data`."""
    import charset_normalizer  # lazily: only non-UTF-8 files need it

    sample = data[:CONTROL_SAMPLE_BYTES]
    best = charset_normalizer.from_bytes(sample, cp_isolation=list(CANDIDATES)).best()
    preferred = best.encoding if best is not None else None
    scores: dict[str, int] = {}
    for codec in CANDIDATES:
        try:
            scores[codec] = score_decoding(sample.decode(codec))
        except UnicodeDecodeError:
            continue
    top = max(scores.values())
    winners = [codec for codec in CANDIDATES if scores.get(codec) == top]
    return preferred if preferred in winners else winners[0]


def decode_bytes(data: bytes) -> DecodedText:
    """Return `data` decoded: UTF-8 (with/without BOM), UTF-16/32 with BOM, or a guess.

    Raises ValueError(codec) when a UTF-16/32 BOM (or BOM-less UTF-16) is followed by
    invalid data; the caller has already rejected binary data.
    """
    codec = find_bom(data)
    assumed = False
    if codec is None:
        codec = find_utf16_without_bom(data)
        assumed = True
    if codec is not None:
        try:
            return DecodedText(data.decode(codec), codec, assumed=assumed)
        except UnicodeDecodeError as error:
            raise ValueError(codec) from error
    try:
        return DecodedText(data.decode(UTF8), UTF8, assumed=False)
    except UnicodeDecodeError:
        pass
    codec = guess_single_byte(data)
    return DecodedText(data.decode(codec, errors="replace"), codec, assumed=True)
